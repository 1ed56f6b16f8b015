"""Is this server copy a message we already store? Batched lookups for the sync engine.

A copy is the same message when its exact bytes are stored, or when it has a stored
Message-ID *and* the same content (subject, sender, text): the same mail in two folders,
delivered twice, or renumbered by a UIDVALIDITY change. Two different messages that share
a Message-ID (broken mailers, test suites) both stay, so none is silently swallowed. Our
own sent replies match on Message-ID alone: we made that ID, and the server's copy may
be re-encoded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import sqlite_utils

from agent_assist.core.models import IncomingMessage

_IN_CHUNK = 500  # values per SQL "IN (...)" list


def content_print(subject: str, sender: str, body: str) -> str:
    """A fingerprint of what a person reads, blind to whitespace and line-end changes."""
    text = "\x1f".join((" ".join(subject.split()), sender.strip().lower(), " ".join(body.split())))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def message_print(message: IncomingMessage) -> str:
    return content_print(message.subject, message.sender_address, message.body_text)


def twin_marks(message: IncomingMessage, digest: str) -> list[str]:
    """Keys under which two copies in one batch count as the same message."""
    marks = [f"sha:{digest}"]
    if message.message_id:
        marks.append(f"id:{message.message_id}:{message_print(message)}")
    return marks


class KnownMessages:
    """Stored messages that a batch of server copies may be other locations of."""

    def __init__(
        self, db: sqlite_utils.Database, candidates: Sequence[tuple[IncomingMessage, str]]
    ) -> None:
        self.db = db
        self.by_sha = self._oldest_by_sha(sorted({digest for _, digest in candidates}))
        ids = sorted({m.message_id for m, _ in candidates if m.message_id})
        self.by_id = self._rows_by_message_id(ids)

    def find(self, message: IncomingMessage, digest: str) -> int | None:
        """The stored row this copy is another location of, or None for a new message."""
        row_id = self.by_sha.get(digest)
        if row_id is not None or not message.message_id:
            return row_id
        wanted = ""
        for row_id, direction, subject, sender, body in self.by_id.get(message.message_id, []):
            if direction == "out":
                return row_id
            wanted = wanted or message_print(message)
            if content_print(subject, sender, body) == wanted:
                return row_id
        return None

    def _oldest_by_sha(self, digests: list[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for chunk in _chunks(digests):
            marks = ",".join("?" * len(chunk))
            # "!= ''" lets SQLite use the partial index on the column (else: a table scan).
            found.update((str(d), int(i)) for d, i in self.db.execute(
                f"SELECT raw_sha256, min(id) FROM messages WHERE raw_sha256 IN ({marks}) "
                "AND raw_sha256 != '' GROUP BY raw_sha256", chunk))
        return found

    def _rows_by_message_id(
        self, ids: list[str]
    ) -> dict[str, list[tuple[int, str, str, str, str]]]:
        found: dict[str, list[tuple[int, str, str, str, str]]] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                "SELECT message_id_header, id, direction, subject, sender_address, body_text "
                f"FROM messages WHERE message_id_header IN ({marks}) "
                "AND message_id_header != '' ORDER BY id", chunk)
            for mid, row_id, direction, subject, sender, body in rows:
                found.setdefault(str(mid), []).append(
                    (int(row_id), str(direction), subject or "", sender or "", body or ""))
        return found


def _chunks(values: list[str]) -> list[list[str]]:
    return [values[i : i + _IN_CHUNK] for i in range(0, len(values), _IN_CHUNK)]
