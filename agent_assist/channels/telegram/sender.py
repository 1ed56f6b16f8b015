"""The outbox's Sender for a Telegram bot, and the frozen payload it sends.

There is no idempotency key in the Bot API: once a sendMessage request has been written,
a lost answer means the customer may already have it, so that is DeliveryUncertain and a
person decides. Only failures before the request left (connect, partial write) or an
explicit refusal are DeliveryFailed.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from agent_assist.channels.base import DeliveryFailed, DeliveryUncertain
from agent_assist.channels.telegram.client import BotClient
from agent_assist.channels.telegram.errors import (
    ApiError,
    NetworkError,
    RateLimited,
    TelegramError,
)
from agent_assist.channels.telegram.mapping import chat_id_of
from agent_assist.channels.telegram.transport import Upload
from agent_assist.core.models import OutboxItem

MAX_TEXT = 4096  # characters in one message (Bot API sendMessage)
MAX_CAPTION = 1024

ClientFactory = Callable[[], BotClient]


@dataclass(frozen=True, slots=True)
class TelegramPayload:
    """What one outbox item sends: a text, or one file with an optional caption."""

    text: str = ""
    file: Upload | None = None
    as_photo: bool = False
    reply_to: int | None = None


def encode_payload(
    text: str, *, file: Upload | None = None, as_photo: bool = False,
    reply_to: int | None = None,
) -> bytes:
    """Freeze a payload for the outbox (one Bot API call per item, so never half-sent)."""
    data: dict[str, Any] = {"text": text}
    if file is not None:
        data["file"] = {
            "filename": file.filename, "content_type": file.content_type,
            "data": base64.b64encode(file.data).decode("ascii"), "as_photo": as_photo,
        }
    if reply_to is not None:
        data["reply_to"] = reply_to
    return json.dumps(data, ensure_ascii=False).encode()


def decode_payload(payload: bytes) -> TelegramPayload:
    """Read a frozen payload; ValueError when it is not one."""
    try:
        data = json.loads(payload)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        text = str(data.get("text") or "")
        file = data.get("file")
        reply_to = data.get("reply_to")
        upload = None
        as_photo = False
        if isinstance(file, dict):
            upload = Upload(
                filename=str(file.get("filename") or "file"),
                content_type=str(file.get("content_type") or "application/octet-stream"),
                data=base64.b64decode(str(file.get("data") or ""), validate=True),
            )
            as_photo = bool(file.get("as_photo"))
        return TelegramPayload(text, upload, as_photo,
                               reply_to if isinstance(reply_to, int) else None)
    except (ValueError, binascii.Error) as exc:
        raise ValueError(f"not a Telegram payload ({exc})") from exc


class TelegramSender:
    """Sends one frozen outbox item with sendMessage, sendDocument or sendPhoto."""

    def __init__(self, client: ClientFactory, *, account: str) -> None:
        self._client = client
        self.account = account

    def send(self, item: OutboxItem) -> None:
        chat_id = chat_id_of(item.recipients[0]) if item.recipients else None
        if chat_id is None:
            raise DeliveryFailed("This conversation has no Telegram chat to answer in.",
                                 retryable=False, phase="address")
        try:
            payload = decode_payload(item.payload)
        except ValueError as exc:
            raise DeliveryFailed(f"The reply cannot be sent to Telegram: {exc}.",
                                 retryable=False, phase="payload") from exc
        self._check_length(payload)
        client = self._client()  # may raise DeliveryFailed (e.g. the keychain is locked)
        try:
            if payload.file is None:
                client.send_message(chat_id, payload.text, reply_to=payload.reply_to)
            elif payload.as_photo:
                client.send_photo(chat_id, payload.file, caption=payload.text,
                                  reply_to=payload.reply_to)
            else:
                client.send_document(chat_id, payload.file, caption=payload.text,
                                     reply_to=payload.reply_to)
        except RateLimited as exc:
            raise DeliveryFailed(str(exc), retryable=True, phase="rate-limit",
                                 retry_after=exc.retry_after) from exc
        except NetworkError as exc:
            if exc.request_sent:
                raise DeliveryUncertain(
                    f"Telegram did not confirm the message for account {self.account} "
                    f"({'timed out' if exc.timed_out else 'connection lost'}): check the chat "
                    "in Telegram before sending it again."
                ) from exc
            raise DeliveryFailed(str(exc), retryable=True, phase=exc.phase) from exc
        except ApiError as exc:
            if exc.code >= 500 or exc.code == 0:
                # An answer we cannot trust after the request arrived: it may have gone out.
                raise DeliveryUncertain(
                    f"{exc} Check the chat in Telegram before sending it again."
                ) from exc
            raise DeliveryFailed(str(exc), retryable=False, phase="refused") from exc
        except TelegramError as exc:
            raise DeliveryFailed(str(exc), retryable=exc.retryable, phase="account") from exc

    @staticmethod
    def _check_length(payload: TelegramPayload) -> None:
        limit = MAX_TEXT if payload.file is None else MAX_CAPTION
        if len(payload.text) > limit:
            raise DeliveryFailed(
                f"The reply has {len(payload.text)} characters but Telegram allows {limit:,} "
                "in one message: shorten it or split it in two.",
                retryable=False, phase="payload",
            )
        if payload.file is None and not payload.text.strip():
            raise DeliveryFailed("The reply is empty.", retryable=False, phase="payload")
