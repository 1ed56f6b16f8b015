"""SLA settings in the profile, waiting clocks of the Needs-reply queue, and today's figures.

Settings live under SettingsRepo keys (``business_hours``, ``sla_policies``, ``auto_ack``,
``reminders``). Loading validates them; a stored value that no longer validates is left
untouched, the default is used, and the problem is reported (a warning, never a crash).
Saving validates first and refuses bad input with a one-sentence :class:`SettingsError`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from agent_assist.core.auto_ack import AutoAckSettings, auto_ack_from_json, auto_ack_to_json
from agent_assist.core.business_hours import (
    BusinessCalendar,
    SettingsError,
    calendar_from_json,
    calendar_to_json,
    default_calendar,
    local_day_start,
)
from agent_assist.core.models import Conversation
from agent_assist.core.sla import (
    DEFAULT_POLICIES,
    ReminderSettings,
    ResponseKind,
    SlaClock,
    SlaPolicies,
    SlaState,
    conversation_clock,
    median,
    policies_from_json,
    policies_to_json,
    reminders_from_json,
    reminders_to_json,
    response_events,
)
from agent_assist.storage.repositories import InboxQuery, Repos

__all__ = [
    "KEY_AUTO_ACK",
    "KEY_BUSINESS_HOURS",
    "KEY_POLICIES",
    "KEY_REMINDERS",
    "SettingsError",
    "SlaConfig",
    "TodayStats",
    "WaitingClock",
    "count_states",
    "human_replied",
    "load_config",
    "save_config",
    "today_stats",
    "waiting_clocks",
]

KEY_BUSINESS_HOURS = "business_hours"
KEY_POLICIES = "sla_policies"
KEY_AUTO_ACK = "auto_ack"
KEY_REMINDERS = "reminders"

T = TypeVar("T")


@dataclass(frozen=True)
class SlaConfig:
    """Everything the "never unanswered" features read from settings, validated."""

    calendar: BusinessCalendar
    policies: SlaPolicies = DEFAULT_POLICIES
    auto_ack: AutoAckSettings = field(default_factory=AutoAckSettings)
    reminders: ReminderSettings = field(default_factory=ReminderSettings)
    #: One sentence per stored setting that failed validation (its default is in use).
    problems: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            KEY_BUSINESS_HOURS: calendar_to_json(self.calendar),
            KEY_POLICIES: policies_to_json(self.policies),
            KEY_AUTO_ACK: auto_ack_to_json(self.auto_ack),
            KEY_REMINDERS: reminders_to_json(self.reminders),
        }


_LABELS = {
    KEY_BUSINESS_HOURS: "business hours",
    KEY_POLICIES: "SLA targets",
    KEY_AUTO_ACK: "auto-acknowledgement",
    KEY_REMINDERS: "follow-up reminders",
}


def load_config(repos: Repos, today: date) -> SlaConfig:
    """Read and validate the settings; defaults for missing (or invalid) keys."""
    problems: list[str] = []

    def read(key: str, parse: Callable[[Mapping[str, Any]], T], default: T) -> T:
        raw = repos.settings.get(key)
        if raw is None:
            return default
        try:
            return parse(raw)
        except SettingsError as exc:
            problems.append(f"The saved {_LABELS[key]} are not valid ({exc}); defaults apply.")
            return default

    calendar = read(KEY_BUSINESS_HOURS, calendar_from_json, default_calendar(today))
    return SlaConfig(
        calendar=calendar,
        policies=read(KEY_POLICIES, policies_from_json, DEFAULT_POLICIES),
        auto_ack=read(KEY_AUTO_ACK, auto_ack_from_json, AutoAckSettings()),
        reminders=read(KEY_REMINDERS, reminders_from_json, ReminderSettings()),
        problems=tuple(problems),
    )


def save_config(repos: Repos, values: Mapping[str, Any], today: date) -> SlaConfig:
    """Validate every given section, then store them together (all or nothing)."""
    parsers: dict[str, Callable[[Mapping[str, Any]], object]] = {
        KEY_BUSINESS_HOURS: calendar_from_json,
        KEY_POLICIES: policies_from_json,
        KEY_AUTO_ACK: auto_ack_from_json,
        KEY_REMINDERS: reminders_from_json,
    }
    unknown = sorted(set(values) - set(parsers))
    if unknown:
        raise SettingsError(f"'{unknown[0]}' is not an SLA setting.")
    parsed = {key: parsers[key](value) for key, value in values.items()}
    # Store the normalised form, so what is saved is exactly what was validated.
    normal: dict[str, Any] = {}
    for key, value in parsed.items():
        if isinstance(value, BusinessCalendar):
            normal[key] = calendar_to_json(value)
        elif isinstance(value, SlaPolicies):
            normal[key] = policies_to_json(value)
        elif isinstance(value, AutoAckSettings):
            normal[key] = auto_ack_to_json(value)
        elif isinstance(value, ReminderSettings):
            normal[key] = reminders_to_json(value)
    with repos.db.atomic():
        for key, value in normal.items():
            repos.settings.set(key, value)
    return load_config(repos, today)


def human_replied(repos: Repos, conversation_ids: Iterable[int]) -> set[int]:
    """Conversations holding a human reply that was not lost (first vs next response)."""
    ids = list(conversation_ids)
    found: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            int(r[0])
            for r in repos.db.execute(
                "SELECT DISTINCT conversation_id FROM messages WHERE direction = 'out' AND "
                f"COALESCE(delivery, '') != 'failed' AND conversation_id IN ({marks})",
                chunk,
            )
        )
    return found


@dataclass(frozen=True, slots=True)
class WaitingClock:
    """A conversation in the Needs-reply queue with its SLA clock."""

    conversation: Conversation
    clock: SlaClock


def waiting_clocks(repos: Repos, config: SlaConfig, now: float) -> list[WaitingClock]:
    """Clocks of every open conversation needing a reply, longest wait first."""
    ids = repos.conversations.ids(InboxQuery("needs_reply"))
    conversations = repos.conversations.get_many(ids)
    replied = human_replied(repos, ids)
    result: list[WaitingClock] = []
    for cid in ids:
        conv = conversations.get(cid)
        if conv is None:
            continue
        clock = conversation_clock(
            conv, first_response=cid not in replied, policies=config.policies,
            calendar=config.calendar, now=now,
        )
        if clock is not None:
            result.append(WaitingClock(conv, clock))
    return result


def count_states(clocks: Iterable[WaitingClock]) -> dict[str, int]:
    counts = {s.value: 0 for s in SlaState}
    for item in clocks:
        counts[item.clock.state.value] += 1
    return counts


@dataclass(frozen=True, slots=True)
class TodayStats:
    """How today went so far, in the shop's time zone."""

    day_start: float
    answered: int  # conversations where a waiting customer got a human answer today
    responses: int  # answers given today (first and next)
    met: int  # of which within their target
    first_response_median: float | None  # business seconds
    auto_acks: int

    @property
    def sla_met_percent(self) -> float | None:
        return round(100.0 * self.met / self.responses, 1) if self.responses else None


def today_stats(repos: Repos, config: SlaConfig, now: float) -> TodayStats:
    """Replays today's answered conversations through the needs-reply rule."""
    start = local_day_start(now, config.calendar)
    db = repos.db
    ids = [
        int(r[0])
        for r in db.execute(
            "SELECT DISTINCT conversation_id FROM messages WHERE direction = 'out' AND "
            "sent_at >= ? AND sent_at <= ? AND COALESCE(delivery, '') != 'failed'",
            [start, now],
        )
    ]
    conversations = repos.conversations.get_many(ids)
    answered = responses = met = 0
    firsts: list[float] = []
    for cid in ids:
        conv = conversations.get(cid)
        if conv is None:
            continue
        events = [
            e for e in response_events(repos.messages.facts(cid)) if start <= e.answered_at <= now
        ]
        if events:
            answered += 1
        for event in events:
            responses += 1
            met += event.met(conv.channel, config.policies, config.calendar)
            if event.kind is ResponseKind.FIRST:
                firsts.append(event.business_seconds(config.calendar))
    auto_acks = int(
        db.execute(
            "SELECT count(*) FROM messages WHERE direction = 'auto' AND sent_at >= ? AND "
            "sent_at <= ?",
            [start, now],
        ).fetchone()[0]
    )
    return TodayStats(start, answered, responses, met, median(firsts), auto_acks)
