"""Errors raised by the email channel, each carrying one sentence a shop owner can act on.

Rules for every message: name the account, say what happened and what to do, and never
include the password (callers pass it separately and it never reaches these classes).
"""

from __future__ import annotations

from enum import StrEnum

from agent_assist.channels.base import DeliveryFailed, DeliveryUncertain


class EmailChannelError(Exception):
    """Base class for every failure the email channel reports to services."""

    #: Whether retrying later without user action may succeed (services schedule retries).
    retryable: bool = False

    def __init__(self, account: str, message: str) -> None:
        super().__init__(message)
        self.account = account
        self.message = message

    def __str__(self) -> str:
        return self.message


class AuthenticationFailed(EmailChannelError):
    """The server rejected the user name or password."""

    retryable = False


class HostUnreachable(EmailChannelError):
    """Nothing answered at the configured host and port (DNS, refused, timeout)."""

    retryable = True


class TlsMismatch(EmailChannelError):
    """The encryption setting does not match what the server speaks on that port."""

    retryable = False


class ConnectionLost(EmailChannelError):
    """An established connection broke (server restart, network drop, timeout)."""

    retryable = True


class ProtocolError(EmailChannelError):
    """The server answered something the client cannot use (refusal or malformed reply)."""

    retryable = False


class SendPhase(StrEnum):
    """Where an SMTP submission stopped; everything before MESSAGE precedes the final dot."""

    CONNECT = "connect"
    TLS = "tls"
    AUTH = "auth"
    MAIL = "mail"
    RCPT = "rcpt"
    DATA = "data"
    # The server answered the final dot with a refusal: a definite "not accepted".
    MESSAGE = "message"


class SendFailed(EmailChannelError, DeliveryFailed):
    """The server definitely did not accept the message; retrying cannot duplicate it."""

    def __init__(self, account: str, phase: SendPhase, message: str, retryable: bool) -> None:
        # Both bases have different __init__ signatures: set their attributes directly.
        Exception.__init__(self, message)
        self.account = account
        self.message = message
        self.phase = phase
        # Instance attribute on purpose: it depends on the reply code, not the class.
        self.retryable = retryable
        # DeliveryFailed's "not before" hint; SMTP replies carry none.
        self.retry_after: float | None = None


class SendUncertain(EmailChannelError, DeliveryUncertain):
    """The payload's final dot was sent but no reply came: it may have been delivered.

    Never retry automatically: show it to the user, who decides.
    """

    retryable = False
