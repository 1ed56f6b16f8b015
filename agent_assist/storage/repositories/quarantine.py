"""Messages that could not be parsed, kept with their raw bytes."""

from __future__ import annotations

import time
from collections.abc import Sequence

import sqlite_utils

from agent_assist.core.models import QuarantinedMessage
from agent_assist.storage.blobs import get_raw, put_raw

_IN_CHUNK = 500  # values per SQL "IN (...)" list


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

    def existing_keys(self, keys: Sequence[str]) -> set[str]:
        """Which of ``keys`` are quarantined already (a set-based lookup per batch)."""
        found: set[str] = set()
        for start in range(0, len(keys), _IN_CHUNK):
            chunk = list(keys[start : start + _IN_CHUNK])
            marks = ",".join("?" * len(chunk))
            found.update(str(r[0]) for r in self.db.execute(
                f"SELECT provider_key FROM quarantine WHERE provider_key IN ({marks})", chunk))
        return found

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM quarantine").fetchone()[0])

    def newest_at(self) -> float:
        """When the newest item was quarantined (0 when there is none)."""
        return float(self.db.execute(
            "SELECT coalesce(max(created_at), 0) FROM quarantine").fetchone()[0])

    def count_since(self, moment: float) -> int:
        """Items quarantined after ``moment`` (a time.time() value)."""
        return int(self.db.execute("SELECT count(*) FROM quarantine WHERE created_at > ?",
                                   [moment]).fetchone()[0])

    def list(self, limit: int = 500) -> list[QuarantinedMessage]:
        rows = self.db.execute(
            "SELECT id, source, error, raw_sha256, size, created_at FROM quarantine "
            "ORDER BY created_at DESC, id DESC LIMIT ?",
            [limit],
        ).fetchall()
        return [QuarantinedMessage(*r) for r in rows]

    def get(self, quarantine_id: int) -> QuarantinedMessage | None:
        row = self.db.execute(
            "SELECT id, source, error, raw_sha256, size, created_at FROM quarantine "
            "WHERE id = ?", [quarantine_id]).fetchone()
        return None if row is None else QuarantinedMessage(*row)

    def identity(self, quarantine_id: int) -> tuple[str, int | None] | None:
        """(provider key, account id) of an item: what a second parse needs to store it."""
        row = self.db.execute(
            "SELECT provider_key, account_id FROM quarantine WHERE id = ?", [quarantine_id]
        ).fetchone()
        return None if row is None else (str(row[0]), None if row[1] is None else int(row[1]))

    def raw(self, quarantine_id: int) -> bytes | None:
        row = self.db.execute(
            "SELECT raw_sha256 FROM quarantine WHERE id = ?", [quarantine_id]
        ).fetchone()
        return None if row is None else get_raw(self.db, row[0])

    def set_error(self, quarantine_id: int, error: str) -> None:
        self.db.execute("UPDATE quarantine SET error = ? WHERE id = ?", [error, quarantine_id])

    def remove(self, quarantine_id: int) -> None:
        """Leave quarantine; the raw bytes go too unless a stored message is made of them."""
        row = self.db.execute(
            "SELECT raw_sha256 FROM quarantine WHERE id = ?", [quarantine_id]).fetchone()
        if row is None:
            return
        self.db.execute("DELETE FROM quarantine WHERE id = ?", [quarantine_id])
        # "!= ''" lets SQLite use the partial index on messages.raw_sha256.
        self.db.execute(
            "DELETE FROM blobs WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM messages WHERE "
            "raw_sha256 = ? AND raw_sha256 != '') AND NOT EXISTS (SELECT 1 FROM quarantine "
            "WHERE raw_sha256 = ?)", [row[0], row[0], row[0]])
