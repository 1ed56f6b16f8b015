"""Collision guard: "X is replying" across windows and processes, and the pre-send check."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import sqlite_utils

from agent_assist.core.models import Direction, Message
from agent_assist.core.team import Presence
from agent_assist.storage.repositories.collab import ActivityRepo, PresenceRepo
from agent_assist.storage.repositories.team import AgentRepo

Clock = Callable[[], float]

FRESH_SECONDS = 30.0  # a presence row older than this belongs to a window that went away
HEARTBEAT_SECONDS = 10.0  # writers beat well inside FRESH_SECONDS


@dataclass(frozen=True, slots=True)
class SendCheck:
    """What arrived in the conversation since the draft began (shown before sending)."""

    customer: list[Message]
    replies_by_others: list[Message]
    notes_by_others: list[Message]

    @property
    def messages(self) -> list[Message]:
        """Everything to show, oldest first."""
        return sorted([*self.customer, *self.replies_by_others, *self.notes_by_others],
                      key=lambda m: (m.sent_at, m.id))

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.customer or self.replies_by_others or self.notes_by_others)


class CollisionGuard:
    """Presence heartbeats and checks for one window (``window_id``) on a shared profile.

    Presence lives in the database (WAL), so every window of every process on the same
    profile sees it; a window that crashes simply stops beating and fades out after
    :data:`FRESH_SECONDS`.
    """

    def __init__(self, db: sqlite_utils.Database, *, window_id: str | None = None,
                 clock: Clock = time.time) -> None:
        self.db = db
        self.window_id = window_id or uuid.uuid4().hex
        self.clock = clock
        self.presence = PresenceRepo(db)

    def heartbeat(self, conversation_id: int, agent_id: int | None, agent_name: str = "",
                  activity: str = "replying") -> None:
        """This window's agent is (still) writing in the conversation."""
        if not agent_name and agent_id is not None:
            agent = AgentRepo(self.db).get(agent_id)
            agent_name = agent.name if agent else ""
        self.presence.beat(self.window_id, conversation_id, agent_id, agent_name, activity,
                           self.clock())

    def stop(self, conversation_id: int | None = None) -> None:
        """This window stopped writing there (sent, emptied, closed); None: everywhere."""
        self.presence.clear(self.window_id, conversation_id)

    def others_replying(self, conversation_id: int) -> list[Presence]:
        """Fresh presence of other windows (other agents, or me elsewhere) on it."""
        return self.replying_in([conversation_id]).get(conversation_id, [])

    def replying_in(self, conversation_ids: Iterable[int]) -> dict[int, list[Presence]]:
        newer_than = self.clock() - FRESH_SECONDS
        result: dict[int, list[Presence]] = {}
        for row in self.presence.fresh(conversation_ids, newer_than, self.window_id):
            result.setdefault(row.conversation_id, []).append(row)
        return result

    def purge_stale(self) -> int:
        """Delete rows of windows that went away (housekeeping; readers ignore them anyway)."""
        return self.presence.purge(self.clock() - 10 * FRESH_SECONDS)

    def check_before_send(self, conversation_id: int, draft_started_at: float,
                          agent_id: int | None) -> SendCheck:
        """Customer messages, and replies or notes by anyone else, newer than the draft."""
        customer: list[Message] = []
        replies: list[Message] = []
        notes: list[Message] = []
        for message in ActivityRepo(self.db).arrived_since(conversation_id, draft_started_at):
            mine = agent_id is not None and message.agent_id == agent_id
            if message.direction is Direction.IN:
                customer.append(message)
            elif message.direction is Direction.OUT and not mine:
                replies.append(message)  # includes replies sent from another mail client
            elif message.direction is Direction.NOTE and not mine:
                notes.append(message)
        return SendCheck(customer, replies, notes)
