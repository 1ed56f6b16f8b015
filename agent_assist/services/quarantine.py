"""Quarantined messages: list them, show and save their raw bytes, and parse them again.

A message lands in quarantine when the parser could not read it; its exact bytes are kept.
"Try again" runs today's parser on those bytes (a newer version may read what an older one
could not). On success the message is stored exactly as the sync or the importer would
have stored it, and leaves quarantine; otherwise it stays, with the new error.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from agent_assist.channels.email.mime import UnparseableMessage
from agent_assist.core.models import Channel, Direction, QuarantinedMessage
from agent_assist.services.email.matching import KnownMessages
from agent_assist.services.email.parsing import parse_raw
from agent_assist.services.health import QUARANTINE_SEEN_KEY
from agent_assist.services.ingest import Ingestor
from agent_assist.storage.blobs import sha256_hex
from agent_assist.storage.repositories import Repos
from agent_assist.storage.transactions import immediate

#: Provider keys of items that are emails (chat items hold a JSON event, not mail).
EMAIL_KEY_PREFIXES = ("import:", "imap:")
#: How much of a raw message the preview decodes: enough to read its headers and text.
PREVIEW_BYTES = 256 * 1024


class QuarantineError(Exception):
    """A quarantine action cannot be done; the message is one sentence for the user."""


@dataclass(frozen=True, slots=True)
class RetryResult:
    """What a second parse did: stored (with its conversation) or still unreadable."""

    stored: bool
    error: str = ""
    conversation_id: int | None = None


def preview(raw: bytes, limit: int = PREVIEW_BYTES) -> tuple[str, bool]:
    """The bytes as text for reading (undecodable bytes shown as �); True when cut short."""
    return raw[:limit].decode("utf-8", errors="replace"), len(raw) > limit


def is_email_key(provider_key: str) -> bool:
    return provider_key.startswith(EMAIL_KEY_PREFIXES)


class QuarantineService:
    """Actions on quarantined items, each in the caller's thread (its own connection)."""

    def __init__(self, repos: Repos, ingestor: Ingestor) -> None:
        self.repos = repos
        self.ingestor = ingestor

    def list(self, limit: int = 500) -> list[QuarantinedMessage]:
        return self.repos.quarantine.list(limit)

    def count(self) -> int:
        return self.repos.quarantine.count()

    def mark_seen(self) -> None:
        """The user has looked: the Today page stops pointing here until a new one lands.

        Stored as the newest item's own time, so the app's clock (fixed in tests and the
        demo) never decides what is new.
        """
        with immediate(self.repos.db):
            self.repos.settings.set(QUARANTINE_SEEN_KEY, self.repos.quarantine.newest_at())

    def can_retry(self, quarantine_id: int) -> bool:
        """Only emails can be parsed again; a chat event is kept as it came."""
        identity = self.repos.quarantine.identity(quarantine_id)
        return identity is not None and is_email_key(identity[0])

    def raw(self, quarantine_id: int) -> bytes:
        raw = self.repos.quarantine.raw(quarantine_id)
        if raw is None:
            raise QuarantineError("This message is no longer in quarantine.")
        return raw

    def save_raw(self, quarantine_id: int, path: Path) -> int:
        """Write the exact bytes to ``path`` (all or nothing); returns their size."""
        data = self.raw(quarantine_id)
        tmp = path.with_name(path.name + ".partial")
        try:
            tmp.write_bytes(data)
            os.replace(tmp, path)
        except OSError as exc:
            with contextlib.suppress(OSError):  # nothing to remove where nothing was written
                tmp.unlink(missing_ok=True)
            reason = (exc.strerror or type(exc).__name__).lower()
            raise QuarantineError(f"Cannot write {path}: {reason}.") from exc
        return len(data)

    def retry(self, quarantine_id: int) -> RetryResult:
        """Parse the kept bytes again; store the message and release it on success."""
        repos = self.repos
        identity = repos.quarantine.identity(quarantine_id)
        if identity is None:
            raise QuarantineError("This message is no longer in quarantine.")
        key, account_id = identity
        if not is_email_key(key):
            raise QuarantineError("Only emails can be read again; this chat event stays "
                                  "in quarantine as it came.")
        raw = self.raw(quarantine_id)
        try:
            message = parse_raw(raw, key, account_id)
        except UnparseableMessage as exc:
            return self._still_unreadable(quarantine_id, str(exc))
        except Exception as exc:  # a parser bug keeps the message here, as the sync does
            return self._still_unreadable(
                quarantine_id, f"parser error: {type(exc).__name__}: {exc}")
        message.raw = raw
        if message.sender_address.lower() in self._own_addresses():
            message.direction = Direction.OUT
        digest = sha256_hex(raw)
        with immediate(repos.db):
            row_id = KnownMessages(repos.db, [(message, digest)]).find(message, digest)
            if row_id is None:
                result = self.ingestor.ingest(message)
                row_id = result.message_row_id or self._row_of(key)
            if key.startswith("imap:") and row_id is not None:
                self._release_location(key, row_id)
            repos.quarantine.remove(quarantine_id)
        return RetryResult(True, conversation_id=self._conversation_of(row_id))

    # -- internals ---------------------------------------------------------------------------

    def _still_unreadable(self, quarantine_id: int, error: str) -> RetryResult:
        with immediate(self.repos.db):
            self.repos.quarantine.set_error(quarantine_id, error)
        return RetryResult(False, error)

    def _own_addresses(self) -> set[str]:
        return {a.address.lower() for a in self.repos.accounts.list()
                if a.channel is Channel.EMAIL and a.address}

    def _row_of(self, provider_key: str) -> int | None:
        row = self.repos.db.execute(
            "SELECT id FROM messages WHERE provider_key = ?", [provider_key]).fetchone()
        return None if row is None else int(row[0])

    def _conversation_of(self, row_id: int | None) -> int | None:
        if row_id is None:
            return None
        row = self.repos.db.execute(
            "SELECT conversation_id FROM messages WHERE id = ?", [row_id]).fetchone()
        return None if row is None else int(row[0])

    def _release_location(self, key: str, row_id: int) -> None:
        """The server copy the sync quarantined now points at the stored message."""
        # imap:{account}:{folder}:{uidvalidity}:{uid}; a folder name may contain ':'.
        head, uidvalidity, uid = key.rsplit(":", 2)
        _imap, account, folder = head.split(":", 2)
        self.repos.db.execute(
            "UPDATE imap_locations SET message_row_id = ?, quarantined = 0 WHERE account_id = ? "
            "AND folder = ? AND uidvalidity = ? AND uid = ? AND quarantined = 1",
            [row_id, int(account), folder, int(uidvalidity), int(uid)])
