"""From a Telegram update to the IncomingMessage every channel hands to the ingest service.

Identity: the provider key is ``tg:{account_id}:{update_id}``; an edit arrives as its own
update, so every edit is stored once under its own key. A chat is a conversation
(``thread_key`` ``tg:{chat_id}``); each message keeps ``tg:{chat_id}:{message_id}`` as its
message id so replies (``in_reply_to``) and edits point at what they refer to.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from agent_assist.channels.telegram.errors import FileUnavailable
from agent_assist.channels.telegram.types import FileRef, Message, Update, User
from agent_assist.core.language import detect_language
from agent_assist.core.models import (
    Channel,
    Direction,
    HandleKind,
    IncomingAttachment,
    IncomingMessage,
)

Fetch = Callable[[FileRef], IncomingAttachment]


@dataclass(slots=True)
class MappedUpdate:
    """One update, ready to store: the message (if any) and what it told us about the sender."""

    update_id: int
    message: IncomingMessage | None
    sender: User | None = None
    #: The customer's own phone number, when they shared their contact card.
    own_phone: str = ""
    notes: list[str] = field(default_factory=list)


def provider_key(account_id: int, update_id: int) -> str:
    return f"tg:{account_id}:{update_id}"


def thread_key(chat_id: int | str) -> str:
    return f"tg:{chat_id}"


def chat_id_of(key: str) -> int | None:
    """The chat id in a ``tg:{chat_id}`` thread key (the outbox's recipient)."""
    prefix, _, rest = key.partition(":")
    if prefix != "tg":
        return None
    try:
        return int(rest)
    except ValueError:
        return None


def message_ref(chat_id: int, message_id: int) -> str:
    return f"tg:{chat_id}:{message_id}"


def raw_bytes(update: Update) -> bytes:
    """The update's JSON, kept forever like an email's raw bytes."""
    return json.dumps(update.raw, ensure_ascii=False, separators=(",", ":")).encode()


def map_update(update: Update, account_id: int, fetch: Fetch) -> MappedUpdate:
    """Build the message for ``update``; files are fetched now so they commit with it.

    ``fetch`` may raise FileUnavailable (too big for a bot): the message is still stored,
    with a line saying so. Network errors propagate: the batch is retried, nothing lost.
    """
    msg = update.message
    if msg is None:
        return MappedUpdate(update.update_id, None, notes=[f"skipped {update.kind or 'empty'}"])
    attachments: list[IncomingAttachment] = []
    lines = [msg.text or msg.caption] if (msg.text or msg.caption) else []
    defects: list[str] = []
    for ref in msg.files:
        try:
            attachments.append(fetch(ref))
        except FileUnavailable as exc:
            lines.append(f"[{_file_label(ref)} not downloaded: {exc}]")
            defects.append(f"telegram file {ref.file_unique_id} unavailable: {exc.description}")
    lines.extend(_extra_lines(msg))
    sender = msg.sender
    chat = msg.chat
    if sender is not None:
        address = str(sender.id)
        name = sender.full_name or (f"@{sender.username}" if sender.username else address)
    else:  # a message on behalf of a channel or group: the chat itself speaks
        address, name = f"chat{chat.id}", chat.title
    body = "\n".join(line for line in lines if line)
    incoming = IncomingMessage(
        provider_key=provider_key(account_id, update.update_id),
        channel=Channel.TELEGRAM,
        sender_address=address,
        sender_name=name,
        handle_kind=HandleKind.TELEGRAM,
        direction=Direction.IN,
        account_id=account_id,
        subject="" if chat.is_private else chat.title,
        body_text=body,
        sent_at=float(msg.edit_date if update.kind == "edited_message" and msg.edit_date
                      else msg.date),
        message_id=message_ref(chat.id, msg.message_id),
        in_reply_to=(message_ref(chat.id, msg.reply_to_message_id)
                     if msg.reply_to_message_id is not None else ""),
        attachments=attachments,
        raw=raw_bytes(update),
        thread_key=thread_key(chat.id),
        language=detect_language(body),
        parse_defects=defects,
    )
    own_phone = ""
    if msg.contact is not None and sender is not None and msg.contact.user_id == sender.id:
        own_phone = msg.contact.phone_number
    notes = ["edit"] if update.kind == "edited_message" else []
    return MappedUpdate(update.update_id, incoming, sender, own_phone, notes)


def _file_label(ref: FileRef) -> str:
    return f"{ref.kind} {ref.file_name}".strip()


def _extra_lines(msg: Message) -> list[str]:
    """Message kinds without text, told in a line so the agent knows something came."""
    lines: list[str] = []
    if msg.contact is not None:
        who = " ".join(p for p in (msg.contact.first_name, msg.contact.last_name) if p)
        lines.append(f"[contact card: {who}, {msg.contact.phone_number}]".replace(" ,", ","))
    if msg.location is not None:
        lat, lon = msg.location
        lines.append(f"[location: {lat:.5f}, {lon:.5f}]")
    if msg.sticker_emoji:
        lines.append(f"[sticker {msg.sticker_emoji}]")
    for kind in msg.other_kinds:
        lines.append(f"[{kind.replace('_', ' ')}: open Telegram to see it]")
    return lines
