"""Charts painted without a window, for ``agent-assist report --png`` (needs a QApplication)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize

from agent_assist.core.reports import Report
from agent_assist.services.reports import Chart, ReportExportError
from agent_assist.ui.reports.agent_chart import AgentChart
from agent_assist.ui.reports.chart_base import ChartWidget
from agent_assist.ui.reports.chart_data import AgentChartData, TimeChartData
from agent_assist.ui.reports.series import chart_data, chart_note, chart_title
from agent_assist.ui.reports.time_chart import TimeChart

SIZE = QSize(960, 360)


def chart_widget(report: Report, chart: Chart) -> ChartWidget:
    """A chart widget holding ``chart`` of ``report``, titled as on the page (not shown)."""
    data = chart_data(report, chart)
    widget: ChartWidget
    if isinstance(data, AgentChartData):
        agents = AgentChart()
        agents.set_data(data)
        widget = agents
    else:
        assert isinstance(data, TimeChartData)
        widget = TimeChart(data)
    widget.export_title = chart_title(chart)
    widget.export_subtitle = chart_note(report, chart)
    return widget


def save_chart_png(report: Report, chart: Chart, out: Path) -> None:
    """Render ``chart`` at 2× and save it; a one-sentence error when it cannot be written."""
    widget = chart_widget(report, chart)
    # The agents' chart is as tall as its rows; the others take the standard picture size.
    height = widget.minimumHeight() if isinstance(widget, AgentChart) else SIZE.height()
    size = QSize(SIZE.width(), height)
    image = widget.render_image(size)
    widget.deleteLater()
    if not image.save(str(out)):
        raise ReportExportError(f"Could not write the picture to {out}.")
