"""SLA clocks with a fake clock: thresholds, business-hours deadlines, first vs next response."""

from __future__ import annotations

import random
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from agent_assist.core.business_hours import BusinessCalendar, Period, SettingsError
from agent_assist.core.models import Channel, Conversation, Delivery, Direction, Status
from agent_assist.core.needs_reply import MessageFact, reply_state
from agent_assist.core.sla import (
    DEFAULT_POLICIES,
    ResponseKind,
    SlaPolicies,
    SlaState,
    SlaTarget,
    conversation_clock,
    policies_from_json,
    policies_to_json,
    reminders_from_json,
    response_events,
    sla_clock,
    sla_state,
)

PARIS = ZoneInfo("Europe/Paris")
MIN = 60.0
H = 3600.0
WEEKDAY = (Period(9 * 60, 12 * 60 + 30), Period(14 * 60, 18 * 60))
SHOP = BusinessCalendar("Europe/Paris", (WEEKDAY,) * 5 + ((), ()))


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> float:
    return datetime(y, mo, d, h, mi, tzinfo=PARIS).timestamp()


def clock(waiting_since: float, now: float, channel: Channel = Channel.EMAIL,
          first: bool = True, policies: SlaPolicies = DEFAULT_POLICIES):  # type: ignore[no-untyped-def]
    return sla_clock(waiting_since=waiting_since, now=now, channel=channel,
                     first_response=first, policies=policies, calendar=SHOP)


@pytest.mark.parametrize(
    ("elapsed", "state"),
    [(0, SlaState.ON_TRACK), (674, SlaState.ON_TRACK), (675, SlaState.AT_RISK),
     (899, SlaState.AT_RISK), (900, SlaState.BREACHED), (5000, SlaState.BREACHED)],
)
def test_thresholds(elapsed: float, state: SlaState) -> None:
    assert sla_state(elapsed, 900, 0.75) is state


def test_chat_fifteen_minutes_in_business_hours() -> None:
    start = at(2025, 3, 3, 10)
    assert clock(start, start + 11 * MIN, Channel.TELEGRAM).state is SlaState.ON_TRACK
    risky = clock(start, start + 12 * MIN, Channel.TELEGRAM)
    assert risky.state is SlaState.AT_RISK and risky.remaining == 3 * MIN
    late = clock(start, start + 15 * MIN, Channel.TELEGRAM)
    assert late.state is SlaState.BREACHED and late.deadline == start + 15 * MIN


def test_email_four_business_hours_over_a_weekend() -> None:
    friday = at(2025, 3, 7, 16)
    monday_ten = clock(friday, at(2025, 3, 10, 10))
    assert monday_ten.elapsed == 3 * H and monday_ten.state is SlaState.AT_RISK
    assert monday_ten.deadline == at(2025, 3, 10, 11)
    assert clock(friday, at(2025, 3, 10, 11)).state is SlaState.BREACHED
    # Saturday evening the shop is closed: the clock does not move.
    assert clock(friday, at(2025, 3, 8, 20)).elapsed == 2 * H


def test_message_out_of_hours_waits_for_the_opening() -> None:
    saturday = at(2025, 3, 8, 11)
    early = clock(saturday, at(2025, 3, 10, 9, 5))
    assert early.elapsed == 5 * MIN and early.state is SlaState.ON_TRACK
    assert early.deadline == at(2025, 3, 10, 14, 30)  # 3.5 h before lunch, 30 min after


def test_wall_clock_target_ignores_business_hours() -> None:
    policies = SlaPolicies({Channel.TELEGRAM: SlaTarget(900, 900, business_hours=False)})
    saturday = at(2025, 3, 8, 22)
    late = clock(saturday, saturday + 20 * MIN, Channel.TELEGRAM, policies=policies)
    assert late.state is SlaState.BREACHED and late.deadline == saturday + 15 * MIN


def test_first_and_next_response_targets() -> None:
    start = at(2025, 3, 3, 9)
    first = clock(start, at(2025, 3, 3, 14, 30), first=True)  # 4 h used of 4 h
    following = clock(start, at(2025, 3, 3, 14, 30), first=False)  # 4 h of 8 h
    assert first.kind is ResponseKind.FIRST and first.state is SlaState.BREACHED
    assert following.kind is ResponseKind.NEXT and following.state is SlaState.ON_TRACK
    assert following.target == 8 * H


def test_unknown_channel_gets_the_strictest_target() -> None:
    policies = SlaPolicies({Channel.EMAIL: SlaTarget(4 * 3600, 4 * 3600),
                            Channel.TELEGRAM: SlaTarget(600, 600)})
    assert policies.target(Channel.MATRIX).first_seconds == 600


def _conversation(status: Status = Status.OPEN, needs_reply: bool = True,
                  waiting_since: float | None = 0.0) -> Conversation:
    return Conversation(
        id=1, channel=Channel.EMAIL, subject="Order", contact_id=None, contact_name="Ana",
        status=status, needs_reply=needs_reply, waiting_since=waiting_since,
        last_message_at=waiting_since,
    )


def test_only_open_conversations_needing_a_reply_have_a_clock() -> None:
    start = at(2025, 3, 3, 9)
    kwargs = dict(first_response=True, policies=DEFAULT_POLICIES, calendar=SHOP, now=start + H)
    assert conversation_clock(_conversation(waiting_since=start), **kwargs) is not None  # type: ignore[arg-type]
    for conv in (_conversation(Status.SNOOZED, waiting_since=start),
                 _conversation(Status.CLOSED, waiting_since=start),
                 _conversation(needs_reply=False, waiting_since=None)):
        assert conversation_clock(conv, **kwargs) is None  # type: ignore[arg-type]


def fact(direction: Direction, t: float, text: str = "Where is my order?", *,
         automated: bool = False, delivery: Delivery | None = None) -> MessageFact:
    return MessageFact(direction, t, automated, text, delivery)


def test_response_events_first_then_next_and_what_does_not_answer() -> None:
    facts = [
        fact(Direction.IN, 100),
        fact(Direction.AUTO, 101, "We received your message"),  # acknowledgement: no answer
        fact(Direction.NOTE, 150, "checking stock"),
        fact(Direction.OUT, 200, "Shipped", delivery=Delivery.FAILED),  # lost: no answer
        fact(Direction.OUT, 300, "Shipped today", delivery=Delivery.SENT),
        fact(Direction.IN, 400, "Thanks!"),  # trivial closing after an answer
        fact(Direction.IN, 500, "Bounce", automated=True),
        fact(Direction.IN, 600, "It has not arrived, tracking AL-1?"),
        fact(Direction.OUT, 900, "Here it is"),
    ]
    events = response_events(facts)
    assert [(e.waiting_since, e.answered_at, e.kind) for e in events] == [
        (100, 300, ResponseKind.FIRST), (600, 900, ResponseKind.NEXT)]


def test_response_events_agree_with_reply_state_on_random_threads() -> None:
    rng = random.Random(4)
    texts = ["Thanks!", "merci", "Where is my parcel?", "👍", "Order 1234 is wrong"]
    for _ in range(400):
        facts: list[MessageFact] = []
        t = 0.0
        for _ in range(rng.randint(1, 12)):
            t += rng.uniform(1, 1000)
            direction = rng.choice(list(Direction))
            facts.append(fact(direction, t, rng.choice(texts), automated=rng.random() < 0.15,
                              delivery=rng.choice([None, Delivery.SENT, Delivery.FAILED])))
        expected = []
        for i, f in enumerate(facts):
            before = reply_state(facts[:i])
            if f.direction is Direction.OUT and f.delivery is not Delivery.FAILED and (
                    before.needs_reply):
                expected.append((before.waiting_since, f.sent_at))
        assert [(e.waiting_since, e.answered_at) for e in response_events(facts)] == expected


def test_response_event_met_uses_business_hours() -> None:
    [event] = response_events([fact(Direction.IN, at(2025, 3, 7, 17)),
                               fact(Direction.OUT, at(2025, 3, 10, 11))])
    assert event.business_seconds(SHOP) == 3 * H
    assert event.met(Channel.EMAIL, DEFAULT_POLICIES, SHOP)
    assert not event.met(Channel.TELEGRAM, DEFAULT_POLICIES, SHOP)


def test_policies_round_trip_and_validation() -> None:
    data = policies_to_json(DEFAULT_POLICIES)
    assert data["channels"]["email"] == {"first_minutes": 240, "next_minutes": 480,
                                         "business_hours": True}
    assert policies_from_json(data) == DEFAULT_POLICIES
    custom = policies_from_json({"at_risk_percent": 50,
                                 "channels": {"telegram": {"first_minutes": 5}}})
    assert custom.at_risk_ratio == 0.5
    assert custom.target(Channel.TELEGRAM) == SlaTarget(300, 300)
    assert custom.target(Channel.EMAIL) == DEFAULT_POLICIES.target(Channel.EMAIL)
    for bad, needle in [
        ({"channels": {"fax": {"first_minutes": 5}}}, "not a channel"),
        ({"channels": {"email": {"first_minutes": 0}}}, "between 1 minute"),
        ({"channels": {"email": {"first_minutes": "soon"}}}, "whole number"),
        ({"at_risk_percent": 100}, "percentage"),
    ]:
        with pytest.raises(SettingsError, match=needle):
            policies_from_json(bad)  # type: ignore[arg-type]


def test_reminder_settings_validation() -> None:
    assert reminders_from_json({"waiting_days": 5}).waiting_days == 5
    assert reminders_from_json({}).waiting_days == 3
    with pytest.raises(SettingsError, match="days"):
        reminders_from_json({"waiting_days": -1})
