"""When the automatic daily backup is due, and which old ones rotation removes (pure rules).

Times are the computer's local time: ``tz`` None means local (naive datetimes, whose
``timestamp()`` applies the local daylight-saving rules); tests pass a ``ZoneInfo``.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

#: After a failed automatic backup, wait this long before trying again (not every minute).
RETRY_SECONDS = 30 * 60
AUTO_PREFIX = "agent-assist-auto-"
# Only files named exactly like this are ever rotated away: never anything else.
_AUTO_NAME = re.compile(r"^agent-assist-auto-(\d{4})-(\d{2})-(\d{2})\.zip$")
KEEP_DAILY_RANGE = (1, 90)
KEEP_WEEKLY_RANGE = (0, 52)
AFTER_MINUTES_RANGE = (1, 24 * 60)


class Mode(enum.StrEnum):
    """When in the day the automatic backup runs."""

    AFTER_START = "after_start"  # once a day, after the app has run ``after_minutes``
    AT_TIME = "at_time"  # once a day at ``at_time`` (or as soon as the app runs after it)


@dataclass(frozen=True, slots=True)
class ScheduleConfig:
    """The owner's choices; on by default: a shop owner expects backups without asking."""

    enabled: bool = True
    folder: str = ""  # "" means the default folder (see services.backup_schedule)
    keep_daily: int = 7
    keep_weekly: int = 4
    mode: Mode = Mode.AFTER_START
    after_minutes: int = 10
    at_time: str = "13:00"

    def as_dict(self) -> dict[str, Any]:
        return {"enabled": self.enabled, "folder": self.folder, "keep_daily": self.keep_daily,
                "keep_weekly": self.keep_weekly, "mode": self.mode.value,
                "after_minutes": self.after_minutes, "at_time": self.at_time}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> ScheduleConfig:
        """Read stored settings; anything missing or out of range falls back to the default."""
        data = data if isinstance(data, Mapping) else {}
        default = cls()
        try:
            mode = Mode(data.get("mode", default.mode))
        except ValueError:
            mode = default.mode
        at = str(data.get("at_time", default.at_time))
        return replace(
            default,
            enabled=bool(data.get("enabled", default.enabled)),
            folder=str(data.get("folder", "") or ""),
            keep_daily=_bounded(data.get("keep_daily"), default.keep_daily, KEEP_DAILY_RANGE),
            keep_weekly=_bounded(data.get("keep_weekly"), default.keep_weekly, KEEP_WEEKLY_RANGE),
            mode=mode,
            after_minutes=_bounded(data.get("after_minutes"), default.after_minutes,
                                   AFTER_MINUTES_RANGE),
            at_time=at if parse_clock(at) is not None else default.at_time,
        )


@dataclass(frozen=True, slots=True)
class AutoState:
    """What the automatic backups did last (stored in the settings)."""

    last_success_at: float | None = None
    last_attempt_at: float | None = None
    last_error: str = ""

    @property
    def failing(self) -> bool:
        """The latest attempt failed (no success since)."""
        return bool(self.last_error) and self.last_attempt_at is not None and (
            self.last_success_at is None or self.last_attempt_at > self.last_success_at)


class Reason(enum.StrEnum):
    """Why a backup is or is not due now."""

    DUE = "due"
    DISABLED = "disabled"
    DONE = "done"  # this slot's backup exists
    NOT_YET = "not_yet"  # the app has not run long enough today
    RETRY_LATER = "retry_later"  # the last attempt failed a moment ago


@dataclass(frozen=True, slots=True)
class Decision:
    """The scheduler's answer for one moment."""

    reason: Reason

    @property
    def due(self) -> bool:
        return self.reason is Reason.DUE


def parse_clock(text: str) -> time | None:
    """'HH:MM' (24-hour) or None."""
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", text or "")
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    return time(hour, minute) if hour < 24 and minute < 60 else None


def local_day(moment: float, tz: tzinfo | None = None) -> date:
    return datetime.fromtimestamp(moment, tz).date()


def _instant(day: date, at: time, tz: tzinfo | None) -> float:
    # A wall time skipped by daylight saving (02:30 on the spring day) maps to the instant
    # an hour later; a repeated one (autumn) to its first occurrence: one slot either way.
    return datetime.combine(day, at, tzinfo=tz).timestamp()


def current_slot(config: ScheduleConfig, now: float, started_at: float,
                 tz: tzinfo | None = None) -> float | None:
    """The instant from which a backup is owed, or None when none is owed yet."""
    today = local_day(now, tz)
    if config.mode is Mode.AT_TIME:
        at = parse_clock(config.at_time) or time(13, 0)
        slot = _instant(today, at, tz)
        # Before today's time, yesterday's slot is still owed: a shop that always closes
        # before the chosen time gets its backup when it opens the next morning.
        return slot if now >= slot else _instant(today - timedelta(days=1), at, tz)
    if now - started_at < config.after_minutes * 60:
        return None
    return _instant(today, time(0, 0), tz)


def decide(config: ScheduleConfig, state: AutoState, now: float, started_at: float,
           tz: tzinfo | None = None) -> Decision:
    """Whether the automatic backup should run now."""
    if not config.enabled:
        return Decision(Reason.DISABLED)
    slot = current_slot(config, now, started_at, tz)
    if slot is None:
        return Decision(Reason.NOT_YET)
    if state.last_success_at is not None and state.last_success_at >= slot:
        return Decision(Reason.DONE)
    if state.failing and state.last_attempt_at is not None and \
            now - state.last_attempt_at < RETRY_SECONDS:
        return Decision(Reason.RETRY_LATER)
    return Decision(Reason.DUE)


# -- rotation ---------------------------------------------------------------------------------


def auto_name(day: date) -> str:
    """The file name of the automatic backup made on ``day``."""
    return f"{AUTO_PREFIX}{day.isoformat()}.zip"


def auto_day(name: str) -> date | None:
    """The day of an automatic backup file name, or None for any other file."""
    match = _AUTO_NAME.match(name)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def to_delete(names: Iterable[str], keep_daily: int, keep_weekly: int = 0) -> list[str]:
    """Automatic backups rotation removes: all but the newest ``keep_daily`` days, and, for
    the ``keep_weekly`` older weeks, the newest file of each week.

    Files not named like an automatic backup are never listed; the newest one always stays.
    """
    dated = sorted(((day, name) for name in names if (day := auto_day(name)) is not None),
                   reverse=True)
    daily = max(1, keep_daily)
    keep = {name for _day, name in dated[:daily]}
    covered = {day.isocalendar()[:2] for day, _name in dated[:daily]}
    weekly: set[tuple[int, int]] = set()
    for day, name in dated[daily:]:
        week = day.isocalendar()[:2]
        if week in covered or week in weekly or len(weekly) >= keep_weekly:
            continue
        weekly.add(week)
        keep.add(name)
    return [name for _day, name in dated if name not in keep]


def _bounded(value: object, default: int, bounds: tuple[int, int]) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return int(min(max(int(value), bounds[0]), bounds[1]))
