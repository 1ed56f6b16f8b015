"""Business-hours arithmetic: nights, weekends, holidays and both DST changes in Paris."""

from __future__ import annotations

import random
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from agent_assist.core.business_hours import (
    ALWAYS_OPEN,
    BusinessCalendar,
    Period,
    SettingsError,
    add_business_seconds,
    business_seconds_between,
    calendar_from_json,
    calendar_to_json,
    default_calendar,
    french_public_holidays,
    is_open,
    local_day_start,
    next_opening,
)

PARIS = ZoneInfo("Europe/Paris")
H = 3600.0
WEEKDAY = (Period(9 * 60, 12 * 60 + 30), Period(14 * 60, 18 * 60))
SHOP = BusinessCalendar("Europe/Paris", (WEEKDAY,) * 5 + ((), ()))


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> float:
    return datetime(y, mo, d, h, mi, tzinfo=PARIS).timestamp()


def sunday_only(period: Period) -> BusinessCalendar:
    return BusinessCalendar("Europe/Paris", ((),) * 6 + ((period,),))


@pytest.mark.parametrize(
    ("start", "end", "hours"),
    [
        (at(2025, 3, 3, 10), at(2025, 3, 3, 11, 30), 1.5),  # within the morning
        (at(2025, 3, 3, 12), at(2025, 3, 3, 14, 30), 1.0),  # across lunch
        (at(2025, 3, 3, 17), at(2025, 3, 4, 10), 2.0),  # across a night
        (at(2025, 3, 7, 17), at(2025, 3, 10, 10), 2.0),  # across a weekend
        (at(2025, 3, 8, 11), at(2025, 3, 10, 9, 30), 0.5),  # written on Saturday
        (at(2025, 3, 3, 9), at(2025, 3, 10, 9), 37.5),  # one full week
        (at(2025, 3, 3, 19), at(2025, 3, 3, 23), 0.0),  # evening only
    ],
)
def test_business_seconds_between(start: float, end: float, hours: float) -> None:
    assert business_seconds_between(start, end, SHOP) == pytest.approx(hours * H)


def test_reversed_or_empty_range_is_zero() -> None:
    assert business_seconds_between(at(2025, 3, 3, 11), at(2025, 3, 3, 10), SHOP) == 0
    assert business_seconds_between(at(2025, 3, 3, 11), at(2025, 3, 3, 11), SHOP) == 0


def test_holidays_are_closed() -> None:
    cal = BusinessCalendar("Europe/Paris", SHOP.week, frozenset({date(2025, 3, 4)}))
    assert business_seconds_between(at(2025, 3, 3, 17), at(2025, 3, 5, 10), cal) == 2 * H
    assert not is_open(at(2025, 3, 4, 10), cal)
    assert next_opening(at(2025, 3, 4, 10), cal) == at(2025, 3, 5, 9)


@pytest.mark.parametrize(
    ("friday", "monday", "real_hours"),
    [((2025, 3, 28), (2025, 3, 31), 64), ((2025, 10, 24), (2025, 10, 27), 66)],
    ids=["spring-forward", "fall-back"],
)
def test_weekend_across_dst_change_counts_wall_clock_hours(
    friday: tuple[int, int, int], monday: tuple[int, int, int], real_hours: int
) -> None:
    start, end = at(*friday, 17), at(*monday, 10)
    # 65 h on the wall clock, 64 h or 66 h in reality: a fixed UTC offset would be an hour off.
    assert end - start == real_hours * H
    assert business_seconds_between(start, end, SHOP) == 2 * H
    assert add_business_seconds(at(*friday, 16), 4 * H, SHOP) == at(*monday, 11)


@pytest.mark.parametrize(
    ("day", "expected_hours"), [((2025, 3, 30), 2), ((2025, 10, 26), 4)],
    ids=["spring-forward", "fall-back"],
)
def test_period_spanning_the_change_has_23_or_25_hour_days(
    day: tuple[int, int, int], expected_hours: int
) -> None:
    night = sunday_only(Period(60, 4 * 60))  # Sunday 01:00–04:00 wall clock
    assert business_seconds_between(at(*day), at(*day, 12), night) == expected_hours * H
    full = sunday_only(Period(0, 24 * 60))
    next_day = at(day[0], day[1], day[2] + 1)
    assert business_seconds_between(at(*day), next_day, full) == next_day - at(*day)
    assert next_day - at(*day) == (23 if day[1] == 3 else 25) * H


def test_skipped_wall_time_opens_when_the_clock_jumps() -> None:
    # 02:30 never shows on 30 March 2025 in Paris: the period starts at the jump (03:00 CEST).
    cal = sunday_only(Period(2 * 60 + 30, 4 * 60))
    assert business_seconds_between(at(2025, 3, 30), at(2025, 3, 30, 12), cal) == 1 * H
    assert next_opening(at(2025, 3, 30), cal) == at(2025, 3, 30, 3)


def test_repeated_wall_time_uses_its_first_occurrence() -> None:
    cal = sunday_only(Period(2 * 60 + 30, 4 * 60))  # 02:30 happens twice on 26 October
    first = datetime(2025, 10, 26, 2, 30, tzinfo=PARIS, fold=0).timestamp()
    assert next_opening(at(2025, 10, 26), cal) == first
    assert business_seconds_between(at(2025, 10, 26), at(2025, 10, 26, 12), cal) == 2.5 * H


def test_always_open_equals_real_time_across_dst() -> None:
    start, end = at(2025, 3, 29, 12), at(2025, 3, 30, 12)
    assert business_seconds_between(start, end, ALWAYS_OPEN) == 23 * H
    # The same with the day-by-day path (a holiday far away disables the shortcut).
    week = ((Period(0, 24 * 60),),) * 7
    cal = BusinessCalendar("Europe/Paris", week, frozenset({date(2030, 1, 1)}))
    assert not cal.always_open
    assert business_seconds_between(start, end, cal) == 23 * H
    autumn = business_seconds_between(at(2025, 10, 25, 12), at(2025, 10, 26, 12), cal)
    assert autumn == 25 * H


def test_add_is_the_inverse_of_between_on_random_spans() -> None:
    rng = random.Random(20250330)
    cal = default_calendar(date(2025, 1, 1))
    base = at(2025, 1, 1)
    for _ in range(300):
        start = base + rng.uniform(0, 365 * 86400)
        seconds = rng.choice([60.0, 900.0, 4 * H, 8 * H, 40 * H, rng.uniform(1, 200 * H)])
        deadline = add_business_seconds(start, seconds, cal)
        assert business_seconds_between(start, deadline, cal) == pytest.approx(seconds, abs=1e-3)
        assert deadline >= start


def test_add_from_out_of_hours_starts_at_opening() -> None:
    assert add_business_seconds(at(2025, 3, 8, 11), 1800, SHOP) == at(2025, 3, 10, 9, 30)
    assert add_business_seconds(at(2025, 3, 3, 12, 15), 1800, SHOP) == at(2025, 3, 3, 14, 15)
    assert add_business_seconds(at(2025, 3, 3, 12, 15), 0, SHOP) == at(2025, 3, 3, 12, 15)


def test_is_open_and_next_opening() -> None:
    assert is_open(at(2025, 3, 3, 9), SHOP)
    assert not is_open(at(2025, 3, 3, 12, 30), SHOP)  # periods are half-open
    assert next_opening(at(2025, 3, 3, 13), SHOP) == at(2025, 3, 3, 14)
    assert next_opening(at(2025, 3, 3, 10), SHOP) == at(2025, 3, 3, 10)
    assert next_opening(at(2025, 3, 7, 18), SHOP) == at(2025, 3, 10, 9)


def test_local_day_start_on_a_23_hour_day() -> None:
    assert local_day_start(at(2025, 3, 30, 20), SHOP) == at(2025, 3, 30)
    assert local_day_start(at(2025, 10, 26, 0, 1), SHOP) == at(2025, 10, 26)


def test_french_public_holidays_follow_easter() -> None:
    days = french_public_holidays([2024, 2025])
    assert {date(2025, 4, 21), date(2025, 5, 29), date(2025, 6, 9)} <= days  # Easter 20 April
    assert {date(2024, 4, 1), date(2024, 5, 9), date(2024, 5, 20)} <= days  # Easter 31 March
    assert len(days) == 22
    cal = default_calendar(date(2025, 6, 1))
    assert business_seconds_between(at(2025, 12, 25), at(2025, 12, 26), cal) == 0
    assert business_seconds_between(at(2026, 7, 14), at(2026, 7, 15), cal) == 0


def test_settings_round_trip() -> None:
    cal = default_calendar(date(2025, 1, 1))
    data = calendar_to_json(cal)
    assert data["week"]["mon"] == [["09:00", "12:30"], ["14:00", "18:00"]]
    assert data["week"]["sun"] == []
    again = calendar_from_json(data)
    assert again == cal
    late = calendar_from_json({"timezone": "Europe/Paris", "week": {"sat": [["18:00", "24:00"]]}})
    assert late.week[5] == (Period(18 * 60, 24 * 60),)


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        ({"timezone": "Mars/Olympus", "week": {"mon": [["09:00", "17:00"]]}}, "time zone"),
        ({"timezone": "Europe/Paris", "week": {"mon": [["25:00", "26:00"]]}}, "time of day"),
        ({"timezone": "Europe/Paris", "week": {"mon": [["9h", "17:00"]]}}, "time of day"),
        ({"timezone": "Europe/Paris", "week": {"mon": [["17:00", "09:00"]]}}, "not after"),
        ({"timezone": "Europe/Paris", "week": {"mon": [["09:00", "13:00"], ["12:00", "18:00"]]}},
         "overlaps"),
        ({"timezone": "Europe/Paris", "week": {"lundi": [["09:00", "17:00"]]}}, "weekday"),
        ({"timezone": "Europe/Paris", "week": {}}, "never open"),
        ({"timezone": "Europe/Paris", "week": {"mon": [["09:00", "17:00"]]},
          "holidays": ["25/12/2025"]}, "not a date"),
        ({"timezone": "Europe/Paris", "week": {"mon": [["24:00", "24:00"]]}}, "time of day"),
        ("09:00-17:00", "settings object"),
    ],
)
def test_invalid_settings_are_refused_with_one_sentence(data: object, needle: str) -> None:
    with pytest.raises(SettingsError) as info:
        calendar_from_json(data)  # type: ignore[arg-type]
    message = str(info.value)
    assert needle in message and message.endswith(".") and "\n" not in message
