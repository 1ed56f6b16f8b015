"""Runs backups for one window: "Back up now…", the daily schedule, progress and results.

One backup at a time, each on its own :class:`JobThread` with its own connection, so the
window's writer worker (replies, sync results) never waits behind a backup.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, tzinfo
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QProgressBar, QWidget

from agent_assist.core.backup_schedule import Reason, ScheduleConfig, decide
from agent_assist.services import backup_schedule as schedule
from agent_assist.services.backup import BackupError, BackupInfo, Progress, backup
from agent_assist.services.workspace import Workspace
from agent_assist.storage.repositories import Repos
from agent_assist.ui.backups import texts
from agent_assist.ui.backups.worker import Cancelled, JobThread

Clock = Callable[[], float]
Notify = Callable[[str, bool], None]  # text, is_error
AskPath = Callable[[QWidget | None, str], str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def ask_save_path(parent: QWidget | None, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(
        parent, _tr("Back up to"), suggested, _tr("Backups (*.zip)"))
    return path


class BackupIndicator(QWidget):
    """Progress in the status bar while a backup runs (hidden otherwise)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupIndicator")
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setMaximumWidth(160)
        layout = QHBoxLayout(self)  # a layout: mirrored as a whole in right-to-left languages
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def show_progress(self, stage: str, done: float) -> None:
        self.label.setText(texts.stage_text(stage))
        self.bar.setValue(round(done * 100))
        self.show()


class BackupController(QObject):
    """Starts backups and reports them; ``finished(LastBackup)`` after each one."""

    started = Signal(bool)  # automatic?
    finished = Signal(object)  # schedule.LastBackup
    automatic_failed = Signal(str)  # the sentence, for a tray notification

    def __init__(self, workspace: Workspace, notify: Notify, *, clock: Clock = time.time,
                 tz: tzinfo | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.notify = notify
        self.clock = clock
        self.tz = tz
        self.started_at = clock()
        self.ask_save_path: AskPath = ask_save_path
        self.indicator = BackupIndicator()
        self.job_thread: JobThread | None = None
        self.closed = False
        self._outcome: tuple[schedule.LastBackup, str, bool] | None = None
        self._ended: JobThread | None = None

    @property
    def running(self) -> bool:
        return self.job_thread is not None

    # -- what the owner asks for ------------------------------------------------------------

    def suggested_path(self) -> Path:
        """agent-assist-backup-YYYY-MM-DD.zip in the last folder used (else the backups')."""
        repos = self.workspace.repos()
        name = f"agent-assist-backup-{date.fromtimestamp(self.clock()).isoformat()}.zip"
        for folder in (repos.settings.get(schedule.LAST_FOLDER_KEY),
                       schedule.backup_folder(schedule.load_config(repos),
                                              self.workspace.profile.root),
                       platformdirs.user_documents_dir()):
            if folder and Path(folder).is_dir():
                return Path(folder) / name
        return Path.home() / name

    def ask_and_back_up(self, parent: QWidget | None = None) -> bool:
        """The save dialog, then the backup; False when cancelled or one is running."""
        if self._refuse_if_running():
            return False
        chosen = self.ask_save_path(parent, str(self.suggested_path()))
        if not chosen:
            return False
        out = Path(chosen)
        if out.suffix.lower() != ".zip":
            out = out.with_name(out.name + ".zip")
        return self.back_up_to(out)

    def back_up_to(self, out: Path) -> bool:
        profile = self.workspace.profile
        return self._start(lambda progress: backup(profile, out, progress=progress),
                           automatic=False)

    def back_up_scheduled(self, config: ScheduleConfig | None = None) -> bool:
        """Today's automatic backup now, into the configured folder, with rotation."""
        if self._refuse_if_running():
            return False
        profile, now, tz = self.workspace.profile, self.clock(), self.tz
        config = config or schedule.load_config(self.workspace.repos())
        return self._start(lambda progress: schedule.run_automatic(
            profile, config, now, tz=tz, progress=progress), automatic=True)

    def check_schedule(self) -> None:
        """Called every minute (and once after start-up): run the daily backup when due."""
        if self.schedule_decision() is Reason.DUE:
            self.back_up_scheduled()

    def schedule_decision(self) -> Reason:
        """The scheduler's answer now (settings are a cheap read on the GUI thread)."""
        if self.running or self.closed:
            return Reason.DONE
        repos = self.workspace.repos()
        return decide(schedule.load_config(repos), schedule.load_state(repos), self.clock(),
                      self.started_at, self.tz).reason

    def shutdown(self) -> None:
        """Stop a running backup (its partial file is removed) and wait for its thread."""
        self.closed = True
        thread = self.job_thread
        if thread is not None:
            thread.cancel()
            thread.wait()

    # -- running ----------------------------------------------------------------------------

    def _refuse_if_running(self) -> bool:
        if self.running:
            self.notify(_tr("A backup is already running."), False)
        return self.running

    def _start(self, make: Callable[[Progress], BackupInfo], *, automatic: bool) -> bool:
        if self._refuse_if_running():
            return False
        pool, clock = self.workspace.profile.pool, self.clock

        def job(progress: Progress) -> schedule.LastBackup:
            repos = Repos.of(pool.get())  # this thread's own connection
            try:
                info = make(progress)
            except Cancelled:
                raise
            except Exception as exc:
                error = exc if isinstance(exc, BackupError) else BackupError(str(exc))
                schedule.record(repos, schedule.LastBackup.failed(error, clock(),
                                                                  automatic=automatic))
                raise
            last = schedule.LastBackup.of(info, automatic=automatic)
            schedule.record(repos, last)
            return last

        thread = JobThread(job, on_exit=pool.close_current)
        thread.progressed.connect(self.indicator.show_progress)
        thread.succeeded.connect(self._succeeded)
        thread.failed.connect(lambda exc: self._failed(exc, automatic))
        thread.finished.connect(self._thread_done)
        self.job_thread = thread
        self.indicator.show_progress("snapshot", 0.0)
        self.started.emit(automatic)
        thread.start()
        return True

    def _succeeded(self, last: schedule.LastBackup) -> None:
        self._outcome = (last, texts.saved_text(last.conversations, last.messages), False)

    def _failed(self, error: BaseException, automatic: bool) -> None:
        if isinstance(error, Cancelled):
            self._outcome = None
            return
        sentence = texts.error_text(error)
        kind = error.kind if isinstance(error, BackupError) else ""
        last = schedule.LastBackup(self.clock(), False, automatic, error=sentence, kind=kind)
        self._outcome = (last, sentence, True)

    def _thread_done(self) -> None:
        """The thread has ended: only now is the controller free, and the outcome told."""
        thread, self.job_thread = self.job_thread, None
        self.indicator.hide()
        if thread is not None:
            thread.wait()  # "finished" comes just before the thread really ends
        # Kept until the next backup replaces it: deleting a thread object from inside the
        # delivery of its own signal is what crashes.
        self._ended = thread
        outcome, self._outcome = self._outcome, None
        if outcome is None:
            return
        last, sentence, error = outcome
        self.notify(sentence, error)
        if error and last.automatic:
            self.automatic_failed.emit(sentence)
        self.finished.emit(last)
