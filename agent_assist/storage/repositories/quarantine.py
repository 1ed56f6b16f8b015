"""Messages that could not be parsed, kept with their raw bytes."""

from __future__ import annotations

import time

import sqlite_utils

from agent_assist.core.models import QuarantinedMessage
from agent_assist.storage.blobs import get_raw, put_raw


class QuarantineRepo:
    """Store and list quarantined raw messages (never refetched in a loop)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def add(
        self, provider_key: str, raw: bytes, error: str, *, source: str,
        account_id: int | None = None,
    ) -> bool:
        """Quarantine once per provider key; returns False if it was already there."""
        digest = put_raw(self.db, raw)
        cur = self.db.execute(
            "INSERT OR IGNORE INTO quarantine "
            "(account_id, source, provider_key, error, raw_sha256, size, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [account_id, source, provider_key, error, digest, len(raw), time.time()],
        )
        return cur.rowcount > 0

    def has(self, provider_key: str) -> bool:
        return (
            self.db.execute(
                "SELECT 1 FROM quarantine WHERE provider_key = ?", [provider_key]
            ).fetchone()
            is not None
        )

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM quarantine").fetchone()[0])

    def list(self, limit: int = 500) -> list[QuarantinedMessage]:
        rows = self.db.execute(
            "SELECT id, source, error, raw_sha256, size, created_at FROM quarantine "
            "ORDER BY created_at DESC LIMIT ?",
            [limit],
        ).fetchall()
        return [QuarantinedMessage(*r) for r in rows]

    def raw(self, quarantine_id: int) -> bytes | None:
        row = self.db.execute(
            "SELECT raw_sha256 FROM quarantine WHERE id = ?", [quarantine_id]
        ).fetchone()
        return None if row is None else get_raw(self.db, row[0])
