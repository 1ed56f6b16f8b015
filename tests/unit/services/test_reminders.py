"""Follow-up reminders, snooze until the customer replies, and the reopen rules."""

from __future__ import annotations

import itertools

from agent_assist.core.models import Channel, Direction, HandleKind, IncomingMessage, Status
from agent_assist.services.reminders import (
    DAY,
    Reminders,
    due_reminders,
    snooze_until_reply,
)
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import InboxQuery

T0 = 1_741_000_000.0  # a fixed instant: every clock in these tests is fake
_keys = itertools.count(1)


class FakeClock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def customer(ws: Workspace, text: str = "Where is my order AL-1?", *, at: float,
             thread: str = "chat:lea", automated: str = "") -> int:
    result = ws.ingestor().ingest(IncomingMessage(
        provider_key=f"t:{next(_keys)}", channel=Channel.DEMO_CHAT, sender_address="lea",
        sender_name="Léa Roux", handle_kind=HandleKind.DEMO, body_text=text, sent_at=at,
        thread_key=thread, automated_reason=automated,
    ))
    assert result.conversation_id is not None
    return result.conversation_id


def setup_waiting(profile: Profile) -> tuple[Workspace, FakeClock, int]:
    clock = FakeClock()
    ws = Workspace(profile, clock=clock)
    cid = customer(ws, at=T0 - 600)
    ws.reply(cid, "It ships tomorrow; does that work for you?")
    ws.set_status(cid, Status.WAITING)
    return ws, clock, cid


def test_waiting_on_customer_comes_back_after_n_days_with_a_visible_reason(
    profile: Profile,
) -> None:
    ws, clock, cid = setup_waiting(profile)
    reminders = Reminders(ws.repos(), ws.ingestor(), clock)
    assert reminders.due_reminders(T0 + 3 * DAY - 1, 3) == []
    [due] = reminders.due_reminders(T0 + 3 * DAY, 3)
    assert due.conversation_id == cid and due.waiting_since == T0
    clock.now = T0 + 3 * DAY + 5
    assert reminders.run(3) == [cid]
    conv = ws.conversation(cid)
    assert conv is not None and conv.status is Status.OPEN
    assert cid in ws.inbox_ids(InboxQuery("open"))
    note = ws.messages(cid)[-1]
    assert note.direction is Direction.NOTE and "not answered for 3 days" in note.body_text
    assert reminders.last_reason(cid) == note.body_text
    # Applied once: nothing is due again, even far later.
    assert reminders.due_reminders(T0 + 30 * DAY, 3) == []
    assert ws.repos().audit.list()[0].action == "reminder"


def test_a_new_waiting_period_gets_its_own_reminder(profile: Profile) -> None:
    ws, clock, cid = setup_waiting(profile)
    reminders = Reminders(ws.repos(), ws.ingestor(), clock)
    clock.now = T0 + 3 * DAY
    reminders.run(3)
    clock.now = T0 + 4 * DAY
    ws.set_status(cid, Status.WAITING)  # the agent decides to wait again
    assert reminders.due_reminders(T0 + 6 * DAY, 3) == []
    [due] = reminders.due_reminders(T0 + 7 * DAY, 3)
    assert due.waiting_since == T0 + 4 * DAY


def test_reminders_off_and_changes_meanwhile(profile: Profile) -> None:
    ws, clock, cid = setup_waiting(profile)
    repos = ws.repos()
    assert due_reminders(repos, T0 + 100 * DAY, 0) == []
    due = due_reminders(repos, T0 + 5 * DAY, 3)
    ws.set_status(cid, Status.CLOSED)  # closed before the reminder was applied
    clock.now = T0 + 5 * DAY
    assert Reminders(repos, ws.ingestor(), clock).apply(due) == []
    conv = ws.conversation(cid)
    assert conv is not None and conv.status is Status.CLOSED


def test_the_customer_answering_ends_the_wait_before_any_reminder(profile: Profile) -> None:
    ws, _, cid = setup_waiting(profile)
    customer(ws, "Yes, tomorrow is fine but can you gift-wrap it?", at=T0 + DAY)
    conv = ws.conversation(cid)
    assert conv is not None and conv.status is Status.OPEN and conv.needs_reply
    assert due_reminders(ws.repos(), T0 + 10 * DAY, 3) == []


def test_snooze_until_the_customer_replies(profile: Profile) -> None:
    clock = FakeClock()
    ws = Workspace(profile, clock=clock)
    cid = customer(ws, at=T0 - 600)
    ws.reply(cid, "Let me check with the workshop.")
    snooze_until_reply(ws.repos(), cid, at=T0)
    conv = ws.conversation(cid)
    assert conv is not None and conv.status is Status.SNOOZED and conv.snoozed_until is None
    clock.now = T0 + 365 * DAY
    assert ws.actions().wake_snoozed() == []  # no time: only the customer wakes it
    customer(ws, "Out of office", at=T0 + DAY, automated="auto-submitted: auto-replied")
    still = ws.conversation(cid)
    assert still is not None and still.status is Status.SNOOZED
    customer(ws, "Any news about the blue vase?", at=T0 + 2 * DAY)
    back = ws.conversation(cid)
    assert back is not None and back.status is Status.OPEN and back.needs_reply
    assert back.waiting_since == T0 + 2 * DAY


def test_reopen_rules_after_closing(profile: Profile) -> None:
    clock = FakeClock()
    ws = Workspace(profile, clock=clock)
    cid = customer(ws, at=T0 - 600)
    ws.reply(cid, "Refund done.")
    ws.set_status(cid, Status.CLOSED)
    customer(ws, "Merci beaucoup ! 🙏", at=T0 + 60)
    conv = ws.conversation(cid)
    assert conv is not None and conv.status is Status.CLOSED and not conv.needs_reply
    customer(ws, "Actually the refund is missing 5 euros?", at=T0 + 120)
    conv = ws.conversation(cid)
    assert conv is not None and conv.status is Status.OPEN and conv.needs_reply
    assert conv.waiting_since == T0 + 120
