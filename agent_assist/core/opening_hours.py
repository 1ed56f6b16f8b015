"""Is the shop open right now? A small reader of the shop's opening hours for guidance.

The shop settings hold either a structured ``opening_hours`` mapping
(``{"mon": [["09:00", "18:00"]], ...}``) or only the human text shown to customers
("Mon–Fri 09:00–18:00, Sat 10:00–13:00"); both are understood. The SLA engine keeps its
own, richer business-hours model (holidays, per-channel targets); guidance only needs a
yes/no to pick the out-of-hours playbook.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["OpeningHours", "describe", "parse_hours_text"]

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_NAMES = {
    "mon": 0, "monday": 0, "lun": 0, "lundi": 0,
    "tue": 1, "tuesday": 1, "mar": 1, "mardi": 1,
    "wed": 2, "wednesday": 2, "mer": 2, "mercredi": 2,
    "thu": 3, "thursday": 3, "jeu": 3, "jeudi": 3,
    "fri": 4, "friday": 4, "ven": 4, "vendredi": 4,
    "sat": 5, "saturday": 5, "sam": 5, "samedi": 5,
    "sun": 6, "sunday": 6, "dim": 6, "dimanche": 6,
}
_DASH = r"\s*(?:-|–|—|to|à|au)\s*"
_GROUP = re.compile(
    rf"(?P<first>[a-zé]+)\.?(?:{_DASH}(?P<last>[a-zé]+)\.?)?\s+"
    rf"(?P<open>\d{{1,2}})[:h.]?(?P<om>\d{{2}})?{_DASH}(?P<close>\d{{1,2}})[:h.]?(?P<cm>\d{{2}})?",
    re.IGNORECASE,
)

Interval = tuple[time, time]


@dataclass(frozen=True)
class OpeningHours:
    """Opening intervals per weekday (Monday = 0) in one time zone."""

    days: tuple[tuple[Interval, ...], ...]
    zone: Any = UTC

    @property
    def known(self) -> bool:
        return any(self.days)

    def is_open(self, at: float) -> bool:
        """True when ``at`` (epoch seconds) falls inside an opening interval."""
        local = datetime.fromtimestamp(at, self.zone)
        now = local.time()
        return any(start <= now < end for start, end in self.days[local.weekday()])

    @classmethod
    def from_shop(cls, shop: Mapping[str, Any]) -> OpeningHours:
        """Read the shop settings; unknown hours give an empty schedule (never "closed")."""
        zone: Any = UTC
        name = str(shop.get("timezone", "") or "")
        if name:
            try:
                zone = ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                zone = UTC
        structured = shop.get("opening_hours")
        if isinstance(structured, Mapping):
            return cls(_structured(structured), zone)
        return cls(parse_hours_text(str(shop.get("hours", "") or "")), zone)


def _clock(hours: str, minutes: str | None) -> time | None:
    h, m = int(hours), int(minutes or 0)
    if h == 24 and m == 0:
        return time(23, 59, 59)
    if 0 <= h < 24 and 0 <= m < 60:
        return time(h, m)
    return None


def _structured(data: Mapping[str, Any]) -> tuple[tuple[Interval, ...], ...]:
    days: list[list[Interval]] = [[] for _ in DAYS]
    for index, day in enumerate(DAYS):
        for pair in data.get(day, ()) or ():
            try:
                start_text, end_text = str(pair[0]), str(pair[1])
                start = _clock(*start_text.split(":", 1))
                end = _clock(*end_text.split(":", 1))
            except (IndexError, TypeError, ValueError):
                continue
            if start is not None and end is not None and start < end:
                days[index].append((start, end))
    return tuple(tuple(d) for d in days)


def parse_hours_text(text: str) -> tuple[tuple[Interval, ...], ...]:
    """Understand "Mon–Fri 09:00–18:00, Sat 10:00–13:00" (English or French day names)."""
    days: list[list[Interval]] = [[] for _ in DAYS]
    for m in _GROUP.finditer(text):
        first = _DAY_NAMES.get(m["first"].lower())
        last = _DAY_NAMES.get((m["last"] or m["first"]).lower())
        start, end = _clock(m["open"], m["om"]), _clock(m["close"], m["cm"])
        if first is None or last is None or start is None or end is None or start >= end:
            continue
        span = range(first, last + 1) if first <= last else [*range(first, 7), *range(last + 1)]
        for day in span:
            days[day].append((start, end))
    return tuple(tuple(d) for d in days)


_DAY_LABELS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}


def _time_text(t: time, language: str) -> str:
    if language == "fr":
        return f"{t.hour} h" + (f" {t.minute:02d}" if t.minute else "")
    return f"{t.hour:02d}:{t.minute:02d}"


def _intervals_text(intervals: tuple[Interval, ...], language: str) -> str:
    if language == "fr":
        return " et ".join(
            f"de {_time_text(a, language)} à {_time_text(b, language)}" for a, b in intervals)
    if language == "ar":
        return " و".join(
            f"من {_time_text(a, language)} إلى {_time_text(b, language)}" for a, b in intervals)
    return ", ".join(f"{_time_text(a, language)}–{_time_text(b, language)}" for a, b in intervals)


def describe(hours: OpeningHours, language: str) -> str:
    """The schedule in words for customers ("du lundi au vendredi de 9 h à 18 h…")."""
    language = language if language in _DAY_LABELS else "en"
    labels = _DAY_LABELS[language]
    groups: list[tuple[int, int, tuple[Interval, ...]]] = []
    for day, intervals in enumerate(hours.days):
        if not intervals:
            continue
        if groups and groups[-1][1] == day - 1 and groups[-1][2] == intervals:
            groups[-1] = (groups[-1][0], day, intervals)
        else:
            groups.append((day, day, intervals))
    parts: list[str] = []
    for first, last, intervals in groups:
        span = _intervals_text(intervals, language)
        if language == "fr":
            days = (f"le {labels[first]}" if first == last
                    else f"du {labels[first]} au {labels[last]}")
        elif language == "ar":
            days = labels[first] if first == last else f"من {labels[first]} إلى {labels[last]}"
        else:
            days = labels[first] if first == last else f"{labels[first]}–{labels[last]}"
        parts.append(f"{days} {span}")
    separator = {"fr": ", ", "ar": "، و"}.get(language, ", ")
    return separator.join(parts)
