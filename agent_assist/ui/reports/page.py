"""The Reports page: pick a period, read four figures, look at five charts, export them.

Computing goes through the runner it is given (the feature gives it a worker thread of its
own, so a long report never delays the app's writes); while it runs a busy bar shows, the
previous charts stay, and a newer request makes older ones skip their work.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.reports import Report, ReportError, ReportPeriod
from agent_assist.services.reports import (
    Chart,
    Preset,
    ReportCancelled,
    ReportExportError,
    write_csv,
)
from agent_assist.ui.figure_card import FigureCard
from agent_assist.ui.reports.card import ChartCard
from agent_assist.ui.reports.series import (
    chart_data,
    chart_note,
    chart_title,
    count_text,
    duration_text,
    percent_text,
    period_text,
)

Choice = Preset | ReportPeriod
CUSTOM = "custom"  # the picker's entry for a from–to period
AskPath = Callable[[QWidget, str, str, str], str]
#: compute(choice, keep_going): the report, or ReportCancelled once keep_going() is False.
Compute = Callable[[Choice, Callable[[], bool]], Report]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


class Runner(Protocol):
    """What the page needs from ``ui.bridge.TaskRunner``."""

    def run(self, fn: Callable[[], Any], *, on_done: Callable[[Any], None] | None = ...,
            on_error: Callable[[str], None] | None = ..., what: str = ...) -> int: ...


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


class PeriodPicker(QWidget):
    """Last 7/30/90 days, this month, last month, or from–to; ``changed`` on every choice."""

    changed = Signal()

    def __init__(self, today: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("reportPeriod")
        self.combo.setAccessibleName(_tr("Period"))
        for text, preset in ((_tr("Last 7 days"), Preset.LAST_7_DAYS),
                             (_tr("Last 30 days"), Preset.LAST_30_DAYS),
                             (_tr("Last 90 days"), Preset.LAST_90_DAYS),
                             (_tr("This month"), Preset.THIS_MONTH),
                             (_tr("Last month"), Preset.LAST_MONTH)):
            self.combo.addItem(text, preset.value)
        self.combo.addItem(_tr("Custom…"), CUSTOM)
        self.combo.setCurrentIndex(1)
        self.first = self._date_edit("reportFrom", _tr("From"), today.addDays(-29), today)
        self.last = self._date_edit("reportTo", _tr("To"), today, today)
        self.dash = QLabel("–")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.combo, self.first, self.dash, self.last):
            layout.addWidget(widget)
        self.combo.currentIndexChanged.connect(self._preset_changed)
        self._preset_changed()

    def _date_edit(self, name: str, label: str, value: QDate, today: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        edit.setCalendarPopup(True)
        edit.setMaximumDate(today.addYears(1))
        edit.dateChanged.connect(lambda _d: self.changed.emit())
        return edit

    @property
    def custom(self) -> bool:
        return self.combo.currentData() == CUSTOM

    def _preset_changed(self) -> None:
        for widget in (self.first, self.dash, self.last):
            widget.setVisible(self.custom)
        self.changed.emit()

    def choose(self, choice: Choice) -> None:
        """Select a preset, or a custom period (its last day shown inclusive)."""
        if isinstance(choice, Preset):
            self.combo.setCurrentIndex(self.combo.findData(choice.value))
            return
        for edit, day in ((self.first, choice.start), (self.last, choice.last_day)):
            edit.blockSignals(True)  # one "changed" for the whole choice, not one per field
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        if self.custom:
            self.changed.emit()
        else:
            self.combo.setCurrentIndex(self.combo.findData(CUSTOM))

    def choice(self) -> Choice:
        """The chosen period; a custom one that makes no sense raises ReportError."""
        if not self.custom:
            return Preset(str(self.combo.currentData()))
        first, last = self.first.date(), self.last.date()
        return ReportPeriod.between(first.toPython(), last.toPython())  # type: ignore[arg-type]


class ReportsPage(QWidget):
    """The page; ``compute`` runs on the runner and returns a ``Report``."""

    loaded = Signal()
    message = Signal(str, bool)  # text, is_error: for the status bar

    def __init__(self, compute: Compute, runner: Runner,
                 today: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports")
        self.compute = compute
        self.runner = runner
        self.ask_save_path: AskPath = ask_save_path
        self.report: Report | None = None
        self.generation = 0
        self.picker = PeriodPicker(today or QDate.currentDate())
        self.picker.changed.connect(self.refresh)
        self.busy = QProgressBar()
        self.busy.setObjectName("reportBusy")
        self.busy.setRange(0, 0)  # indeterminate: the scan has no useful percentage
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.refresh_button = QPushButton(_tr("Refresh"))
        self.refresh_button.setObjectName("reportRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.figures = {
            "incoming": FigureCard("figure_incoming", _tr("customer messages")),
            "first": FigureCard("figure_first", _tr("first response, median")),
            "sla": FigureCard("figure_sla", _tr("responses within target")),
            "waiting": FigureCard("figure_waiting", _tr("waiting now")),
        }
        self.cards = {chart: ChartCard(chart, chart_title(chart)) for chart in Chart}
        for card in self.cards.values():
            card.save_png.connect(lambda key: self.export_png(Chart(key)))
            card.save_csv.connect(lambda key: self.export_csv(Chart(key)))
        self._build()
        self._set_busy(False)

    def _build(self) -> None:
        title = QLabel(_tr("Reports"))
        title.setObjectName("conversationSubject")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.busy)
        head.addWidget(self.picker)
        head.addWidget(self.refresh_button)
        grid = QGridLayout()
        for i, figure in enumerate(self.figures.values()):
            grid.addWidget(figure, 0, i)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addLayout(head)
        layout.addWidget(self.status)
        layout.addLayout(grid)
        for card in self.cards.values():
            layout.addWidget(card)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("reportsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- computing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            choice = self.picker.choice()
        except ReportError as exc:
            self.status.setText(str(exc))
            self.status.setVisible(True)
            return
        self.generation += 1
        generation, compute = self.generation, self.compute

        def wanted() -> bool:
            return generation == self.generation

        def job() -> Report | None:
            if not wanted():
                return None  # a newer choice is queued behind this one: skip the work
            try:
                return compute(choice, wanted)
            except ReportCancelled:
                return None  # a newer choice came while computing: it follows

        self._set_busy(True)
        self.runner.run(job, on_done=lambda report: self._done(generation, report),
                        on_error=lambda text: self._failed(generation, text),
                        what=_tr("Computing the report"))

    def cancel(self) -> None:
        """Drop whatever is computing or queued (the app is closing)."""
        self.generation += 1
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.setProperty("busy", "yes" if busy else "no")
        self.setAccessibleDescription(_tr("Computing the report…") if busy else "")

    def _done(self, generation: int, report: Report | None) -> None:
        if generation != self.generation or report is None:
            return
        self._set_busy(False)
        self.show_report(report)

    def _failed(self, generation: int, text: str) -> None:
        if generation == self.generation:
            self._set_busy(False)
            self.status.setText(text)
            self.status.setVisible(True)

    def show_report(self, report: Report) -> None:
        self.report = report
        weekly = _tr("per week") if report.granularity.value == "week" else _tr("per day")
        self.status.setText(_tr("{period} · {granularity} · times in {zone}").format(
            period=period_text(report), granularity=weekly, zone=report.timezone))
        self.status.setVisible(True)
        first = report.overall_first_median
        sla = report.overall_sla_met_percent
        waiting = report.waiting_now
        values = {
            "incoming": count_text(report.total_incoming),
            "first": duration_text(first),
            "sla": "—" if sla is None else percent_text(sla),
            "waiting": "—" if waiting is None else count_text(waiting),
        }
        for key, text in values.items():
            self.figures[key].set(text)
        for chart, card in self.cards.items():
            card.set_content(chart_data(report, chart), chart_note(report, chart))
        self.loaded.emit()

    # -- exports ----------------------------------------------------------------------------------

    def _suggested(self, chart: Chart, suffix: str) -> str:
        assert self.report is not None
        period = self.report.period
        folder = (QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home()))
        name = f"{chart.value}-{period.start.isoformat()}-{period.last_day.isoformat()}{suffix}"
        return str(Path(folder) / name)

    def export_png(self, chart: Chart) -> Path | None:
        if self.report is None:
            return None
        path = self.ask_save_path(self, _tr("Save the chart as PNG"),
                                  self._suggested(chart, ".png"), _tr("PNG image (*.png)"))
        if not path:
            return None
        target = Path(path).with_suffix(".png")
        image = self.cards[chart].chart.render_image()
        if not image.save(str(target)):
            self.message.emit(_tr("Could not save {file}; check the folder and try again."
                                  ).format(file=str(target)), True)
            return None
        self.message.emit(_tr("Saved {file}.").format(file=target.name), False)
        return target

    def export_csv(self, chart: Chart) -> Path | None:
        if self.report is None:
            return None
        path = self.ask_save_path(self, _tr("Save the chart's data as CSV"),
                                  self._suggested(chart, ".csv"), _tr("CSV file (*.csv)"))
        if not path:
            return None
        target = Path(path).with_suffix(".csv")
        try:
            write_csv(target, self.report, chart)
        except ReportExportError as exc:
            self.message.emit(str(exc), True)
            return None
        self.message.emit(_tr("Saved {file}.").format(file=target.name), False)
        return target
