"""Business hours: opening periods per weekday, holidays and a time zone, and their arithmetic.

Every function takes epoch seconds (UTC) and a :class:`BusinessCalendar`; nothing reads the
clock. Local wall times are turned into instants with ``zoneinfo``, so days of 23 or 25 hours
(daylight-saving changes) count exactly what a clock on the shop's wall shows.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "ALWAYS_OPEN",
    "WEEKDAYS",
    "BusinessCalendar",
    "Period",
    "SettingsError",
    "add_business_seconds",
    "business_seconds_between",
    "calendar_from_json",
    "calendar_to_json",
    "default_calendar",
    "french_public_holidays",
    "is_open",
    "local_day_start",
    "next_opening",
    "parse_hhmm",
]

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAY_MINUTES = 24 * 60
# A calendar with hours left but none reachable for ten years is a broken calendar.
_MAX_SCAN_DAYS = 3660
_CACHE_LIMIT = 20_000
_HHMM = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


class SettingsError(ValueError):
    """A setting that cannot be used; the message is one sentence for the shop owner."""


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """One opening period of a day, in minutes after local midnight (end may be 24:00)."""

    start: int
    end: int

    def label(self) -> str:
        return f"{format_hhmm(self.start)}–{format_hhmm(self.end)}"


@dataclass(frozen=True, slots=True)
class BusinessCalendar:
    """Opening periods per weekday (Monday first), holiday dates and the shop's time zone."""

    timezone: str
    week: tuple[tuple[Period, ...], ...]
    holidays: frozenset[date] = frozenset()
    # Per-instance memo of each local day's opening instants (days repeat across clocks).
    _days: dict[int, tuple[tuple[tuple[float, float], ...], float]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )

    def __post_init__(self) -> None:
        if len(self.week) != 7:
            raise SettingsError("Business hours need an entry for each of the 7 weekdays.")

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)  # ZoneInfo caches instances by key

    @property
    def always_open(self) -> bool:
        return not self.holidays and all(
            day == (Period(0, DAY_MINUTES),) for day in self.week
        )

    def weekly_seconds(self) -> int:
        """Nominal open seconds in a week (ignoring holidays and clock changes)."""
        return sum((p.end - p.start) * 60 for day in self.week for p in day)


def _timestamp(day: date, minute: int, zone: ZoneInfo) -> float:
    """The instant a wall clock in ``zone`` shows ``minute`` on ``day``.

    A wall time skipped by a spring-forward change (e.g. 02:30 in Paris on the last Sunday
    of March) means the moment the clock jumps; a repeated one (autumn) its first occurrence.
    """
    if minute >= DAY_MINUTES:
        day, minute = day + timedelta(days=1), minute - DAY_MINUTES
    wall = datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=zone)
    early = wall.timestamp()  # fold=0: interpreted with the offset before any change
    roundtrip = datetime.fromtimestamp(early, zone)
    if roundtrip.replace(tzinfo=None) == wall.replace(tzinfo=None):
        return early
    # Skipped time: find the transition between the fold=1 and fold=0 readings.
    low, high = wall.replace(fold=1).timestamp(), early
    target = datetime.fromtimestamp(high, zone).utcoffset()
    while high - low > 1:
        mid = (low + high) // 2
        if datetime.fromtimestamp(mid, zone).utcoffset() == target:
            high = mid
        else:
            low = mid
    return high


def _day(calendar: BusinessCalendar, ordinal: int) -> tuple[tuple[tuple[float, float], ...], float]:
    """Opening instants of one local day and their total length, memoised per calendar."""
    cached = calendar._days.get(ordinal)
    if cached is not None:
        return cached
    day = date.fromordinal(ordinal)
    spans: list[tuple[float, float]] = []
    if day not in calendar.holidays:
        zone = calendar.zone
        for period in calendar.week[day.weekday()]:
            start, end = _timestamp(day, period.start, zone), _timestamp(day, period.end, zone)
            if end > start:
                spans.append((start, end))
    result = (tuple(spans), sum(e - s for s, e in spans))
    if len(calendar._days) >= _CACHE_LIMIT:
        calendar._days.clear()
    calendar._days[ordinal] = result
    return result


def _ordinal(at: float, zone: ZoneInfo) -> int:
    return datetime.fromtimestamp(at, zone).date().toordinal()


def business_seconds_between(start: float, end: float, calendar: BusinessCalendar) -> float:
    """Open seconds in ``[start, end)``; 0 when ``end`` is not after ``start``."""
    if end <= start:
        return 0.0
    if calendar.always_open:
        return end - start
    zone = calendar.zone
    first, last = _ordinal(start, zone), _ordinal(end, zone)
    total = 0.0
    for ordinal in range(first, last + 1):
        spans, day_total = _day(calendar, ordinal)
        if first < ordinal < last:
            total += day_total  # a middle day lies wholly inside the range
            continue
        for s, e in spans:
            overlap = min(e, end) - max(s, start)
            if overlap > 0:
                total += overlap
    return total


def add_business_seconds(start: float, seconds: float, calendar: BusinessCalendar) -> float:
    """The instant when ``seconds`` of open time have passed since ``start``."""
    if seconds <= 0:
        return start
    if calendar.always_open:
        return start + seconds
    remaining = seconds
    ordinal = _ordinal(start, calendar.zone)
    for _ in range(_MAX_SCAN_DAYS):
        for s, e in _day(calendar, ordinal)[0]:
            if e <= start:
                continue
            s = max(s, start)
            if e - s >= remaining:
                return s + remaining
            remaining -= e - s
        ordinal += 1
    raise SettingsError("The business hours never open; add at least one opening period.")


def is_open(at: float, calendar: BusinessCalendar) -> bool:
    """Whether the shop is open at ``at``."""
    if calendar.always_open:
        return True
    spans, _ = _day(calendar, _ordinal(at, calendar.zone))
    return any(s <= at < e for s, e in spans)


def next_opening(at: float, calendar: BusinessCalendar) -> float | None:
    """``at`` itself when open, else the next opening instant (None if it never opens)."""
    if calendar.always_open:
        return at
    ordinal = _ordinal(at, calendar.zone)
    for _ in range(_MAX_SCAN_DAYS):
        for s, e in _day(calendar, ordinal)[0]:
            if e > at:
                return max(s, at)
        ordinal += 1
    return None


def local_day_start(at: float, calendar: BusinessCalendar) -> float:
    """The instant the shop's local day containing ``at`` began (local midnight)."""
    local = datetime.fromtimestamp(at, calendar.zone).date()
    return _timestamp(local, 0, calendar.zone)


# -- settings -------------------------------------------------------------------------------


def parse_hhmm(text: str, *, allow_24: bool = False) -> int:
    """"09:30" -> 570 minutes; "24:00" only where ``allow_24`` (an end of day)."""
    found = _HHMM.match(str(text))
    if found is None:
        raise SettingsError(f"'{text}' is not a time of day; write it like 09:30.")
    hours, minutes = int(found.group(1)), int(found.group(2))
    value = hours * 60 + minutes
    if minutes > 59 or value > DAY_MINUTES or (value == DAY_MINUTES and not allow_24):
        raise SettingsError(f"'{text}' is not a time of day; write it like 09:30.")
    return value


def format_hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _periods(day_name: str, raw: Any) -> tuple[Period, ...]:
    if not isinstance(raw, list):
        raise SettingsError(f"The hours for {day_name} must be a list of [start, end] pairs.")
    periods: list[Period] = []
    for item in raw:
        if not (isinstance(item, list | tuple) and len(item) == 2):
            raise SettingsError(f"Each period on {day_name} needs a start and an end.")
        start, end = parse_hhmm(item[0]), parse_hhmm(item[1], allow_24=True)
        if end <= start:
            raise SettingsError(
                f"On {day_name}, {item[1]} is not after {item[0]}; a period cannot end before "
                "it starts (split a night across two days)."
            )
        periods.append(Period(start, end))
    periods.sort()
    for before, after in itertools.pairwise(periods):
        if after.start < before.end:
            raise SettingsError(f"On {day_name}, {before.label()} overlaps {after.label()}.")
    return tuple(periods)


def _zone_name(raw: Any) -> str:
    name = str(raw or "").strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise SettingsError(f"'{name}' is not a known time zone (e.g. Europe/Paris).") from exc
    return name


def _holiday(raw: Any) -> date:
    try:
        return date.fromisoformat(str(raw))
    except ValueError as exc:
        raise SettingsError(f"'{raw}' is not a date; write holidays like 2025-12-25.") from exc


def calendar_from_json(data: Mapping[str, Any]) -> BusinessCalendar:
    """Validate stored settings: {"timezone", "week": {"mon": [["09:00", "12:30"]]}, "holidays"}."""
    if not isinstance(data, Mapping):
        raise SettingsError("Business hours must be a settings object.")
    week_raw = data.get("week", {})
    if not isinstance(week_raw, Mapping):
        raise SettingsError("Business hours need a 'week' with one entry per weekday.")
    unknown = sorted(set(week_raw) - set(WEEKDAYS))
    if unknown:
        raise SettingsError(f"'{unknown[0]}' is not a weekday; use mon, tue, … sun.")
    week = tuple(
        _periods(label, week_raw.get(name, []))
        for name, label in zip(WEEKDAYS, _DAY_NAMES, strict=True)
    )
    holidays_raw = data.get("holidays", [])
    if not isinstance(holidays_raw, list):
        raise SettingsError("Holidays must be a list of dates.")
    calendar = BusinessCalendar(
        timezone=_zone_name(data.get("timezone", "")),
        week=week,
        holidays=frozenset(_holiday(h) for h in holidays_raw),
    )
    if calendar.weekly_seconds() == 0:
        raise SettingsError(
            "The shop is never open: add at least one opening period to the week."
        )
    return calendar


def calendar_to_json(calendar: BusinessCalendar) -> dict[str, Any]:
    return {
        "timezone": calendar.timezone,
        "week": {
            name: [[format_hhmm(p.start), format_hhmm(p.end)] for p in periods]
            for name, periods in zip(WEEKDAYS, calendar.week, strict=True)
        },
        "holidays": sorted(d.isoformat() for d in calendar.holidays),
    }


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 19 * m + 433) // 1234
    month = (h + m - 7 * n + 90) // 25
    day = (h + m - 7 * n + 33 * month + 19) % 32
    return date(year, month, day)


def french_public_holidays(years: Iterable[int]) -> frozenset[date]:
    """The eleven French public holidays (metropolitan France) of each year."""
    found: set[date] = set()
    for year in years:
        easter = _easter(year)
        found.update(
            [
                date(year, 1, 1), easter + timedelta(days=1), date(year, 5, 1),
                date(year, 5, 8), easter + timedelta(days=39), easter + timedelta(days=50),
                date(year, 7, 14), date(year, 8, 15), date(year, 11, 1), date(year, 11, 11),
                date(year, 12, 25),
            ]
        )
    return frozenset(found)


def default_calendar(today: date) -> BusinessCalendar:
    """A small shop in Paris: weekdays 9:00–12:30 and 14:00–18:00, French public holidays."""
    weekday = (Period(9 * 60, 12 * 60 + 30), Period(14 * 60, 18 * 60))
    return BusinessCalendar(
        timezone="Europe/Paris",
        week=(weekday,) * 5 + ((), ()),
        holidays=french_public_holidays([today.year, today.year + 1]),
    )


ALWAYS_OPEN = BusinessCalendar(timezone="UTC", week=((Period(0, DAY_MINUTES),),) * 7)
