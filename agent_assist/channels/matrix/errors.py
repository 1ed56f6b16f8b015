"""Errors raised by the Matrix channel, each carrying one sentence a shop owner can act on.

Messages name the account, say what happened and what to do, and never include the
password or access token.
"""

from __future__ import annotations


class MatrixError(Exception):
    """Base class for every failure the Matrix channel reports to services."""

    #: Whether retrying later without user action may succeed (services schedule retries).
    retryable: bool = False

    def __init__(self, account: str, message: str, *, errcode: str = "",
                 retry_after: float | None = None) -> None:
        super().__init__(message)
        self.account = account
        self.message = message
        self.errcode = errcode
        self.retry_after = retry_after

    def __str__(self) -> str:
        return self.message


class MatrixAuthError(MatrixError):
    """Wrong user or password, or the access token was signed out (M_FORBIDDEN/M_UNKNOWN_TOKEN)."""

    retryable = False


class MatrixUnreachable(MatrixError):
    """Nothing answered at the homeserver URL, or the request timed out."""

    retryable = True


class MatrixRequestError(MatrixError):
    """The homeserver refused or failed one request (not in the room, too large, 5xx…)."""

    def __init__(self, account: str, message: str, *, errcode: str = "", status: int = 0,
                 retry_after: float | None = None) -> None:
        super().__init__(account, message, errcode=errcode, retry_after=retry_after)
        self.status = status
        # Server trouble and rate limits pass; a refusal (403, 404, 413) will not.
        self.retryable = status >= 500 or status == 429 or errcode == "M_LIMIT_EXCEEDED"


class MatrixConfigError(MatrixError):
    """The account settings cannot work (a malformed homeserver URL or user id)."""
