"""Content-addressed storage: raw messages in the database, attachment files beside it."""

from __future__ import annotations

import hashlib
import os
import zlib
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def put_raw(db: sqlite_utils.Database, data: bytes) -> str:
    """Store exact bytes (compressed) in the caller's transaction; returns their hash.

    Raw messages live in SQLite rather than in loose files so that they commit atomically
    with the rows and the sync cursor that refer to them: nothing can be half-saved.
    """
    digest = sha256_hex(data)
    # Stored already (a copy, or packed ahead by an import): don't compress it again.
    if db.execute("SELECT 1 FROM blobs WHERE sha256 = ?", [digest]).fetchone() is None:
        put_packed(db, PackedRaw(digest, len(data), zlib.compress(data, 1)))
    return digest


@dataclass(frozen=True, slots=True)
class PackedRaw:
    """Raw bytes compressed ahead of storing, with their hash and original size."""

    sha256: str
    size: int
    compressed: bytes


def pack_raw(data: bytes) -> PackedRaw:
    """Compress off the storing thread (zlib releases the GIL), then ``put_packed``."""
    return PackedRaw(sha256_hex(data), len(data), zlib.compress(data, 1))


def put_packed(db: sqlite_utils.Database, packed: PackedRaw) -> str:
    """Store bytes compressed by ``pack_raw`` in the caller's transaction; returns their hash."""
    db.execute(
        "INSERT OR IGNORE INTO blobs (sha256, size, compressed, data) VALUES (?, ?, 1, ?)",
        [packed.sha256, packed.size, packed.compressed],
    )
    return packed.sha256


def get_raw(db: sqlite_utils.Database, digest: str) -> bytes | None:
    row = db.execute(
        "SELECT compressed, data FROM blobs WHERE sha256 = ?", [digest]
    ).fetchone()
    if row is None:
        return None
    compressed, data = row
    return zlib.decompress(data) if compressed else bytes(data)


class AttachmentFiles:
    """Attachment bytes as files named by their SHA-256, two-level fan-out.

    The raw message in the database stays the source of truth, so a lost file can be
    re-derived; files exist so attachments can be opened without touching the DB.
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, digest: str) -> Path:
        return self.root / digest[:2] / digest

    def put(self, data: bytes) -> str:
        digest = sha256_hex(data)
        target = self.path_for(digest)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(f".tmp{os.getpid()}")
            tmp.write_bytes(data)
            os.replace(tmp, target)
        return digest

    def get(self, digest: str) -> bytes:
        return self.path_for(digest).read_bytes()
