"""The Today view: who waits, how today went, what needs fixing — or a well-earned coffee."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from agent_assist.ui.figure_card import FigureCard
from agent_assist.ui.labels import format_wait
from agent_assist.ui.sla_badge import format_business_duration
from agent_assist.ui.today.warning_text import warning_text

Report = Mapping[str, Any]


class Runner(Protocol):
    """What the view needs from ``ui.bridge.TaskRunner``."""

    def run(self, fn: Callable[[], Any], *, on_done: Callable[[Any], None] | None = ...,
            what: str = ...) -> int: ...


class TodayView(QWidget):
    """Reads ``status_report`` (via ``load``) and shows it; warnings carry one-click actions.

    ``action_requested(action, account)`` asks the main window to act: ``backfill``,
    ``sync_now``, ``open_outbox``, ``open_accounts`` or ``open_settings``.
    """

    action_requested = Signal(str, str)
    loaded = Signal()

    def __init__(self, load: Callable[[], Report], runner: Runner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today")
        self.load = load
        self.runner = runner
        self.report: Report = {}
        title = QLabel(self.tr("Today"))
        title.setObjectName("conversationSubject")
        captions = {
            "waiting": self.tr("waiting now"),
            "oldest": self.tr("oldest wait (business hours)"),
            "answered": self.tr("answered today"),
            "median": self.tr("first response, median today"),
            "sla": self.tr("answered within target today"),
        }
        self.metrics = {key: FigureCard(f"metric_{key}", caption, scale=1.9)
                        for key, caption in captions.items()}
        grid = QGridLayout()
        for i, metric in enumerate(self.metrics.values()):
            grid.addWidget(metric, 0, i)
        self.risk = QLabel()
        self.risk.setObjectName("todayRisk")
        self.risk.setWordWrap(True)
        self.all_clear = self._build_all_clear()
        self.warnings_title = QLabel(self.tr("Needs attention"))
        self.warnings_title.setObjectName("sectionTitle")
        self.warnings_box = QVBoxLayout()
        self.warning_buttons: list[QPushButton] = []
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(self.risk)
        layout.addWidget(self.all_clear)
        layout.addWidget(self.warnings_title)
        layout.addLayout(self.warnings_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.show_report({})

    def _build_all_clear(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("todayAllClear")
        cup = QLabel("☕")
        font = cup.font()
        font.setPointSizeF(font.pointSizeF() * 3.5)
        cup.setFont(font)
        cup.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.all_clear_text = QLabel(self.tr("Everyone has an answer."))
        self.all_clear_text.setObjectName("cardTitle")
        self.all_clear_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.all_clear_detail = QLabel()
        self.all_clear_detail.setObjectName("meta")
        self.all_clear_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.all_clear_detail.setWordWrap(True)
        layout = QVBoxLayout(frame)
        for widget in (cup, self.all_clear_text, self.all_clear_detail):
            layout.addWidget(widget)
        return frame

    # -- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload on the worker when there is one (the report reads a few queries)."""
        if self.runner is None:
            self.show_report(self.load())
        else:
            self.runner.run(self.load, on_done=self.show_report,
                            what=self.tr("Loading today's figures"))

    def show_report(self, report: Report) -> None:
        self.report = report
        waiting = int(report.get("needs_reply", 0) or 0)
        answered = int(report.get("answered_today", 0) or 0)
        self.metrics["waiting"].set(str(waiting))
        oldest = report.get("oldest_wait_business_seconds")
        real = report.get("oldest_wait_seconds")
        self.metrics["oldest"].set(
            format_business_duration(float(oldest)) if waiting and oldest is not None else "—",
            self.tr("{wait} on the clock").format(wait=format_wait(float(real)))
            if waiting and real else "")
        self.metrics["answered"].set(str(answered))
        median = report.get("first_response_median_today_seconds")
        self.metrics["median"].set("—" if median is None
                                   else format_business_duration(float(median)))
        met = report.get("sla_met_percent_today")
        self.metrics["sla"].set("—" if met is None else f"{float(met):.0f} %")
        self._show_risk(int(report.get("at_risk", 0) or 0), int(report.get("breached", 0) or 0))
        self.all_clear.setVisible(bool(report) and waiting == 0)
        if answered:
            self.all_clear_detail.setText(self.tr(
                "%n conversation answered today. Time for a coffee." if answered == 1 else
                "%n conversations answered today. Time for a coffee.", "", answered))
        else:
            self.all_clear_detail.setText(self.tr("Nothing is waiting. Enjoy the calm."))
        self._show_warnings(list(report.get("warnings", []) or []))
        self.loaded.emit()

    def _show_risk(self, at_risk: int, breached: int) -> None:
        parts = []
        if breached:
            parts.append(self.tr("%n overdue", "", breached))
        if at_risk:
            parts.append(self.tr("%n due soon", "", at_risk))
        self.risk.setText(" · ".join(parts))
        self.risk.setVisible(bool(parts))

    def _action_label(self, action: str) -> str:
        return {
            "backfill": self.tr("Fetch them now"),
            "sync_now": self.tr("Sync now"),
            "open_outbox": self.tr("Open outbox"),
            "open_accounts": self.tr("Check the account"),
            "open_settings": self.tr("Open settings"),
            "open_quarantine": self.tr("Show them"),
        }.get(action, self.tr("Open"))

    def _show_warnings(self, warnings: list[Mapping[str, str]]) -> None:
        while self.warnings_box.count():
            item = self.warnings_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.warning_buttons = []
        for warning in warnings:
            row = QFrame()
            row.setObjectName("todayWarning")
            text = QLabel(warning_text(warning))
            text.setWordWrap(True)
            text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            action, account = str(warning.get("action", "")), str(warning.get("account", ""))
            button = QPushButton(self._action_label(action))
            button.setObjectName(f"action_{action}")
            button.clicked.connect(
                lambda _=False, a=action, acc=account: self.action_requested.emit(a, acc))
            self.warning_buttons.append(button)
            layout = QHBoxLayout(row)
            layout.addWidget(text, 1)
            layout.addWidget(button)
            self.warnings_box.addWidget(row)
        self.warnings_title.setVisible(bool(warnings))
