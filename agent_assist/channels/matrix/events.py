"""Turning Matrix room events (raw JSON dicts) into the IncomingMessage every channel hands over.

Identity: a Matrix event is its ``event_id`` — provider key ``mx:{account_id}:{event_id}`` —
and a room is one conversation, thread key ``mx:{room_id}``. Our own events (sent by the
account's user, from this app or any other client) come back as direction OUT.
"""

from __future__ import annotations

import json
import mimetypes
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from agent_assist.channels.matrix.errors import MatrixError
from agent_assist.channels.matrix.rooms import RoomState
from agent_assist.core.models import (
    Channel,
    Direction,
    HandleKind,
    IncomingAttachment,
    IncomingMessage,
)

#: Bigger files are not downloaded (the message is kept, with a note saying so).
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
MEDIA_MSGTYPES = {"m.image": "image", "m.file": "file", "m.audio": "audio", "m.video": "video"}
ENCRYPTED_TEXT = (
    "[Encrypted message: Agent Assist cannot read end-to-end encrypted rooms; open this "
    "chat in a Matrix app such as Element.]"
)

FetchMedia = Callable[[str], bytes]  # mxc:// URI -> bytes; raises MatrixError


def provider_key(account_id: int, event_id: str) -> str:
    return f"mx:{account_id}:{event_id}"


def thread_key(room_id: str) -> str:
    return f"mx:{room_id}"


def room_of(thread: str) -> str:
    """The room id inside a thread key (``mx:!abc:server`` -> ``!abc:server``)."""
    return thread[3:] if thread.startswith("mx:") else thread


@dataclass(frozen=True, slots=True)
class Mapper:
    """Maps one account's room events; ``fetch_media`` downloads attachments."""

    account_id: int
    own_user_id: str
    fetch_media: FetchMedia

    def to_incoming(self, event: dict[str, Any], room: RoomState) -> IncomingMessage | None:
        """The message an event carries, or None for what is not a message (state, reactions…).

        A permanent media failure (deleted, refused, too big) keeps the message with a note
        in ``parse_defects``; a transient one raises so the batch is retried, never lost.
        """
        kind = event.get("type")
        event_id = str(event.get("event_id") or "")
        if not event_id or "state_key" in event:
            return None
        content = event.get("content")
        if not isinstance(content, dict) or not content:
            return None  # redacted: nothing left to show
        if kind == "m.room.encrypted":
            return self._message(event, room, ENCRYPTED_TEXT, defects=["encrypted"])
        if kind == "m.sticker":
            content = {**content, "msgtype": "m.image"}
        elif kind != "m.room.message":
            return None
        relates = _dict(content.get("m.relates_to"))
        in_reply_to = ""
        if relates.get("rel_type") == "m.replace" and isinstance(content.get("m.new_content"),
                                                                  dict):
            # An edit: keep what the customer now says, linked to the original message.
            in_reply_to = str(relates.get("event_id") or "")
            content = content["m.new_content"]
        reply = relates.get("m.in_reply_to")
        if isinstance(reply, dict) and reply.get("event_id"):
            in_reply_to = str(reply["event_id"])
        msgtype = str(content.get("msgtype") or "")
        body = str(content.get("body") or "")
        attachments: list[IncomingAttachment] = []
        defects: list[str] = []
        if msgtype in MEDIA_MSGTYPES:
            body, attachments, defects = self._media(content, msgtype)
        elif msgtype == "m.emote":
            sender = str(event.get("sender") or "")
            body = f"* {room.display_name_of(sender) or sender} {body}"
        elif msgtype == "m.location":
            body = f"{body} ({content.get('geo_uri', '')})".strip()
        message = self._message(event, room, body, attachments=attachments, defects=defects,
                                in_reply_to=in_reply_to)
        if msgtype == "m.notice" or room.is_bot(str(event.get("sender") or "")):
            # Notices are what bots send (a bridge's status lines): recorded, needing no reply.
            message.automated_reason = "matrix notice" if msgtype == "m.notice" else "bridge bot"
        return message

    # -- internals ------------------------------------------------------------------------

    def _message(
        self, event: dict[str, Any], room: RoomState, body: str, *,
        attachments: list[IncomingAttachment] | None = None, defects: list[str] | None = None,
        in_reply_to: str = "",
    ) -> IncomingMessage:
        sender = str(event.get("sender") or "")
        own = sender == self.own_user_id
        people = room.others(self.own_user_id) or room.others(self.own_user_id,
                                                              present_only=False)
        bridge = room.bridge
        title = room.title(self.own_user_id)
        subject = f"{title} · {bridge.name}" if bridge and title else title
        ts = event.get("origin_server_ts")
        return IncomingMessage(
            provider_key=provider_key(self.account_id, str(event["event_id"])),
            channel=Channel.MATRIX,
            sender_address=sender,
            sender_name=room.display_name_of(sender),
            handle_kind=HandleKind.MATRIX,
            direction=Direction.OUT if own else Direction.IN,
            account_id=self.account_id,
            subject=subject,
            body_text=body,
            sent_at=ts / 1000.0 if isinstance(ts, int | float) else None,
            message_id=str(event["event_id"]),
            in_reply_to=in_reply_to,
            recipients=[m.user_id for m in people] if own else [self.own_user_id],
            attachments=attachments or [],
            thread_key=thread_key(room.room_id),
            parse_defects=defects or [],
            # The event as received: kept with the message, never fetched again.
            raw=json.dumps(event, ensure_ascii=False).encode(),
        )

    def _media(
        self, content: dict[str, Any], msgtype: str
    ) -> tuple[str, list[IncomingAttachment], list[str]]:
        body = str(content.get("body") or "")
        filename = str(content.get("filename") or body or MEDIA_MSGTYPES[msgtype])
        caption = body if content.get("filename") and body and body != filename else ""
        info = _dict(content.get("info"))
        mimetype = str(info.get("mimetype") or mimetypes.guess_type(filename)[0]
                       or "application/octet-stream")
        url = content.get("url")
        if not isinstance(url, str) or not url.startswith("mxc://"):
            # An encrypted file ("file" instead of "url") or a malformed event.
            return caption or filename, [], [f"{filename}: attachment could not be read"]
        size = info.get("size")
        if isinstance(size, int) and size > MAX_ATTACHMENT_BYTES:
            return caption or filename, [], [f"{filename}: not downloaded ({size} bytes is "
                                             "over the size limit)"]
        try:
            data = self.fetch_media(url)
        except MatrixError as exc:
            if exc.retryable:
                raise  # a blip: retry the whole batch later rather than lose the file
            return caption or filename, [], [f"{filename}: could not be downloaded ({exc})"]
        attachment = IncomingAttachment(filename=filename, content_type=mimetype, data=data,
                                        inline=msgtype == "m.image")
        return caption or filename, [attachment], []


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
