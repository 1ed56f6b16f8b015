"""The small contract every channel's sender follows, and its two failure kinds."""

from __future__ import annotations

from typing import Protocol

from agent_assist.core.models import OutboxItem


class DeliveryFailed(Exception):
    """Sending failed before the peer could have accepted the message.

    ``retryable`` says whether trying again later may help (a network blip) or not
    (a rejected recipient). Either way nothing was delivered. ``retry_after`` is the peer's
    own "not before" hint in seconds (Telegram's 429): the outbox holds the item that long.
    """

    def __init__(
        self, message: str, *, retryable: bool, phase: str = "",
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.phase = phase
        self.retry_after = retry_after


class DeliveryUncertain(Exception):
    """The message may have been delivered (e.g. a timeout after SMTP's final dot).

    Never retried automatically: a person decides, because a retry could send it twice.
    """


class Sender(Protocol):
    """Delivers one frozen outbox item, raising DeliveryFailed or DeliveryUncertain."""

    def send(self, item: OutboxItem) -> None: ...
