"""The "Export" dialog: what to take out (one conversation, the list, everything), in which
open format, where to; then the export runs on its own thread with a progress bar.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from agent_assist.services.export import ExportCancelled, export_to
from agent_assist.storage.blobs import AttachmentFiles
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import Repos
from agent_assist.ui.bridge import describe_error
from agent_assist.ui.data.jobs import DataJob, Report
from agent_assist.ui.i18n import isolate

ChoosePath = Callable[[QWidget, str, str], str]  # parent, suggested path, name filter
PROGRESS_STEPS = 1000
EXTENSIONS = {"json": ".json", "csv": ".csv", "mbox": ".mbox"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def choose_path(parent: QWidget, suggested: str, name_filter: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, _tr("Export to"), suggested, name_filter)
    return path


@dataclass(frozen=True, slots=True)
class ExportScope:
    """What the window shows when the dialog opens: the ids each choice would export."""

    open_id: int | None
    listed_ids: tuple[int, ...]
    total: int
    list_title: str = ""


@dataclass(frozen=True, slots=True)
class ExportResult:
    """A finished export: where, in which format, how many messages."""

    path: Path
    fmt: str
    messages: int


class ExportDialog(QDialog):
    """One export at a time; ``export_finished(result or None)`` when one ends."""

    export_finished = Signal(object)
    progressed = Signal(int, int)  # conversations done, conversations to export

    def __init__(self, profile: Profile, scope: ExportScope,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.profile = profile
        self.choose_path: ChoosePath = choose_path
        self.folder = Path.home()
        self.job: DataJob | None = None
        self.scope_buttons = QButtonGroup(self)
        self.format_buttons = QButtonGroup(self)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, PROGRESS_STEPS)
        self.progress_bar.hide()
        self.message = QLabel()
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.ask_and_export)
        self.cancel_button = QPushButton(self.tr("Cancel export"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.export_button, self.cancel_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._scope_box())
        layout.addWidget(self._format_box())
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.set_scope(scope)

    def _scope_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What to export"))
        layout = QVBoxLayout(box)
        for key in ("open", "list", "all"):
            button = QRadioButton()
            button.setObjectName(f"scope-{key}")
            self.scope_buttons.addButton(button)
            layout.addWidget(button)
        return box

    def _format_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Format"))
        layout = QVBoxLayout(box)
        texts = {
            "json": self.tr("JSON: everything, complete; Agent Assist can import it again"),
            "csv": self.tr("CSV: one row per message, for spreadsheets"),
            "mbox": self.tr("mbox: the emails exactly as received, for mail programs"),
        }
        for key, text in texts.items():
            button = QRadioButton(text)
            button.setObjectName(f"format-{key}")
            self.format_buttons.addButton(button)
            layout.addWidget(button)
        self.format_button("json").setChecked(True)
        return box

    # -- choices -------------------------------------------------------------------------------

    def set_scope(self, scope: ExportScope) -> None:
        """Refresh the choices from the window (it may have changed since the last time)."""
        self.scope = scope
        open_button, list_button, all_button = (self.scope_button(k)
                                                for k in ("open", "list", "all"))
        open_button.setText(self.tr("The open conversation"))
        open_button.setEnabled(scope.open_id is not None)
        title = f" ({isolate(scope.list_title)})" if scope.list_title else ""
        list_button.setText(QCoreApplication.translate(
            "ExportDialog", "The %n conversation(s) in the current list{title}", None,
            len(scope.listed_ids)).format(title=title))
        list_button.setEnabled(bool(scope.listed_ids))
        all_button.setText(QCoreApplication.translate(
            "ExportDialog", "Everything: %n conversation(s)", None, scope.total))
        current = self.scope_buttons.checkedButton()
        if current is None or not current.isEnabled():
            (open_button if scope.open_id is not None else all_button).setChecked(True)

    def scope_button(self, key: str) -> QRadioButton:
        return self._button(self.scope_buttons, f"scope-{key}")

    def format_button(self, key: str) -> QRadioButton:
        return self._button(self.format_buttons, f"format-{key}")

    @staticmethod
    def _button(group: QButtonGroup, name: str) -> QRadioButton:
        found = next(b for b in group.buttons() if b.objectName() == name)
        assert isinstance(found, QRadioButton)
        return found

    def chosen_format(self) -> str:
        checked = self.format_buttons.checkedButton()
        return checked.objectName().removeprefix("format-") if checked else "json"

    def chosen_ids(self) -> list[int] | None:
        """The conversations to export; None means everything."""
        checked = self.scope_buttons.checkedButton()
        key = checked.objectName().removeprefix("scope-") if checked else "all"
        if key == "open" and self.scope.open_id is not None:
            return [self.scope.open_id]
        if key == "list":
            return list(self.scope.listed_ids)
        return None

    def suggested_path(self) -> Path:
        fmt = self.chosen_format()
        stamp = time.strftime("%Y-%m-%d")
        return self.folder / f"agent-assist-export-{stamp}{EXTENSIONS[fmt]}"

    # -- running -------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.job is not None

    def ask_and_export(self) -> None:
        fmt = self.chosen_format()
        name_filter = {"json": self.tr("JSON (*.json)"), "csv": self.tr("CSV (*.csv)"),
                       "mbox": self.tr("mbox (*.mbox)")}[fmt]
        chosen = self.choose_path(self, str(self.suggested_path()), name_filter)
        if chosen:
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(EXTENSIONS[fmt])
            self.export(path)

    def export(self, path: Path) -> None:
        """Write the chosen conversations to ``path`` on a thread of its own."""
        if self.job is not None:
            return
        fmt, ids, profile = self.chosen_format(), self.chosen_ids(), self.profile
        self.folder = path.parent

        def job(report: Report) -> ExportResult:
            repos = Repos.of(profile.pool.get())
            count = export_to(repos, AttachmentFiles(profile.attachments_dir), fmt, path,
                              conversations=ids,
                              progress=lambda done, total: report((done, total)))
            return ExportResult(path, fmt, count)

        self.job = DataJob(job, profile, "agent-assist-export", self)
        self.job.progressed.connect(self._show_progress)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self._job_ended)
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.message.setText(self.tr("Exporting to {path}…").format(path=isolate(str(path))))
        self._set_running(True)
        self.job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def shutdown(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.wait()

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        for button in (*self.scope_buttons.buttons(), *self.format_buttons.buttons()):
            button.setEnabled(not running and self._available(button))

    def _available(self, button: object) -> bool:
        if button is self.scope_button("open"):
            return self.scope.open_id is not None
        if button is self.scope_button("list"):
            return bool(self.scope.listed_ids)
        return True

    def _show_progress(self, progress: tuple[int, int]) -> None:
        done, total = progress
        self.progress_bar.setValue(PROGRESS_STEPS if not total
                                   else round(done / total * PROGRESS_STEPS))
        self.progressed.emit(done, total)

    def _succeeded(self, result: ExportResult) -> None:
        self.progress_bar.setValue(PROGRESS_STEPS)
        self.message.setText(exported_text(result))
        self.export_finished.emit(result)

    def _failed(self, exc: Exception) -> None:
        self.progress_bar.hide()
        if isinstance(exc, ExportCancelled):
            self.message.setText(self.tr("Export cancelled: nothing was written."))
        else:
            self.message.setText(describe_error(self.tr("The export"), exc))
        self.export_finished.emit(None)

    def _job_ended(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self._set_running(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        # A running export goes on (File > Export… shows it again); the dialog just hides.
        event.accept()
        self.hide()


def exported_text(result: ExportResult) -> str:
    path = isolate(str(result.path))
    if result.fmt == "mbox":  # chat messages have no email form: only emails go to mbox
        text = QCoreApplication.translate("ExportDialog", "Exported %n email(s) to {path}.",
                                          None, result.messages)
    else:
        text = QCoreApplication.translate("ExportDialog", "Exported %n message(s) to {path}.",
                                          None, result.messages)
    return text.format(path=path)
