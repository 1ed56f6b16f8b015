"""The Bot API objects the app uses, parsed leniently from JSON (unknown fields are ignored)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Update kinds carrying a message; the app asks Telegram for these only.
MESSAGE_KINDS = ("message", "edited_message")

# Message fields holding one downloadable file (photos come as a list of sizes; a sticker
# is shown by its emoji instead).
FILE_FIELDS = ("document", "video", "audio", "voice", "video_note", "animation")


class MalformedUpdate(ValueError):
    """An update that does not have the shape the Bot API documents."""


@dataclass(frozen=True, slots=True)
class User:
    """A Telegram user or bot."""

    id: int
    first_name: str
    last_name: str = ""
    username: str = ""
    is_bot: bool = False
    language_code: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p).strip()


@dataclass(frozen=True, slots=True)
class Chat:
    """A private chat, group, supergroup or channel."""

    id: int
    type: str
    title: str = ""
    username: str = ""

    @property
    def is_private(self) -> bool:
        return self.type == "private"


@dataclass(frozen=True, slots=True)
class FileRef:
    """A file attached to a message, fetched later with getFile."""

    kind: str
    file_id: str
    file_unique_id: str
    file_size: int | None = None
    file_name: str = ""
    mime_type: str = ""


@dataclass(frozen=True, slots=True)
class SharedContact:
    """A phone contact shared in the chat (the customer's own when ``user_id`` is theirs)."""

    phone_number: str
    first_name: str
    last_name: str = ""
    user_id: int | None = None


@dataclass(frozen=True, slots=True)
class Message:
    """The parts of a Telegram message the inbox shows."""

    message_id: int
    date: int
    chat: Chat
    sender: User | None
    text: str = ""
    caption: str = ""
    files: tuple[FileRef, ...] = ()
    reply_to_message_id: int | None = None
    reply_to_text: str = ""
    edit_date: int | None = None
    contact: SharedContact | None = None
    location: tuple[float, float] | None = None
    sticker_emoji: str = ""
    other_kinds: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Update:
    """One update; ``message`` is None for kinds the app does not handle."""

    update_id: int
    kind: str
    message: Message | None
    raw: dict[str, Any]


@dataclass(frozen=True, slots=True)
class BotInfo:
    """What getMe says about the bot."""

    id: int
    username: str
    first_name: str


@dataclass(frozen=True, slots=True)
class WebhookInfo:
    """What getWebhookInfo says; an empty ``url`` means long polling is possible."""

    url: str
    pending_update_count: int = 0
    last_error_message: str = ""


@dataclass(frozen=True, slots=True)
class RemoteFile:
    """The answer to getFile: where to download the bytes from."""

    file_id: str
    file_path: str
    file_size: int | None = None


# -- parsing ---------------------------------------------------------------------------------


def _int(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise MalformedUpdate(f"{what} is not an integer")
    return value


def _str(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    return value if isinstance(value, str) else ""


def _dict(value: Any) -> dict[str, Any] | None:
    return value if isinstance(value, dict) else None


def parse_user(data: dict[str, Any]) -> User:
    return User(
        id=_int(data.get("id"), "user id"), first_name=_str(data, "first_name"),
        last_name=_str(data, "last_name"), username=_str(data, "username"),
        is_bot=bool(data.get("is_bot")), language_code=_str(data, "language_code"),
    )


def parse_chat(data: dict[str, Any]) -> Chat:
    title = _str(data, "title") or " ".join(
        p for p in (_str(data, "first_name"), _str(data, "last_name")) if p
    )
    return Chat(
        id=_int(data.get("id"), "chat id"), type=_str(data, "type") or "private",
        title=title, username=_str(data, "username"),
    )


def _file(kind: str, data: dict[str, Any]) -> FileRef:
    file_id = _str(data, "file_id")
    if not file_id:
        raise MalformedUpdate(f"{kind} has no file_id")
    size = data.get("file_size")
    return FileRef(
        kind=kind, file_id=file_id, file_unique_id=_str(data, "file_unique_id") or file_id,
        file_size=size if isinstance(size, int) else None,
        file_name=_str(data, "file_name"), mime_type=_str(data, "mime_type"),
    )


def _files(data: dict[str, Any]) -> tuple[FileRef, ...]:
    files: list[FileRef] = []
    photos = data.get("photo")
    if isinstance(photos, list) and photos:
        # Telegram lists every size of one photo: keep the largest.
        sizes = [p for p in photos if isinstance(p, dict)]
        if sizes:
            best = max(sizes, key=lambda p: (p.get("file_size") or 0, p.get("width") or 0))
            files.append(_file("photo", best))
    for kind in FILE_FIELDS:
        item = _dict(data.get(kind))
        if item is not None:
            files.append(_file(kind, item))
    return tuple(files)


_KNOWN = {
    "message_id", "date", "chat", "from", "text", "caption", "photo", "reply_to_message",
    "edit_date", "contact", "location", "entities", "caption_entities", "sender_chat",
    "forward_origin", "forward_from", "forward_date", "link_preview_options",
    "message_thread_id", "has_protected_content", "media_group_id", "author_signature",
    "via_bot", "reply_markup", "quote", "is_topic_message", "sticker", *FILE_FIELDS,
}


def parse_message(data: dict[str, Any]) -> Message:
    chat = _dict(data.get("chat"))
    if chat is None:
        raise MalformedUpdate("message has no chat")
    sender = _dict(data.get("from"))
    reply = _dict(data.get("reply_to_message"))
    contact = _dict(data.get("contact"))
    location = _dict(data.get("location"))
    sticker = _dict(data.get("sticker"))
    edit_date = data.get("edit_date")
    return Message(
        message_id=_int(data.get("message_id"), "message_id"),
        date=_int(data.get("date"), "date"),
        chat=parse_chat(chat),
        sender=parse_user(sender) if sender is not None else None,
        text=_str(data, "text"),
        caption=_str(data, "caption"),
        files=_files(data),
        reply_to_message_id=(
            _int(reply.get("message_id"), "reply message_id") if reply is not None else None
        ),
        reply_to_text=(_str(reply, "text") or _str(reply, "caption")) if reply else "",
        edit_date=edit_date if isinstance(edit_date, int) else None,
        contact=SharedContact(
            phone_number=_str(contact, "phone_number"), first_name=_str(contact, "first_name"),
            last_name=_str(contact, "last_name"),
            user_id=contact.get("user_id") if isinstance(contact.get("user_id"), int) else None,
        ) if contact is not None else None,
        location=(
            (float(location.get("latitude", 0)), float(location.get("longitude", 0)))
            if location is not None else None
        ),
        sticker_emoji=_str(sticker, "emoji") if sticker is not None else "",
        other_kinds=tuple(sorted(k for k in data if k not in _KNOWN)),
    )


def parse_update(data: Any) -> Update:
    """Parse one update; MalformedUpdate when even its ``update_id`` is missing."""
    if not isinstance(data, dict):
        raise MalformedUpdate("update is not an object")
    update_id = _int(data.get("update_id"), "update_id")
    kind = next((k for k in data if k != "update_id"), "")
    body = _dict(data.get(kind)) if kind in MESSAGE_KINDS else None
    return Update(update_id, kind, parse_message(body) if body is not None else None, data)


def parse_bot(data: Any) -> BotInfo:
    if not isinstance(data, dict):
        raise MalformedUpdate("getMe did not return a user")
    return BotInfo(
        id=_int(data.get("id"), "bot id"), username=_str(data, "username"),
        first_name=_str(data, "first_name"),
    )


def parse_webhook(data: Any) -> WebhookInfo:
    info = data if isinstance(data, dict) else {}
    pending = info.get("pending_update_count")
    return WebhookInfo(
        url=_str(info, "url"), pending_update_count=pending if isinstance(pending, int) else 0,
        last_error_message=_str(info, "last_error_message"),
    )


def parse_file(data: Any) -> RemoteFile:
    info = data if isinstance(data, dict) else {}
    size = info.get("file_size")
    return RemoteFile(
        file_id=_str(info, "file_id"), file_path=_str(info, "file_path"),
        file_size=size if isinstance(size, int) else None,
    )
