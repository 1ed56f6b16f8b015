"""Loading a report from the profile in one ordered scan, and its tables as CSV or JSON.

Every conversation that could touch the period is read whole (from its first message, so
first and next responses are told apart) in ONE query ordered by conversation and time,
streamed into ``core.reports.ReportBuilder`` conversation by conversation: memory stays
bounded at 100,000 conversations and no query runs per conversation.
"""

from __future__ import annotations

import csv
import enum
import io
import itertools
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from agent_assist.core.business_hours import BusinessCalendar, french_public_holidays
from agent_assist.core.models import Channel, Delivery, Direction
from agent_assist.core.needs_reply import MessageFact
from agent_assist.core.reports import (
    SLA_GOAL_PERCENT,
    ConversationHistory,
    Report,
    ReportBuilder,
    ReportPeriod,
)
from agent_assist.services.sla import KEY_BUSINESS_HOURS, SlaConfig, load_config
from agent_assist.storage.repositories import Repos

__all__ = [
    "Chart",
    "Preset",
    "ReportCancelled",
    "ReportExportError",
    "chart_table",
    "config_for_period",
    "histories",
    "load_report",
    "preset_period",
    "report_for",
    "report_json",
    "shop_today",
    "table_csv",
    "write_csv",
]

# Conversations that can matter for [start, end): a message on or after the start and one
# before the end, or an unanswered wait that began before the end and had not left the
# queue before the start (a customer waiting through the whole period has no message in it).
_ACTIVE = """
WITH active(id) AS (
    SELECT conversation_id FROM messages GROUP BY conversation_id
    HAVING max(sent_at) >= :start AND min(sent_at) < :end
    UNION
    SELECT id FROM conversations WHERE needs_reply = 1 AND waiting_since < :end
        AND (status = 'open' OR updated_at >= :start)
)
"""
CONVERSATIONS_SQL = _ACTIVE + "SELECT id, channel, status, updated_at FROM conversations " \
    "WHERE id IN active"
# bench/reports.py times this query alone as the baseline of the whole report.
# The text only matters for inbound messages (a bare "thanks" starts no wait); 400
# characters are plenty to tell, as in MessageRepo.facts.
MESSAGES_SQL = _ACTIVE + """
SELECT conversation_id, direction, sent_at, automated_reason != '',
       CASE WHEN direction = 'in' THEN substr(body_text, 1, 400) ELSE '' END,
       delivery, agent_id
FROM messages WHERE conversation_id IN active
ORDER BY conversation_id, sent_at, id
"""


CHECK_EVERY = 2000  # conversations between two "still wanted?" checks (~50 ms of work)
# Plain dict look-ups: calling the enum per row costs a third of the scan at 200k rows.
_DIRECTIONS = {d.value: d for d in Direction}
_DELIVERIES: dict[str | None, Delivery] = {d.value: d for d in Delivery}


class Preset(enum.StrEnum):
    """The periods the picker offers besides a custom one."""

    LAST_7_DAYS = "last_7_days"
    LAST_30_DAYS = "last_30_days"
    LAST_90_DAYS = "last_90_days"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"


def preset_period(preset: Preset, today: date) -> ReportPeriod:
    """The period a preset means on ``today`` (the shop's local date)."""
    if preset is Preset.THIS_MONTH:
        return ReportPeriod.this_month(today)
    if preset is Preset.LAST_MONTH:
        return ReportPeriod.last_month(today)
    days = {Preset.LAST_7_DAYS: 7, Preset.LAST_30_DAYS: 30, Preset.LAST_90_DAYS: 90}[preset]
    return ReportPeriod.last_days(days, today)


class Chart(enum.StrEnum):
    """The report's charts, by the name the CLI and the CSV/PNG files use."""

    VOLUME = "volume"
    FIRST_RESPONSE = "first-response"
    SLA = "sla"
    WAITING = "waiting"
    AGENTS = "agents"


class ReportExportError(Exception):
    """A report file could not be written; the message is one sentence."""


class ReportCancelled(Exception):
    """The caller stopped wanting the report before it was done."""


def config_for_period(repos: Repos, period: ReportPeriod) -> SlaConfig:
    """The SLA settings, with the default French holidays of every year the period spans
    (the default calendar only knows this year and the next)."""
    config = load_config(repos, period.start)
    if repos.settings.get(KEY_BUSINESS_HOURS) is not None:
        return config
    default = config.calendar
    calendar = BusinessCalendar(  # a new calendar: its day cache must not be shared
        timezone=default.timezone, week=default.week,
        holidays=french_public_holidays(range(period.start.year, period.end.year + 1)),
    )
    return SlaConfig(calendar, config.policies, config.auto_ack, config.reminders,
                     config.problems)


def histories(repos: Repos, start: float, end: float) -> Iterator[ConversationHistory]:
    """Each conversation that can matter for ``[start, end)``, whole, in id order."""
    params = {"start": start, "end": end}
    conversations = {
        int(cid): (Channel(channel), None if status == "open" else float(updated_at))
        for cid, channel, status, updated_at in repos.db.execute(CONVERSATIONS_SQL, params)
    }
    rows = repos.db.execute(MESSAGES_SQL, params)
    for cid, group in itertools.groupby(rows, key=lambda r: r[0]):
        known = conversations.get(int(cid))
        if known is None:  # created between the two reads: next report counts it
            continue
        facts: list[MessageFact] = []
        authors: list[int | None] = []
        for _cid, direction, sent_at, automated, text, delivery, agent_id in group:
            facts.append(MessageFact(
                direction=_DIRECTIONS[direction], sent_at=float(sent_at),
                automated=bool(automated), text=text or "", delivery=_DELIVERIES.get(delivery),
            ))
            authors.append(agent_id)
        yield ConversationHistory(int(cid), known[0], facts, authors, known[1])


def _always() -> bool:
    return True


def load_report(repos: Repos, period: ReportPeriod, now: float,
                config: SlaConfig | None = None, *,
                keep_going: Callable[[], bool] = _always) -> Report:
    """Compute every chart of ``period`` (read-only; runs off the GUI thread).

    ``keep_going`` is asked every few thousand conversations; once it says no (a newer
    period was picked, the app is closing) the work stops with :class:`ReportCancelled`.
    """
    config = config or config_for_period(repos, period)
    names = {int(i): str(n) for i, n in repos.db.execute("SELECT id, name FROM agents")}
    builder = ReportBuilder(period, config.calendar, config.policies, now, names)
    first, last = builder.buckets[0].start, builder.buckets[-1].end
    # A read transaction: the two queries see one snapshot even while the app writes.
    with _snapshot(repos):
        for count, history in enumerate(histories(repos, first, last), start=1):
            if count % CHECK_EVERY == 0 and not keep_going():
                raise ReportCancelled("The report was cancelled.")
            builder.add(history)
    return builder.result()


def shop_today(repos: Repos, now: float) -> date:
    """Today's date on the shop's wall clock (its business-hours time zone)."""
    utc_day = datetime.fromtimestamp(now, UTC).date()
    zone = load_config(repos, utc_day).calendar.zone
    return datetime.fromtimestamp(now, zone).date()


def report_for(repos: Repos, choice: Preset | ReportPeriod, now: float, *,
               keep_going: Callable[[], bool] = _always) -> Report:
    """A preset resolved on the shop's today (or a given period), computed."""
    period = choice if isinstance(choice, ReportPeriod) else preset_period(
        choice, shop_today(repos, now))
    return load_report(repos, period, now, keep_going=keep_going)


class _snapshot:
    """BEGIN (deferred, read-only use) … COMMIT around reads, unless one is already open."""

    def __init__(self, repos: Repos) -> None:
        self.conn = repos.db.conn
        self.owned = False

    def __enter__(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")
            self.owned = True

    def __exit__(self, *exc: object) -> None:
        if self.owned and self.conn.in_transaction:
            self.conn.execute("COMMIT")


# -- tables ------------------------------------------------------------------------------------


def _minutes(seconds: float | None) -> float | str:
    return "" if seconds is None else round(seconds / 60, 1)


def _blank(value: Any) -> Any:
    return "" if value is None else value


def _day_columns(report: Report) -> list[list[Any]]:
    return [[b.first_day.isoformat(), b.last_day.isoformat()] for b in report.buckets]


def chart_table(report: Report, chart: Chart) -> tuple[list[str], list[list[Any]]]:
    """The numbers behind one chart: a header and rows (ISO dates, minutes, percents)."""
    days = _day_columns(report)
    if chart is Chart.VOLUME:
        channels = list(report.volume)
        header = ["from", "to", *[c.value for c in channels], "total", "automated"]
        rows = [[*days[i], *[report.volume[c][i] for c in channels], report.incoming[i],
                 report.automated[i]] for i in range(len(days))]
    elif chart is Chart.FIRST_RESPONSE:
        header = ["from", "to", "first_responses", "median_business_minutes",
                  "p90_business_minutes"]
        rows = [[*days[i], report.first_responses[i],
                 _minutes(report.first_response_median[i]),
                 _minutes(report.first_response_p90[i])] for i in range(len(days))]
    elif chart is Chart.SLA:
        header = ["from", "to", "responses", "met", "met_percent", "goal_percent"]
        rows = [[*days[i], report.responses[i], report.met[i],
                 _blank(report.sla_met_percent[i]), SLA_GOAL_PERCENT]
                for i in range(len(days))]
    elif chart is Chart.WAITING:
        header = ["from", "to", "waiting_at_end"]
        rows = [[*days[i], _blank(report.waiting[i])] for i in range(len(days))]
    else:
        header = ["agent_id", "agent", "replies", "conversations_answered", "responses", "met",
                  "met_percent", "first_response_median_business_minutes"]
        rows = [[_blank(a.agent_id), a.name, a.replies,
                 a.conversations, a.responses, a.met, _blank(a.sla_met_percent),
                 _minutes(a.first_response_median)] for a in report.agents]
    return header, rows


def table_csv(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def write_csv(path: Path, report: Report, chart: Chart) -> None:
    """Write one chart's data as UTF-8 CSV (with a BOM, so spreadsheets read accents)."""
    text = table_csv(*chart_table(report, chart))
    try:
        Path(path).write_text(text, encoding="utf-8-sig")
    except OSError as exc:
        raise ReportExportError(
            f"Could not write {path}: {exc.strerror or exc}.") from exc


def report_json(report: Report) -> dict[str, Any]:
    """Everything in the report as plain JSON values (seconds for durations)."""
    def day(d: date) -> str:
        return d.isoformat()

    return {
        "period": {"from": day(report.period.start), "to": day(report.period.last_day),
                   "timezone": report.timezone, "granularity": report.granularity.value},
        "summary": {
            "incoming": report.total_incoming, "automated": sum(report.automated),
            "responses": sum(report.responses), "met": sum(report.met),
            "sla_met_percent": report.overall_sla_met_percent,
            "sla_goal_percent": SLA_GOAL_PERCENT,
            "first_response_median_seconds": report.overall_first_median,
            "first_response_p90_seconds": report.overall_first_p90,
            "waiting_now": report.waiting_now,
        },
        "buckets": [
            {
                "from": day(b.first_day), "to": day(b.last_day),
                "incoming": {c.value: report.volume[c][i] for c in report.volume},
                "automated": report.automated[i],
                "first_responses": report.first_responses[i],
                "first_response_median_seconds": report.first_response_median[i],
                "first_response_p90_seconds": report.first_response_p90[i],
                "responses": report.responses[i], "met": report.met[i],
                "sla_met_percent": report.sla_met_percent[i],
                "waiting_at_end": report.waiting[i],
            }
            for i, b in enumerate(report.buckets)
        ],
        "agents": [
            {"agent_id": a.agent_id, "name": a.name, "replies": a.replies,
             "conversations_answered": a.conversations, "responses": a.responses,
             "met": a.met, "sla_met_percent": a.sla_met_percent,
             "first_response_median_seconds": a.first_response_median}
            for a in report.agents
        ],
    }
