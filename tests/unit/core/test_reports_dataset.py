"""The fixed shop week the report tests share, with its hand-computed answers.

Europe/Paris, open Monday–Friday 09:00–12:30 and 14:00–18:00, default SLA targets (email:
first 4 h, next 8 h; chat: 15 and 30 min). The period is Thursday 22 to Tuesday 27 October
2026 (six days); summer time ends on Sunday 25 (a 25-hour day). "Now" is Tuesday 15:00.
Agents: 1 = Ann, 2 = Bob; None = a reply sent outside the app.

Expected numbers, bucket by bucket (Thu, Fri, Sat, Sun, Mon, Tue), are worked out next to
each conversation and summed in EXPECTED.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from agent_assist.core.business_hours import BusinessCalendar, Period
from agent_assist.core.models import Channel, Delivery, Direction
from agent_assist.core.needs_reply import MessageFact
from agent_assist.core.reports import ConversationHistory, ReportPeriod

PARIS = ZoneInfo("Europe/Paris")
WEEKDAY = (Period(9 * 60, 12 * 60 + 30), Period(14 * 60, 18 * 60))
CALENDAR = BusinessCalendar("Europe/Paris", (WEEKDAY,) * 5 + ((), ()))
CALENDAR_JSON = {"timezone": "Europe/Paris", "holidays": [],
                 "week": {d: [["09:00", "12:30"], ["14:00", "18:00"]]
                          for d in ("mon", "tue", "wed", "thu", "fri")}}
PERIOD = ReportPeriod(date(2026, 10, 22), date(2026, 10, 28))
AGENTS = {1: "Ann", 2: "Bob"}
IN, OUT, NOTE, AUTO = Direction.IN, Direction.OUT, Direction.NOTE, Direction.AUTO


def at(day: int, hour: int, minute: int = 0) -> float:
    """An instant in October 2026, Paris wall time."""
    return datetime(2026, 10, day, hour, minute, tzinfo=PARIS).timestamp()


NOW = at(27, 15)


@dataclass(frozen=True)
class Msg:
    """One message of the dataset."""

    direction: Direction
    sent_at: float
    text: str = ""
    agent: int | None = None
    delivery: Delivery | None = None
    automated: bool = False


@dataclass(frozen=True)
class Conv:
    """One conversation of the dataset; ``left_queue_at`` set when it is not open now."""

    key: str
    channel: Channel
    messages: tuple[Msg, ...]
    left_queue_at: float | None = None


SENT = Delivery.SENT
CONVERSATIONS = (
    # Reopened, two agents. Thu: first response after 1 h (met), an auto-ack and a note in
    # between answer nothing, "Merci !" starts no wait. Fri 17:00 a new question; Bob
    # answers Mon 10:00: a NEXT response of 2 business hours (Fri 17–18, Mon 9–10), met.
    Conv("c1-reopened", Channel.EMAIL, (
        Msg(IN, at(22, 10), "Where is my order AL-1?"),
        Msg(AUTO, at(22, 10, 1), "We got your message.", delivery=SENT),
        Msg(NOTE, at(22, 10, 30), "Checking with the carrier", agent=1),
        Msg(OUT, at(22, 11), "It ships today.", agent=1, delivery=SENT),
        Msg(IN, at(22, 11, 30), "Merci !"),
        Msg(IN, at(23, 17), "It arrived broken, what now?"),
        Msg(OUT, at(26, 10), "We send a new one.", agent=2, delivery=SENT),
    )),
    # Chat on Saturday evening (shop closed); Bob's first try FAILED and answers nothing,
    # his Monday 09:10 reply is a first response of 10 business minutes (met, 15 min).
    Conv("c2-weekend-chat", Channel.DEMO_CHAT, (
        Msg(IN, at(24, 20), "Bonjour, ouvert dimanche ?"),
        Msg(OUT, at(24, 20, 5), "Non, lundi.", agent=2, delivery=Delivery.FAILED),
        Msg(OUT, at(26, 9, 10), "Lundi 9 h !", agent=2, delivery=SENT),
    )),
    # A bounce: counted apart as automated, never a wait.
    Conv("c3-bounce", Channel.EMAIL, (
        Msg(IN, at(23, 8), "Delivery Status Notification (Failure)", automated=True),
    )),
    # The wait began the day before the period (Wed 16:00): answered Thu 09:30 after
    # 2.5 business hours (met). The Wednesday message is not in the volume.
    Conv("c4-boundary", Channel.EMAIL, (
        Msg(IN, at(21, 16), "Can I change my address?"),
        Msg(OUT, at(22, 9, 30), "Done.", agent=1, delivery=SENT),
    )),
    # Sunday 23:30 after the clock went back (22:30 UTC, which UTC+2 would put on Monday):
    # waiting at the end of Sunday and Monday; answered Tue 14:30 after 11.5 business hours
    # (Mon 7.5 h, Tue 3.5 h + 0.5 h): breached.
    Conv("c5-dst-sunday", Channel.EMAIL, (
        Msg(IN, at(25, 23, 30), "My candle arrived melted."),
        Msg(OUT, at(27, 14, 30), "Sorry! A new one is on its way.", agent=1, delivery=SENT),
    )),
    # Still waiting now (two messages, one wait since 12:00).
    Conv("c6-waiting", Channel.DEMO_CHAT, (
        Msg(IN, at(26, 12), "Do you ship to Belgium?"),
        Msg(IN, at(26, 12, 5), "Hello?"),
    )),
    # Closed unanswered on Friday 10:00: waiting at the end of Thursday only.
    Conv("c7-closed-unanswered", Channel.EMAIL, (
        Msg(IN, at(22, 15), "Please remove me from your list"),
    ), left_queue_at=at(23, 10)),
    # Answered from another mail client (no agent): 20 minutes, met.
    Conv("c8-outside-app", Channel.EMAIL, (
        Msg(IN, at(27, 9), "Invoice please"),
        Msg(OUT, at(27, 9, 20), "Attached.", delivery=SENT),
    )),
    # First answered before the period (Mon 19): Thursday's answer is a NEXT response of
    # 30 minutes (met), not a second first response.
    Conv("c9-first-before", Channel.EMAIL, (
        Msg(IN, at(19, 10), "Do you gift wrap?"),
        Msg(OUT, at(19, 10, 30), "Yes.", agent=1, delivery=SENT),
        Msg(IN, at(22, 14), "One more question: a card too?"),
        Msg(OUT, at(22, 14, 30), "Of course.", agent=2, delivery=SENT),
    )),
)

# Buckets: Thu 22, Fri 23, Sat 24, Sun 25, Mon 26, Tue 27 (now).
EXPECTED: dict[str, Any] = {
    "volume": {Channel.EMAIL: (4, 1, 0, 1, 0, 1), Channel.DEMO_CHAT: (0, 0, 1, 0, 2, 0)},
    "automated": (0, 1, 0, 0, 0, 0),
    "responses": (3, 0, 0, 0, 2, 2),
    "met": (3, 0, 0, 0, 2, 1),
    "sla_met_percent": (100.0, None, None, None, 100.0, 50.0),
    "first_responses": (2, 0, 0, 0, 1, 2),
    "first_response_median": (6300.0, None, None, None, 600.0, 21300.0),
    "first_response_p90": (9000.0, None, None, None, 600.0, 41400.0),
    "waiting": (1, 1, 2, 3, 2, 1),
    "overall_first_median": 3600.0,
    "overall_first_p90": 41400.0,
    # (agent, replies, conversations, responses, met, first-response median)
    "agents": (
        (1, "Ann", 3, 3, 3, 2, 9000.0),
        (2, "Bob", 3, 3, 3, 3, 600.0),
        (None, "", 1, 1, 1, 1, 1200.0),
    ),
}


def histories() -> list[ConversationHistory]:
    """The dataset as the builder reads it (what services.reports loads from SQLite)."""
    result = []
    for number, conv in enumerate(CONVERSATIONS, start=1):
        facts = [MessageFact(m.direction, m.sent_at, m.automated, m.text, m.delivery)
                 for m in conv.messages]
        result.append(ConversationHistory(number, conv.channel, facts,
                                          [m.agent for m in conv.messages], conv.left_queue_at))
    return result
