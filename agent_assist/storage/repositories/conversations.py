"""Conversations: the inbox queries (ids only, for lazy views) and status changes."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import sqlite_utils

from agent_assist.core.models import Channel, Conversation, Status

_COLUMNS = (
    "c.id, c.channel, c.subject, c.contact_id, COALESCE(ct.name, ''), c.status, c.needs_reply, "
    "c.waiting_since, c.last_message_at, c.account_id, c.assignee_id, c.tags, c.priority, "
    "c.language, c.snoozed_until, c.snippet, c.message_count, c.automated, c.thread_key"
)
_FROM = "FROM conversations c LEFT JOIN contacts ct ON ct.id = c.contact_id"


def _conversation(r: Sequence[Any]) -> Conversation:
    return Conversation(
        id=r[0], channel=Channel(r[1]), subject=r[2], contact_id=r[3], contact_name=r[4],
        status=Status(r[5]), needs_reply=bool(r[6]), waiting_since=r[7], last_message_at=r[8],
        account_id=r[9], assignee_id=r[10], tags=tuple(json.loads(r[11])), priority=r[12],
        language=r[13], snoozed_until=r[14], snippet=r[15], message_count=r[16],
        automated=bool(r[17]), thread_key=r[18],
    )


@dataclass(frozen=True)
class InboxQuery:
    """Which conversations a navigation entry shows; SQL does the filtering and sorting.

    ``view`` is one of: needs_reply, waiting, snoozed, closed, all, open.
    """

    view: str = "needs_reply"
    channel: Channel | None = None
    assignee_id: int | None = None
    unassigned: bool = False

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.view == "needs_reply":
            clauses.append("status = 'open' AND needs_reply = 1")
        elif self.view == "open":
            clauses.append("status = 'open'")
        elif self.view in ("waiting", "snoozed", "closed"):
            clauses.append("status = ?")
            params.append(self.view)
        if self.channel is not None:
            clauses.append("channel = ?")
            params.append(self.channel.value)
        if self.assignee_id is not None:
            clauses.append("assignee_id = ?")
            params.append(self.assignee_id)
        if self.unassigned:
            clauses.append("assignee_id IS NULL")
        return (" AND ".join(clauses) or "1=1"), params

    def matches(
        self, status: str, needs_reply: bool, channel: str, assignee_id: int | None
    ) -> bool:
        """The same filter as :meth:`where`, on one group of the grouped count."""
        if self.view == "needs_reply" and not (status == "open" and needs_reply):
            return False
        if self.view == "open" and status != "open":
            return False
        if self.view in ("waiting", "snoozed", "closed") and status != self.view:
            return False
        if self.channel is not None and channel != self.channel.value:
            return False
        if self.assignee_id is not None and assignee_id != self.assignee_id:
            return False
        return not (self.unassigned and assignee_id is not None)

    def order_by(self) -> str:
        if self.view == "needs_reply":
            return "waiting_since ASC, id ASC"  # the longest wait first
        if self.view == "snoozed":
            return "snoozed_until ASC, id ASC"
        if self.view in ("all", "open"):
            # Customers waiting for us first (longest wait on top), then the most recent.
            return (
                "(status = 'open' AND needs_reply = 1) DESC, "
                "CASE WHEN status = 'open' AND needs_reply = 1 THEN waiting_since END ASC, "
                "last_message_at DESC, id DESC"
            )
        return "last_message_at DESC, id DESC"


class ConversationRepo:
    """Queries and updates on conversations."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def ids(self, query: InboxQuery) -> list[int]:
        """Only ids, in display order: the view fetches rows for the visible range."""
        if query.view in ("all", "open"):
            # Two index-ordered reads instead of one sort on a CASE expression: waiting
            # customers (longest wait first), then everything else, most recent first.
            waiting = self.ids(replace(query, view="needs_reply"))
            where, params = query.where()
            rest = self.db.execute(
                f"SELECT id FROM conversations WHERE {where} AND NOT "
                "(status = 'open' AND needs_reply = 1) ORDER BY last_message_at DESC, id DESC",
                params,
            ).fetchall()
            return waiting + [r[0] for r in rest]
        where, params = query.where()
        sql = f"SELECT id FROM conversations WHERE {where} ORDER BY {query.order_by()}"
        return [r[0] for r in self.db.execute(sql, params).fetchall()]

    def count(self, query: InboxQuery) -> int:
        where, params = query.where()
        return int(
            self.db.execute(f"SELECT count(*) FROM conversations WHERE {where}", params)
            .fetchone()[0]
        )

    def count_many(self, queries: dict[str, InboxQuery]) -> dict[str, int]:
        """Every count in one grouped scan of a covering index (the navigation's refresh)."""
        groups = self.db.execute(
            "SELECT status, needs_reply, channel, assignee_id, count(*) FROM conversations "
            "GROUP BY status, needs_reply, channel, assignee_id"
        ).fetchall()
        return {
            key: sum(n for status, needs, channel, assignee, n in groups
                     if query.matches(status, bool(needs), channel, assignee))
            for key, query in queries.items()
        }

    def get(self, conversation_id: int) -> Conversation | None:
        rows = self.get_many([conversation_id])
        return rows.get(conversation_id)

    def get_many(self, ids: Iterable[int]) -> dict[int, Conversation]:
        ids = list(ids)
        result: dict[int, Conversation] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.db.execute(f"SELECT {_COLUMNS} {_FROM} WHERE c.id IN ({marks})", chunk):
                result[r[0]] = _conversation(r)
        return result

    def for_contact(self, contact_id: int) -> list[Conversation]:
        rows = self.db.execute(
            f"SELECT {_COLUMNS} {_FROM} WHERE c.contact_id = ? ORDER BY c.last_message_at DESC",
            [contact_id],
        ).fetchall()
        return [_conversation(r) for r in rows]

    def create(
        self,
        *,
        channel: Channel,
        subject: str,
        contact_id: int | None,
        account_id: int | None = None,
        thread_key: str = "",
        language: str = "",
        created_at: float | None = None,
    ) -> int:
        now = time.time() if created_at is None else created_at
        cur = self.db.execute(
            "INSERT INTO conversations (channel, account_id, contact_id, subject, thread_key, "
            "language, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [channel.value, account_id, contact_id, subject, thread_key, language, now, now],
        )
        return int(cur.lastrowid or 0)

    def find_by_thread_key(self, account_id: int | None, thread_key: str) -> int | None:
        row = self.db.execute(
            "SELECT id FROM conversations WHERE account_id IS ? AND thread_key = ? "
            "ORDER BY id DESC LIMIT 1",
            [account_id, thread_key],
        ).fetchone()
        return None if row is None else int(row[0])

    def set_status(
        self, conversation_id: int, status: Status, *, snoozed_until: float | None = None
    ) -> None:
        self.db.execute(
            "UPDATE conversations SET status = ?, snoozed_until = ?, updated_at = ? WHERE id = ?",
            [status.value, snoozed_until, time.time(), conversation_id],
        )

    def set_assignee(self, conversation_id: int, agent_id: int | None) -> None:
        self.db.execute(
            "UPDATE conversations SET assignee_id = ?, updated_at = ? WHERE id = ?",
            [agent_id, time.time(), conversation_id],
        )

    def set_tags(self, conversation_id: int, tags: Sequence[str]) -> None:
        self.db.execute(
            "UPDATE conversations SET tags = ? WHERE id = ?",
            [json.dumps(sorted(set(tags)), ensure_ascii=False), conversation_id],
        )

    def update_summary(
        self,
        conversation_id: int,
        *,
        needs_reply: bool,
        waiting_since: float | None,
        last_message_at: float | None,
        snippet: str,
        message_count: int,
        automated: bool,
        language: str,
    ) -> None:
        self.db.execute(
            "UPDATE conversations SET needs_reply = ?, waiting_since = ?, last_message_at = ?, "
            "snippet = ?, message_count = ?, automated = ?, "
            "language = CASE WHEN ? != '' THEN ? ELSE language END, updated_at = ? WHERE id = ?",
            [
                int(needs_reply), waiting_since, last_message_at, snippet, message_count,
                int(automated), language, language, time.time(), conversation_id,
            ],
        )

    def due_snoozes(self, now: float) -> list[int]:
        return [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM conversations WHERE status = 'snoozed' AND snoozed_until IS NOT "
                "NULL AND snoozed_until <= ?",
                [now],
            )
        ]

    def total(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM conversations").fetchone()[0])
