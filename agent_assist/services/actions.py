"""What an agent does to a conversation: reply, note, close, reopen, snooze, wait."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from agent_assist.channels.email.compose import build_reply, reply_subject
from agent_assist.core.models import Channel, Delivery, Direction, Status
from agent_assist.services.ingest import Ingestor
from agent_assist.storage.repositories import Repos
from agent_assist.storage.repositories.messages import NewMessage

Clock = Callable[[], float]


class ActionError(Exception):
    """An action that cannot be done; the message is one sentence for the agent."""


@dataclass(frozen=True, slots=True)
class QueuedReply:
    """A reply frozen in the outbox, ready for the sender."""

    message_row_id: int
    outbox_id: int


class ConversationActions:
    """Agent actions, each one transaction with an audit entry."""

    def __init__(self, repos: Repos, ingestor: Ingestor, clock: Clock = time.time) -> None:
        self.repos = repos
        self.ingestor = ingestor
        self.clock = clock

    def reply(self, conversation_id: int, text: str, *, agent_id: int | None = None) -> QueuedReply:
        """Freeze the reply's exact payload and queue it; the conversation is answered now.

        If sending later FAILS, the reply stops counting as an answer and the conversation
        returns to Needs reply (see core.needs_reply), so nothing is silently dropped.
        """
        text = text.strip()
        if not text:
            raise ActionError("The reply is empty.")
        repos = self.repos
        conv = repos.conversations.get(conversation_id)
        if conv is None:
            raise ActionError(f"Conversation {conversation_id} no longer exists.")
        now = self.clock()
        with repos.db.atomic():
            payload, recipients, headers = self._payload(conv.id, conv.channel, text, now)
            row_id = repos.messages.insert(
                NewMessage(
                    conversation_id=conv.id, channel=conv.channel, direction=Direction.OUT,
                    provider_key=f"local:{uuid.uuid4()}", sent_at=now, body_text=text,
                    subject=headers.get("subject", ""), sender_name=headers.get("from_name", ""),
                    sender_address=headers.get("from", ""), recipients=recipients,
                    message_id=headers.get("message_id", ""),
                    in_reply_to=headers.get("in_reply_to", ""), account_id=conv.account_id,
                    language=conv.language, agent_id=agent_id, delivery=Delivery.QUEUED,
                    received_at=now,
                )
            )
            assert row_id is not None
            outbox_id = repos.outbox.enqueue(
                message_row_id=row_id, conversation_id=conv.id, channel=conv.channel,
                account_id=conv.account_id, recipients=recipients, payload=payload,
                message_id_header=headers.get("message_id", ""),
            )
            if conv.status is not Status.OPEN:
                repos.conversations.set_status(conv.id, Status.OPEN)
            self.ingestor.refresh(conv.id)
            repos.audit.record(
                "reply", agent_id=agent_id, subject_type="conversation", subject_id=conv.id,
                details={"message": row_id}, at=now,
            )
        return QueuedReply(row_id, outbox_id)

    def note(self, conversation_id: int, text: str, *, agent_id: int | None = None) -> int:
        text = text.strip()
        if not text:
            raise ActionError("The note is empty.")
        now = self.clock()
        conv = self.repos.conversations.get(conversation_id)
        if conv is None:
            raise ActionError(f"Conversation {conversation_id} no longer exists.")
        with self.repos.db.atomic():
            row_id = self.repos.messages.insert(
                NewMessage(
                    conversation_id=conversation_id, channel=conv.channel,
                    direction=Direction.NOTE, provider_key=f"note:{uuid.uuid4()}", sent_at=now,
                    body_text=text, agent_id=agent_id, received_at=now,
                )
            )
            assert row_id is not None
            self.ingestor.refresh(conversation_id)
            self.repos.audit.record(
                "note", agent_id=agent_id, subject_type="conversation",
                subject_id=conversation_id, details={"message": row_id}, at=now,
            )
        return row_id

    def set_status(
        self, conversation_id: int, status: Status, *, until: float | None = None,
        agent_id: int | None = None,
    ) -> None:
        if status is Status.SNOOZED and until is None:
            raise ActionError("Choose when the conversation should come back.")
        with self.repos.db.atomic():
            self.repos.conversations.set_status(
                conversation_id, status, snoozed_until=until if status is Status.SNOOZED else None
            )
            self.repos.audit.record(
                f"status:{status.value}", agent_id=agent_id, subject_type="conversation",
                subject_id=conversation_id, details={"until": until} if until else {},
                at=self.clock(),
            )

    def wake_snoozed(self) -> list[int]:
        """Reopen every snoozed conversation whose time has come."""
        now = self.clock()
        due = self.repos.conversations.due_snoozes(now)
        with self.repos.db.atomic():
            for conversation_id in due:
                self.repos.conversations.set_status(conversation_id, Status.OPEN)
        return due

    # -- payloads ----------------------------------------------------------------------

    def _payload(
        self, conversation_id: int, channel: Channel, text: str, now: float
    ) -> tuple[bytes, list[str], dict[str, str]]:
        if channel is not Channel.EMAIL:
            conv = self.repos.conversations.get(conversation_id)
            target = conv.thread_key if conv else ""
            return json.dumps({"text": text}).encode(), [target], {}
        return self._email_payload(conversation_id, text, now)

    def _email_payload(
        self, conversation_id: int, text: str, now: float
    ) -> tuple[bytes, list[str], dict[str, str]]:
        repos = self.repos
        messages = repos.messages.for_conversation(conversation_id)
        inbound = [m for m in messages if m.direction is Direction.IN]
        last = inbound[-1] if inbound else (messages[-1] if messages else None)
        conv = repos.conversations.get(conversation_id)
        account = repos.accounts.get(conv.account_id) if conv and conv.account_id else None
        shop = repos.settings.get("shop", {}) or {}
        from_address = (account.address if account else "") or shop.get("email", "")
        from_name = shop.get("name", "")
        reply_to_row = (
            repos.db.execute("SELECT reply_to FROM messages WHERE id = ?", [last.id]).fetchone()
            if last
            else None
        )
        reply_to = json.loads(reply_to_row[0]) if reply_to_row else []
        to = reply_to or ([last.sender_address] if last and last.sender_address else [])
        if not to:
            raise ActionError("This conversation has no address to reply to.")
        subject = reply_subject(last.subject if last else (conv.subject if conv else ""))
        payload, message_id = build_reply(
            from_name=from_name, from_address=from_address or "shop@agent-assist.invalid",
            to=to, subject=subject, text=text, language=conv.language if conv else "",
            in_reply_to=last.message_id if last else "",
            references=list(last.references) if last else [], date=now,
        )
        return payload, to, {
            "subject": subject, "from": from_address, "from_name": from_name,
            "message_id": message_id, "in_reply_to": last.message_id if last else "",
        }
