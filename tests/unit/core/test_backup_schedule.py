"""The automatic backup's rules: when it is due (clock injected, DST days) and what rotation keeps."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from agent_assist.core.backup_schedule import (
    RETRY_SECONDS,
    AutoState,
    Mode,
    Reason,
    ScheduleConfig,
    auto_day,
    auto_name,
    decide,
    to_delete,
)

PARIS = ZoneInfo("Europe/Paris")


def at(day: date, hour: int, minute: int = 0) -> float:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=PARIS).timestamp()


MONDAY = date(2025, 3, 3)
AFTER = ScheduleConfig(mode=Mode.AFTER_START, after_minutes=10)
AT_18 = ScheduleConfig(mode=Mode.AT_TIME, at_time="18:00")


def reason(config: ScheduleConfig, state: AutoState, now: float, started: float) -> Reason:
    return decide(config, state, now, started, PARIS).reason


# -- settings ----------------------------------------------------------------------------------


def test_defaults_are_on_daily_after_ten_minutes_keeping_a_week() -> None:
    config = ScheduleConfig.from_dict(None)
    assert (config.enabled, config.keep_daily, config.keep_weekly, config.mode,
            config.after_minutes) == (True, 7, 4, Mode.AFTER_START, 10)
    assert ScheduleConfig.from_dict(config.as_dict()) == config


def test_stored_nonsense_falls_back_or_is_bounded() -> None:
    config = ScheduleConfig.from_dict({"keep_daily": 0, "keep_weekly": 500, "mode": "hourly",
                                       "after_minutes": "ten", "at_time": "25:00",
                                       "enabled": False, "folder": None})
    assert config.keep_daily == 1 and config.keep_weekly == 52
    assert config.mode is Mode.AFTER_START and config.after_minutes == 10
    assert config.at_time == "13:00" and not config.enabled and config.folder == ""


# -- after the app has run N minutes ------------------------------------------------------------


def test_after_start_waits_then_is_due_once_a_day() -> None:
    started = at(MONDAY, 9)
    never = AutoState()
    assert reason(AFTER, never, started + 5 * 60, started) is Reason.NOT_YET
    assert reason(AFTER, never, started + 10 * 60, started) is Reason.DUE
    done = AutoState(last_success_at=started + 10 * 60, last_attempt_at=started + 10 * 60)
    assert reason(AFTER, done, at(MONDAY, 23, 59), started) is Reason.DONE
    tuesday = MONDAY + timedelta(days=1)
    assert reason(AFTER, done, at(tuesday, 0, 5), started) is Reason.DUE  # still running


def test_disabled_is_never_due() -> None:
    off = ScheduleConfig(enabled=False)
    assert reason(off, AutoState(), at(MONDAY, 12), at(MONDAY, 8)) is Reason.DISABLED


def test_after_a_failure_it_retries_later_not_every_minute() -> None:
    started = at(MONDAY, 9)
    failed_at = started + 10 * 60
    failing = AutoState(last_success_at=None, last_attempt_at=failed_at, last_error="full")
    assert failing.failing
    assert reason(AFTER, failing, failed_at + 60, started) is Reason.RETRY_LATER
    assert reason(AFTER, failing, failed_at + RETRY_SECONDS, started) is Reason.DUE
    recovered = AutoState(last_success_at=failed_at + RETRY_SECONDS,
                          last_attempt_at=failed_at + RETRY_SECONDS, last_error="")
    assert not recovered.failing


# -- at a time of day ---------------------------------------------------------------------------


def test_at_time_runs_at_the_time_and_catches_up_a_missed_day() -> None:
    started = at(MONDAY, 9)
    yesterday_done = AutoState(last_success_at=at(MONDAY - timedelta(days=1), 18, 1))
    assert reason(AT_18, yesterday_done, at(MONDAY, 17, 59), started) is Reason.DONE
    assert reason(AT_18, yesterday_done, at(MONDAY, 18), started) is Reason.DUE
    # A shop that always closes before 18:00 gets yesterday's backup when it opens.
    morning_before = AutoState(last_success_at=at(MONDAY - timedelta(days=1), 9, 5))
    assert reason(AT_18, morning_before, at(MONDAY, 9, 1), started) is Reason.DUE


def simulate_day(config: ScheduleConfig, day: date) -> list[datetime]:
    """Tick every minute through ``day`` (the app started the evening before); run when due."""
    started = at(day - timedelta(days=1), 20)
    state = AutoState(last_success_at=started)  # the evening's backup exists already
    runs = []
    moment = datetime(day.year, day.month, day.day, tzinfo=PARIS).timestamp()
    end = datetime.combine(day + timedelta(days=1), datetime.min.time(), PARIS).timestamp()
    while moment < end:
        if decide(config, state, moment, started, PARIS).due:
            runs.append(datetime.fromtimestamp(moment, PARIS))
            state = AutoState(last_success_at=moment, last_attempt_at=moment)
        moment += 60
    return runs


@pytest.mark.parametrize("day", [date(2025, 3, 30), date(2025, 10, 26), date(2025, 6, 1)],
                         ids=["spring-forward", "fall-back", "ordinary"])
def test_exactly_one_backup_on_daylight_saving_days(day: date) -> None:
    # 02:30 does not exist on the spring day and happens twice on the autumn day.
    (spring_or_fall,) = simulate_day(ScheduleConfig(mode=Mode.AT_TIME, at_time="02:30"), day)
    assert spring_or_fall.date() == day
    assert spring_or_fall.hour in (2, 3)
    (after_start,) = simulate_day(AFTER, day)
    assert (after_start.date(), after_start.hour, after_start.minute) == (day, 0, 0)


def test_spring_forward_runs_as_soon_as_the_skipped_time_has_passed() -> None:
    (run,) = simulate_day(ScheduleConfig(mode=Mode.AT_TIME, at_time="02:30"), date(2025, 3, 30))
    assert (run.hour, run.minute) == (3, 30)  # 02:30 CET is 03:30 CEST


# -- rotation -----------------------------------------------------------------------------------


def names(first: date, days: int) -> list[str]:
    return [auto_name(first + timedelta(days=i)) for i in range(days)]


def test_names_round_trip_and_foreign_files_are_not_ours() -> None:
    assert auto_day(auto_name(MONDAY)) == MONDAY
    for foreign in ("agent-assist-backup-2025-03-03.zip", "agent-assist-auto-2025-02-30.zip",
                    "agent-assist-auto-2025-03-03.zip.partial", "notes.txt",
                    "Agent-Assist-auto-2025-03-03.zip", "agent-assist-auto-2025-3-3.zip"):
        assert auto_day(foreign) is None


def test_rotation_keeps_exactly_the_newest_n_and_ignores_foreign_files() -> None:
    ours = names(date(2025, 1, 1), 10)
    foreign = ["agent-assist-backup-2024-01-01.zip", "agent-assist-auto-2024-13-01.zip",
               "holiday.jpg"]
    deleted = to_delete([*foreign, *ours], keep_daily=3, keep_weekly=0)
    assert sorted(deleted) == sorted(ours[:7])
    assert not set(deleted) & set(foreign)


def test_weekly_keeps_the_newest_of_each_older_week() -> None:
    ours = names(date(2025, 1, 6), 28)  # Monday 6 January: four ISO weeks, 2 to 5
    kept = set(ours) - set(to_delete(ours, keep_daily=7, keep_weekly=2))
    # The last 7 days (week 5), then the Sundays of weeks 4 and 3; week 2 goes.
    assert kept == {*ours[-7:], auto_name(date(2025, 1, 26)), auto_name(date(2025, 1, 19))}


def test_the_newest_backup_always_stays() -> None:
    ours = names(date(2025, 1, 1), 3)
    assert to_delete(ours, keep_daily=0) == [ours[1], ours[0]]
    assert to_delete([], keep_daily=3) == []
