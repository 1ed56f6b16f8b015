"""The auto-acknowledger: after ingest, queue a templated acknowledgement where the rules allow.

Each new inbound message is considered exactly once (``ack_log`` has a UNIQUE row per
message, whatever the decision). An acknowledgement is a ``Direction.AUTO`` message plus an
outbox item in one transaction; the normal outbox sender delivers it. It never answers the
conversation: the customer still waits for a human (see ``core.needs_reply``).
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from agent_assist.channels.email.compose import build_reply, reply_subject
from agent_assist.core.auto_ack import (
    AckDecision,
    AckFacts,
    AckVariant,
    decide,
    pick_language,
    render_ack,
)
from agent_assist.core.models import Channel, Conversation, Delivery, Direction, Message
from agent_assist.services.ingest import Ingestor
from agent_assist.services.sla import SlaConfig, human_replied, load_config
from agent_assist.storage.repositories import Repos
from agent_assist.storage.repositories.messages import NewMessage

Clock = Callable[[], float]

#: Headers of every acknowledgement email. Auto-Submitted (RFC 3834) tells other responders
#: not to answer; X-Auto-Response-Suppress asks Exchange/Outlook not to send an out-of-office.
ACK_HEADERS: tuple[tuple[str, str], ...] = (
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
)
ACK_REASON = "auto-acknowledgement"


@dataclass(frozen=True, slots=True)
class AckOutcome:
    """What happened to one inbound message: acknowledged (with the rows made) or why not."""

    trigger_message_id: int
    conversation_id: int
    decision: str
    variant: AckVariant | None = None
    ack_message_id: int | None = None
    outbox_id: int | None = None

    @property
    def sent(self) -> bool:
        return self.ack_message_id is not None


class AutoAcknowledger:
    """Considers inbound messages once each and queues acknowledgements in the outbox."""

    def __init__(
        self, repos: Repos, ingestor: Ingestor, clock: Clock = time.time,
        config: SlaConfig | None = None,
    ) -> None:
        self.repos = repos
        self.ingestor = ingestor
        self.clock = clock
        self._config = config

    def config(self, now: float) -> SlaConfig:
        return self._config or load_config(self.repos, date.fromtimestamp(now))

    def pending_ids(self, now: float, config: SlaConfig) -> list[int]:
        """Inbound messages received recently that no decision covers yet, oldest first."""
        since = now - config.auto_ack.max_age_seconds
        return [
            int(r[0])
            for r in self.repos.db.execute(
                "SELECT m.id FROM messages m WHERE m.direction = 'in' AND m.received_at >= ? "
                "AND NOT EXISTS (SELECT 1 FROM ack_log a WHERE a.trigger_message_id = m.id) "
                "ORDER BY m.sent_at, m.id",
                [since],
            )
        ]

    def acknowledge_pending(self) -> list[AckOutcome]:
        """Consider every recent inbound message not yet considered (call after ingest)."""
        now = self.clock()
        config = self.config(now)
        return self.acknowledge(self.pending_ids(now, config), config=config, now=now)

    def acknowledge(
        self, message_row_ids: Iterable[int], *, config: SlaConfig | None = None,
        now: float | None = None,
    ) -> list[AckOutcome]:
        now = self.clock() if now is None else now
        config = config or self.config(now)
        outcomes = []
        for row_id in message_row_ids:
            outcome = self._consider(row_id, config, now)
            if outcome is not None:
                outcomes.append(outcome)
        return outcomes

    # -- one message -------------------------------------------------------------------------

    def _consider(self, row_id: int, config: SlaConfig, now: float) -> AckOutcome | None:
        repos = self.repos
        with repos.db.atomic():
            if repos.db.execute(
                "SELECT 1 FROM ack_log WHERE trigger_message_id = ?", [row_id]
            ).fetchone():
                return None  # another pass got here first
            message = repos.messages.get(row_id)
            conv = repos.conversations.get(message.conversation_id) if message else None
            if message is None or conv is None:
                return None
            decision = decide(self._facts(message, conv, config, now), config.auto_ack,
                              config.calendar, now)
            outcome = AckOutcome(row_id, conv.id, decision.reason)
            if decision.send:
                outcome = self._queue(message, conv, decision, config, now)
            repos.db.execute(
                "INSERT INTO ack_log (trigger_message_id, conversation_id, ack_message_id, "
                "sender, channel, decision, variant, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [row_id, conv.id, outcome.ack_message_id, _sender_key(message), conv.channel.value,
                 outcome.decision, outcome.variant.value if outcome.variant else "", now],
            )
        return outcome

    def _facts(self, message: Message, conv: Conversation, config: SlaConfig,
               now: float) -> AckFacts:
        db = self.repos.db
        last_ack = db.execute(
            "SELECT max(at) FROM ack_log WHERE conversation_id = ? AND decision = 'send'",
            [conv.id],
        ).fetchone()[0]
        sender_acks = db.execute(
            "SELECT count(*) FROM ack_log WHERE sender = ? AND decision = 'send' AND at >= ?",
            [_sender_key(message), now - config.auto_ack.sender_window_seconds],
        ).fetchone()[0]
        return AckFacts(
            channel=conv.channel, direction=message.direction,
            sender_address=message.sender_address, automated_reason=message.automated_reason,
            sent_at=message.sent_at, human_replied=conv.id in human_replied(self.repos, [conv.id]),
            last_ack_at=last_ack, sender_acks_in_window=int(sender_acks),
            own_addresses=self._own_addresses(),
        )

    def _own_addresses(self) -> frozenset[str]:
        shop = self.repos.settings.get("shop", {}) or {}
        addresses = {a.address.strip().lower() for a in self.repos.accounts.list() if a.address}
        if shop.get("email"):
            addresses.add(str(shop["email"]).strip().lower())
        return frozenset(addresses)

    def _queue(self, message: Message, conv: Conversation, decision: AckDecision,
               config: SlaConfig, now: float) -> AckOutcome:
        repos = self.repos
        assert decision.variant is not None
        contact = repos.contacts.get(conv.contact_id) if conv.contact_id else None
        language = pick_language(
            [message.language, conv.language, contact.language if contact else ""],
            config.auto_ack, decision.variant,
        )
        shop = repos.settings.get("shop", {}) or {}
        shop_name = str(shop.get("name", ""))
        name = contact.first_name if contact else (message.sender_name.split() or [""])[0]
        text = render_ack(config.auto_ack, decision.variant, language, name=name, shop=shop_name)
        if conv.channel is Channel.EMAIL:
            built = self._email(message, conv, text, language, shop, now)
            if built is None:
                return AckOutcome(message.id, conv.id, "no_address")
            payload, recipients, headers = built
        else:
            payload, recipients = json.dumps({"text": text}).encode(), [conv.thread_key]
            headers = {}
        row_id = repos.messages.insert(
            NewMessage(
                conversation_id=conv.id, channel=conv.channel, direction=Direction.AUTO,
                provider_key=f"auto:{uuid.uuid4()}", sent_at=now, body_text=text,
                subject=headers.get("subject", ""), sender_name=shop_name,
                sender_address=headers.get("from", ""), recipients=recipients,
                message_id=headers.get("message_id", ""), in_reply_to=message.message_id,
                references=[*message.references, message.message_id] if message.message_id else [],
                account_id=conv.account_id, language=language, automated_reason=ACK_REASON,
                delivery=Delivery.QUEUED, received_at=now,
            )
        )
        assert row_id is not None
        outbox_id = repos.outbox.enqueue(
            message_row_id=row_id, conversation_id=conv.id, channel=conv.channel,
            account_id=conv.account_id, recipients=recipients, payload=payload,
            message_id_header=headers.get("message_id", ""),
        )
        # The post-send step flags the customer's mail \Answered on the server: an
        # acknowledgement is no answer, so that step is recorded as done (nothing to do).
        repos.db.execute("UPDATE outbox SET answered_flag_at = ? WHERE id = ?", [now, outbox_id])
        self.ingestor.refresh(conv.id)
        repos.audit.record(
            "auto_ack", subject_type="conversation", subject_id=conv.id,
            details={"message": row_id, "variant": decision.variant.value,
                     "language": language}, at=now,
        )
        return AckOutcome(message.id, conv.id, "send", decision.variant, row_id, outbox_id)

    def _email(
        self, message: Message, conv: Conversation, text: str, language: str,
        shop: dict[str, object], now: float,
    ) -> tuple[bytes, list[str], dict[str, str]] | None:
        repos = self.repos
        account = repos.accounts.get(conv.account_id) if conv.account_id else None
        from_address = (account.address if account else "") or str(shop.get("email", ""))
        row = repos.db.execute(
            "SELECT reply_to FROM messages WHERE id = ?", [message.id]).fetchone()
        reply_to = [a for a in json.loads(row[0]) if a] if row else []
        to = reply_to or ([message.sender_address] if message.sender_address else [])
        if not to or not from_address:
            return None
        subject = reply_subject(message.subject or conv.subject)
        payload, message_id = build_reply(
            from_name=str(shop.get("name", "")), from_address=from_address, to=to,
            subject=subject, text=text, language=language, in_reply_to=message.message_id,
            references=list(message.references), date=now, extra_headers=ACK_HEADERS,
        )
        return payload, to, {"subject": subject, "from": from_address, "message_id": message_id}


def _sender_key(message: Message) -> str:
    return message.sender_address.strip().lower()
