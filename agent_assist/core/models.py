"""Domain dataclasses shared by every layer (storage returns these, never rows)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Channel(enum.StrEnum):
    """The kind of integration a conversation or message came through."""

    EMAIL = "email"
    TELEGRAM = "telegram"
    MATRIX = "matrix"
    DEMO_CHAT = "demo_chat"  # the demo shop's local chat channel (no account needed)

    @property
    def is_chat(self) -> bool:
        return self is not Channel.EMAIL


class Direction(enum.StrEnum):
    """Who wrote a message: the customer, us, an internal note, or an automaton."""

    IN = "in"
    OUT = "out"
    NOTE = "note"
    AUTO = "auto"  # our automatic acknowledgement: recorded, but not a human answer


class Status(enum.StrEnum):
    """Where a conversation stands in the agent's workflow."""

    OPEN = "open"
    WAITING = "waiting"  # waiting on the customer
    SNOOZED = "snoozed"
    CLOSED = "closed"


class Delivery(enum.StrEnum):
    """Delivery state of an outgoing message, mirrored from its outbox entry."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNCERTAIN = "uncertain"


class HandleKind(enum.StrEnum):
    """How a contact can be reached."""

    EMAIL = "email"
    TELEGRAM = "telegram"
    MATRIX = "matrix"
    PHONE = "phone"
    DEMO = "demo"


@dataclass(frozen=True, slots=True)
class IncomingAttachment:
    """An attachment as a channel delivers it, before it is stored."""

    filename: str
    content_type: str
    data: bytes
    content_id: str | None = None
    inline: bool = False


@dataclass(slots=True)
class IncomingMessage:
    """A message as any channel hands it to the ingest service.

    ``provider_key`` is the channel's identity for the message (e.g. account, mailbox,
    UIDVALIDITY and UID for IMAP); a UNIQUE constraint on it makes redelivery harmless.
    """

    provider_key: str
    channel: Channel
    sender_address: str
    sender_name: str = ""
    handle_kind: HandleKind = HandleKind.EMAIL
    direction: Direction = Direction.IN
    account_id: int | None = None
    subject: str = ""
    body_text: str = ""
    body_html: str = ""  # already sanitized
    sent_at: float | None = None  # epoch seconds UTC
    message_id: str = ""  # RFC 5322 Message-ID without angle brackets
    in_reply_to: str = ""
    references: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    reply_to: list[str] = field(default_factory=list)
    attachments: list[IncomingAttachment] = field(default_factory=list)
    raw: bytes | None = None  # exact bytes as received (email), kept forever
    automated_reason: str = ""  # non-empty when the message needs no reply (bounce, list…)
    thread_key: str = ""  # chat channels: the room/chat this message belongs to
    language: str = ""
    parse_defects: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Account:
    """A configured channel account (its secrets live in the keychain, not here)."""

    id: int
    name: str
    channel: Channel
    address: str
    settings: dict[str, object]
    enabled: bool = True
    last_sync_at: float | None = None
    last_error: str = ""


@dataclass(frozen=True, slots=True)
class Handle:
    """One way to reach a contact (an email address, a Telegram id, a Matrix id)."""

    kind: HandleKind
    value: str


@dataclass(frozen=True, slots=True)
class Contact:
    """A customer, with every handle they have written from."""

    id: int
    name: str
    handles: tuple[Handle, ...] = ()
    language: str = ""
    notes: str = ""
    created_at: float = 0.0

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.strip() else ""


@dataclass(frozen=True, slots=True)
class Conversation:
    """A thread with one customer on one channel."""

    id: int
    channel: Channel
    subject: str
    contact_id: int | None
    contact_name: str
    status: Status
    needs_reply: bool
    waiting_since: float | None
    last_message_at: float | None
    account_id: int | None = None
    assignee_id: int | None = None
    tags: tuple[str, ...] = ()
    priority: int = 0
    language: str = ""
    snoozed_until: float | None = None
    snippet: str = ""
    message_count: int = 0
    automated: bool = False
    thread_key: str = ""


@dataclass(frozen=True, slots=True)
class Attachment:
    """A stored attachment: metadata here, bytes in the content-addressed blob store."""

    id: int
    message_id: int
    filename: str
    content_type: str
    size: int
    sha256: str
    inline: bool = False


@dataclass(frozen=True, slots=True)
class Message:
    """A stored message of any direction."""

    id: int
    conversation_id: int
    channel: Channel
    direction: Direction
    sender_name: str
    sender_address: str
    sent_at: float
    body_text: str
    body_html: str = ""
    subject: str = ""
    recipients: tuple[str, ...] = ()
    message_id: str = ""
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    language: str = ""
    agent_id: int | None = None
    automated_reason: str = ""
    delivery: Delivery | None = None
    delivery_error: str = ""
    raw_sha256: str = ""
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """An outgoing message frozen for sending (its exact bytes never change)."""

    id: int
    message_row_id: int
    conversation_id: int
    channel: Channel
    account_id: int | None
    state: Delivery
    recipients: tuple[str, ...]
    payload: bytes
    attempts: int
    last_error: str
    created_at: float
    updated_at: float


@dataclass(frozen=True, slots=True)
class QuarantinedMessage:
    """A message that could not be parsed: kept with its raw bytes and shown to the user."""

    id: int
    source: str
    error: str
    raw_sha256: str
    size: int
    created_at: float


@dataclass(frozen=True, slots=True)
class Agent:
    """A person answering customers from this profile."""

    id: int
    name: str
    role: str = "owner"
    active: bool = True
