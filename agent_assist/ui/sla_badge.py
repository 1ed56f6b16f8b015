"""The waiting clock as a small badge: business-hours wait, colour by SLA state, a tooltip.

For the inbox delegate and the conversation header. Pure function of its arguments (the
caller loads the SLA config once and passes ``now``), so painting never touches the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone
from PySide6.QtGui import QColor

from agent_assist.core.models import Conversation
from agent_assist.core.sla import ResponseKind, SlaClock, SlaState, conversation_clock
from agent_assist.services.sla import SlaConfig
from agent_assist.ui import app_style

_CONTEXT = "SlaBadge"

STATE_COLORS: dict[SlaState, QColor] = {
    SlaState.ON_TRACK: app_style.MUTED,
    SlaState.AT_RISK: app_style.WARN,
    SlaState.BREACHED: app_style.DANGER,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True, slots=True)
class SlaBadge:
    """What to paint: the wait ("2 h 10 min"), its state and colour, and a tooltip."""

    text: str
    state: SlaState
    color: QColor
    tooltip: str
    clock: SlaClock

    @property
    def bold(self) -> bool:
        return self.state is not SlaState.ON_TRACK


def format_business_duration(seconds: float) -> str:
    """ "now", "45 min", "2 h 10 min", "12 h" (business time has no "days": hours say more)."""
    total = max(0, int(seconds)) // 60
    if total < 1:
        return _tr("now")
    hours, minutes = divmod(total, 60)
    if hours == 0:
        return _tr("{m} min").format(m=minutes)
    if hours >= 10 or minutes == 0:
        return _tr("{h} h").format(h=hours)
    return _tr("{h} h {m} min").format(h=hours, m=minutes)


def format_deadline(at: float, timezone: str) -> str:
    """The deadline in the shop's time zone, in the UI locale's short format."""
    zone = QTimeZone(timezone.encode())
    when = QDateTime.fromSecsSinceEpoch(int(at), zone if zone.isValid() else QTimeZone.utc())
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def badge_for_clock(clock: SlaClock, timezone: str) -> SlaBadge:
    waited = format_business_duration(clock.elapsed)
    target = format_business_duration(clock.target)
    deadline = format_deadline(clock.deadline, timezone)
    kind = _tr("First response") if clock.kind is ResponseKind.FIRST else _tr("Next response")
    hours = _tr("business hours") if clock.business_hours else _tr("around the clock")
    if clock.state is SlaState.BREACHED:
        summary = _tr("{kind} overdue since {deadline} (target {target}, {hours}).")
    elif clock.state is SlaState.AT_RISK:
        summary = _tr("{kind} due soon: by {deadline} (target {target}, {hours}).")
    else:
        summary = _tr("{kind} due by {deadline} (target {target}, {hours}).")
    tooltip = _tr("Waiting {waited} in {hours}.").format(waited=waited, hours=hours) + "\n" + (
        summary.format(kind=kind, deadline=deadline, target=target, hours=hours))
    return SlaBadge(waited, clock.state, STATE_COLORS[clock.state], tooltip, clock)


def sla_badge(
    conversation: Conversation, config: SlaConfig, now: float, *, first_response: bool = True
) -> SlaBadge | None:
    """The badge of an open conversation that needs a reply; None for any other.

    ``first_response``: no human reply exists yet (see ``services.sla.human_replied``).
    """
    clock = conversation_clock(conversation, first_response=first_response,
                               policies=config.policies, calendar=config.calendar, now=now)
    return None if clock is None else badge_for_clock(clock, config.calendar.timezone)
