"""Working side by side: saved drafts, "is replying" presence rows, and @mention notices."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import sqlite_utils

from agent_assist.core.models import Channel, Delivery, Direction, Message
from agent_assist.core.team import Draft, MentionNotice, Presence

_DRAFT_COLUMNS = "conversation_id, agent_id, body, as_note, started_at, updated_at"
_PRESENCE_COLUMNS = (
    "conversation_id, agent_id, agent_name, window_id, activity, heartbeat_at, started_at"
)


def _draft(r: Sequence[Any]) -> Draft:
    return Draft(conversation_id=int(r[0]), agent_id=r[1], body=str(r[2]), as_note=bool(r[3]),
                 started_at=float(r[4]), updated_at=float(r[5]))


def _presence(r: Sequence[Any]) -> Presence:
    return Presence(conversation_id=int(r[0]), agent_id=r[1], agent_name=str(r[2]),
                    window_id=str(r[3]), activity=str(r[4]), heartbeat_at=float(r[5]),
                    started_at=float(r[6]))


class DraftRepo:
    """One draft per (agent, conversation); every write is its own committed statement."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def save(self, agent_id: int | None, conversation_id: int, body: str, as_note: bool,
             started_at: float, now: float) -> None:
        # The first save's started_at is kept: it is when the agent began writing, the
        # point "newer messages" are measured from before sending.
        self.db.execute(
            "INSERT INTO drafts (agent_id, conversation_id, body, as_note, started_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (COALESCE(agent_id, 0), conversation_id) "
            "DO UPDATE SET body = excluded.body, as_note = excluded.as_note, "
            "updated_at = excluded.updated_at",
            [agent_id, conversation_id, body, int(as_note), started_at, now],
        )

    def get(self, agent_id: int | None, conversation_id: int) -> Draft | None:
        row = self.db.execute(
            f"SELECT {_DRAFT_COLUMNS} FROM drafts WHERE COALESCE(agent_id, 0) = ? "
            "AND conversation_id = ?",
            [agent_id or 0, conversation_id],
        ).fetchone()
        return None if row is None else _draft(row)

    def for_agent(self, agent_id: int | None) -> list[Draft]:
        rows = self.db.execute(
            f"SELECT {_DRAFT_COLUMNS} FROM drafts WHERE COALESCE(agent_id, 0) = ? "
            "ORDER BY updated_at DESC",
            [agent_id or 0],
        ).fetchall()
        return [_draft(r) for r in rows]

    def delete(self, agent_id: int | None, conversation_id: int) -> None:
        self.db.execute(
            "DELETE FROM drafts WHERE COALESCE(agent_id, 0) = ? AND conversation_id = ?",
            [agent_id or 0, conversation_id],
        )


class PresenceRepo:
    """Heartbeat rows written by every window of every process on the profile."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def beat(self, window_id: str, conversation_id: int, agent_id: int | None,
             agent_name: str, activity: str, now: float) -> None:
        self.db.execute(
            "INSERT INTO presence (window_id, conversation_id, agent_id, agent_name, activity, "
            "started_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (window_id, conversation_id) DO UPDATE SET agent_id = excluded.agent_id, "
            "agent_name = excluded.agent_name, activity = excluded.activity, "
            "heartbeat_at = excluded.heartbeat_at",
            [window_id, conversation_id, agent_id, agent_name, activity, now, now],
        )

    def clear(self, window_id: str, conversation_id: int | None = None) -> None:
        if conversation_id is None:
            self.db.execute("DELETE FROM presence WHERE window_id = ?", [window_id])
        else:
            self.db.execute(
                "DELETE FROM presence WHERE window_id = ? AND conversation_id = ?",
                [window_id, conversation_id],
            )

    def fresh(self, conversation_ids: Iterable[int], newer_than: float,
              exclude_window: str = "") -> list[Presence]:
        ids = list(conversation_ids)
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            f"SELECT {_PRESENCE_COLUMNS} FROM presence WHERE conversation_id IN ({marks}) "
            "AND heartbeat_at > ? AND window_id != ? ORDER BY started_at, window_id",
            [*ids, newer_than, exclude_window],
        ).fetchall()
        return [_presence(r) for r in rows]

    def purge(self, older_than: float) -> int:
        stale = self.db.execute(
            "SELECT 1 FROM presence WHERE heartbeat_at <= ? LIMIT 1", [older_than]
        ).fetchone()
        if stale is None:
            return 0  # a read only: no write lock for nothing
        return int(self.db.execute(
            "DELETE FROM presence WHERE heartbeat_at <= ?", [older_than]
        ).rowcount)


class MentionRepo:
    """Who was mentioned in which note, and whether they have seen it."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def add(self, message_id: int, conversation_id: int, agent_id: int,
            by_agent_id: int | None, now: float) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO mentions (message_id, conversation_id, agent_id, by_agent_id, "
            "created_at) VALUES (?, ?, ?, ?, ?)",
            [message_id, conversation_id, agent_id, by_agent_id, now],
        )

    def unseen(self, agent_id: int) -> list[MentionNotice]:
        rows = self.db.execute(
            "SELECT m.id, m.agent_id, m.message_id, m.conversation_id, "
            "COALESCE(c.subject, ''), m.by_agent_id, COALESCE(b.name, ''), "
            "COALESCE(msg.body_text, ''), m.created_at FROM mentions m "
            "LEFT JOIN conversations c ON c.id = m.conversation_id "
            "LEFT JOIN agents b ON b.id = m.by_agent_id "
            "LEFT JOIN messages msg ON msg.id = m.message_id "
            "WHERE m.agent_id = ? AND m.seen_at IS NULL ORDER BY m.created_at, m.id",
            [agent_id],
        ).fetchall()
        return [
            MentionNotice(id=r[0], agent_id=r[1], message_id=r[2], conversation_id=r[3],
                          conversation_subject=r[4], by_agent_id=r[5], by_name=r[6], text=r[7],
                          created_at=r[8])
            for r in rows
        ]

    def mark_seen(self, agent_id: int, ids: Iterable[int], now: float) -> None:
        for mention_id in ids:
            self.db.execute(
                "UPDATE mentions SET seen_at = ? WHERE id = ? AND agent_id = ? AND seen_at IS NULL",
                [now, mention_id, agent_id],
            )


class ActivityRepo:
    """Messages that arrived in a conversation after a moment (for the pre-send check)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def arrived_since(self, conversation_id: int, since: float) -> list[Message]:
        rows = self.db.execute(
            "SELECT id, conversation_id, channel, direction, sender_name, sender_address, "
            "subject, body_text, sent_at, received_at, agent_id, delivery FROM messages "
            "WHERE conversation_id = ? AND received_at > ? ORDER BY received_at, id",
            [conversation_id, since],
        ).fetchall()
        return [
            Message(
                id=r[0], conversation_id=r[1], channel=Channel(r[2]), direction=Direction(r[3]),
                sender_name=r[4], sender_address=r[5], subject=r[6], body_text=r[7],
                sent_at=r[8], agent_id=r[10], delivery=Delivery(r[11]) if r[11] else None,
            )
            for r in rows
        ]
