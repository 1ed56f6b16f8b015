"""Follow-ups: "waiting on customer" conversations come back after N days, with the reason.

Also "snooze until the customer replies": a snoozed conversation without a wake-up time.
Ingest reopens a snoozed conversation on the customer's next real message, so no timer
is needed; ``ConversationRepo.due_snoozes`` ignores it because it has no time.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from agent_assist.core.models import Direction, Status
from agent_assist.services.ingest import Ingestor
from agent_assist.storage.repositories import Repos
from agent_assist.storage.repositories.messages import NewMessage

Clock = Callable[[], float]
DAY = 86400.0
KIND_WAITING = "waiting_on_customer"


@dataclass(frozen=True, slots=True)
class DueReminder:
    """A conversation whose customer has not answered for ``days`` days."""

    conversation_id: int
    waiting_since: float
    due_at: float
    days: int

    @property
    def reason(self) -> str:
        unit = "day" if self.days == 1 else "days"
        return (f"Follow-up: the customer has not answered for {self.days} {unit}. "
                "Write to them again, or close the conversation.")


def _waiting_rows(repos: Repos) -> list[tuple[int, float]]:
    """(conversation, since when it waits on the customer) for every WAITING conversation.

    The wait starts at the later of: the agent setting the status (audit) and our last
    reply that was not lost; without either, at the conversation's last update.
    """
    rows = repos.db.execute(
        "SELECT c.id, c.updated_at, "
        "(SELECT max(a.at) FROM audit_log a WHERE a.subject_type = 'conversation' AND "
        " a.subject_id = c.id AND a.action = 'status:waiting'), "
        "(SELECT max(m.sent_at) FROM messages m WHERE m.conversation_id = c.id AND "
        " m.direction = 'out' AND COALESCE(m.delivery, '') != 'failed') "
        "FROM conversations c WHERE c.status = 'waiting'"
    ).fetchall()
    result = []
    for cid, updated, set_at, replied_at in rows:
        known = [t for t in (set_at, replied_at) if t is not None]
        result.append((int(cid), float(max(known) if known else updated)))
    return result


def due_reminders(repos: Repos, now: float, waiting_days: int) -> list[DueReminder]:
    """WAITING conversations silent for ``waiting_days`` and not reminded for this wait yet."""
    if waiting_days <= 0:
        return []
    due: list[DueReminder] = []
    for cid, since in _waiting_rows(repos):
        due_at = since + waiting_days * DAY
        if due_at > now:
            continue
        already = repos.db.execute(
            "SELECT 1 FROM reminders WHERE conversation_id = ? AND kind = ? AND "
            "waiting_since = ?", [cid, KIND_WAITING, since]).fetchone()
        if already is None:
            due.append(DueReminder(cid, since, due_at, waiting_days))
    due.sort(key=lambda r: (r.due_at, r.conversation_id))
    return due


class Reminders:
    """Finds due follow-ups and brings those conversations back to Open with a note."""

    def __init__(self, repos: Repos, ingestor: Ingestor, clock: Clock = time.time) -> None:
        self.repos = repos
        self.ingestor = ingestor
        self.clock = clock

    def due_reminders(self, now: float, waiting_days: int) -> list[DueReminder]:
        """WAITING conversations silent for ``waiting_days`` (0 turns reminders off)."""
        return due_reminders(self.repos, now, waiting_days)

    def apply(self, reminders: Sequence[DueReminder], *, agent_id: int | None = None) -> list[int]:
        """Reopen each conversation with the reason as a note; once per waiting period."""
        now = self.clock()
        applied: list[int] = []
        repos = self.repos
        for reminder in reminders:
            with repos.db.atomic():
                conv = repos.conversations.get(reminder.conversation_id)
                if conv is None or conv.status is not Status.WAITING:
                    continue  # answered or changed meanwhile: nothing to remind
                note_id = repos.messages.insert(
                    NewMessage(
                        conversation_id=conv.id, channel=conv.channel, direction=Direction.NOTE,
                        provider_key=f"reminder:{uuid.uuid4()}", sent_at=now,
                        body_text=reminder.reason, received_at=now,
                    )
                )
                repos.conversations.set_status(conv.id, Status.OPEN)
                self.ingestor.refresh(conv.id)
                repos.db.execute(
                    "INSERT INTO reminders (conversation_id, kind, waiting_since, applied_at, "
                    "reason, note_message_id) VALUES (?, ?, ?, ?, ?, ?)",
                    [conv.id, KIND_WAITING, reminder.waiting_since, now, reminder.reason,
                     note_id],
                )
                repos.audit.record(
                    "reminder", agent_id=agent_id, subject_type="conversation",
                    subject_id=conv.id, details={"reason": reminder.reason}, at=now,
                )
            applied.append(conv.id)
        return applied

    def run(self, waiting_days: int) -> list[int]:
        """Find and apply what is due now (the app's periodic tick calls this)."""
        return self.apply(self.due_reminders(self.clock(), waiting_days))

    def last_reason(self, conversation_id: int) -> str:
        """Why this conversation came back, if a reminder brought it back ("" otherwise)."""
        row = self.repos.db.execute(
            "SELECT reason FROM reminders WHERE conversation_id = ? ORDER BY applied_at DESC "
            "LIMIT 1", [conversation_id]).fetchone()
        return str(row[0]) if row else ""


def snooze_until_reply(
    repos: Repos, conversation_id: int, *, agent_id: int | None = None,
    at: float | None = None,
) -> None:
    """Snooze with no wake-up time: the customer's next real message brings it back."""
    at = time.time() if at is None else at
    with repos.db.atomic():
        repos.conversations.set_status(conversation_id, Status.SNOOZED, snoozed_until=None)
        repos.audit.record(
            "status:snoozed", agent_id=agent_id, subject_type="conversation",
            subject_id=conversation_id, details={"until": "reply"}, at=at,
        )


def snoozed_due(repos: Repos, now: float) -> int:
    """Snoozed conversations whose wake-up time has passed (not yet woken)."""
    return len(repos.conversations.due_snoozes(now))
