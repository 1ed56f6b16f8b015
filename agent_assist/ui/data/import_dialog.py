"""The "Import mail" dialog: choose sources, watch the import run, read what it did.

Three pages: the sources (files and folders, added in any mix), the running import (a
progress bar over the bytes to read, live counts, Cancel) and the summary. The import runs
on its own thread; the window stays usable, and closing this dialog only hides it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agent_assist.services.importer import (
    ImportCounts,
    ImportError_,
    ImportProgress,
    import_paths,
)
from agent_assist.storage.profile import Profile
from agent_assist.ui.bridge import describe_error
from agent_assist.ui.data.jobs import DataJob, Report
from agent_assist.ui.i18n import format_number

ChooseFiles = Callable[[QWidget], list[str]]
ChooseFolder = Callable[[QWidget], str]
PROGRESS_STEPS = 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def choose_files(parent: QWidget) -> list[str]:
    names, _filter = QFileDialog.getOpenFileNames(
        parent, _tr("Choose mail files"), "",
        _tr("Mail (*.eml *.msg *.mbox *.mbx *.json);;All files (*)"))
    return list(names)


def choose_folder(parent: QWidget) -> str:
    return QFileDialog.getExistingDirectory(parent, _tr("Choose a mail folder"))


class ImportDialog(QDialog):
    """Runs one import at a time; ``import_finished(counts)`` when one ends (any way)."""

    import_finished = Signal(object)  # ImportCounts, also when cancelled or failed part-way
    progressed = Signal(object)  # ImportProgress, after each stored batch
    quarantine_requested = Signal()

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import mail"))
        self.profile = profile
        self.choose_files: ChooseFiles = choose_files
        self.choose_folder: ChooseFolder = choose_folder
        self.job: DataJob | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._sources_page())
        self.pages.addWidget(self._running_page())
        self.pages.addWidget(self._summary_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(560, 380)
        self._update_buttons()

    # -- pages ---------------------------------------------------------------------------------

    def _sources_page(self) -> QWidget:
        page = QWidget()
        hint = QLabel(self.tr("Add mbox files, Maildir folders, folders of .eml files or an "
                              "Agent Assist JSON export. Messages already in the inbox are "
                              "skipped, so importing the same files again is safe."))
        hint.setWordWrap(True)
        self.sources = QListWidget()
        self.sources.setObjectName("importSources")
        self.sources.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.sources.itemSelectionChanged.connect(self._update_buttons)
        self.add_files_button = QPushButton(self.tr("Add files…"))
        self.add_files_button.clicked.connect(self._add_files)
        self.add_folder_button = QPushButton(self.tr("Add a folder…"))
        self.add_folder_button.clicked.connect(self._add_folder)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove_selected)
        self.error = QLabel()
        self.error.setObjectName("importError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0262d;")
        self.error.hide()
        self.start_button = QPushButton(self.tr("Import"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        adders = QHBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.remove_button):
            adders.addWidget(button)
        adders.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.sources, 1)
        layout.addLayout(adders)
        layout.addWidget(self.error)
        layout.addLayout(_button_row(self.start_button, close))
        return page

    def _running_page(self) -> QWidget:
        page = QWidget()
        self.running_title = QLabel(self.tr("Importing…"))
        self.running_title.setObjectName("sectionTitle")
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, PROGRESS_STEPS)
        self.bytes_label = QLabel()
        self.imported_label = QLabel("0")
        self.duplicates_label = QLabel("0")
        self.quarantined_label = QLabel("0")
        counts = QFormLayout()  # label | value pairs mirror as a whole in right-to-left
        counts.addRow(self.tr("Imported:"), self.imported_label)
        counts.addRow(self.tr("Already there:"), self.duplicates_label)
        counts.addRow(self.tr("Quarantined (could not be read, kept):"), self.quarantined_label)
        note = QLabel(self.tr("You can keep working meanwhile; closing this window does not "
                              "stop the import."))
        note.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(page)
        layout.addWidget(self.running_title)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.bytes_label)
        layout.addLayout(counts)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addLayout(_button_row(self.cancel_button))
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget()
        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.skipped = QPlainTextEdit()
        self.skipped.setObjectName("importSkipped")
        self.skipped.setReadOnly(True)
        self.skipped.hide()
        self.view_quarantine_button = QPushButton(self.tr("View quarantined messages…"))
        self.view_quarantine_button.clicked.connect(self.quarantine_requested)
        again = QPushButton(self.tr("Import more…"))
        again.clicked.connect(self.restart)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.skipped, 1)
        layout.addStretch(1)
        layout.addLayout(_button_row(self.view_quarantine_button, again, close))
        return page

    # -- sources -------------------------------------------------------------------------------

    def add_paths(self, paths: Sequence[str | Path]) -> None:
        known = set(self.source_paths())
        for path in paths:
            if str(path) and str(path) not in known:
                self.sources.addItem(str(path))
                known.add(str(path))
        self.error.hide()
        self._update_buttons()

    def source_paths(self) -> list[str]:
        return [self.sources.item(i).text() for i in range(self.sources.count())]

    def _add_files(self) -> None:
        self.add_paths(self.choose_files(self))

    def _add_folder(self) -> None:
        folder = self.choose_folder(self)
        if folder:
            self.add_paths([folder])

    def _remove_selected(self) -> None:
        for item in self.sources.selectedItems():
            self.sources.takeItem(self.sources.row(item))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.start_button.setEnabled(self.sources.count() > 0 and self.job is None)
        self.remove_button.setEnabled(bool(self.sources.selectedItems()))

    # -- running -------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self) -> None:
        """Import the listed sources on a thread of its own (one import at a time)."""
        paths = [Path(p) for p in self.source_paths()]
        if self.job is not None or not paths:
            return
        profile = self.profile

        def job(report: Report) -> ImportCounts:
            return import_paths(profile, paths, progress=report)

        self.job = DataJob(job, profile, "agent-assist-import", self)
        self.job.progressed.connect(self._show_progress)
        self.job.progressed.connect(self.progressed)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self._job_ended)
        self._show_progress(ImportProgress(ImportCounts(), 0, 0))
        self.error.hide()
        self.running_title.setText(self.tr("Importing…"))
        self.cancel_button.setEnabled(True)
        self.pages.setCurrentIndex(1)
        self._update_buttons()
        self.job.start()

    def cancel(self) -> None:
        """Stop after the batch being stored; everything stored so far stays."""
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.running_title.setText(self.tr("Stopping after the current batch…"))

    def shutdown(self) -> None:
        """The window is closing: stop the import and wait for its thread (a second or so)."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()

    def _show_progress(self, progress: ImportProgress) -> None:
        self.progress_bar.setValue(round(progress.fraction * PROGRESS_STEPS))
        locale = QLocale()
        self.bytes_label.setText(self.tr("{done} of {total} read").format(
            done=locale.formattedDataSize(progress.done_bytes),
            total=locale.formattedDataSize(progress.total_bytes)))
        counts = progress.counts
        self.imported_label.setText(format_number(counts.imported))
        self.duplicates_label.setText(format_number(counts.duplicates))
        self.quarantined_label.setText(format_number(counts.quarantined))

    def _succeeded(self, counts: ImportCounts) -> None:
        self._finish(counts, "")

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ImportError_):  # already one sentence, with what was stored
            counts, message = exc.counts, str(exc)
        else:  # a bug: one sentence here, the traceback in the log
            counts, message = ImportCounts(), describe_error(self.tr("The import"), exc)
        if counts.imported or counts.duplicates or counts.quarantined:
            self._finish(counts, message)
            return
        # Refused before anything was stored (a missing file, not mail): fix the list.
        self.pages.setCurrentIndex(0)
        self.error.setText(message)
        self.error.show()
        self.import_finished.emit(counts)

    def _job_ended(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self._update_buttons()

    def _finish(self, counts: ImportCounts, error: str) -> None:
        self.summary_label.setText(summary_text(counts, error))
        self.skipped.setPlainText("\n".join(counts.skipped))
        self.skipped.setVisible(bool(counts.skipped))
        self.view_quarantine_button.setVisible(counts.quarantined > 0)
        self.pages.setCurrentIndex(2)
        self.import_finished.emit(counts)

    def restart(self) -> None:
        """Back to the sources page for another import (the list is kept)."""
        self.pages.setCurrentIndex(0)
        self._update_buttons()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing hides the dialog; a running import goes on (File > Import mail shows it).
        event.accept()
        self.hide()


def summary_text(counts: ImportCounts, error: str = "") -> str:
    """What an import did, in a few sentences for the person who ran it."""
    numbers = _tr("imported: {imported} · already there: {duplicates} · quarantined: "
                  "{quarantined}.").format(
        imported=format_number(counts.imported), duplicates=format_number(counts.duplicates),
        quarantined=format_number(counts.quarantined))
    if error:
        lines = [error, _tr("Before that: {numbers} What was imported stays.").format(
            numbers=numbers)]
    elif counts.cancelled:
        lines = [_tr("Import stopped: {numbers}").format(numbers=numbers),
                 _tr("What was imported stays. Import the same files again to continue: "
                     "nothing is imported twice.")]
    else:
        lines = [_tr("Import finished: {numbers}").format(numbers=numbers)]
    if counts.quarantined:
        lines.append(_tr("Quarantined messages could not be read; they are kept with their "
                         "exact bytes."))
    if counts.skipped:
        lines.append(_tr("Some files could not be read and were skipped:"))
    return "\n".join(lines)


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row
