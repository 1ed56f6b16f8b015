"""The SLA badge: business-hours wait text, state colour, tooltip with the deadline."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication

from agent_assist.core.business_hours import default_calendar
from agent_assist.core.models import Channel, Conversation, Status
from agent_assist.core.sla import SlaState
from agent_assist.services.sla import SlaConfig
from agent_assist.ui import app_style
from agent_assist.ui.sla_badge import format_business_duration, sla_badge

PARIS = ZoneInfo("Europe/Paris")
CONFIG = SlaConfig(calendar=default_calendar(date(2025, 1, 1)))


def at(d: int, h: int, mi: int = 0) -> float:
    return datetime(2025, 3, d, h, mi, tzinfo=PARIS).timestamp()


def conv(waiting_since: float | None, status: Status = Status.OPEN,
         channel: Channel = Channel.EMAIL) -> Conversation:
    return Conversation(
        id=1, channel=channel, subject="Order", contact_id=None, contact_name="Ana",
        status=status, needs_reply=waiting_since is not None, waiting_since=waiting_since,
        last_message_at=waiting_since,
    )


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(20, "now"), (45 * 60, "45 min"), (2 * 3600 + 600, "2 h 10 min"), (3 * 3600, "3 h"),
     (26 * 3600 + 300, "26 h")],
)
def test_format_business_duration(qapp: QApplication, seconds: float, text: str) -> None:
    assert format_business_duration(seconds) == text


def test_states_and_colours(qapp: QApplication) -> None:
    # Monday 9:00 → 11:10 is 2 h 10 min of the 4-hour email target: on track.
    on_track = sla_badge(conv(at(3, 9)), CONFIG, at(3, 11, 10))
    assert on_track is not None and on_track.text == "2 h 10 min"
    assert on_track.state is SlaState.ON_TRACK and on_track.color == app_style.MUTED
    assert not on_track.bold
    assert "First response due by" in on_track.tooltip and "business hours" in on_track.tooltip
    # Friday 17:00 → Monday 11:00: 1 h + 2 h = 3 h, at risk; the night and weekend don't count.
    risky = sla_badge(conv(at(7, 17)), CONFIG, at(10, 11))
    assert risky is not None and risky.text == "3 h" and risky.state is SlaState.AT_RISK
    assert risky.color == app_style.WARN and risky.bold
    late = sla_badge(conv(at(3, 9)), CONFIG, at(3, 16), first_response=False)
    assert late is not None and late.state is SlaState.ON_TRACK  # next response: 8 h
    chat = sla_badge(conv(at(3, 9), channel=Channel.TELEGRAM), CONFIG, at(3, 9, 30))
    assert chat is not None and chat.state is SlaState.BREACHED
    assert chat.color == app_style.DANGER and "overdue since" in chat.tooltip


def test_no_badge_without_a_waiting_customer(qapp: QApplication) -> None:
    assert sla_badge(conv(None), CONFIG, at(3, 10)) is None
    assert sla_badge(conv(at(3, 9), Status.SNOOZED), CONFIG, at(3, 10)) is None
