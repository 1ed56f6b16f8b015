"""Contacts and their handles: one customer, many ways to reach them."""

from __future__ import annotations

import time
from collections.abc import Sequence

import sqlite_utils

from agent_assist.core.models import Contact, Handle, HandleKind


class ContactRepo:
    """Find-or-create contacts by handle; merge and list them."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def find_by_handle(self, kind: HandleKind, value: str) -> int | None:
        row = self.db.execute(
            "SELECT contact_id FROM contact_handles WHERE kind = ? AND value = ?",
            [kind.value, _normalize(kind, value)],
        ).fetchone()
        return None if row is None else int(row[0])

    def find_or_create(self, kind: HandleKind, value: str, name: str = "") -> int:
        """The contact owning this handle, created with ``name`` when new."""
        value = _normalize(kind, value)
        found = self.find_by_handle(kind, value)
        if found is not None:
            if name:
                # A display name learned later fills an empty one, never overwrites.
                self.db.execute(
                    "UPDATE contacts SET name = ? WHERE id = ? AND name = ''", [name, found]
                )
            return found
        cur = self.db.execute(
            "INSERT INTO contacts (name, created_at) VALUES (?, ?)", [name, time.time()]
        )
        contact_id = int(cur.lastrowid or 0)
        self.add_handle(contact_id, kind, value)
        return contact_id

    def add_handle(self, contact_id: int, kind: HandleKind, value: str) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO contact_handles (contact_id, kind, value) VALUES (?, ?, ?)",
            [contact_id, kind.value, _normalize(kind, value)],
        )

    def get(self, contact_id: int) -> Contact | None:
        row = self.db.execute(
            "SELECT id, name, language, notes, created_at FROM contacts WHERE id = ?",
            [contact_id],
        ).fetchone()
        if row is None:
            return None
        handles = tuple(
            Handle(HandleKind(k), v)
            for k, v in self.db.execute(
                "SELECT kind, value FROM contact_handles WHERE contact_id = ? ORDER BY id",
                [contact_id],
            )
        )
        return Contact(
            id=row[0], name=row[1], language=row[2], notes=row[3], created_at=row[4],
            handles=handles,
        )

    def set_language(self, contact_id: int, language: str) -> None:
        self.db.execute("UPDATE contacts SET language = ? WHERE id = ?", [language, contact_id])

    def merge(self, keep_id: int, other_id: int) -> None:
        """Move every handle and conversation of ``other_id`` onto ``keep_id``."""
        self.db.execute(
            "UPDATE contact_handles SET contact_id = ? WHERE contact_id = ?", [keep_id, other_id]
        )
        self.db.execute(
            "UPDATE conversations SET contact_id = ? WHERE contact_id = ?", [keep_id, other_id]
        )
        self.db.execute("DELETE FROM contacts WHERE id = ?", [other_id])

    def split(self, contact_id: int, handles: Sequence[Handle], name: str) -> int:
        """Move ``handles`` to a new contact named ``name``, with the conversations the
        customer wrote (or was written to) from those handles; returns the new id."""
        cur = self.db.execute(
            "INSERT INTO contacts (name, language, created_at) "
            "SELECT ?, language, ? FROM contacts WHERE id = ?",
            [name, time.time(), contact_id],
        )
        new_id = int(cur.lastrowid or 0)
        moved = {(h.kind.value, _normalize(h.kind, h.value)) for h in handles}
        for kind, value in moved:
            self.db.execute(
                "UPDATE contact_handles SET contact_id = ? WHERE contact_id = ? AND kind = ? "
                "AND value = ?", [new_id, contact_id, kind, value],
            )
        rows = self.db.execute(
            "SELECT c.id, (SELECT CASE WHEN m.direction = 'in' THEN m.sender_address "
            "ELSE json_extract(m.recipients, '$[0]') END FROM messages m "
            "WHERE m.conversation_id = c.id AND m.direction IN ('in', 'out') "
            "ORDER BY m.direction = 'in' DESC, m.sent_at LIMIT 1) "
            "FROM conversations c WHERE c.contact_id = ?", [contact_id],
        ).fetchall()
        # Matched on the value: an address, a Telegram id, a Matrix id and a phone number
        # never look alike, and the channel does not always tell the handle kind (bridges).
        for conversation_id, address in rows:
            if address and any((h.kind.value, _normalize(h.kind, str(address))) in moved
                               for h in handles):
                self.db.execute(
                    "UPDATE conversations SET contact_id = ? WHERE id = ?",
                    [new_id, conversation_id],
                )
        return new_id

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM contacts").fetchone()[0])


def _normalize(kind: HandleKind, value: str) -> str:
    value = value.strip()
    return value.lower() if kind in (HandleKind.EMAIL, HandleKind.MATRIX) else value
