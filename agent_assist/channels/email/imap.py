"""Typed, read-mostly IMAP access over imapclient for the email channel (no database, no Qt).

Safety rules enforced here: folders are opened read-only (EXAMINE) for everything except
setting ``\\Answered``, bodies are fetched with ``BODY.PEEK[]``, and nothing is ever
marked read, deleted or moved. Every failure surfaces as an ``errors.EmailChannelError``.
"""

from __future__ import annotations

import imaplib
import re
import socket
import ssl
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import Any, Literal, NamedTuple, Self

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import LoginError

from agent_assist.channels.email.errors import (
    AuthenticationFailed,
    ConnectionLost,
    EmailChannelError,
    HostUnreachable,
    ProtocolError,
    TlsMismatch,
)

TlsMode = Literal["none", "starttls", "ssl"]

#: Servers may drop an IDLE after 30 min (RFC 2177); one wait never exceeds this.
MAX_IDLE_SECONDS = 25 * 60
#: Poll interval when a server lacks IDLE.
NOOP_POLL_SECONDS = 30.0
#: Flags this channel refuses to set: the product never marks mail read or deletes it.
FORBIDDEN_FLAGS = frozenset({"\\seen", "\\deleted"})
#: Fallback names for the Sent folder when the server has no SPECIAL-USE flag on it.
SENT_NAMES = (
    "sent", "sent items", "sent messages", "sent mail", "gesendet", "gesendete elemente",
    "envoyés", "éléments envoyés", "enviados", "elementos enviados", "inviati",
    "posta inviata", "verzonden", "verzonden items", "отправленные", "المرسلة",
)
_CHANGE_RESPONSES = frozenset({b"EXISTS", b"EXPUNGE", b"FETCH", b"VANISHED", b"RECENT"})
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)
# Characters imapclient would send unquoted but that are not legal in an IMAP atom.
_ATOM_UNSAFE = re.compile(r"[(){%*\]\x00-\x20\x7f\"\\]")


@dataclass(frozen=True, slots=True)
class ImapConfig:
    """Where and how to reach one IMAP account (the password is passed separately)."""

    host: str
    port: int
    tls: TlsMode
    user: str
    timeout: float = 30.0
    #: Display name used in error messages; defaults to the user name.
    account: str = ""

    @property
    def label(self) -> str:
        """The account as named in messages to the user."""
        return self.account or self.user


@dataclass(frozen=True, slots=True)
class FolderInfo:
    """One folder from LIST, with its flags (``\\Sent``, ``\\HasChildren`` ...)."""

    name: str
    delimiter: str | None
    flags: frozenset[str]


@dataclass(frozen=True, slots=True)
class FolderState:
    """What a read-only SELECT reports: the identity and size of a folder right now."""

    name: str
    uidvalidity: int
    uidnext: int | None
    highestmodseq: int | None
    exists: int


class FetchedMessage(NamedTuple):
    """One message's raw bytes as stored on the server, with its flags at fetch time."""

    uid: int
    flags: tuple[str, ...]
    raw: bytes
    modseq: int | None


class FlagChange(NamedTuple):
    """Current flags of a message whose flags changed (or of every message without CONDSTORE)."""

    uid: int
    flags: tuple[str, ...]
    modseq: int | None


def find_sent_folder(folders: Iterable[FolderInfo]) -> str | None:
    """Return the Sent folder: the one flagged ``\\Sent``, else one with a common name."""
    folders = list(folders)
    for folder in folders:
        if "\\sent" in {flag.lower() for flag in folder.flags}:
            return folder.name
    for folder in folders:
        leaf = folder.name.rsplit(folder.delimiter, 1)[-1] if folder.delimiter else folder.name
        if leaf.strip().lower() in SENT_NAMES or folder.name.lower() == "[gmail]/sent mail":
            return folder.name
    return None


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _is_change(response: Any) -> bool:
    return isinstance(response, tuple) and any(
        item in _CHANGE_RESPONSES for item in response[:2] if isinstance(item, bytes)
    )


def _is_bye(response: Any) -> bool:
    return isinstance(response, tuple) and bool(response) and response[0] == b"BYE"


def _batches(uids: Sequence[int], size: int) -> Iterator[list[int]]:
    ordered = sorted(set(uids))
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


class ImapSession:
    """One logged-in IMAP connection; use as a context manager, create a new one after errors."""

    def __init__(
        self, config: ImapConfig, password: str, *, ssl_context: ssl.SSLContext | None = None
    ) -> None:
        self._config = config
        self._password = password
        self._ssl_context = ssl_context
        self._client: Any = None
        self._selected: tuple[str, bool] | None = None
        self._condstore = False

    # -- connection ---------------------------------------------------------------------

    def __enter__(self) -> Self:
        self.connect()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def connect(self) -> None:
        """Connect, negotiate TLS and log in, or raise a classified error."""
        cfg = self._config
        where = f"{cfg.host}:{cfg.port}"
        context = self._ssl_context or ssl.create_default_context()
        try:
            client = IMAPClient(
                cfg.host, port=cfg.port, ssl=cfg.tls == "ssl", ssl_context=context,
                timeout=SocketTimeout(connect=cfg.timeout, read=cfg.timeout),
            )
        except socket.gaierror as exc:
            raise HostUnreachable(cfg.label, (
                f"Cannot find the mail server {cfg.host} for account {cfg.label}: "
                "check the server name in Settings → Accounts.")) from exc
        except ssl.SSLCertVerificationError as exc:
            raise TlsMismatch(cfg.label, self._cert_message(exc)) from exc
        except ssl.SSLError as exc:
            raise TlsMismatch(cfg.label, (
                f"The server {where} for account {cfg.label} does not speak SSL/TLS on that "
                "port: choose STARTTLS or no encryption, or the SSL port (usually 993), "
                "in Settings → Accounts.")) from exc
        except TimeoutError as exc:
            raise self._timeout_error(exc) from exc
        except (OSError, imaplib.IMAP4.error) as exc:
            raise HostUnreachable(cfg.label, (
                f"Nothing usable answers at {where} for account {cfg.label} ({_text(exc)}): "
                "check the server name and port in Settings → Accounts, "
                "or try again later.")) from exc
        self._client = client
        try:
            self._start_tls_and_login(context)
        except BaseException:
            self.close()
            raise

    def _start_tls_and_login(self, context: ssl.SSLContext) -> None:
        cfg, client = self._config, self._client
        where = f"{cfg.host}:{cfg.port}"
        with self._guard("start a session"):
            if cfg.tls == "starttls":
                if not client.has_capability("STARTTLS"):
                    raise TlsMismatch(cfg.label, (
                        f"The server {where} for account {cfg.label} does not offer STARTTLS: "
                        "choose SSL or no encryption in Settings → Accounts."))
                try:
                    client.starttls(context)
                except ssl.SSLCertVerificationError as exc:
                    raise TlsMismatch(cfg.label, self._cert_message(exc)) from exc
                except ssl.SSLError as exc:
                    raise TlsMismatch(cfg.label, (
                        f"STARTTLS with {where} failed for account {cfg.label}: check the "
                        "encryption setting in Settings → Accounts.")) from exc
            if client.has_capability("LOGINDISABLED"):
                raise TlsMismatch(cfg.label, (
                    f"The server {where} refuses passwords over an unencrypted connection "
                    f"for account {cfg.label}: choose STARTTLS or SSL in Settings → Accounts."))
            try:
                client.login(cfg.user, self._password)
            except LoginError as exc:
                if "[UNAVAILABLE]" in _text(exc).upper():
                    raise ConnectionLost(cfg.label, (
                        f"The server {where} cannot log in account {cfg.label} right now: "
                        "it will try again later.")) from exc
                raise AuthenticationFailed(cfg.label, (
                    f"Wrong user name or password for account {cfg.label}: "
                    "check them in Settings → Accounts.")) from exc
            caps = self.capabilities()
            if "CONDSTORE" in caps and "ENABLE" in caps:
                client.enable("CONDSTORE")
                self._condstore = True

    def _cert_message(self, exc: ssl.SSLCertVerificationError) -> str:
        cfg = self._config
        return (f"The certificate of {cfg.host} for account {cfg.label} cannot be trusted "
                f"({exc.verify_message}): check the server name in Settings → Accounts "
                "or ask your mail provider.")

    def _timeout_error(self, exc: TimeoutError) -> EmailChannelError:
        cfg = self._config
        # A port that accepts TCP but never greets usually expects TLS first.
        try:
            socket.create_connection((cfg.host, cfg.port), timeout=min(cfg.timeout, 5)).close()
            accepted = True
        except OSError:
            accepted = False
        if accepted and cfg.tls != "ssl":
            return TlsMismatch(cfg.label, (
                f"The server {cfg.host}:{cfg.port} for account {cfg.label} accepted the "
                "connection but never greeted: it probably expects SSL/TLS, "
                "choose SSL in Settings → Accounts."))
        return HostUnreachable(cfg.label, (
            f"No answer from {cfg.host}:{cfg.port} for account {cfg.label} within "
            f"{cfg.timeout:g} s: check the server name and port in Settings → Accounts, "
            "or try again later."))

    def close(self) -> None:
        """Log out politely if possible; never raises."""
        client, self._client, self._selected = self._client, None, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:
            # The socket is probably gone already; just release it.
            with suppress(Exception):
                client.shutdown()

    def abort(self) -> None:
        """Drop the connection from another thread (unblocks an IDLE wait); never raises."""
        client = self._client
        if client is not None:
            with suppress(Exception):
                client.socket().shutdown(socket.SHUT_RDWR)

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        """Translate imapclient/socket failures during ``action`` into channel errors."""
        cfg = self._config
        if self._client is None:
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
                f"to {action} ({_text(exc)}): it will reconnect and catch up.")) from exc
        except imaplib.IMAP4.error as exc:
            raise ProtocolError(cfg.label, self._scrub(
                f"The server {cfg.host} refused to {action} for account {cfg.label} "
                f"({_text(exc)}): check the account settings or contact your mail "
                "provider.")) from exc

    def _drop(self) -> None:
        client, self._client, self._selected = self._client, None, None
        with suppress(Exception):
            client.shutdown()

    def _scrub(self, text: str) -> str:
        # Defence in depth: a server echoing the password must not leak it into logs.
        return text.replace(self._password, "***") if self._password else text

    # -- folders ------------------------------------------------------------------------

    @property
    def condstore(self) -> bool:
        """Whether CONDSTORE is enabled (MODSEQ values are reported)."""
        return self._condstore

    def capabilities(self) -> frozenset[str]:
        """Server capabilities in upper case (post-login set once logged in)."""
        with self._guard("list capabilities"):
            return frozenset(_text(cap).upper() for cap in self._client.capabilities())

    def list_folders(self) -> list[FolderInfo]:
        """All folders with their LIST flags (SPECIAL-USE flags included where offered)."""
        with self._guard("list folders"):
            rows = self._client.list_folders()
        return [
            FolderInfo(name=_text(name), delimiter=_text(delim) if delim else None,
                       flags=frozenset(_text(flag) for flag in flags))
            for flags, delim, name in rows
        ]

    def sent_folder(self) -> str | None:
        """Name of the Sent folder, or None when the account has none."""
        return find_sent_folder(self.list_folders())

    def select(self, folder: str) -> FolderState:
        """Open ``folder`` read-only (EXAMINE) and report its current state."""
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
                    uid=uid, flags=tuple(_text(f) for f in entry.get(b"FLAGS", ())),
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
                FlagChange(uid, tuple(_text(f) for f in data[uid].get(b"FLAGS", ())),
                           self._modseq(data[uid]))
                for uid in chunk if uid in data
            )
        return changes

    def find_by_message_id(self, folder: str, message_id: str) -> list[int]:
        """UIDs in ``folder`` whose Message-ID header equals ``message_id`` exactly."""
        wanted = message_id.strip()
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
            value = _text(header).partition(":")[2]
            if " ".join(value.split()) == wanted:
                matches.append(int(uid))
        return sorted(matches)

    # -- the only writes ----------------------------------------------------------------

    def add_flags(self, folder: str, uid: int, flags: Sequence[bytes | str]) -> None:
        """Add ``flags`` (for example ``\\Answered``) to one message; \\Seen/\\Deleted refused."""
        names = [_text(flag) for flag in flags]
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
                folder, raw, flags=[_text(f) for f in flags], msg_time=date)
        found = _APPENDUID.search(response if isinstance(response, bytes) else b"")
        return int(found.group(2)) if found else None

    # -- waiting ------------------------------------------------------------------------

    def idle_wait(self, timeout_s: float) -> bool:
        """Wait on the selected folder until it changes or ``timeout_s`` passes.

        Returns True when the server reported a change. Only a wake-up hint: the caller runs
        a normal catch-up either way and calls again (each wait is capped at 25 min).
        """
        if self._selected is None:
            raise RuntimeError("select a folder before waiting for changes")
        deadline = time.monotonic() + min(max(timeout_s, 0.0), MAX_IDLE_SECONDS)
        if "IDLE" not in self.capabilities():
            return self._poll_wait(deadline)
        changed = False
        early_empty = 0
        with self._guard("wait for new mail"):
            client = self._client
            client.idle()
            while not changed:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                responses = client.idle_check(timeout=remaining)
                # imapclient swallows EOF inside idle_check: a readable socket that yields
                # nothing before the deadline means the server went away.
                early = not responses and time.monotonic() < deadline - 0.05
                early_empty = early_empty + 1 if early else 0
                if any(_is_bye(r) for r in responses) or early_empty >= 3 or (
                    early and self._at_eof()
                ):
                    raise ConnectionResetError("server closed the connection")
                changed = any(_is_change(r) for r in responses)
            _text_done, extra = client.idle_done()
            return changed or any(_is_change(r) for r in extra)

    def _at_eof(self) -> bool:
        sock = self._client.socket()
        if isinstance(sock, ssl.SSLSocket):
            return False  # no MSG_PEEK on TLS sockets; the early-empty counter covers it
        try:
            sock.setblocking(False)
            return sock.recv(1, socket.MSG_PEEK) == b""
        except (BlockingIOError, InterruptedError):
            return False
        finally:
            sock.settimeout(self._config.timeout)

    def _poll_wait(self, deadline: float) -> bool:
        while (remaining := deadline - time.monotonic()) > 0:
            time.sleep(min(remaining, NOOP_POLL_SECONDS))
            with self._guard("check for new mail"):
                _text_ok, responses = self._client.noop()
            if any(_is_change(r) for r in responses):
                return True
        return False
