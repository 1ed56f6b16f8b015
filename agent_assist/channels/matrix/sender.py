"""Sending outbox items to a Matrix room, idempotently, with text, images and files.

Every event is sent with a transaction id derived from the outbox item and its message row
(plus a per-account random prefix and the part number), so a retry after a crash or a timeout
reuses the same id and the homeserver answers with the event it already has instead of
posting the message twice.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from agent_assist.channels.base import DeliveryFailed
from agent_assist.channels.matrix.client import MatrixClient
from agent_assist.channels.matrix.errors import MatrixError, MatrixUnreachable
from agent_assist.channels.matrix.events import room_of
from agent_assist.core.models import OutboxItem

_TXN_RE = re.compile(r"^aa\.(?P<prefix>[0-9a-z]+)\.(?P<outbox>\d+)\.(?P<row>\d+)\.(?P<part>\d+)$")


def txn_id(prefix: str, outbox_id: int, message_row_id: int, part: int = 0) -> str:
    """The transaction id of one part of one outbox item: the same on every attempt."""
    return f"aa.{prefix}.{outbox_id}.{message_row_id}.{part}"


@dataclass(frozen=True, slots=True)
class TxnRef:
    """What a transaction id of ours points back to."""

    outbox_id: int
    message_row_id: int
    part: int


def parse_txn_id(value: object, prefix: str) -> TxnRef | None:
    """The outbox item behind ``unsigned.transaction_id``, if this account's app sent it."""
    if not isinstance(value, str):
        return None
    match = _TXN_RE.match(value)
    if match is None or match["prefix"] != prefix:
        return None
    return TxnRef(int(match["outbox"]), int(match["row"]), int(match["part"]))


@dataclass(frozen=True, slots=True)
class AttachmentRef:
    """A file to send, by its content hash in the attachment store (so it is frozen too)."""

    filename: str
    content_type: str
    sha256: str


def encode_payload(text: str, attachments: list[AttachmentRef] | None = None) -> bytes:
    """The frozen outbox payload for a chat reply (the same shape every chat channel reads)."""
    data: dict[str, Any] = {"text": text}
    if attachments:
        data["attachments"] = [
            {"filename": a.filename, "content_type": a.content_type, "sha256": a.sha256}
            for a in attachments
        ]
    return json.dumps(data, ensure_ascii=False).encode()


def decode_payload(payload: bytes) -> tuple[str, list[AttachmentRef]]:
    try:
        data = json.loads(payload)
        text = str(data.get("text") or "")
        files = [AttachmentRef(str(a["filename"]), str(a.get("content_type") or
                                                       "application/octet-stream"),
                               str(a["sha256"])) for a in data.get("attachments") or []]
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise DeliveryFailed(f"The queued reply cannot be read ({exc}).",
                             retryable=False, phase="payload") from exc
    return text, files


OpenClient = Callable[[], MatrixClient]
ReadAttachment = Callable[[str], bytes]
OnSent = Callable[[OutboxItem, list[str]], None]


class MatrixSender:
    """Delivers one outbox item: each file (upload, then m.image/m.file), then the text."""

    def __init__(
        self, open_client: OpenClient, txn_prefix: str, *,
        read_attachment: ReadAttachment | None = None, on_sent: OnSent | None = None,
    ) -> None:
        self.open_client = open_client
        self.txn_prefix = txn_prefix
        self.read_attachment = read_attachment
        self.on_sent = on_sent

    def send(self, item: OutboxItem) -> None:
        if not item.recipients or not room_of(item.recipients[0]).startswith("!"):
            raise DeliveryFailed("This reply has no Matrix room to go to.", retryable=False,
                                 phase="payload")
        room_id = room_of(item.recipients[0])
        text, files = decode_payload(item.payload)
        blobs = [(ref, self._read(ref)) for ref in files]
        event_ids: list[str] = []
        try:
            client = self.open_client()
        except MatrixError as exc:
            raise _failed(exc, "connect") from exc
        try:
            part = 0
            if text:
                event_ids.append(client.send(room_id, {"msgtype": "m.text", "body": text},
                                             txn_id(self.txn_prefix, item.id,
                                                    item.message_row_id, part)))
            for ref, data in blobs:
                part += 1
                mxc = client.upload(data, ref.content_type, ref.filename)
                msgtype = "m.image" if ref.content_type.startswith("image/") else "m.file"
                content = {"msgtype": msgtype, "body": ref.filename, "filename": ref.filename,
                           "url": mxc, "info": {"mimetype": ref.content_type, "size": len(data)}}
                event_ids.append(client.send(
                    room_id, content, txn_id(self.txn_prefix, item.id, item.message_row_id, part)))
        except MatrixError as exc:
            raise _failed(exc, "send") from exc
        finally:
            client.close()
        if self.on_sent is not None:
            self.on_sent(item, event_ids)

    def _read(self, ref: AttachmentRef) -> bytes:
        try:
            if self.read_attachment is None:
                raise OSError("no attachment store")
            return self.read_attachment(ref.sha256)
        except OSError as exc:
            raise DeliveryFailed(f"The file {ref.filename} of this reply is missing from the "
                                 "profile; attach it again.", retryable=False,
                                 phase="payload") from exc


def _failed(exc: MatrixError, phase: str) -> DeliveryFailed:
    # An unreachable server or a timeout is safe to retry: the transaction ids make the
    # homeserver return the event it already has instead of posting it again.
    retryable = isinstance(exc, MatrixUnreachable) or exc.retryable
    return DeliveryFailed(str(exc), retryable=retryable, phase=phase,
                          retry_after=exc.retry_after)
