"""Telegram Bot API failures, each one sentence a shop owner can act on (never the token)."""

from __future__ import annotations

from typing import Any


class TelegramError(Exception):
    """Base of every Telegram failure; ``retryable`` says whether waiting may help."""

    retryable = True

    def __init__(self, message: str, *, account: str = "") -> None:
        super().__init__(message)
        self.account = account


class TokenRejected(TelegramError):
    """The bot token is wrong or was revoked (HTTP 401, or 404 for a malformed token)."""

    retryable = False


class WebhookActive(TelegramError):
    """A webhook is set, so getUpdates is refused (HTTP 409) until it is removed."""

    retryable = False

    def __init__(self, message: str, *, account: str = "", url: str = "") -> None:
        super().__init__(message, account=account)
        self.url = url


class PollConflict(TelegramError):
    """Another program polls the same bot (HTTP 409 "terminated by other getUpdates")."""


class RateLimited(TelegramError):
    """Telegram asked us to wait ``retry_after`` seconds (HTTP 429)."""

    def __init__(self, message: str, *, account: str = "", retry_after: float = 1.0) -> None:
        super().__init__(message, account=account)
        self.retry_after = retry_after


class ApiError(TelegramError):
    """Any other refusal; 5xx answers are server trouble and worth retrying."""

    def __init__(
        self, message: str, *, account: str = "", code: int = 0, description: str = ""
    ) -> None:
        super().__init__(message, account=account)
        self.code = code
        self.description = description
        self.retryable = code >= 500 or code == 0


class FileUnavailable(ApiError):
    """A file cannot be fetched (too big for bots, or expired); retrying will not help."""

    def __init__(
        self, message: str, *, account: str = "", code: int = 400, description: str = ""
    ) -> None:
        super().__init__(message, account=account, code=code, description=description)
        self.retryable = False


class MalformedResponse(ApiError):
    """An answer that is valid JSON but not the documented shape (worth retrying later)."""


class NetworkError(TelegramError):
    """The request did not complete. ``request_sent`` tells whether Telegram got all of it.

    ``phase`` is ``connect`` (nothing sent), ``send`` (the request was not fully written,
    so Telegram cannot act on it) or ``receive`` (it was sent: it may have been acted on).
    """

    def __init__(
        self, message: str, *, account: str = "", phase: str, timed_out: bool = False
    ) -> None:
        super().__init__(message, account=account)
        self.phase = phase
        self.timed_out = timed_out

    @property
    def request_sent(self) -> bool:
        return self.phase == "receive"


def classify(
    account: str, method: str, code: int, description: str, parameters: dict[str, Any] | None
) -> TelegramError:
    """Turn an ``{"ok": false}`` answer into the matching exception."""
    who = f"account {account}" if account else "this bot"
    lowered = description.lower()
    if code in (401, 404) and method != "getFile":
        return TokenRejected(
            f"Telegram rejected the bot token of {who}: copy the token again from "
            "@BotFather and enter it in Settings → Accounts.",
            account=account,
        )
    if code == 409 and "webhook" in lowered:
        return WebhookActive(
            f"The Telegram bot of {who} has a webhook set, so the app cannot fetch its "
            "messages: remove the webhook (the app can do it for you) and try again.",
            account=account,
        )
    if code == 409:
        return PollConflict(
            f"Another program is fetching the messages of the Telegram bot of {who}: "
            "stop it (only one program may poll a bot) and try again.",
            account=account,
        )
    if code == 429:
        wait = float((parameters or {}).get("retry_after") or 1)
        return RateLimited(
            f"Telegram asked {who} to wait {wait:g} s before its next request.",
            account=account, retry_after=wait,
        )
    if method == "getFile" and code == 400:
        return FileUnavailable(
            f"Telegram cannot hand this file to the bot of {who} ({description or code}).",
            account=account, code=code, description=description,
        )
    reason = description or f"HTTP {code}"
    return ApiError(
        f"Telegram refused {method} for {who}: {reason.rstrip('.')}.",
        account=account, code=code, description=description,
    )
