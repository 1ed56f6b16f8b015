"""Report metrics on a fixed week with hand-computed answers, periods and buckets."""

from __future__ import annotations

import itertools
from datetime import date, datetime

import pytest

from agent_assist.core.business_hours import ALWAYS_OPEN, BusinessCalendar
from agent_assist.core.models import Channel, Delivery, Direction
from agent_assist.core.needs_reply import MessageFact
from agent_assist.core.reports import (
    ConversationHistory,
    Granularity,
    Report,
    ReportBuilder,
    ReportError,
    ReportPeriod,
    make_buckets,
    percentile,
)
from agent_assist.core.sla import DEFAULT_POLICIES
from tests.unit.core.test_reports_dataset import (
    AGENTS,
    CALENDAR,
    EXPECTED,
    NOW,
    PERIOD,
    at,
    histories,
)


def build(items: list[ConversationHistory] | None = None, *, now: float = NOW,
          period: ReportPeriod = PERIOD) -> Report:
    builder = ReportBuilder(period, CALENDAR, DEFAULT_POLICIES, now, AGENTS)
    for history in histories() if items is None else items:
        builder.add(history)
    return builder.result()


@pytest.fixture(scope="module")
def report() -> Report:
    return build()


def test_buckets_are_local_days_and_the_dst_sunday_lasts_25_hours(report: Report) -> None:
    days = [b.first_day for b in report.buckets]
    assert days == [date(2026, 10, d) for d in range(22, 28)]
    sunday = report.buckets[3]
    assert sunday.start == at(25, 0) and sunday.end == at(26, 0)
    assert sunday.end - sunday.start == 25 * 3600
    assert report.buckets[0].end - report.buckets[0].start == 24 * 3600
    assert report.granularity is Granularity.DAY


def test_volume_by_channel_with_automated_mail_apart(report: Report) -> None:
    assert dict(report.volume) == EXPECTED["volume"]
    assert list(report.volume) == [Channel.EMAIL, Channel.DEMO_CHAT]  # enum order
    assert report.automated == EXPECTED["automated"]
    assert report.incoming == (4, 1, 1, 1, 2, 1)
    assert report.total_incoming == 10


def test_first_response_median_and_p90_in_business_seconds(report: Report) -> None:
    assert report.first_responses == EXPECTED["first_responses"]
    assert report.first_response_median == EXPECTED["first_response_median"]
    assert report.first_response_p90 == EXPECTED["first_response_p90"]
    assert report.overall_first_median == EXPECTED["overall_first_median"]
    assert report.overall_first_p90 == EXPECTED["overall_first_p90"]


def test_sla_met_counts_first_and_next_responses(report: Report) -> None:
    assert report.responses == EXPECTED["responses"]
    assert report.met == EXPECTED["met"]
    assert report.sla_met_percent == EXPECTED["sla_met_percent"]
    assert report.overall_sla_met_percent == round(100 * 6 / 7, 1)


def test_waiting_at_the_end_of_each_day_and_now(report: Report) -> None:
    assert report.waiting == EXPECTED["waiting"]
    assert report.waiting_now == 1


def test_by_agent(report: Report) -> None:
    rows = tuple((a.agent_id, a.name, a.replies, a.conversations, a.responses, a.met,
                  a.first_response_median) for a in report.agents)
    assert rows == EXPECTED["agents"]
    assert report.agents[0].sla_met_percent == round(100 * 2 / 3, 1)


def test_order_of_conversations_does_not_matter() -> None:
    assert build(list(reversed(histories()))) == build()


def test_a_message_sent_exactly_at_midnight_belongs_to_the_new_day() -> None:
    midnight = at(24, 0)
    conv = ConversationHistory(1, Channel.EMAIL, [
        MessageFact(Direction.IN, at(23, 17), text="Question?"),
        MessageFact(Direction.OUT, midnight, delivery=Delivery.SENT),
        MessageFact(Direction.IN, midnight, text="And another?"),
    ], [None, 1, None])
    report = build([conv])
    assert report.responses == (0, 0, 1, 0, 0, 0)
    assert report.incoming == (0, 1, 1, 0, 0, 0)
    # Answered at Saturday 00:00: still waiting when Friday ended; the new question, asked
    # at that very instant, waits from Saturday on.
    assert report.waiting == (0, 1, 1, 1, 1, 1)


def test_a_wait_through_the_whole_period_with_no_message_in_it() -> None:
    conv = ConversationHistory(1, Channel.EMAIL, [
        MessageFact(Direction.IN, at(1, 10), text="Hello?"),
    ], [None])
    report = build([conv])
    assert report.waiting == (1, 1, 1, 1, 1, 1)
    assert report.total_incoming == 0 and report.responses == (0,) * 6
    assert not report.is_empty


def test_future_buckets_have_no_waiting_figure() -> None:
    report = build(now=at(25, 12))
    assert report.waiting[3] is not None and report.waiting[4:] == (None, None)


def test_an_empty_period_is_empty() -> None:
    report = build([])
    assert report.is_empty
    assert report.first_response_median == (None,) * 6
    assert report.sla_met_percent == (None,) * 6
    assert report.agents == ()


def test_always_open_calendar_counts_wall_time() -> None:
    conv = ConversationHistory(1, Channel.EMAIL, [
        MessageFact(Direction.IN, at(24, 20), text="Hello?"),
        MessageFact(Direction.OUT, at(24, 21), delivery=Delivery.SENT),
    ], [1, 1])
    builder = ReportBuilder(PERIOD, ALWAYS_OPEN, DEFAULT_POLICIES, NOW)
    builder.add(conv)
    assert builder.result().first_response_median[2] == 3600.0


def test_long_periods_go_by_monday_first_weeks_clipped_to_the_period() -> None:
    period = ReportPeriod(date(2026, 1, 1), date(2026, 6, 1))  # Thursday to Monday
    assert period.granularity is Granularity.WEEK
    buckets = make_buckets(period, CALENDAR)
    assert buckets[0].first_day == date(2026, 1, 1) and buckets[0].end_day == date(2026, 1, 5)
    assert all(b.first_day.weekday() == 0 for b in buckets[1:])
    assert buckets[-1].end_day == date(2026, 6, 1)
    assert all(a.end == b.start for a, b in itertools.pairwise(buckets))
    # The week holding the spring-forward Sunday (29 March) is an hour short.
    spring = next(b for b in buckets if b.first_day == date(2026, 3, 23))
    assert spring.end - spring.start == 7 * 86400 - 3600
    assert ReportPeriod(date(2026, 1, 1), date(2026, 4, 3)).granularity is Granularity.DAY


def test_presets() -> None:
    today = date(2026, 3, 10)
    assert ReportPeriod.last_days(7, today) == ReportPeriod(date(2026, 3, 4), date(2026, 3, 11))
    assert ReportPeriod.this_month(today) == ReportPeriod(date(2026, 3, 1), date(2026, 3, 11))
    assert ReportPeriod.last_month(today) == ReportPeriod(date(2026, 2, 1), date(2026, 3, 1))
    assert ReportPeriod.last_month(date(2026, 1, 31)) == ReportPeriod(date(2025, 12, 1),
                                                                      date(2026, 1, 1))
    assert ReportPeriod.between(date(2026, 3, 1), date(2026, 3, 1)).days == 1


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda: ReportPeriod.between(date(2026, 3, 2), date(2026, 3, 1)), "not be after"),
        (lambda: ReportPeriod(date(2026, 3, 2), date(2026, 3, 2)), "end after"),
        (lambda: ReportPeriod.between(date(2020, 1, 1), date(2026, 1, 1)), "three years"),
        (lambda: ReportPeriod.last_days(0, date(2026, 1, 1)), "at least one day"),
    ],
)
def test_bad_periods_are_one_sentence(make: object, words: str) -> None:
    with pytest.raises(ReportError, match=words) as caught:
        make()  # type: ignore[operator]
    assert str(caught.value).endswith(".") and "\n" not in str(caught.value)


def test_percentile_is_nearest_rank() -> None:
    assert percentile([], 90) is None
    assert percentile([5.0], 90) == 5.0
    assert percentile([float(v) for v in range(1, 11)], 90) == 9.0
    assert percentile([float(v) for v in range(1, 12)], 90) == 10.0
    assert percentile([3.0, 1.0, 2.0], 50) == 2.0


def test_midnight_skipped_by_a_clock_change_starts_the_day_when_the_clock_jumps() -> None:
    # Cuba's summer time starts at midnight: on 8 March 2026 the clock jumps 00:00 -> 01:00.
    havana = BusinessCalendar("America/Havana", CALENDAR.week)
    buckets = make_buckets(ReportPeriod(date(2026, 3, 7), date(2026, 3, 10)), havana)
    zone = havana.zone
    start = datetime.fromtimestamp(buckets[1].start, zone)
    assert (start.date(), start.hour) == (date(2026, 3, 8), 1)
    assert buckets[1].end - buckets[1].start == 23 * 3600
