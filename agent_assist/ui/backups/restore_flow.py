"""File → Restore from backup…: check the file, explain, stop everything, keep a safety
backup, restore, then quit with a sentence telling the owner to start the app again.

Quitting (rather than rebuilding the window in place) is the robust path: every feature,
thread and connection of this process was opened on the old data, and a fresh start opens
the restored profile exactly as any other start does (migrating an older backup too).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from agent_assist.services import backup_schedule as schedule
from agent_assist.services.backup import (
    BackupError,
    CheckedBackup,
    Progress,
    backup,
    restore,
    verify_for_restore,
)
from agent_assist.services.profile_users import other_holders
from agent_assist.services.workspace import Workspace
from agent_assist.ui.backups import texts
from agent_assist.ui.backups.worker import JobThread
from agent_assist.ui.i18n import format_when, isolate

Manifest = dict[str, Any]


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreFlow", text)


class WindowLike(Protocol):
    """What the flow uses of the main window."""

    workspace: Workspace

    def shutdown(self) -> None: ...

    def setEnabled(self, enabled: bool) -> None: ...


def choose_file(parent: QWidget | None, start: str) -> str:
    path, _filter = QFileDialog.getOpenFileName(
        parent, _tr("Restore from backup"), start, _tr("Backups (*.zip);;All files (*)"))
    return path


def confirm_restore(parent: QWidget | None, text: str, details: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Restore from backup"), text,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(details)
    restore_button = box.addButton(_tr("Restore and close"),
                                   QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is restore_button


def quit_app() -> None:
    QApplication.quit()


def inform(parent: QWidget | None, text: str, error: bool) -> None:
    icon = QMessageBox.Icon.Critical if error else QMessageBox.Icon.Information
    QMessageBox(icon, _tr("Restore from backup"), text, QMessageBox.StandardButton.Ok,
                parent).exec()


class RestoreFlow(QObject):
    """One restore attempt; ``done(restored)`` when it ends (the app then quits if it ran).

    The dialogs and the final quit are this module's functions, looked up when the flow
    starts, so tests answer them and drive the real flow without modal boxes.
    """

    done = Signal(bool)

    def __init__(self, window: WindowLike, parent_widget: QWidget | None = None, *,
                 clock: Callable[[], float] = time.time, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.widget = parent_widget
        self.workspace = window.workspace
        self.clock = clock
        self.choose_file: Callable[[QWidget | None, str], str] = choose_file
        self.confirm: Callable[[QWidget | None, str, str], bool] = confirm_restore
        self.inform: Callable[[QWidget | None, str, bool], None] = inform
        self.quit_app: Callable[[], None] = quit_app
        self.outcome: bool | None = None
        self.done.connect(self._ended)
        self.job_thread: JobThread | None = None
        # Every thread object lives as long as the flow: freeing one from inside the
        # delivery of its own signal (verify done -> restore starts) would crash.
        self.threads: list[JobThread] = []
        self.progress: QProgressDialog | None = None
        self.safety: Path | None = None
        self.checked: CheckedBackup | None = None  # the backup checked and unpacked
        self.shut_down = False

    def _ended(self, restored: bool) -> None:
        """However the flow ends (cancelled, refused, restored, failed), the unpacked
        copy of the backup goes."""
        if self.checked is not None:
            self.checked.discard()
            self.checked = None
        self.outcome = restored

    # -- steps ------------------------------------------------------------------------------

    def start(self) -> None:
        repos = self.workspace.repos()
        start = repos.settings.get(schedule.LAST_FOLDER_KEY) or str(
            schedule.backup_folder(schedule.load_config(repos), self.workspace.profile.root))
        chosen = self.choose_file(self.widget, start)
        if not chosen:
            self.done.emit(False)
            return
        path, root = Path(chosen), self.workspace.profile.root
        self._run(lambda _progress: verify_for_restore(path, root), "verify_backup",
                  self._verified, self._refused)

    def _verified(self, checked: CheckedBackup) -> None:
        self.checked = checked
        manifest: Manifest = checked.manifest
        text = _tr("Restore the backup of {when}?").format(
            when=format_when(float(manifest.get("created_at", 0) or 0), self.clock()))
        details = _tr(
            "It holds {conversations} and {messages}. Everything in this profile is replaced "
            "by it; what arrived since stays on your mail server and is fetched again. A "
            "safety backup of the current data is saved first in {folder}. Agent Assist then "
            "closes: start it again to continue.").format(
            conversations=texts.conversations(int(manifest.get("conversations", 0) or 0)),
            messages=texts.messages(int(manifest.get("messages", 0) or 0)),
            folder=isolate(str(self._safety_folder())))
        if not self.confirm(self.widget, text, details):
            self.done.emit(False)
            return
        if other_holders(self.workspace.profile.db_path):
            self._refused(BackupError("in use", "in_use"))
            return
        self._stop_everything()
        profile, safety = self.workspace.profile, self._safety_path()
        self.safety = safety

        def job(progress: Progress) -> Manifest:
            backup(profile, safety, progress=lambda _stage, done: progress("restore", 0.7 * done))
            restored = restore(profile.root, checked, keep_current=False)  # checked above
            progress("restore", 1.0)
            return restored

        self._run(job, "restore", self._restored, self._failed_after_stop)

    def _refused(self, error: BaseException) -> None:
        """Nothing was touched: say why, and the app keeps running."""
        self.inform(self.widget, texts.error_text(error), True)
        self.done.emit(False)

    def _restored(self, manifest: Manifest) -> None:
        self.inform(self.widget, _tr(
            "The backup is restored: {conversations} and {messages}. Your data from before "
            "is saved in {path}. Agent Assist now closes: start it again to continue.").format(
            conversations=texts.conversations(int(manifest.get("conversations", 0) or 0)),
            messages=texts.messages(int(manifest.get("messages", 0) or 0)),
            path=isolate(str(self.safety))), False)
        self.done.emit(True)
        self.quit_app()

    def _failed_after_stop(self, error: BaseException) -> None:
        saved = self.safety is not None and self.safety.is_file()
        follow = (_tr("Your data from before is saved in {path}.").format(
            path=isolate(str(self.safety))) if saved else _tr("Nothing was changed."))
        self.inform(self.widget, " ".join((texts.error_text(error), follow, _tr(
            "Agent Assist now closes: start it again to continue."))), True)
        self.done.emit(False)
        self.quit_app()

    # -- helpers ------------------------------------------------------------------------------

    def _safety_folder(self) -> Path:
        config = schedule.load_config(self.workspace.repos())
        return schedule.backup_folder(config, self.workspace.profile.root)

    def _safety_path(self) -> Path:
        folder = self._safety_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            folder = self.workspace.profile.backups_dir  # e.g. the USB drive is not plugged in
            folder.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y-%m-%d-%H%M%S", time.localtime(self.clock()))
        return folder / f"{schedule.BEFORE_RESTORE_PREFIX}{stamp}.zip"

    def _stop_everything(self) -> None:
        """Sync, sending, timers and the writer stop; this thread's connection closes."""
        self.window.setEnabled(False)
        self.window.shutdown()
        self.workspace.profile.pool.close_all()
        self.shut_down = True

    def _run(self, job: Callable[[Progress], Any], stage: str,
             on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> None:
        dialog = QProgressDialog(texts.stage_text(stage), "", 0, 100, self.widget)
        dialog.setCancelButton(None)  # no cancel: a half-done restore must finish
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        self.progress = dialog
        if stage == "verify_backup":
            dialog.setRange(0, 0)  # no progress to report: a busy indicator
        thread = JobThread(job)
        self.threads.append(thread)
        thread.progressed.connect(lambda _stage, done: dialog.setValue(round(done * 100)))
        thread.succeeded.connect(lambda result: self._finish(on_done, result))
        thread.failed.connect(lambda error: self._finish(on_error, error))
        self.job_thread = thread
        thread.start()

    def _finish(self, then: Callable[[Any], None], value: Any) -> None:
        if self.job_thread is not None:
            self.job_thread.wait()  # it only has to return from run(): the app may quit next
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        then(value)
