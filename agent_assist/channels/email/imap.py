"""Typed, read-mostly IMAP access over imapclient for the email channel (no database, no Qt).

Safety rules enforced here: folders are opened read-only (EXAMINE) for everything except
setting ``\\Answered``, bodies are fetched with ``BODY.PEEK[]``, and nothing is ever
marked read, deleted or moved. Every failure surfaces as an ``errors.EmailChannelError``.
"""

from __future__ import annotations

import imaplib
import re
import selectors
import socket
import ssl
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import datetime
from typing import Any, Self

from agent_assist.channels.email.errors import (
    ConnectionLost,
    EmailChannelError,
    ProtocolError,
)
from agent_assist.channels.email.imap_connect import open_client, text
from agent_assist.channels.email.imap_types import (
    FetchedMessage,
    FlagChange,
    FolderInfo,
    FolderState,
    ImapConfig,
    TlsMode,
    find_sent_folder,
)

__all__ = [
    "FetchedMessage", "FlagChange", "FolderInfo", "FolderState", "ImapConfig", "ImapSession",
    "TlsMode", "find_sent_folder",
]

#: Servers may drop an IDLE after 30 min (RFC 2177); one wait never exceeds this.
MAX_IDLE_SECONDS = 25 * 60
#: Poll interval when a server lacks IDLE.
NOOP_POLL_SECONDS = 30.0
#: Flags this channel refuses to set: the product never marks mail read or deletes it.
FORBIDDEN_FLAGS = frozenset({"\\seen", "\\deleted"})
_CHANGE_RESPONSES = frozenset({b"EXISTS", b"EXPUNGE", b"FETCH", b"VANISHED", b"RECENT"})
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)
# Characters imapclient would send unquoted but that are not legal in an IMAP atom.
_ATOM_UNSAFE = re.compile(r"[(){%*\]\x00-\x20\x7f\"\\]")


def _is_change(response: Any) -> bool:
    return isinstance(response, tuple) and any(
        item in _CHANGE_RESPONSES for item in response[:2] if isinstance(item, bytes)
    )


def _is_bye(response: Any) -> bool:
    return isinstance(response, tuple) and bool(response) and response[0] == b"BYE"


def _has_buffered_input(client: Any) -> bool:
    """Whether imaplib already holds server data that select() cannot see.

    Dovecot answers IDLE with "+ idling" and, when the folder changed since SELECT, an
    EXISTS right behind it; imaplib's buffered reader takes both in one read, so the
    socket is never readable again and the change would wait for the IDLE timeout.
    """
    reader = getattr(getattr(client, "_imap", None), "file", None)
    peek = getattr(reader, "peek", None)
    if peek is None:
        return False
    sock = client.socket()
    previous = sock.gettimeout()
    try:
        sock.setblocking(False)  # peek() reads the socket only when its buffer is empty
        return bool(peek(1))
    except (OSError, ValueError):  # nothing to read now (incl. ssl.SSLWantReadError)
        return False
    finally:
        sock.settimeout(previous)


def _at_eof(sock: socket.socket) -> bool:
    if isinstance(sock, ssl.SSLSocket):
        return True  # no MSG_PEEK on TLS; readable with nothing decodable is a close
    previous = sock.gettimeout()
    try:
        sock.setblocking(False)
        return sock.recv(1, socket.MSG_PEEK) == b""
    except (BlockingIOError, InterruptedError):
        return False
    finally:
        sock.settimeout(previous)


def _bare_id(message_id: str) -> str:
    """A Message-ID without folding whitespace and angle brackets, for comparison."""
    return "".join(message_id.split()).strip("<>")


def _batches(uids: Sequence[int], size: int) -> Iterator[list[int]]:
    ordered = sorted(set(uids))
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


class ImapSession:
    """One logged-in IMAP connection; use as a context manager, create a new one after errors.

    Not thread-safe, except ``interrupt()`` and ``abort()``, meant for other threads.
    """

    def __init__(
        self, config: ImapConfig, password: str, *, ssl_context: ssl.SSLContext | None = None
    ) -> None:
        self._config = config
        self._password = password
        self._ssl_context = ssl_context
        self._client: Any = None
        self._selected: tuple[str, bool] | None = None
        self._condstore = False
        self._aborted = False
        # interrupt() -> idle_wait(): a socket pair, not a pipe, so select() works on Windows.
        self._wake_r, self._wake_w = socket.socketpair()
        for end in (self._wake_r, self._wake_w):
            end.setblocking(False)

    # -- connection ---------------------------------------------------------------------

    def __enter__(self) -> Self:
        self.connect()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def connect(self) -> None:
        """Connect, negotiate TLS and log in, or raise a classified error."""
        context = self._ssl_context or ssl.create_default_context()
        try:
            self._client = open_client(self._config, self._password, context)
            caps = self.capabilities()
            if "CONDSTORE" in caps and "ENABLE" in caps:
                with self._guard("start a session"):
                    self._client.enable("CONDSTORE")
                self._condstore = True
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Log out politely if possible and release everything; never raises."""
        client, self._client, self._selected = self._client, None, None
        for end in (self._wake_r, self._wake_w):
            end.close()
        if client is None:
            return
        try:
            if self._aborted:
                raise ConnectionAbortedError
            client.logout()
        except Exception:
            # The socket is gone already (or was aborted): just release it.
            with suppress(Exception):
                client.shutdown()

    def abort(self) -> None:
        """Thread-safe: drop the connection now; a pending or later call raises ConnectionLost.

        Use ``interrupt()`` instead to end an IDLE wait while keeping the connection.
        """
        self._aborted = True
        client = self._client
        if client is not None:
            with suppress(Exception):
                # Shut down a duplicate descriptor: the socket (possibly TLS) object itself
                # belongs to the thread blocked in it and must not be touched from here.
                sock = client.socket()
                dup = socket.fromfd(sock.fileno(), sock.family, sock.type)
                dup.shutdown(socket.SHUT_RDWR)
                dup.close()
        self.interrupt()

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        """Translate imapclient/socket failures during ``action`` into channel errors."""
        cfg = self._config
        if self._client is None or self._aborted:
            self._drop()
            raise ConnectionLost(cfg.label, (
                f"The connection for account {cfg.label} is closed: "
                "it will reconnect and catch up."))
        try:
            yield
        except EmailChannelError:
            raise
        except (imaplib.IMAP4.abort, OSError) as exc:
            self._drop()
            raise ConnectionLost(cfg.label, self._scrub(
                f"The connection to {cfg.host} for account {cfg.label} was lost while trying "
                f"to {action} ({text(exc)}): it will reconnect and catch up.")) from exc
        except imaplib.IMAP4.error as exc:
            raise ProtocolError(cfg.label, self._scrub(
                f"The server {cfg.host} refused to {action} for account {cfg.label} "
                f"({text(exc)}): check the account settings or contact your mail "
                "provider.")) from exc

    def _drop(self) -> None:
        client, self._client, self._selected = self._client, None, None
        if client is not None:
            with suppress(Exception):
                client.shutdown()

    def _scrub(self, message: str) -> str:
        # Defence in depth: a server echoing the password must not leak it into logs.
        return message.replace(self._password, "***") if self._password else message

    # -- folders ------------------------------------------------------------------------

    @property
    def condstore(self) -> bool:
        """Whether CONDSTORE is enabled (MODSEQ values are reported)."""
        return self._condstore

    def capabilities(self) -> frozenset[str]:
        """Server capabilities in upper case (post-login set once logged in)."""
        with self._guard("list capabilities"):
            return frozenset(text(cap).upper() for cap in self._client.capabilities())

    def list_folders(self) -> list[FolderInfo]:
        """All folders with their LIST flags (SPECIAL-USE flags included where offered)."""
        with self._guard("list folders"):
            rows = self._client.list_folders()
        return [
            FolderInfo(name=text(name), delimiter=text(delim) if delim else None,
                       flags=frozenset(text(flag) for flag in flags))
            for flags, delim, name in rows
        ]

    def sent_folder(self) -> str | None:
        """Name of the Sent folder, or None when the account has none."""
        return find_sent_folder(self.list_folders())

    def select(self, folder: str) -> FolderState:
        """Open ``folder`` read-only (EXAMINE) and report its current state."""
        # A failed SELECT leaves no folder selected (RFC 3501), so forget it first.
        self._selected = None
        with self._guard(f"open folder {folder}"):
            info = self._client.select_folder(folder, readonly=True)
        self._selected = (folder, True)
        return self._state(folder, info)

    @staticmethod
    def _state(folder: str, info: dict[bytes, Any]) -> FolderState:
        modseq = info.get(b"HIGHESTMODSEQ")
        uidnext = info.get(b"UIDNEXT")
        return FolderState(
            name=folder, uidvalidity=int(info[b"UIDVALIDITY"]),
            uidnext=int(uidnext) if uidnext is not None else None,
            highestmodseq=int(modseq) if modseq is not None else None,
            exists=int(info.get(b"EXISTS", 0)),
        )

    def _use(self, folder: str | None, readonly: bool = True) -> None:
        """Make ``folder`` the selected one (NOOP to refresh it when it already is)."""
        if folder is None:
            if self._selected is None:
                raise RuntimeError("no folder selected: pass folder= or call select() first")
            folder = self._selected[0]
        if self._selected == (folder, readonly):
            with self._guard(f"refresh folder {folder}"):
                self._client.noop()
            return
        self._selected = None
        with self._guard(f"open folder {folder}"):
            self._client.select_folder(folder, readonly=readonly)
        self._selected = (folder, readonly)

    # -- reading ------------------------------------------------------------------------

    def search_uids(self, folder: str, since_uid: int | None = None) -> list[int]:
        """All UIDs in ``folder`` (only those > ``since_uid`` when given), ascending."""
        self._use(folder)
        with self._guard(f"list messages in {folder}"):
            if since_uid is None:
                found = self._client.search("ALL")
            else:
                found = self._client.search(["UID", f"{since_uid + 1}:*"])
        # "N:*" also matches the highest UID when N is past the end: filter it out.
        floor = since_uid or 0
        return sorted(uid for uid in (int(u) for u in found) if uid > floor)

    def fetch_raw(
        self, uids: Sequence[int], batch: int = 200, folder: str | None = None
    ) -> Iterator[FetchedMessage]:
        """Yield raw messages in UID order, ``batch`` per FETCH; vanished UIDs are skipped."""
        if folder is not None or self._selected is None or self._selected[1] is False:
            self._use(folder)
        items = ["FLAGS", "BODY.PEEK[]"] + (["MODSEQ"] if self._condstore else [])
        for chunk in _batches(uids, max(1, batch)):
            with self._guard("download messages"):
                data = self._client.fetch(chunk, items)
            for uid in chunk:
                entry = data.get(uid)
                if entry is None or b"BODY[]" not in entry:
                    continue
                yield FetchedMessage(
                    uid=uid, flags=tuple(text(f) for f in entry.get(b"FLAGS", ())),
                    raw=bytes(entry[b"BODY[]"]), modseq=self._modseq(entry),
                )

    @staticmethod
    def _modseq(entry: dict[bytes, Any]) -> int | None:
        value = entry.get(b"MODSEQ")
        if isinstance(value, tuple | list):
            value = value[0] if value else None
        return int(value) if value is not None else None

    def fetch_flags_changed_since(
        self, modseq: int, folder: str | None = None, batch: int = 1000
    ) -> list[FlagChange]:
        """Flags of messages changed after ``modseq``; every message's flags without CONDSTORE."""
        self._use(folder)
        with self._guard("look for flag changes"):
            if self._condstore:
                uids = self._client.search(["MODSEQ", modseq + 1])
            else:
                uids = self._client.search("ALL")
        items = ["FLAGS", "MODSEQ"] if self._condstore else ["FLAGS"]
        changes: list[FlagChange] = []
        for chunk in _batches([int(u) for u in uids], batch):
            with self._guard("read flags"):
                data = self._client.fetch(chunk, items)
            changes.extend(
                FlagChange(uid, tuple(text(f) for f in data[uid].get(b"FLAGS", ())),
                           self._modseq(data[uid]))
                for uid in chunk if uid in data
            )
        return changes

    def find_by_message_id(self, folder: str, message_id: str) -> list[int]:
        """UIDs in ``folder`` whose Message-ID is ``message_id`` (angle brackets optional)."""
        wanted = _bare_id(message_id)
        # Search for a safe fragment (HEADER search is a substring match), then verify.
        fragment = max(_ATOM_UNSAFE.split(wanted), key=len)
        if not fragment:
            return []
        self._use(folder)
        with self._guard(f"search {folder}"):
            candidates = [int(u) for u in self._client.search(["HEADER", "Message-ID", fragment])]
            if not candidates:
                return []
            data = self._client.fetch(candidates, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        matches = []
        for uid, entry in data.items():
            header = next((v for k, v in entry.items() if k.startswith(b"BODY[HEADER")), b"")
            if _bare_id(text(header).partition(":")[2]) == wanted:
                matches.append(int(uid))
        return sorted(matches)

    # -- the only writes ----------------------------------------------------------------

    def add_flags(self, folder: str, uid: int, flags: Sequence[bytes | str]) -> None:
        """Add ``flags`` (for example ``\\Answered``) to one message; \\Seen/\\Deleted refused."""
        names = [text(flag) for flag in flags]
        if any(name.lower() in FORBIDDEN_FLAGS for name in names):
            raise ValueError("the email channel never marks mail read or deleted")
        self._use(folder, readonly=False)
        with self._guard(f"flag a message in {folder}"):
            self._client.add_flags([uid], names, silent=True)

    def append(
        self, folder: str, raw: bytes, flags: Sequence[bytes | str] = (),
        date: datetime | None = None,
    ) -> int | None:
        """Store ``raw`` in ``folder``; return its UID when the server reports it (UIDPLUS)."""
        with self._guard(f"save a copy in {folder}"):
            response = self._client.append(
                folder, raw, flags=[text(f) for f in flags], msg_time=date)
        found = _APPENDUID.search(response if isinstance(response, bytes) else b"")
        return int(found.group(2)) if found else None

    # -- waiting ------------------------------------------------------------------------

    def idle_wait(self, timeout_s: float) -> bool:
        """Wait on the selected folder until it changes, ``interrupt()`` or ``timeout_s``.

        Returns True when the server reported a change or the wait was interrupted. Only a
        wake-up hint: the caller runs a normal catch-up either way and calls again (each
        wait is capped at 25 min, under the 29 min after which servers may drop IDLE).
        """
        if self._selected is None:
            raise RuntimeError("select a folder before waiting for changes")
        deadline = time.monotonic() + min(max(timeout_s, 0.0), MAX_IDLE_SECONDS)
        if self._take_interrupt():
            return True
        if "IDLE" not in self.capabilities():
            return self._poll_wait(deadline)
        with self._guard("wait for new mail"):
            client = self._client
            client.idle()
            changed = self._idle_loop(client, deadline)
            _text_done, extra = client.idle_done()
            return changed or any(_is_change(r) for r in extra)

    def _idle_loop(self, client: Any, deadline: float) -> bool:
        if _has_buffered_input(client):
            return True  # news that came with "+ idling" (see _has_buffered_input)
        with selectors.DefaultSelector() as selector:
            selector.register(client.socket(), selectors.EVENT_READ, "server")
            selector.register(self._wake_r, selectors.EVENT_READ, "wake")
            while (remaining := deadline - time.monotonic()) > 0:
                ready = {key.data for key, _ in selector.select(remaining)}
                if self._aborted:
                    raise ConnectionAbortedError("closed by abort()")
                if "wake" in ready and self._take_interrupt():
                    return True
                if "server" not in ready:
                    continue
                responses = client.idle_check(timeout=0)
                # imapclient swallows EOF inside idle_check: readable but empty means the
                # server hung up (checked where the socket allows it).
                if any(_is_bye(r) for r in responses) or (
                    not responses and _at_eof(client.socket())
                ):
                    raise ConnectionResetError("the server closed the connection")
                if any(_is_change(r) for r in responses):
                    return True
        return False

    def _poll_wait(self, deadline: float) -> bool:
        with selectors.DefaultSelector() as selector:
            selector.register(self._wake_r, selectors.EVENT_READ)
            while (remaining := deadline - time.monotonic()) > 0:
                if selector.select(min(remaining, NOOP_POLL_SECONDS)) and self._take_interrupt():
                    return True
                with self._guard("check for new mail"):
                    _text_ok, responses = self._client.noop()
                if any(_is_change(r) for r in responses):
                    return True
        return False

    def interrupt(self) -> None:
        """Thread-safe: make a pending (or the next) ``idle_wait`` return True promptly."""
        with suppress(OSError):
            self._wake_w.send(b"!")

    def _take_interrupt(self) -> bool:
        try:
            return bool(self._wake_r.recv(64))
        except (BlockingIOError, OSError):
            return False
