"""HTTP for the Bot API on the standard library, telling a failed connect from a lost answer.

One fresh connection per request: a reused keep-alive connection that the server already
closed fails *after* the request was written, which would make a harmless retry look like
a possibly-delivered message. The token only ever appears in the request path.
"""

from __future__ import annotations

import http.client
import json
import secrets
import socket
import ssl
import threading
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

from agent_assist.channels.telegram.errors import (
    ApiError,
    NetworkError,
    TokenRejected,
    classify,
)

DEFAULT_API_URL = "https://api.telegram.org"
MAX_DOWNLOAD = 25 * 1024 * 1024  # bots may fetch files up to 20 MB


@dataclass(frozen=True, slots=True)
class Upload:
    """A file sent as multipart form data."""

    filename: str
    content_type: str
    data: bytes


def check_api_url(url: str) -> str:
    """The API base URL without a trailing slash; ValueError with a sentence when unusable."""
    url = (url or DEFAULT_API_URL).strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{url} is not an http(s) address of a Telegram Bot API server.")
    return url


class BotTransport:
    """Calls Bot API methods for one token; thread-safe, and abortable from another thread."""

    def __init__(
        self, token: str, *, api_url: str = DEFAULT_API_URL, account: str = "",
        connect_timeout: float = 10.0, read_timeout: float = 30.0,
    ) -> None:
        self.api_url = check_api_url(api_url)
        parts = urlsplit(self.api_url)
        self._https = parts.scheme == "https"
        self._host = parts.hostname or ""
        self._port = parts.port
        self._prefix = parts.path.rstrip("/")
        self._token = token
        self.account = account
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self._lock = threading.Lock()
        self._open: set[http.client.HTTPConnection] = set()

    # -- public ------------------------------------------------------------------------------

    def call(
        self, method: str, params: dict[str, Any] | None = None, *,
        files: dict[str, Upload] | None = None, read_timeout: float | None = None,
    ) -> Any:
        """POST one method and return its ``result``; raises a TelegramError subclass."""
        clean = {k: v for k, v in (params or {}).items() if v is not None}
        if files:
            body, content_type = _multipart(clean, files)
        else:
            body, content_type = json.dumps(clean).encode(), "application/json"
        path = f"{self._prefix}/bot{self._token}/{method}"
        status, data = self._exchange("POST", path, body, content_type, read_timeout)
        return self._result(method, status, data)

    def download(self, file_path: str, *, read_timeout: float | None = None) -> bytes:
        """The bytes of a file that getFile returned a ``file_path`` for."""
        path = f"{self._prefix}/file/bot{self._token}/{quote(file_path)}"
        status, data = self._exchange("GET", path, b"", "", read_timeout)
        if status != 200:
            raise ApiError(
                f"Telegram could not hand over a file for {self._who} (HTTP {status}).",
                account=self.account, code=status,
            )
        return data

    def abort(self) -> None:
        """Break every request in flight (e.g. a long poll) so the caller's thread returns."""
        with self._lock:
            connections = list(self._open)
        for conn in connections:
            sock = conn.sock
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    # -- internals ---------------------------------------------------------------------------

    @property
    def _who(self) -> str:
        return f"account {self.account}" if self.account else "this bot"

    def _connection(self) -> http.client.HTTPConnection:
        if self._https:
            return http.client.HTTPSConnection(
                self._host, self._port, timeout=self.connect_timeout,
                context=ssl.create_default_context(),
            )
        return http.client.HTTPConnection(self._host, self._port, timeout=self.connect_timeout)

    def _exchange(
        self, verb: str, path: str, body: bytes, content_type: str, read_timeout: float | None
    ) -> tuple[int, bytes]:
        conn = self._connection()
        with self._lock:
            self._open.add(conn)
        try:
            try:
                conn.connect()
            except OSError as exc:
                raise NetworkError(
                    f"Cannot reach the Telegram Bot API at {self._host} for {self._who} "
                    f"({_reason(exc)}): check the internet connection.",
                    account=self.account, phase="connect", timed_out=_timed_out(exc),
                ) from None
            assert conn.sock is not None
            conn.sock.settimeout(self.read_timeout if read_timeout is None else read_timeout)
            try:
                conn.putrequest(verb, path, skip_accept_encoding=True)
            except (ValueError, http.client.HTTPException):
                # http.client quotes the path (and so the token) in this error: never show it.
                raise TokenRejected(
                    f"The bot token of {self._who} contains characters Telegram tokens never "
                    "have: copy it again from @BotFather.", account=self.account,
                ) from None
            try:
                if body:
                    conn.putheader("Content-Type", content_type)
                conn.putheader("Content-Length", str(len(body)))
                conn.endheaders(body or None)
            except OSError as exc:
                # Not all of the request left this machine: Telegram cannot have acted on it.
                raise NetworkError(
                    f"The connection to Telegram broke while sending a request for "
                    f"{self._who} ({_reason(exc)}).",
                    account=self.account, phase="send", timed_out=_timed_out(exc),
                ) from None
            try:
                response = conn.getresponse()
                data = _read_limited(response)
            except (OSError, http.client.HTTPException) as exc:
                raise NetworkError(
                    f"Telegram did not answer a request for {self._who} "
                    f"({_reason(exc)}).",
                    account=self.account, phase="receive", timed_out=_timed_out(exc),
                ) from None
            return response.status, data
        finally:
            with self._lock:
                self._open.discard(conn)
            conn.close()

    def _result(self, method: str, status: int, data: bytes) -> Any:
        try:
            payload = json.loads(data)
        except ValueError:
            payload = None
        if not isinstance(payload, dict) and status >= 500:
            raise ApiError(
                f"Telegram's servers had trouble answering {method} for {self._who} "
                f"(HTTP {status}).",
                account=self.account, code=status,
            )
        if not isinstance(payload, dict):
            raise ApiError(
                f"Telegram answered {method} for {self._who} with something that is not the "
                f"Bot API (HTTP {status}): check the API address.",
                account=self.account, code=status if status >= 400 else 0,
            )
        if payload.get("ok") is True:
            return payload.get("result")
        error = classify(
            self.account, method, int(payload.get("error_code") or status),
            str(payload.get("description") or ""), payload.get("parameters"),
        )
        raise error


def _read_limited(response: http.client.HTTPResponse) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while chunk := response.read(65536):
        total += len(chunk)
        if total > MAX_DOWNLOAD:
            raise http.client.HTTPException("the answer is larger than Telegram allows")
        chunks.append(chunk)
    return b"".join(chunks)


def _timed_out(exc: BaseException) -> bool:
    return isinstance(exc, TimeoutError | socket.timeout)


def _reason(exc: BaseException) -> str:
    if _timed_out(exc):
        return "timed out"
    if isinstance(exc, ssl.SSLError):
        return f"TLS error: {exc.reason or exc}"
    text = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return str(text).rstrip(".")


def _multipart(params: dict[str, Any], files: dict[str, Upload]) -> tuple[bytes, str]:
    boundary = f"agent-assist-{secrets.token_hex(12)}"
    parts: list[bytes] = []
    for name, value in params.items():
        text = value if isinstance(value, str) else json.dumps(value)
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            + text.encode() + b"\r\n"
        )
    for name, upload in files.items():
        filename = upload.filename.replace('"', "'").replace("\r", " ").replace("\n", " ")
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: {upload.content_type}\r\n\r\n'.encode()
            + upload.data + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"
