"""SLA policies per channel and the waiting clock: on track, at risk or breached, and when.

A customer's wait counts from their oldest unanswered message (``waiting_since``) in
business hours. The first response is due when no human reply exists yet; every later
answer is a "next response" with its own target.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from agent_assist.core.business_hours import (
    ALWAYS_OPEN,
    BusinessCalendar,
    SettingsError,
    add_business_seconds,
    business_seconds_between,
)
from agent_assist.core.models import Channel, Conversation, Delivery, Direction, Status
from agent_assist.core.needs_reply import MessageFact, is_trivial_closing

__all__ = [
    "DEFAULT_POLICIES",
    "ReminderSettings",
    "ResponseEvent",
    "ResponseKind",
    "SlaClock",
    "SlaPolicies",
    "SlaState",
    "SlaTarget",
    "conversation_clock",
    "median",
    "policies_from_json",
    "policies_to_json",
    "reminders_from_json",
    "reminders_to_json",
    "response_events",
    "sla_clock",
    "sla_state",
]

_MAX_TARGET_MINUTES = 30 * 24 * 60


class SlaState(StrEnum):
    """Where a waiting customer stands against the target."""

    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    BREACHED = "breached"


class ResponseKind(StrEnum):
    """First response (no human reply yet) or next response (a follow-up)."""

    FIRST = "first"
    NEXT = "next"


@dataclass(frozen=True, slots=True)
class SlaTarget:
    """Response targets of one channel, in seconds of business time (or wall time)."""

    first_seconds: int
    next_seconds: int
    business_hours: bool = True

    def seconds(self, kind: ResponseKind) -> int:
        return self.first_seconds if kind is ResponseKind.FIRST else self.next_seconds


@dataclass(frozen=True)
class SlaPolicies:
    """Targets per channel and the share of a target after which a wait is "at risk"."""

    targets: Mapping[Channel, SlaTarget]
    at_risk_ratio: float = 0.75

    def target(self, channel: Channel) -> SlaTarget:
        found = self.targets.get(channel)
        if found is not None:
            return found
        # A channel added later without a policy: hold it to the strictest known target.
        return min(self.targets.values(), key=lambda t: t.first_seconds)


def _chat_target() -> SlaTarget:
    return SlaTarget(first_seconds=15 * 60, next_seconds=30 * 60)


DEFAULT_POLICIES = SlaPolicies(
    targets={
        Channel.EMAIL: SlaTarget(first_seconds=4 * 3600, next_seconds=8 * 3600),
        Channel.TELEGRAM: _chat_target(),
        Channel.MATRIX: _chat_target(),
        Channel.DEMO_CHAT: _chat_target(),
    },
    at_risk_ratio=0.75,
)


@dataclass(frozen=True, slots=True)
class SlaClock:
    """A running wait: business seconds used, the target, the deadline and the state."""

    state: SlaState
    kind: ResponseKind
    waiting_since: float
    elapsed: float
    target: float
    deadline: float
    business_hours: bool = True

    @property
    def remaining(self) -> float:
        return max(0.0, self.target - self.elapsed)

    @property
    def used_ratio(self) -> float:
        return self.elapsed / self.target if self.target > 0 else 1.0


def sla_state(elapsed: float, target: float, at_risk_ratio: float) -> SlaState:
    """Breached once the target is used up; at risk from ``at_risk_ratio`` of it."""
    if elapsed >= target:
        return SlaState.BREACHED
    if elapsed >= target * at_risk_ratio:
        return SlaState.AT_RISK
    return SlaState.ON_TRACK


def sla_clock(
    *,
    waiting_since: float,
    now: float,
    channel: Channel,
    first_response: bool,
    policies: SlaPolicies,
    calendar: BusinessCalendar,
) -> SlaClock:
    """The clock of a customer waiting since ``waiting_since``, read at ``now``."""
    kind = ResponseKind.FIRST if first_response else ResponseKind.NEXT
    target = policies.target(channel)
    cal = calendar if target.business_hours else ALWAYS_OPEN
    seconds = target.seconds(kind)
    elapsed = business_seconds_between(waiting_since, now, cal)
    return SlaClock(
        state=sla_state(elapsed, seconds, policies.at_risk_ratio),
        kind=kind,
        waiting_since=waiting_since,
        elapsed=elapsed,
        target=float(seconds),
        deadline=add_business_seconds(waiting_since, seconds, cal),
        business_hours=target.business_hours,
    )


def conversation_clock(
    conversation: Conversation,
    *,
    first_response: bool,
    policies: SlaPolicies,
    calendar: BusinessCalendar,
    now: float,
) -> SlaClock | None:
    """The clock of an open conversation that needs a reply; None for any other."""
    if (
        conversation.status is not Status.OPEN
        or not conversation.needs_reply
        or conversation.waiting_since is None
    ):
        return None
    return sla_clock(
        waiting_since=conversation.waiting_since, now=now, channel=conversation.channel,
        first_response=first_response, policies=policies, calendar=calendar,
    )


@dataclass(frozen=True, slots=True)
class ResponseEvent:
    """One human answer to a waiting customer: when the wait began and when it ended."""

    waiting_since: float
    answered_at: float
    kind: ResponseKind

    def business_seconds(self, calendar: BusinessCalendar) -> float:
        return business_seconds_between(self.waiting_since, self.answered_at, calendar)

    def met(self, channel: Channel, policies: SlaPolicies, calendar: BusinessCalendar) -> bool:
        target = policies.target(channel)
        cal = calendar if target.business_hours else ALWAYS_OPEN
        return business_seconds_between(self.waiting_since, self.answered_at, cal) <= (
            target.seconds(self.kind)
        )


def response_events(facts: Sequence[MessageFact]) -> list[ResponseEvent]:
    """Every answer that ended a wait, replaying the needs-reply rule (core.needs_reply).

    The waits here are exactly those ``reply_state`` would report at each point in time:
    automated mail and trivial thanks after an answer start none; notes and automatic
    acknowledgements end none; a FAILED reply answers nothing.
    """
    events: list[ResponseEvent] = []
    waiting_since: float | None = None
    answered_once = False
    for fact in facts:
        if fact.direction is Direction.OUT:
            if fact.delivery is Delivery.FAILED:
                continue
            if waiting_since is not None:
                kind = ResponseKind.NEXT if answered_once else ResponseKind.FIRST
                events.append(ResponseEvent(waiting_since, fact.sent_at, kind))
            waiting_since = None
            answered_once = True
        elif fact.direction is Direction.IN and not fact.automated and waiting_since is None:
            if answered_once and is_trivial_closing(fact.text):
                continue
            waiting_since = fact.sent_at
    return events


def median(values: Iterable[float]) -> float | None:
    items = list(values)
    return float(statistics.median(items)) if items else None


# -- settings -------------------------------------------------------------------------------


def _minutes(channel: str, name: str, raw: Any) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int | float) or raw != int(raw):
        raise SettingsError(f"The {name} target for {channel} must be a whole number of minutes.")
    value = int(raw)
    if not 1 <= value <= _MAX_TARGET_MINUTES:
        raise SettingsError(
            f"The {name} target for {channel} must be between 1 minute and 30 days."
        )
    return value


def policies_from_json(data: Mapping[str, Any]) -> SlaPolicies:
    """Validate {"at_risk_percent": 75, "channels": {"email": {"first_minutes": 240, …}}}."""
    if not isinstance(data, Mapping):
        raise SettingsError("SLA policies must be a settings object.")
    percent = data.get("at_risk_percent", 75)
    if isinstance(percent, bool) or not isinstance(percent, int | float) or not 1 <= percent <= 99:
        raise SettingsError("The at-risk threshold must be a percentage between 1 and 99.")
    channels = data.get("channels", {})
    if not isinstance(channels, Mapping):
        raise SettingsError("SLA policies need a 'channels' object.")
    targets: dict[Channel, SlaTarget] = dict(DEFAULT_POLICIES.targets)
    for name, raw in channels.items():
        try:
            channel = Channel(name)
        except ValueError as exc:
            raise SettingsError(f"'{name}' is not a channel.") from exc
        if not isinstance(raw, Mapping):
            raise SettingsError(f"The SLA policy for {name} must be a settings object.")
        first = _minutes(name, "first response", raw.get("first_minutes"))
        following = _minutes(name, "next response", raw.get("next_minutes", first))
        targets[channel] = SlaTarget(first * 60, following * 60,
                                     bool(raw.get("business_hours", True)))
    return SlaPolicies(targets=targets, at_risk_ratio=float(percent) / 100)


def policies_to_json(policies: SlaPolicies) -> dict[str, Any]:
    return {
        "at_risk_percent": round(policies.at_risk_ratio * 100),
        "channels": {
            channel.value: {
                "first_minutes": target.first_seconds // 60,
                "next_minutes": target.next_seconds // 60,
                "business_hours": target.business_hours,
            }
            for channel, target in policies.targets.items()
        },
    }


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    """After how many days a "waiting on customer" conversation comes back (0: never)."""

    waiting_days: int = 3


def reminders_from_json(data: Mapping[str, Any]) -> ReminderSettings:
    if not isinstance(data, Mapping):
        raise SettingsError("Reminder settings must be a settings object.")
    days = data.get("waiting_days", 3)
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 365:
        raise SettingsError("Follow-up reminders need a number of days between 0 and 365.")
    return ReminderSettings(waiting_days=days)


def reminders_to_json(settings: ReminderSettings) -> dict[str, Any]:
    return {"waiting_days": settings.waiting_days}
