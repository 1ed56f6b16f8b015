"""From a Report to what each chart shows: translated labels, locale formats, tooltips."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from agent_assist.core.reports import SLA_GOAL_PERCENT, Bucket, Granularity, Report
from agent_assist.services.reports import Chart
from agent_assist.ui.i18n import format_number
from agent_assist.ui.labels import channel_label
from agent_assist.ui.reports import palette
from agent_assist.ui.reports.chart_data import (
    AgentChartData,
    AgentRow,
    Goal,
    Series,
    Style,
    TimeChartData,
    ValueAxis,
)
from agent_assist.ui.reports.scale import HOURS, duration_unit
from agent_assist.ui.sla_badge import format_business_duration

ChartData = TimeChartData | AgentChartData


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


# -- formats --------------------------------------------------------------------------------------


def count_text(value: float) -> str:
    return format_number(round(value))


def decimal_text(value: float) -> str:
    """Whole numbers plain, others with one decimal, in the locale's digits and separator."""
    if abs(value - round(value)) < 1e-9:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", 1)


def percent_text(value: float) -> str:
    return _tr("{value} %").format(value=decimal_text(value))


def day_text(day: date) -> str:
    # Translators: a day and abbreviated month, as a Qt date pattern (d, MMM, MMMM).
    return QLocale().toString(QDate(day.year, day.month, day.day), _tr("d MMM"))


def long_day_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.LongFormat)


def bucket_title(report: Report, bucket: Bucket) -> str:
    if report.granularity is Granularity.DAY:
        return long_day_text(bucket.first_day)
    return _tr("{first} – {last}").format(first=day_text(bucket.first_day),
                                          last=day_text(bucket.last_day))


def period_text(report: Report) -> str:
    first, last = report.period.start, report.period.last_day
    short = QLocale.FormatType.ShortFormat
    locale = QLocale()
    return _tr("{first} – {last}").format(
        first=locale.toString(QDate(first.year, first.month, first.day), short),
        last=locale.toString(QDate(last.year, last.month, last.day), short))


def duration_text(seconds: float | None) -> str:
    """A response time: "under 1 min", "45 min", "2 h 10 min" (business time)."""
    if seconds is None:
        return "—"
    if seconds < 60:
        return _tr("under 1 min")
    return format_business_duration(seconds)


def _count_axis(title: str) -> ValueAxis:
    return ValueAxis(title, count_text, integer=True)


# -- the charts -----------------------------------------------------------------------------------


def volume_chart(report: Report) -> TimeChartData:
    channels = list(report.volume)
    series = tuple(Series(channel_label(c), tuple(float(v) for v in report.volume[c]),
                          palette.channel_color(c)) for c in channels)
    tooltips = []
    for i, bucket in enumerate(report.buckets):
        lines = [bucket_title(report, bucket)]
        lines += [_tr("{channel}: {count}").format(channel=channel_label(c),
                                                    count=count_text(report.volume[c][i]))
                  for c in channels]
        lines.append(_tr("Total: {count}").format(count=count_text(report.incoming[i])))
        if report.automated[i]:
            lines.append(_tr("Automated mail, not counted: {count}").format(
                count=count_text(report.automated[i])))
        tooltips.append("\n".join(lines))
    return TimeChartData(
        categories=_categories(report), tooltips=tuple(tooltips), series=series,
        axis=_count_axis(_tr("customer messages")),
        empty_text=_tr("No customer messages in this period."),
    )


def first_response_chart(report: Report) -> TimeChartData:
    largest = max([v for v in report.first_response_p90 if v is not None] or [0.0])
    unit = duration_unit(largest)
    title = (_tr("hours (business hours)") if unit is HOURS
             else _tr("minutes (business hours)"))
    series = (
        Series(_tr("Median"), report.first_response_median, palette.BLUE, Style.LINE),
        Series(_tr("90th percentile"), report.first_response_p90, palette.VERMILLION,
               Style.DASHED),
    )
    tooltips = []
    for i, bucket in enumerate(report.buckets):
        lines = [bucket_title(report, bucket)]
        if report.first_responses[i]:
            lines += [
                _tr("Median: {time}").format(time=duration_text(report.first_response_median[i])),
                _tr("90th percentile: {time}").format(
                    time=duration_text(report.first_response_p90[i])),
                _tr("First responses: {count}").format(
                    count=count_text(report.first_responses[i])),
            ]
        else:
            lines.append(_tr("No first response"))
        tooltips.append("\n".join(lines))
    return TimeChartData(
        categories=_categories(report), tooltips=tuple(tooltips), series=series,
        axis=ValueAxis(title, decimal_text, scale=float(unit.seconds)),
        empty_text=_tr("No first responses in this period."), zero_is_empty=False,
    )


def sla_chart(report: Report) -> TimeChartData:
    percents = report.sla_met_percent
    tooltips = []
    for i, bucket in enumerate(report.buckets):
        lines = [bucket_title(report, bucket)]
        if percents[i] is None:
            lines.append(_tr("No responses"))
        else:
            lines.append(_tr("Within target: {percent} ({met} of {total})").format(
                percent=percent_text(percents[i] or 0.0), met=count_text(report.met[i]),
                total=count_text(report.responses[i])))
        tooltips.append("\n".join(lines))
    goal = Goal(SLA_GOAL_PERCENT, _tr("goal {percent}").format(
        percent=percent_text(SLA_GOAL_PERCENT)))
    return TimeChartData(
        categories=_categories(report), tooltips=tuple(tooltips),
        series=(Series(_tr("Answered within target"), percents, palette.GREEN),),
        axis=ValueAxis(_tr("% of responses"), percent_text, ceiling=100.0),
        empty_text=_tr("No responses in this period."), goal=goal, zero_is_empty=False,
    )


def waiting_chart(report: Report) -> TimeChartData:
    tooltips = []
    last_known = max((i for i, w in enumerate(report.waiting) if w is not None), default=-1)
    for i, bucket in enumerate(report.buckets):
        lines = [bucket_title(report, bucket)]
        waiting = report.waiting[i]
        if waiting is None:
            lines.append(_tr("Not yet"))
        elif i == last_known and bucket.end > report.now:
            lines.append(_tr("Waiting now: {count}").format(count=count_text(waiting)))
        elif report.granularity is Granularity.WEEK:
            lines.append(_tr("Waiting at the end of the week: {count}").format(
                count=count_text(waiting)))
        else:
            lines.append(_tr("Waiting at the end of the day: {count}").format(
                count=count_text(waiting)))
        tooltips.append("\n".join(lines))
    values = tuple(None if w is None else float(w) for w in report.waiting)
    return TimeChartData(
        categories=_categories(report), tooltips=tuple(tooltips),
        series=(Series(_tr("Customers waiting for a reply"), values, palette.PURPLE,
                       Style.AREA),),
        axis=_count_axis(_tr("customers")),
        empty_text=_tr("Nobody was left waiting in this period."),
    )


def agent_label(name: str, agent_id: int | None) -> str:
    if agent_id is None:
        return _tr("Sent outside the app")
    return name or _tr("Agent #{number}").format(number=agent_id)


def agents_chart(report: Report) -> AgentChartData:
    rows = []
    for agent in report.agents:
        label = agent_label(agent.name, agent.agent_id)
        percent = ("—" if agent.sla_met_percent is None
                   else percent_text(agent.sla_met_percent))
        summary = _tr("median first response {time} · {percent} within target").format(
            time=duration_text(agent.first_response_median), percent=percent)
        tooltip = "\n".join([
            label,
            _tr("Replies sent: {count}").format(count=count_text(agent.replies)),
            _tr("Conversations answered: {count}").format(
                count=count_text(agent.conversations)),
            _tr("Median first response: {time}").format(
                time=duration_text(agent.first_response_median)),
            _tr("Within target: {percent} ({met} of {total})").format(
                percent=percent, met=count_text(agent.met),
                total=count_text(agent.responses)),
        ])
        rows.append(AgentRow(label, (float(agent.replies), float(agent.conversations)),
                             summary, tooltip))
    series = (Series(_tr("Replies sent"), (), palette.BLUE),
              Series(_tr("Conversations answered"), (), palette.ORANGE))
    return AgentChartData(tuple(rows), series, _count_axis(""),
                          _tr("No replies in this period."))


def chart_data(report: Report, chart: Chart) -> ChartData:
    builders: dict[Chart, Callable[[Report], ChartData]] = {
        Chart.VOLUME: volume_chart, Chart.FIRST_RESPONSE: first_response_chart,
        Chart.SLA: sla_chart, Chart.WAITING: waiting_chart, Chart.AGENTS: agents_chart,
    }
    return builders[chart](report)


def chart_title(chart: Chart) -> str:
    return {
        Chart.VOLUME: _tr("Customer messages by channel"),
        Chart.FIRST_RESPONSE: _tr("First response time"),
        Chart.SLA: _tr("Responses within target"),
        Chart.WAITING: _tr("Customers waiting for a reply"),
        Chart.AGENTS: _tr("By agent"),
    }[chart]


def chart_note(report: Report, chart: Chart) -> str:
    """One line under the title: what is counted and how (the rules, in plain words)."""
    weekly = report.granularity is Granularity.WEEK
    if chart is Chart.VOLUME:
        automated = sum(report.automated)
        text = (_tr("Per week, Monday first.") if weekly else _tr("Per day."))
        if automated:
            text += " " + _tr("Automated mail (bounces, auto-replies) is left out: {count}."
                              ).format(count=count_text(automated))
        return text
    if chart is Chart.FIRST_RESPONSE:
        return _tr("Counted once per conversation, in business hours; automatic "
                   "acknowledgements do not count as a response.")
    if chart is Chart.SLA:
        return _tr("First and follow-up responses against the targets of their channel.")
    if chart is Chart.WAITING:
        return (_tr("At the end of each week, and now.") if weekly
                else _tr("At the end of each day, and now."))
    return _tr("Replies sent and conversations answered in the period.")


def _categories(report: Report) -> tuple[str, ...]:
    return tuple(day_text(b.first_day) for b in report.buckets)
