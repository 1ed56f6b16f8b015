"""Report metrics over a period: volume, first-response times, SLA met, waiting, by agent.

Pure: the caller streams each conversation's whole history (from its first message, so a
reopened conversation's later answers are *next* responses) into :class:`ReportBuilder`.
What is a wait and what answers it is the inbox's own rule (``core.sla.response_events``,
``core.needs_reply.reply_state``): automated mail and trivial thanks start no wait; notes,
automatic acknowledgements and FAILED replies answer nothing.

Conventions (the page, the CLI and the CSV files share them):
- Buckets are local days of the shop's time zone; Monday-first weeks, clipped to the period,
  beyond :data:`DAILY_UP_TO_DAYS` days.
- Volume: incoming customer messages by the day they were sent; automated mail (bounces,
  auto-replies, lists) is not in the channel counts but counted apart.
- A response belongs to the bucket it was sent in; times are business seconds of the SLA
  calendar; the first response counts once per conversation.
- Waiting at the end of a bucket (or now, for the current one): waits begun and not yet
  answered. A conversation that left the queue unanswered (closed, snoozed, waiting on the
  customer) stops waiting when it left it.
"""

from __future__ import annotations

import bisect
import enum
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property

from agent_assist.core.business_hours import BusinessCalendar, local_day_start
from agent_assist.core.models import Channel, Delivery, Direction
from agent_assist.core.needs_reply import MessageFact, reply_state
from agent_assist.core.sla import ResponseEvent, ResponseKind, SlaPolicies, median, response_events

__all__ = [
    "DAILY_UP_TO_DAYS", "MAX_DAYS", "SLA_GOAL_PERCENT", "AgentStats", "Bucket",
    "ConversationHistory", "Granularity", "Report", "ReportBuilder", "ReportError",
    "ReportPeriod", "make_buckets", "percentile",
]

DAILY_UP_TO_DAYS = 92  # a quarter still reads day by day; longer periods go by week
MAX_DAYS = 3 * 366  # beyond three years even weekly bars become a smear
SLA_GOAL_PERCENT = 90.0  # the reference line on the SLA chart


class ReportError(ValueError):
    """A period that cannot be reported on; the message is one sentence for the user."""


class Granularity(enum.StrEnum):
    """How the period is cut into buckets."""

    DAY = "day"
    WEEK = "week"


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    """Local calendar days ``[start, end)`` in the shop's time zone."""

    start: date
    end: date  # exclusive

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ReportError("The report period must end after it starts.")
        if self.days > MAX_DAYS:
            raise ReportError("A report covers at most three years; choose a shorter period.")

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)

    @property
    def granularity(self) -> Granularity:
        return Granularity.DAY if self.days <= DAILY_UP_TO_DAYS else Granularity.WEEK

    @classmethod
    def between(cls, first: date, last: date) -> ReportPeriod:
        """From ``first`` to ``last``, both days included."""
        if last < first:
            raise ReportError("The first day of the report must not be after its last day.")
        return cls(first, last + timedelta(days=1))

    @classmethod
    def last_days(cls, days: int, today: date) -> ReportPeriod:
        """The last ``days`` days, today included."""
        if days < 1:
            raise ReportError("A report needs at least one day.")
        return cls(today - timedelta(days=days - 1), today + timedelta(days=1))

    @classmethod
    def this_month(cls, today: date) -> ReportPeriod:
        return cls(today.replace(day=1), today + timedelta(days=1))

    @classmethod
    def last_month(cls, today: date) -> ReportPeriod:
        first_of_this = today.replace(day=1)
        return cls((first_of_this - timedelta(days=1)).replace(day=1), first_of_this)


@dataclass(frozen=True, slots=True)
class Bucket:
    """One bar of a chart: local days ``[first_day, end_day)`` and their instants."""

    first_day: date
    end_day: date  # exclusive
    start: float
    end: float

    @property
    def last_day(self) -> date:
        return self.end_day - timedelta(days=1)


def _midnight(day: date, calendar: BusinessCalendar) -> float:
    # Local noon always exists; local_day_start then handles a midnight a clock change skips.
    noon = datetime(day.year, day.month, day.day, 12, tzinfo=calendar.zone).timestamp()
    return local_day_start(noon, calendar)


def make_buckets(period: ReportPeriod, calendar: BusinessCalendar) -> tuple[Bucket, ...]:
    """Days, or Monday-first weeks clipped to the period, as instants in the shop's zone."""
    step_days: list[date] = []
    day = period.start
    while day < period.end:
        step_days.append(day)
        if period.granularity is Granularity.DAY:
            day += timedelta(days=1)
        else:
            day += timedelta(days=7 - day.weekday())
    edges = [*step_days, period.end]
    instants = [_midnight(d, calendar) for d in edges]
    return tuple(
        Bucket(edges[i], edges[i + 1], instants[i], instants[i + 1])
        for i in range(len(step_days))
    )


def percentile(values: Sequence[float], pct: float) -> float | None:
    """Nearest-rank percentile (p90 of 10 values is the 9th smallest); None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return float(ordered[rank - 1])


@dataclass(frozen=True, slots=True)
class ConversationHistory:
    """Everything the report needs about one conversation, oldest message first."""

    conversation_id: int
    channel: Channel
    facts: Sequence[MessageFact]
    #: Who wrote each fact (an agent id for our replies; None for customers or unknown).
    authors: Sequence[int | None]
    #: When a conversation that is not open left the queue (ends an unanswered wait).
    left_queue_at: float | None = None


@dataclass(frozen=True, slots=True)
class AgentStats:
    """One agent's answers in the period (agent_id None: replies sent outside the app)."""

    agent_id: int | None
    name: str
    replies: int
    conversations: int
    responses: int
    met: int
    first_response_median: float | None

    @property
    def sla_met_percent(self) -> float | None:
        return _percent(self.met, self.responses)


def _percent(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


@dataclass(frozen=True)
class Report:
    """Every series of the reports page, one value per bucket (None: nothing to measure)."""

    period: ReportPeriod
    timezone: str
    now: float
    buckets: tuple[Bucket, ...]
    volume: Mapping[Channel, tuple[int, ...]]  # only channels with at least one message
    automated: tuple[int, ...]
    first_responses: tuple[int, ...]
    first_response_median: tuple[float | None, ...]
    first_response_p90: tuple[float | None, ...]
    responses: tuple[int, ...]
    met: tuple[int, ...]
    waiting: tuple[int | None, ...]  # None for a bucket that has not begun yet
    agents: tuple[AgentStats, ...]
    #: Over the whole period: first response median and p90, all responses and met.
    overall_first_median: float | None = None
    overall_first_p90: float | None = None

    @property
    def granularity(self) -> Granularity:
        return self.period.granularity

    # Computed once (callers index them bucket by bucket); a frozen dataclass without
    # slots keeps cached_property's value in the instance __dict__, outside eq and repr.
    @cached_property
    def sla_met_percent(self) -> tuple[float | None, ...]:
        return tuple(_percent(m, r) for m, r in zip(self.met, self.responses, strict=True))

    @cached_property
    def incoming(self) -> tuple[int, ...]:
        """Customer messages per bucket, every channel together (automated mail apart)."""
        totals = [0] * len(self.buckets)
        for series in self.volume.values():
            for i, n in enumerate(series):
                totals[i] += n
        return tuple(totals)

    @property
    def total_incoming(self) -> int:
        return sum(self.incoming)

    @property
    def overall_sla_met_percent(self) -> float | None:
        return _percent(sum(self.met), sum(self.responses))

    @property
    def waiting_now(self) -> int | None:
        known = [w for w in self.waiting if w is not None]
        return known[-1] if known else None

    @property
    def is_empty(self) -> bool:
        """Nothing happened in the period: no message, no response, nobody waiting."""
        return (not self.total_incoming and not sum(self.automated)
                and not sum(self.responses) and not any(self.waiting))


@dataclass
class _AgentTally:
    replies: int = 0
    conversations: int = 0
    responses: int = 0
    met: int = 0
    firsts: list[float] = field(default_factory=list)


def _may_still_wait(facts: Sequence[MessageFact]) -> bool:
    """Cheap pre-check: a customer message after our last reply (else no wait is open)."""
    for fact in reversed(facts):
        if fact.direction is Direction.OUT and fact.delivery is not Delivery.FAILED:
            return False
        if fact.direction is Direction.IN and not fact.automated:
            return True
    return False


class ReportBuilder:
    """Accumulates conversations one at a time (bounded memory), then builds the report."""

    def __init__(self, period: ReportPeriod, calendar: BusinessCalendar,
                 policies: SlaPolicies, now: float,
                 agent_names: Mapping[int, str] | None = None) -> None:
        self.period = period
        self.calendar = calendar
        self.policies = policies
        self.now = now
        self.agent_names = dict(agent_names or {})
        self.buckets = make_buckets(period, calendar)
        n = len(self.buckets)
        self._starts = [b.start for b in self.buckets]
        self._end = self.buckets[-1].end
        # The moment each bucket's "waiting" is read: its end, or now for the current one.
        self._points = [min(b.end, now) for b in self.buckets]
        self._volume: dict[Channel, list[int]] = {}
        self._automated = [0] * n
        self._firsts: list[list[float]] = [[] for _ in range(n)]
        self._responses = [0] * n
        self._met = [0] * n
        self._waiting_delta = [0] * (n + 1)
        self._agents: dict[int | None, _AgentTally] = defaultdict(_AgentTally)

    def _bucket(self, at: float) -> int | None:
        if not self._starts[0] <= at < self._end:
            return None
        return bisect.bisect_right(self._starts, at) - 1

    def add(self, history: ConversationHistory) -> None:
        """Count one conversation (its whole history, not only the period's part)."""
        answered_by = self._count_messages(history)
        self._count_responses(history, answered_by)
        if _may_still_wait(history.facts):
            state = reply_state(history.facts)
            if state.needs_reply and state.waiting_since is not None:
                until = math.inf if history.left_queue_at is None else history.left_queue_at
                self._wait(state.waiting_since, until)

    def _count_messages(self, history: ConversationHistory) -> dict[float, int | None]:
        """Incoming volume and replies per agent; returns who replied at each instant."""
        answered_by: dict[float, int | None] = {}
        for fact, author in zip(history.facts, history.authors, strict=True):
            if fact.direction is Direction.OUT and fact.delivery is not Delivery.FAILED:
                # Two replies in the same instant: the first one ended the wait.
                answered_by.setdefault(fact.sent_at, author)
                if self._bucket(fact.sent_at) is not None:
                    self._agents[author].replies += 1
            elif fact.direction is Direction.IN:
                self._count_incoming(history.channel, fact)
        return answered_by

    def _count_responses(self, history: ConversationHistory,
                         answered_by: Mapping[float, int | None]) -> None:
        answering: set[int | None] = set()
        for event in response_events(history.facts):
            self._wait(event.waiting_since, event.answered_at)
            index = self._bucket(event.answered_at)
            if index is None:
                continue
            author = answered_by.get(event.answered_at)
            tally = self._agents[author]
            answering.add(author)
            first = event.kind is ResponseKind.FIRST
            seconds = event.business_seconds(self.calendar) if first else None
            met = self._met_target(event, history.channel, seconds)
            self._responses[index] += 1
            self._met[index] += met
            tally.responses += 1
            tally.met += met
            if seconds is not None:
                self._firsts[index].append(seconds)
                tally.firsts.append(seconds)
        for author in answering:
            self._agents[author].conversations += 1

    def _met_target(self, event: ResponseEvent, channel: Channel,
                    business_seconds: float | None) -> bool:
        """``event.met``, reusing business seconds already counted on the same calendar
        (half the report's time at 100,000 conversations is that arithmetic)."""
        target = self.policies.target(channel)
        if business_seconds is not None and target.business_hours:
            return business_seconds <= target.seconds(event.kind)
        return event.met(channel, self.policies, self.calendar)

    def _count_incoming(self, channel: Channel, fact: MessageFact) -> None:
        index = self._bucket(fact.sent_at)
        if index is None:
            return
        if fact.automated:
            self._automated[index] += 1
            return
        series = self._volume.get(channel)
        if series is None:
            series = self._volume[channel] = [0] * len(self.buckets)
        series[index] += 1

    def _wait(self, since: float, until: float) -> None:
        """A wait ``(since, until]`` covers each reading point strictly after it began and
        not after it ended (an answer sent exactly at midnight belongs to the next day)."""
        first = bisect.bisect_right(self._points, since)
        last = bisect.bisect_right(self._points, until)
        if first < last:
            self._waiting_delta[first] += 1
            self._waiting_delta[last] -= 1

    def result(self) -> Report:
        n = len(self.buckets)
        running = 0
        waiting: list[int | None] = []
        for i in range(n):
            running += self._waiting_delta[i]
            waiting.append(running if self.buckets[i].start <= self.now else None)
        all_firsts = [s for bucket in self._firsts for s in bucket]
        return Report(
            period=self.period, timezone=self.calendar.timezone, now=self.now,
            buckets=self.buckets,
            volume={c: tuple(self._volume[c]) for c in Channel if c in self._volume},
            automated=tuple(self._automated),
            first_responses=tuple(len(f) for f in self._firsts),
            first_response_median=tuple(median(f) for f in self._firsts),
            first_response_p90=tuple(percentile(f, 90) for f in self._firsts),
            responses=tuple(self._responses),
            met=tuple(self._met),
            waiting=tuple(waiting),
            agents=self._agent_rows(),
            overall_first_median=median(all_firsts),
            overall_first_p90=percentile(all_firsts, 90),
        )

    def _agent_rows(self) -> tuple[AgentStats, ...]:
        rows = [
            AgentStats(
                agent_id=agent, name=self.agent_names.get(agent, "") if agent is not None else "",
                replies=t.replies, conversations=t.conversations, responses=t.responses,
                met=t.met, first_response_median=median(t.firsts),
            )
            for agent, t in self._agents.items()
            if t.replies or t.responses
        ]
        # Busiest first; "outside the app" (no agent) last among equals.
        rows.sort(key=lambda r: (-r.replies, -r.responses, r.agent_id is None, r.name))
        return tuple(rows)
