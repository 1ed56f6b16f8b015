"""A blocking Matrix client on matrix-nio: nio's coroutines run on the client's own loop thread.

Callers (a sync runner thread, the outbox sender) call plain methods; each one runs on a
private asyncio loop in a dedicated thread and returns or raises a :mod:`errors` exception.
nio's own sync-token store is off: ``sync`` returns ``next_batch`` and the caller persists it
with the events it covers. ``max_timeouts`` is set so a dead server fails fast instead of
being retried forever; every call also has an overall deadline.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import io
import logging
import threading
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlsplit

import aiohttp
from nio import (
    AsyncClient,
    AsyncClientConfig,
    ErrorResponse,
    LoginResponse,
    MemoryDownloadResponse,
    MessageDirection,
    RoomGetStateResponse,
    RoomMessagesResponse,
    RoomSendResponse,
    SyncResponse,
    UploadResponse,
    WhoamiResponse,
)

from agent_assist.channels.matrix.errors import (
    MatrixAuthError,
    MatrixConfigError,
    MatrixError,
    MatrixRequestError,
    MatrixUnreachable,
)
from agent_assist.channels.matrix.rooms import RoomState

T = TypeVar("T")

# nio logs each retry as a warning; without a handler Python would print it on stderr, which
# must carry only our one-sentence errors. The app's own logging setup still receives them.
logging.getLogger("nio").addHandler(logging.NullHandler())

DEVICE_NAME = "Agent Assist"
#: Safety stop for one room's backfill (events); a gap bigger than this is reported.
BACKFILL_LIMIT = 5000
BACKFILL_PAGE = 100
#: A room we were just let into: how much of its earlier history to fetch.
NEW_ROOM_HISTORY = 200


@dataclass(frozen=True)
class MatrixConfig:
    """Where and as whom to connect (the secret is passed separately)."""

    homeserver: str
    user: str  # full user id (@shop:example.org) or, for a password login, the localpart
    account: str = ""  # the account's name, for messages
    device_id: str = ""
    timeout: float = 30.0


@dataclass(frozen=True)
class MatrixSession:
    """A logged-in device: what must be kept to resume without logging in again."""

    user_id: str
    device_id: str
    access_token: str


@dataclass
class RoomBatch:
    """One room's new timeline events in a sync, oldest first, gaps already backfilled."""

    room_id: str
    events: list[dict[str, Any]] = field(default_factory=list)
    limited: bool = False
    backfilled: int = 0
    gap_closed: bool = True
    left: bool = False
    state: list[dict[str, Any]] = field(default_factory=list)  # the sync's state section


@dataclass
class SyncBatch:
    """Everything one /sync returned (plus backfill); ``next_batch`` is not saved here."""

    since: str | None
    next_batch: str
    rooms: list[RoomBatch] = field(default_factory=list)
    invites: list[str] = field(default_factory=list)

    @property
    def event_count(self) -> int:
        return sum(len(r.events) for r in self.rooms)


def normalize_homeserver(url: str) -> str:
    """``https://matrix.example.org/`` -> ``https://matrix.example.org``, or a clear error."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise MatrixConfigError(
            "", f"{url or 'An empty value'} is not a homeserver address: write it like "
            "https://matrix.example.org.")
    return url


class MatrixClient:
    """One account's connection; not thread-safe itself, but usable from any one thread."""

    def __init__(self, config: MatrixConfig, session: MatrixSession | None = None) -> None:
        self.config = config
        self.homeserver = normalize_homeserver(config.homeserver)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name=f"matrix-{config.account}", daemon=True)
        self._thread.start()
        self._current: concurrent.futures.Future[Any] | None = None
        self._rooms: dict[str, RoomState] = {}
        nio_config = AsyncClientConfig(
            max_timeouts=1, max_limit_exceeded=1, request_timeout=config.timeout,
            store_sync_tokens=False, encryption_enabled=False,
        )
        self._nio = self._run(self._make(nio_config), config.timeout)
        if session is not None:
            self._nio.restore_login(session.user_id, session.device_id, session.access_token)

    async def _make(self, nio_config: AsyncClientConfig) -> AsyncClient:
        # Created on the loop's thread: aiohttp binds its session to the running loop.
        return AsyncClient(self.homeserver, self.config.user,
                           device_id=self.config.device_id or None, config=nio_config)

    # -- running coroutines -------------------------------------------------------------------

    def _run(self, coro: Coroutine[Any, Any, T], timeout: float) -> T:
        future = asyncio.run_coroutine_threadsafe(asyncio.wait_for(coro, timeout), self._loop)
        self._current = future
        try:
            return future.result()
        except concurrent.futures.CancelledError as exc:
            raise MatrixUnreachable(self.config.account, "The Matrix request was stopped.") \
                from exc
        except aiohttp.InvalidURL as exc:
            raise MatrixConfigError(
                self.config.account, f"The homeserver address {self.homeserver} cannot be "
                f"used ({exc}).") from exc
        except ValueError as exc:
            # nio parses every answer as JSON: a web page (wrong address, a proxy's 502
            # page) ends here rather than as a Matrix error.
            raise MatrixUnreachable(
                self.config.account, f"{self.homeserver} did not answer like a Matrix "
                "homeserver (is the address right, or is the server restarting?).") from exc
        except (aiohttp.ClientError, OSError, TimeoutError) as exc:
            reason = str(exc) or type(exc).__name__
            raise MatrixUnreachable(
                self.config.account, f"Cannot reach the Matrix homeserver {self.homeserver} "
                f"for {self.config.account or 'this account'} ({reason}); check the address "
                "and the connection.") from exc
        finally:
            self._current = None

    def cancel(self) -> None:
        """Abort the request in flight (from another thread), e.g. a long /sync on shutdown."""
        future = self._current
        if future is not None:
            future.cancel()

    def close(self) -> None:
        if self._loop.is_closed():
            return
        try:
            asyncio.run_coroutine_threadsafe(self._nio.close(), self._loop).result(5)
        except Exception:  # closing must never mask the error that led here
            pass
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    def __enter__(self) -> MatrixClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check(self, response: object, what: str) -> None:
        if not isinstance(response, ErrorResponse):
            return
        account = self.config.account or "this account"
        code = response.status_code or ""
        status = getattr(getattr(response, "transport_response", None), "status", 0) or 0
        if code == "M_UNKNOWN_TOKEN" or status == 401:
            raise MatrixAuthError(
                self.config.account, f"The Matrix sign-in of {account} is no longer valid "
                "(signed out elsewhere?): sign in again in Settings → Accounts.", errcode=code)
        if not code:  # no Matrix error code: something else answered (a web page, a proxy)
            raise MatrixRequestError(
                self.config.account, f"{self.homeserver} did not answer like a Matrix "
                f"homeserver (HTTP {status or '?'}): is the address right, or is the server "
                "restarting?", status=status)
        retry = response.retry_after_ms / 1000 if response.retry_after_ms else None
        raise MatrixRequestError(
            self.config.account, f"The homeserver refused to {what} for {account}: "
            f"{response.message or 'no reason given'} ({code}).",
            errcode=code, status=429 if code == "M_LIMIT_EXCEEDED" else status,
            retry_after=retry)

    # -- account -------------------------------------------------------------------------------

    def login(self, password: str) -> MatrixSession:
        response = self._run(self._nio.login(password, device_name=DEVICE_NAME),
                             self.config.timeout)
        if isinstance(response, ErrorResponse) and response.status_code in (
            "M_FORBIDDEN", "M_INVALID_USERNAME", "M_USER_DEACTIVATED"
        ):
            raise MatrixAuthError(
                self.config.account, f"The homeserver rejected the user name or password of "
                f"{self.config.user} ({response.status_code}).", errcode=response.status_code)
        self._check(response, "sign in")
        assert isinstance(response, LoginResponse)
        return MatrixSession(response.user_id, response.device_id, response.access_token)

    def logout(self) -> None:
        """End this device's session (its access token stops working)."""
        self._check(self._run(self._nio.logout(), self.config.timeout), "sign out")

    def whoami(self) -> MatrixSession:
        response = self._run(self._nio.whoami(), self.config.timeout)
        self._check(response, "say who is signed in")
        assert isinstance(response, WhoamiResponse)
        return MatrixSession(response.user_id, response.device_id or "",
                             self._nio.access_token)

    @property
    def user_id(self) -> str:
        return str(self._nio.user_id)

    def joined_rooms(self) -> list[str]:
        response = self._run(self._nio.joined_rooms(), self.config.timeout)
        self._check(response, "list the rooms")
        return list(getattr(response, "rooms", []))

    def join(self, room_id: str) -> None:
        self._check(self._run(self._nio.join(room_id), self.config.timeout), "join a room")

    # -- sync ----------------------------------------------------------------------------------

    def sync(self, since: str | None, *, timeout_ms: int = 0,
             timeline_limit: int | None = None) -> SyncBatch:
        """One /sync from ``since``, with every limited timeline backfilled from /messages."""
        sync_filter = {"room": {"timeline": {"limit": timeline_limit}}} if timeline_limit else None
        # nio falls back to the last token it saw when ``since`` is None: a batch that was
        # never committed would then be skipped. The caller's token is the only truth.
        self._nio.next_batch = since
        response = self._run(
            self._nio.sync(timeout=timeout_ms, sync_filter=sync_filter, since=since),
            timeout_ms / 1000 + self.config.timeout)
        self._check(response, "sync")
        assert isinstance(response, SyncResponse)
        batch = SyncBatch(since, response.next_batch, invites=list(response.rooms.invite))
        for room_id, info in [*response.rooms.join.items(), *response.rooms.leave.items()]:
            events = [e.source for e in info.timeline.events if isinstance(e.source, dict)]
            state = [e.source for e in info.state if isinstance(e.source, dict)]
            room = RoomBatch(room_id, events, info.timeline.limited,
                             left=room_id in response.rooms.leave, state=state)
            cached = self._rooms.get(room_id)
            if cached is not None:
                for event in [*state, *events]:
                    cached.apply(event)
            if info.timeline.limited and info.timeline.prev_batch:
                self._backfill(room, info.timeline.prev_batch, since)
            batch.rooms.append(room)
        return batch

    def _backfill(self, room: RoomBatch, prev_batch: str, since: str | None) -> None:
        """Page /messages backwards from the timeline's start until ``since`` (the gap closed)."""
        own = self.user_id
        joined_now = any(
            e.get("type") == "m.room.member" and e.get("state_key") == own
            and (e.get("content") or {}).get("membership") == "join" for e in room.events)
        if since is None and not joined_now:
            return  # a first sync starts from recent history, not the room's whole past
        stop_at = None if joined_now else since
        cap = NEW_ROOM_HISTORY if joined_now else BACKFILL_LIMIT
        known = {e.get("event_id") for e in room.events}
        older: list[dict[str, Any]] = []
        token: str | None = prev_batch
        room.gap_closed = False
        while token and len(older) < cap:
            response = self._run(self._nio.room_messages(
                room.room_id, start=token, end=stop_at, direction=MessageDirection.back,
                limit=BACKFILL_PAGE), self.config.timeout)
            self._check(response, "read a room's history")
            assert isinstance(response, RoomMessagesResponse)
            chunk = [e.source for e in response.chunk if isinstance(e.source, dict)]
            older.extend(e for e in chunk if e.get("event_id") not in known)
            if not chunk or not response.end or response.end == token:
                room.gap_closed = True
                break
            if any(e.get("type") == "m.room.create" for e in chunk):
                room.gap_closed = True
                break
            token = response.end
        older.reverse()
        room.backfilled = len(older)
        room.events[:0] = older

    # -- rooms ---------------------------------------------------------------------------------

    def room_state(self, room_id: str, extra_state: list[dict[str, Any]] | None = None
                   ) -> RoomState:
        """The room's current state: fetched once per client, then kept up to date by sync."""
        cached = self._rooms.get(room_id)
        if cached is not None:
            return cached
        state = RoomState(room_id)
        response = self._run(self._nio.room_get_state(room_id), self.config.timeout)
        if isinstance(response, RoomGetStateResponse):
            for event in response.events:
                if isinstance(event, dict):
                    state.apply(event)
        else:
            try:
                self._check(response, "read a room's members")
            except MatrixRequestError:
                # A room we left may refuse its state: the sync's own events must do.
                for event in extra_state or []:
                    state.apply(event)
        self._rooms[room_id] = state
        return state

    # -- media and sending ------------------------------------------------------------------------

    def download(self, mxc: str) -> bytes:
        response = self._run(self._nio.download(mxc), self.config.timeout * 4)
        self._check(response, "download a file")
        status = getattr(getattr(response, "transport_response", None), "status", 200)
        if not isinstance(response, MemoryDownloadResponse) or not 200 <= status < 300:
            raise MatrixRequestError(
                self.config.account, f"The homeserver could not deliver the file {mxc} "
                f"(HTTP {status}).", status=status)
        return bytes(response.body)

    def upload(self, data: bytes, content_type: str, filename: str) -> str:
        response, _keys = self._run(
            self._nio.upload(io.BytesIO(data), content_type=content_type, filename=filename,
                             filesize=len(data)), self.config.timeout * 4)
        self._check(response, f"accept the file {filename}")
        assert isinstance(response, UploadResponse)
        return str(response.content_uri)

    def send(self, room_id: str, content: dict[str, Any], txn_id: str,
             event_type: str = "m.room.message") -> str:
        """Send one event with a caller-chosen transaction id; a repeat returns the same id."""
        response = self._run(self._nio.room_send(room_id, event_type, content, tx_id=txn_id),
                             self.config.timeout)
        self._check(response, "accept the message")
        assert isinstance(response, RoomSendResponse)
        return str(response.event_id)


__all__ = ["MatrixClient", "MatrixConfig", "MatrixError", "MatrixSession", "RoomBatch",
           "SyncBatch", "normalize_homeserver"]
