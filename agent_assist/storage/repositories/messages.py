"""Messages of every direction, their attachments, and facts for the reply rules."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from agent_assist.core.models import Attachment, Channel, Delivery, Direction, Message
from agent_assist.core.needs_reply import MessageFact

_COLUMNS = (
    "id, conversation_id, channel, direction, sender_name, sender_address, sent_at, body_text, "
    "body_html, subject, recipients, message_id_header, in_reply_to, references_, language, "
    "agent_id, automated_reason, delivery, delivery_error, raw_sha256"
)


@dataclass(slots=True)
class NewMessage:
    """Column values for a message row about to be inserted."""

    conversation_id: int
    channel: Channel
    direction: Direction
    provider_key: str
    sent_at: float
    body_text: str = ""
    body_html: str = ""
    subject: str = ""
    sender_name: str = ""
    sender_address: str = ""
    recipients: Sequence[str] = ()
    cc: Sequence[str] = ()
    reply_to: Sequence[str] = ()
    message_id: str = ""
    in_reply_to: str = ""
    references: Sequence[str] = ()
    account_id: int | None = None
    language: str = ""
    agent_id: int | None = None
    automated_reason: str = ""
    delivery: Delivery | None = None
    raw_sha256: str = ""
    has_attachments: bool = False
    parse_defects: Sequence[str] = ()
    received_at: float | None = None


class MessageRepo:
    """Insert and read messages; the UNIQUE provider key makes redelivery a no-op."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def insert(self, m: NewMessage) -> int | None:
        """Insert; returns the new id, or None when the provider key is already stored."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO messages (conversation_id, account_id, channel, direction, "
            "provider_key, message_id_header, in_reply_to, references_, sender_name, "
            "sender_address, recipients, cc, reply_to, subject, body_text, body_html, sent_at, "
            "received_at, language, agent_id, automated_reason, delivery, raw_sha256, "
            "has_attachments, parse_defects) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                m.conversation_id, m.account_id, m.channel.value, m.direction.value,
                m.provider_key, m.message_id, m.in_reply_to, json.dumps(list(m.references)),
                m.sender_name, m.sender_address, json.dumps(list(m.recipients)),
                json.dumps(list(m.cc)), json.dumps(list(m.reply_to)), m.subject, m.body_text,
                m.body_html, m.sent_at, time.time() if m.received_at is None else m.received_at,
                m.language, m.agent_id, m.automated_reason,
                None if m.delivery is None else m.delivery.value, m.raw_sha256,
                int(m.has_attachments), json.dumps(list(m.parse_defects)),
            ],
        )
        return int(cur.lastrowid) if cur.rowcount > 0 and cur.lastrowid else None

    def exists(self, provider_key: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM messages WHERE provider_key = ?", [provider_key]
        ).fetchone()
        return row is not None

    def existing_keys(self, keys: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(keys), 500):
            chunk = list(keys[start : start + 500])
            marks = ",".join("?" * len(chunk))
            found.update(
                r[0]
                for r in self.db.execute(
                    f"SELECT provider_key FROM messages WHERE provider_key IN ({marks})", chunk
                )
            )
        return found

    def add_attachment(
        self, message_id: int, filename: str, content_type: str, size: int, sha256: str,
        content_id: str = "", inline: bool = False,
    ) -> None:
        self.db.execute(
            "INSERT INTO attachments (message_id, filename, content_type, size, sha256, "
            "content_id, inline) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [message_id, filename, content_type, size, sha256, content_id, int(inline)],
        )

    def for_conversation(self, conversation_id: int) -> list[Message]:
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM messages WHERE conversation_id = ? ORDER BY sent_at, id",
            [conversation_id],
        ).fetchall()
        attachments = self._attachments([r[0] for r in rows])
        return [_message(r, attachments.get(r[0], ())) for r in rows]

    def get(self, message_id: int) -> Message | None:
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM messages WHERE id = ?", [message_id]
        ).fetchone()
        if row is None:
            return None
        return _message(row, self._attachments([message_id]).get(message_id, ()))

    def facts(self, conversation_id: int) -> list[MessageFact]:
        """The minimum the needs-reply rules look at, in chronological order."""
        return [
            MessageFact(
                direction=Direction(d), sent_at=t, automated=bool(a), text=txt,
                delivery=None if dv is None else Delivery(dv),
            )
            for d, t, a, txt, dv in self.db.execute(
                "SELECT direction, sent_at, automated_reason != '', substr(body_text, 1, 400), "
                "delivery FROM messages WHERE conversation_id = ? ORDER BY sent_at, id",
                [conversation_id],
            )
        ]

    def conversation_for_message_ids(self, message_ids: Sequence[str]) -> int | None:
        """The conversation holding any of these RFC Message-IDs (for email threading)."""
        ids = [m for m in message_ids if m]
        if not ids:
            return None
        marks = ",".join("?" * len(ids))
        row = self.db.execute(
            f"SELECT conversation_id FROM messages WHERE message_id_header IN ({marks}) "
            "ORDER BY sent_at DESC LIMIT 1",
            ids,
        ).fetchone()
        return None if row is None else int(row[0])

    def set_delivery(self, message_id: int, delivery: Delivery, error: str = "") -> None:
        self.db.execute(
            "UPDATE messages SET delivery = ?, delivery_error = ? WHERE id = ?",
            [delivery.value, error, message_id],
        )

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM messages").fetchone()[0])

    def _attachments(self, message_ids: list[int]) -> dict[int, tuple[Attachment, ...]]:
        result: dict[int, list[Attachment]] = {}
        for start in range(0, len(message_ids), 500):
            chunk = message_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.db.execute(
                "SELECT id, message_id, filename, content_type, size, sha256, inline "
                f"FROM attachments WHERE message_id IN ({marks}) ORDER BY id",
                chunk,
            ):
                result.setdefault(r[1], []).append(
                    Attachment(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]))
                )
        return {k: tuple(v) for k, v in result.items()}


def _message(r: Sequence[Any], attachments: tuple[Attachment, ...]) -> Message:
    return Message(
        id=r[0], conversation_id=r[1], channel=Channel(r[2]), direction=Direction(r[3]),
        sender_name=r[4], sender_address=r[5], sent_at=r[6], body_text=r[7], body_html=r[8],
        subject=r[9], recipients=tuple(json.loads(r[10])), message_id=r[11], in_reply_to=r[12],
        references=tuple(json.loads(r[13])), language=r[14], agent_id=r[15],
        automated_reason=r[16], delivery=None if r[17] is None else Delivery(r[17]),
        delivery_error=r[18], raw_sha256=r[19], attachments=attachments,
    )
