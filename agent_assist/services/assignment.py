"""Who handles a conversation: assign to me / someone / nobody, views, optional round-robin."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from typing import Any

import sqlite_utils

from agent_assist.core.permissions import Action
from agent_assist.core.team import Agent
from agent_assist.services.agents import AgentService
from agent_assist.storage.repositories.audit import AuditRepo
from agent_assist.storage.repositories.conversations import ConversationRepo, InboxQuery
from agent_assist.storage.repositories.settings import SettingsRepo
from agent_assist.storage.repositories.team import AgentRepo
from agent_assist.storage.transactions import immediate

Clock = Callable[[], float]

ROUND_ROBIN_KEY = "team.round_robin"
VIEWS = ("mine", "unassigned", "all")
# A conversation without a summarized message yet is still being ingested by a writer that
# commits statement by statement; after this long it is taken as it is.
BUILDING_SECONDS = 60.0


class AssignmentError(Exception):
    """An assignment that cannot be made; the message is one sentence for the agent."""


def view_query(view: str, agent_id: int | None, base: InboxQuery | None = None) -> InboxQuery:
    """The inbox query of the Mine / Unassigned / All views, on top of ``base``."""
    base = base or InboxQuery("all")
    if view == "mine":
        # Nobody signed in owns nothing: -1 matches no row rather than every row.
        return dataclasses.replace(base, assignee_id=agent_id if agent_id is not None else -1,
                                   unassigned=False)
    if view == "unassigned":
        return dataclasses.replace(base, assignee_id=None, unassigned=True)
    if view == "all":
        return dataclasses.replace(base, assignee_id=None, unassigned=False)
    raise ValueError(f"unknown assignment view {view!r}")


class Assignment:
    """Assignments, each one transaction with an audit entry naming who did it."""

    def __init__(self, db: sqlite_utils.Database, clock: Clock = time.time) -> None:
        self.db = db
        self.clock = clock
        self.conversations = ConversationRepo(db)
        self.agents = AgentRepo(db)
        self.audit = AuditRepo(db)
        self.settings = SettingsRepo(db)

    def assign(self, conversation_id: int, agent_id: int | None, *, by: int | None) -> bool:
        """Give the conversation to ``agent_id`` (None: unassigned); False when unchanged."""
        with immediate(self.db):
            conv = self.conversations.get(conversation_id)
            if conv is None:
                raise AssignmentError(f"Conversation {conversation_id} no longer exists.")
            if agent_id is not None:
                target = self.agents.get(agent_id)
                if target is None or not target.active:
                    raise AssignmentError("That agent is no longer active; choose someone else.")
            if conv.assignee_id == agent_id:
                return False
            self.conversations.set_assignee(conversation_id, agent_id)
            self.audit.record(
                "assign" if agent_id is not None else "unassign", agent_id=by,
                subject_type="conversation", subject_id=conversation_id,
                details={"from": conv.assignee_id, "to": agent_id}, at=self.clock(),
            )
        return True

    def assign_to_me(self, conversation_id: int, me: int) -> bool:
        return self.assign(conversation_id, me, by=me)

    def unassign(self, conversation_id: int, *, by: int | None) -> bool:
        return self.assign(conversation_id, None, by=by)

    # -- round-robin ---------------------------------------------------------------------------

    def round_robin(self) -> dict[str, Any]:
        value = self.settings.get(ROUND_ROBIN_KEY, {}) or {}
        return {"enabled": bool(value.get("enabled")), "after_id": int(value.get("after_id", 0))}

    def set_round_robin(self, enabled: bool, *, actor: Agent | None) -> None:
        """Owners only. Turning it on applies to conversations that start from now on."""
        with immediate(self.db):
            AgentService(self.db, clock=self.clock).authorize(actor, Action.MANAGE_ASSIGNMENT)
            newest = self.db.execute("SELECT COALESCE(MAX(id), 0) FROM conversations").fetchone()
            state = self.round_robin()
            after = int(newest[0]) if enabled and not state["enabled"] else state["after_id"]
            self.settings.set(ROUND_ROBIN_KEY, {"enabled": enabled, "after_id": after})
            self.audit.record("settings:round_robin", agent_id=actor.id if actor else None,
                              details={"enabled": enabled}, at=self.clock())

    def distribute_new(self) -> dict[int, int]:
        """Hand each new unassigned conversation needing a reply to the next agent on duty.

        Safe to call from every window and process: the write lock is taken first and the
        cursor moves in the same transaction, so each conversation is considered once.
        """
        assigned: dict[int, int] = {}
        if not self.round_robin()["enabled"]:
            return assigned  # the common case: no write lock taken at all
        with immediate(self.db):
            state = self.round_robin()
            if not state["enabled"]:
                return assigned
            rows = self.db.execute(
                "SELECT id, assignee_id IS NULL AND status = 'open' AND needs_reply = 1 "
                "AND automated = 0, message_count = 0 AND created_at > ? FROM conversations "
                "WHERE id > ? ORDER BY id",
                [self.clock() - BUILDING_SECONDS, state["after_id"]],
            ).fetchall()
            now = self.clock()
            cursor = state["after_id"]
            for conversation_id, eligible, building in rows:
                if building:
                    break  # its messages are being stored right now: look again next time
                cursor = int(conversation_id)
                agent_id = self.agents.next_turn() if eligible else None
                if agent_id is None:
                    continue  # not for a person, or nobody on duty: stays in Unassigned
                self.conversations.set_assignee(conversation_id, agent_id)
                self.agents.take_turn(agent_id)
                self.audit.record("assign", agent_id=None, subject_type="conversation",
                                  subject_id=conversation_id,
                                  details={"from": None, "to": agent_id, "rule": "round_robin"},
                                  at=now)
                assigned[int(conversation_id)] = agent_id
            if cursor != state["after_id"]:
                self.settings.set(ROUND_ROBIN_KEY, {"enabled": True, "after_id": cursor})
        return assigned
