"""The painted charts on the fixed week: what each shows, hover and keys, the empty state,
right-to-left mirroring, the 2× picture, and the axis arithmetic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Channel
from agent_assist.core.reports import Report, ReportBuilder
from agent_assist.core.sla import DEFAULT_POLICIES
from agent_assist.services.reports import Chart
from agent_assist.ui.reports import palette
from agent_assist.ui.reports.agent_chart import AgentChart
from agent_assist.ui.reports.chart_data import AgentChartData, TimeChartData
from agent_assist.ui.reports.render import chart_widget
from agent_assist.ui.reports.scale import HOURS, MINUTES, duration_unit, nice_ticks, thin_labels
from agent_assist.ui.reports.series import chart_data
from agent_assist.ui.reports.time_chart import TimeChart
from tests.unit.core.test_reports_dataset import AGENTS, CALENDAR, NOW, PERIOD, histories


def build(items: list | None = None) -> Report:  # type: ignore[type-arg]
    builder = ReportBuilder(PERIOD, CALENDAR, DEFAULT_POLICIES, NOW, AGENTS)
    for history in histories() if items is None else items:
        builder.add(history)
    return builder.result()


@pytest.fixture(scope="module")
def report() -> Report:
    return build()


def time_chart(qtbot: QtBot, report: Report, chart: Chart) -> TimeChart:
    data = chart_data(report, chart)
    assert isinstance(data, TimeChartData)
    widget = TimeChart(data)
    qtbot.addWidget(widget)
    widget.resize(700, 280)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def colours_at_row(image: QImage, y: int) -> list[QColor]:
    return [image.pixelColor(x, y) for x in range(image.width())]


def test_volume_chart_stacks_channels_and_tells_exact_figures(report: Report) -> None:
    data = chart_data(report, Chart.VOLUME)
    assert isinstance(data, TimeChartData)
    assert [s.label for s in data.series] == ["Email", "Chat"]
    assert [s.values for s in data.series] == [(4, 1, 0, 1, 0, 1), (0, 0, 1, 0, 2, 0)]
    assert data.tooltips[0].splitlines()[1:] == ["Email: 4", "Chat: 0", "Total: 4"]
    assert "Automated mail, not counted: 1" in data.tooltips[1]
    assert data.axis.integer and data.categories[0] == "22 Oct"


def test_first_response_chart_picks_hours_past_two_hours(report: Report) -> None:
    data = chart_data(report, Chart.FIRST_RESPONSE)
    assert isinstance(data, TimeChartData)
    assert data.axis.scale == 3600 and "hours" in data.axis.title  # p90 reaches 11.5 h
    assert data.tooltips[0].splitlines()[1:] == [
        "Median: 1 h 45 min", "90th percentile: 2 h 30 min", "First responses: 2"]
    assert data.tooltips[1].splitlines()[1] == "No first response"


def test_sla_chart_has_the_goal_and_counts(report: Report) -> None:
    data = chart_data(report, Chart.SLA)
    assert isinstance(data, TimeChartData)
    assert data.goal is not None and data.goal.value == 90.0
    assert data.axis.ceiling == 100.0
    assert data.tooltips[5].splitlines()[1] == "Within target: 50 % (1 of 2)"


def test_waiting_chart_says_now_for_the_current_day(report: Report) -> None:
    data = chart_data(report, Chart.WAITING)
    assert isinstance(data, TimeChartData)
    assert data.series[0].values == (1, 1, 2, 3, 2, 1)
    assert data.tooltips[3].splitlines()[1] == "Waiting at the end of the day: 3"
    assert data.tooltips[5].splitlines()[1] == "Waiting now: 1"


def test_agents_chart_rows(report: Report) -> None:
    data = chart_data(report, Chart.AGENTS)
    assert isinstance(data, AgentChartData)
    assert [r.label for r in data.rows] == ["Ann", "Bob", "Sent outside the app"]
    assert data.rows[0].values == (3.0, 3.0)
    assert data.rows[0].summary == "median first response 2 h 30 min · 66.7 % within target"
    assert "Conversations answered: 3" in data.rows[1].tooltip


def test_hover_and_arrow_keys_show_the_bucket_under_them(qtbot: QtBot, report: Report) -> None:
    chart = time_chart(qtbot, report, Chart.VOLUME)
    x = chart.x_of(4, chart._widget_geometry())
    QTest.mouseMove(chart, QPoint(int(x), chart.height() // 2))
    qtbot.waitUntil(lambda: chart.hovered == 4)
    assert QToolTip.text().startswith(chart.tooltip(4).splitlines()[0])
    chart.setFocus()
    QTest.keyClick(chart, Qt.Key.Key_Right)
    assert chart.hovered == 5
    QTest.keyClick(chart, Qt.Key.Key_Right)
    assert chart.hovered == 5  # stays on the last one
    assert chart.index_at(QPointF(2, 2)) is None  # the legend is not a bucket


def test_right_to_left_the_time_axis_runs_from_the_right(qtbot: QtBot, report: Report) -> None:
    chart = time_chart(qtbot, report, Chart.VOLUME)
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    geo = chart._widget_geometry()
    assert chart.x_of(0, geo) > chart.x_of(5, geo)
    assert chart.index_at(QPointF(chart.x_of(0, geo), geo.plot.center().y())) == 0
    # The only chat on Saturday (index 2) and Monday (index 4): the chat colour appears on
    # the right half's side that holds those days, mirrored against left-to-right.
    image = chart.grab().toImage()
    y = int(geo.plot.bottom() - 3)
    orange = [x for x, c in enumerate(colours_at_row(image, y))
              if c.name() == palette.ORANGE.name()]
    expected = {int(chart.x_of(i, geo)) for i in (2, 4)}
    assert orange and all(any(abs(x - e) < geo.slot / 2 for e in expected) for x in orange)
    QTest.keyClick(chart, Qt.Key.Key_Left)  # the left arrow walks forward in time
    assert chart.hovered == 0


def test_empty_state(qtbot: QtBot) -> None:
    empty = build([])
    for chart in (Chart.VOLUME, Chart.FIRST_RESPONSE, Chart.SLA, Chart.WAITING):
        data = chart_data(empty, chart)
        assert data.is_empty
    widget = time_chart(qtbot, empty, Chart.VOLUME)
    assert widget.count() == 0 and widget.index_at(QPointF(300, 150)) is None
    assert widget.accessibleDescription() == "No customer messages in this period."
    agents = chart_widget(empty, Chart.AGENTS)
    qtbot.addWidget(agents)
    assert agents.count() == 0


def test_png_is_rendered_at_twice_the_size_with_the_series_colours(qtbot: QtBot,
                                                                  report: Report) -> None:
    chart = chart_widget(report, Chart.VOLUME)
    qtbot.addWidget(chart)
    image = chart.render_image(QSize(600, 250))
    assert image.devicePixelRatio() == 2.0
    assert image.width() == 1200 and image.height() > 500  # the title rows come on top
    names = {image.pixelColor(x, y).name() for x in range(0, 1200, 3)
             for y in range(0, image.height(), 3)}
    assert palette.channel_color(Channel.EMAIL).name() in names
    assert palette.channel_color(Channel.DEMO_CHAT).name() in names


def test_agent_chart_grows_with_its_rows(qtbot: QtBot, report: Report) -> None:
    chart = chart_widget(report, Chart.AGENTS)
    assert isinstance(chart, AgentChart)
    qtbot.addWidget(chart)
    three = chart.minimumHeight()
    chart.set_data(chart_data(build(histories()[:1]), Chart.AGENTS))  # type: ignore[arg-type]
    assert chart.minimumHeight() < three


@pytest.mark.parametrize(
    ("maximum", "kwargs", "ticks"),
    [
        (37, {"integer": True}, [0, 10, 20, 30, 40]),
        (3, {"integer": True}, [0, 1, 2, 3]),
        (0, {"integer": True}, [0, 1]),
        (100, {"ceiling": 100.0}, [0, 20, 40, 60, 80, 100]),
        (11.5, {}, [0, 2.5, 5, 7.5, 10, 12.5]),
        (0.4, {}, [0, 0.1, 0.2, 0.3, 0.4]),
    ],
)
def test_nice_ticks(maximum: float, kwargs: dict, ticks: list[float]) -> None:  # type: ignore[type-arg]
    assert nice_ticks(maximum, **kwargs) == ticks


def test_duration_unit_and_label_thinning() -> None:
    assert duration_unit(7200) is MINUTES and duration_unit(7201) is HOURS
    assert thin_labels(90, 7.0, 40.0) == 7  # 48 px per label over 7 px slots
    assert thin_labels(7, 100.0, 40.0) == 1
