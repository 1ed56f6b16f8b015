"""The reads guidance needs, shaped for speed: few statements, only the columns used."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

import sqlite_utils

__all__ = ["ContactFacts", "GuidanceReads", "RecentMessage"]


@dataclass(frozen=True, slots=True)
class RecentMessage:
    """One of the newest messages of a conversation (text cut to what matching needs)."""

    id: int
    direction: str
    text: str
    sent_at: float
    automated: bool
    agent_id: int | None


@dataclass(frozen=True, slots=True)
class ContactFacts:
    """A contact with its handles and its other conversations, newest first."""

    id: int
    name: str
    language: str
    notes: str
    handles: tuple[tuple[str, str], ...]
    # (id, subject, channel, status, needs_reply, last_message_at)
    others: tuple[tuple[int, str, str, str, bool, float | None], ...]
    other_count: int


class GuidanceReads:
    """Read-only queries for guidance (one connection, any thread)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def state(self, setting_keys: Sequence[str]) -> tuple[int, tuple[str, ...]]:
        """The guidance change counter and raw JSON of some settings, in one statement."""
        subqueries = ", ".join("(SELECT value FROM settings WHERE key = ?)" for _ in setting_keys)
        row = self.db.execute(
            f"SELECT (SELECT rev FROM guidance_revision WHERE id = 1), {subqueries}",
            list(setting_keys),
        ).fetchone()
        return int(row[0] or 0), tuple(v or "null" for v in row[1:])

    def recent_messages(self, conversation_id: int, limit: int, chars: int
                        ) -> list[RecentMessage]:
        rows = self.db.execute(
            "SELECT id, direction, substr(body_text, 1, ?), sent_at, automated_reason != '', "
            "agent_id FROM messages WHERE conversation_id = ? ORDER BY sent_at DESC, id DESC "
            "LIMIT ?",
            [chars, conversation_id, limit],
        ).fetchall()
        return [RecentMessage(r[0], r[1], r[2], r[3], bool(r[4]), r[5]) for r in reversed(rows)]

    def contact(self, contact_id: int, conversation_id: int, shown: int) -> ContactFacts | None:
        row = self.db.execute(
            "SELECT c.id, c.name, c.language, c.notes, (SELECT json_group_array("
            "json_array(h.kind, h.value)) FROM (SELECT kind, value FROM contact_handles "
            "WHERE contact_id = c.id ORDER BY id) h) FROM contacts c WHERE c.id = ?",
            [contact_id],
        ).fetchone()
        if row is None:
            return None
        others = self.db.execute(
            "SELECT id, subject, channel, status, needs_reply, last_message_at "
            "FROM conversations WHERE contact_id = ? AND id != ? "
            "ORDER BY last_message_at DESC LIMIT ?",
            [contact_id, conversation_id, shown],
        ).fetchall()
        count = len(others)
        if count >= shown:  # only then is a count worth a second statement
            count = int(self.db.execute(
                "SELECT count(*) FROM conversations WHERE contact_id = ? AND id != ?",
                [contact_id, conversation_id]).fetchone()[0])
        return ContactFacts(
            id=row[0], name=row[1], language=row[2], notes=row[3],
            handles=tuple((str(k), str(v)) for k, v in json.loads(row[4] or "[]")),
            others=tuple((o[0], o[1], o[2], o[3], bool(o[4]), o[5]) for o in others),
            other_count=count,
        )

    def agent(self, agent_id: int) -> tuple[str, dict[str, str]] | None:
        row = self.db.execute(
            "SELECT name, signatures FROM agents WHERE id = ?", [agent_id]).fetchone()
        if row is None:
            return None
        try:
            signatures = json.loads(row[1] or "{}")
        except ValueError:
            signatures = {}
        if not isinstance(signatures, dict):
            signatures = {}
        return str(row[0]), {str(k): str(v) for k, v in signatures.items() if v}

    # -- similar messages (FTS5) ----------------------------------------------------------------

    def newest_message_id(self) -> int:
        return int(self.db.execute("SELECT max(rowid) FROM messages").fetchone()[0] or 0)

    def matching_ids(self, fts_query: str, since: int, limit: int) -> list[int]:
        """Rowids of messages matching ``fts_query`` from ``since`` on, oldest first.

        Ascending order lets FTS5 walk doclists lazily and stop early; "ORDER BY rowid
        DESC" would load each word's whole doclist first.
        """
        return [r[0] for r in self.db.execute(
            "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? AND rowid >= ? "
            "ORDER BY rowid LIMIT ?", [fts_query, since, limit]).fetchall()]

    def customer_messages(self, ids: Sequence[int], exclude_conversation: int, limit: int,
                          chars: int) -> list[tuple[int, int, float, str]]:
        """Of ``ids``: customer-written, non-automated messages of other conversations."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return [(int(r[0]), int(r[1]), float(r[2]), str(r[3])) for r in self.db.execute(
            "SELECT id, conversation_id, sent_at, substr(body_text, 1, ?) FROM messages "
            f"WHERE id IN ({marks}) AND direction = 'in' AND conversation_id != ? "
            "AND automated_reason = '' ORDER BY id LIMIT ?",
            [chars, *ids, exclude_conversation, limit],
        ).fetchall()]

    def reply_after(self, conversation_id: int, sent_at: float) -> tuple[int, str, float] | None:
        """Our first reply (not a failed one) after a customer message."""
        row = self.db.execute(
            "SELECT id, body_text, sent_at FROM messages WHERE conversation_id = ? "
            "AND direction = 'out' AND sent_at >= ? AND COALESCE(delivery, 'sent') != 'failed' "
            "ORDER BY sent_at, id LIMIT 1",
            [conversation_id, sent_at],
        ).fetchone()
        return None if row is None else (int(row[0]), str(row[1]), float(row[2]))
