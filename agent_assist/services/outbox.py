"""The outbox sender: moves frozen payloads through the delivery state machine."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from agent_assist.channels.base import DeliveryFailed, DeliveryUncertain, Sender
from agent_assist.core.models import Delivery, OutboxItem
from agent_assist.services.ingest import Ingestor
from agent_assist.storage.repositories import Repos

MAX_ATTEMPTS = 5

SenderFor = Callable[[OutboxItem], Sender | None]


@dataclass
class SendReport:
    """What one pass over the outbox did."""

    sent: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    uncertain: list[int] = field(default_factory=list)
    retry_later: list[int] = field(default_factory=list)


class OutboxSender:
    """Sends QUEUED items one at a time, committing each state before the next step.

    SENDING is committed before the network call; a crash leaves it SENDING, and
    :meth:`recover` turns that into UNCERTAIN on the next start — never a silent resend.
    """

    def __init__(self, repos: Repos, ingestor: Ingestor, sender_for: SenderFor) -> None:
        self.repos = repos
        self.ingestor = ingestor
        self.sender_for = sender_for

    def recover(self) -> list[int]:
        """After a crash: whatever was mid-send may have gone out; let a person decide."""
        stuck = self.repos.outbox.by_state(Delivery.SENDING)
        for item in stuck:
            self._move(item, Delivery.UNCERTAIN, "The app stopped while sending; check the "
                       "customer received it before sending again.")
        return [i.id for i in stuck]

    def send_pending(self) -> SendReport:
        report = SendReport()
        for item in self.repos.outbox.by_state(Delivery.QUEUED):
            not_before = self.repos.outbox.held_until(item.id)
            if not_before is not None and not_before > time.time():
                report.retry_later.append(item.id)  # the peer asked us to wait
                continue
            sender = self.sender_for(item)
            if sender is None:
                self._move(item, Delivery.FAILED, "No account can send this message; add one "
                           "in Settings → Accounts.")
                report.failed.append(item.id)
                continue
            self._move(item, Delivery.SENDING)
            try:
                sender.send(item)
            except DeliveryUncertain as exc:
                self._move(item, Delivery.UNCERTAIN, str(exc))
                report.uncertain.append(item.id)
            except DeliveryFailed as exc:
                if exc.retryable and item.attempts + 1 < MAX_ATTEMPTS:
                    self._move(item, Delivery.QUEUED, str(exc), hold=exc.retry_after)
                    report.retry_later.append(item.id)
                else:
                    self._move(item, Delivery.FAILED, str(exc))
                    report.failed.append(item.id)
            else:
                self._move(item, Delivery.SENT)
                report.sent.append(item.id)
        return report

    def requeue(self, outbox_id: int) -> None:
        """A person chose to (re)send a FAILED or UNCERTAIN item."""
        item = self.repos.outbox.get(outbox_id)
        if item is not None:
            self._move(item, Delivery.QUEUED)

    def _move(
        self, item: OutboxItem, state: Delivery, error: str = "", hold: float | None = None
    ) -> None:
        with self.repos.db.atomic():
            self.repos.outbox.transition(item.id, state, error)
            if hold is not None or state is Delivery.QUEUED:
                self.repos.outbox.hold(item.id, None if hold is None else time.time() + hold)
            if state in (Delivery.FAILED, Delivery.SENT, Delivery.QUEUED):
                # A failed reply no longer answers the customer: recompute the queue.
                self.ingestor.refresh(item.conversation_id)
