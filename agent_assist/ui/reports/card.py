"""One chart on the page: its title, a line saying what is counted, the chart, and the two
exports (buttons, and the chart's own context menu)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agent_assist.services.reports import Chart
from agent_assist.ui.reports.agent_chart import AgentChart
from agent_assist.ui.reports.chart_base import ChartWidget
from agent_assist.ui.reports.chart_data import AgentChartData, TimeChartData
from agent_assist.ui.reports.time_chart import TimeChart


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


class ChartCard(QFrame):
    """A framed chart; ``save_png(chart)`` and ``save_csv(chart)`` ask the page to export."""

    save_png = Signal(str)
    save_csv = Signal(str)

    def __init__(self, chart: Chart, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.note = QLabel()
        self.note.setObjectName("meta")
        self.note.setWordWrap(True)
        self.chart: ChartWidget = AgentChart() if chart is Chart.AGENTS else TimeChart()
        self.chart.setObjectName(f"chart-{chart.value}")
        self.chart.setAccessibleName(title)
        self.chart.export_title = title
        self.png_button = QPushButton(_tr("Save as PNG…"))
        self.png_button.setObjectName(f"savePng-{chart.value}")
        self.png_button.setAccessibleName(_tr("Save {chart} as PNG").format(chart=title))
        self.csv_button = QPushButton(_tr("Save data as CSV…"))
        self.csv_button.setObjectName(f"saveCsv-{chart.value}")
        self.csv_button.setAccessibleName(_tr("Save the data of {chart} as CSV").format(
            chart=title))
        for button, signal in ((self.png_button, self.save_png), (self.csv_button,
                                                                   self.save_csv)):
            button.clicked.connect(lambda _=False, s=signal: s.emit(chart.value))
        self.chart.save_png_requested.connect(lambda: self.save_png.emit(chart.value))
        self.chart.save_csv_requested.connect(lambda: self.save_csv.emit(chart.value))
        for button in (self.png_button, self.csv_button):
            button.setEnabled(False)  # until a report is shown
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.png_button)
        head.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.note)
        layout.addWidget(self.chart, 1)

    def set_content(self, data: TimeChartData | AgentChartData, note: str) -> None:
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.chart.export_subtitle = note
        if isinstance(self.chart, AgentChart):
            assert isinstance(data, AgentChartData)
            self.chart.set_data(data)
        elif isinstance(self.chart, TimeChart):
            assert isinstance(data, TimeChartData)
            self.chart.set_data(data)
        self.png_button.setEnabled(True)
        self.csv_button.setEnabled(True)
