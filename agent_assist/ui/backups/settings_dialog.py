"""Settings → Backups…: daily backups on or off, where, when, how many; the last result."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.backup_schedule import (
    AFTER_MINUTES_RANGE,
    KEEP_DAILY_RANGE,
    KEEP_WEEKLY_RANGE,
    Mode,
    ScheduleConfig,
)
from agent_assist.services.backup_schedule import LastBackup
from agent_assist.ui.backups import texts
from agent_assist.ui.i18n import format_when, isolate

ChooseFolder = Callable[[QWidget, str], str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupSettingsDialog", text)


def choose_folder(parent: QWidget, start: str) -> str:
    return QFileDialog.getExistingDirectory(parent, _tr("Folder for the backups"), start)


class BackupSettingsDialog(QDialog):
    """Edits a :class:`ScheduleConfig`; ``saved(config)`` when the owner saves it.

    ``backup_now_requested(config)`` asks for the automatic backup at once (with the
    settings on screen, saved first).
    """

    saved = Signal(object)
    backup_now_requested = Signal(object)

    def __init__(self, config: ScheduleConfig, default_folder: Path,
                 last: LastBackup | None = None, *, clock: Callable[[], float] = time.time,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.setObjectName("backupSettings")
        self.default_folder = default_folder
        self.clock = clock
        self.choose_folder: ChooseFolder = choose_folder
        self._build()
        self.load(config)
        self.show_last(last)

    # -- construction ------------------------------------------------------------------------

    def _build(self) -> None:
        self.enabled = QCheckBox(self.tr("Back up automatically every day"))
        self.enabled.setObjectName("enabled")
        self.folder = QLineEdit()
        self.folder.setObjectName("folder")
        self.folder.setPlaceholderText(str(self.default_folder))
        browse = QPushButton(self.tr("Choose…"))
        browse.setObjectName("chooseFolder")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        hint = QLabel(self.tr("Safest on another disk or a USB drive; a network folder works "
                              "too. Empty: the default folder shown."))
        hint.setObjectName("meta")
        hint.setWordWrap(True)
        self.after_start = QRadioButton(self.tr("Once Agent Assist has run for"))
        self.after_start.setObjectName("modeAfterStart")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("afterMinutes")
        self.minutes.setRange(*AFTER_MINUTES_RANGE)
        self.minutes.setSuffix(self.tr(" min"))
        self.at_time = QRadioButton(self.tr("Every day at"))
        self.at_time.setObjectName("modeAtTime")
        self.time = QTimeEdit()
        self.time.setObjectName("atTime")
        self.time.setDisplayFormat("HH:mm")
        modes = QButtonGroup(self)
        modes.addButton(self.after_start)
        modes.addButton(self.at_time)
        when = QVBoxLayout()
        for radio, field in ((self.after_start, self.minutes), (self.at_time, self.time)):
            row = QHBoxLayout()
            row.addWidget(radio)
            row.addWidget(field)
            row.addStretch(1)
            when.addLayout(row)
        self.keep_daily = QSpinBox()
        self.keep_daily.setObjectName("keepDaily")
        self.keep_daily.setRange(*KEEP_DAILY_RANGE)
        self.keep_weekly = QSpinBox()
        self.keep_weekly.setObjectName("keepWeekly")
        self.keep_weekly.setRange(*KEEP_WEEKLY_RANGE)
        self.keep_weekly.setSpecialValueText(self.tr("none"))
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow("", hint)
        form.addRow(self.tr("When"), when)
        form.addRow(self.tr("Daily backups to keep"), self.keep_daily)
        form.addRow(self.tr("Weekly backups to keep"), self.keep_weekly)
        self.last = QLabel()
        self.last.setObjectName("lastBackup")
        self.last.setTextFormat(Qt.TextFormat.PlainText)
        self.last.setWordWrap(True)
        self.backup_now = QPushButton(self.tr("Back up now"))
        self.backup_now.setObjectName("backupNow")
        self.backup_now.clicked.connect(self._backup_now)
        last_row = QHBoxLayout()
        last_row.addWidget(self.last, 1)
        last_row.addWidget(self.backup_now)
        self.error = QLabel()
        self.error.setObjectName("statusError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(last_row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.enabled.toggled.connect(self._enable_fields)

    def _enable_fields(self, on: bool) -> None:
        for widget in (self.after_start, self.at_time, self.minutes, self.time,
                       self.keep_daily, self.keep_weekly):
            widget.setEnabled(on)

    # -- data --------------------------------------------------------------------------------

    def load(self, config: ScheduleConfig) -> None:
        self.error.hide()
        self.enabled.setChecked(config.enabled)
        self._enable_fields(config.enabled)
        self.folder.setText(config.folder)
        self.after_start.setChecked(config.mode is Mode.AFTER_START)
        self.at_time.setChecked(config.mode is Mode.AT_TIME)
        self.minutes.setValue(config.after_minutes)
        self.time.setTime(QTime.fromString(config.at_time, "HH:mm"))
        self.keep_daily.setValue(config.keep_daily)
        self.keep_weekly.setValue(config.keep_weekly)

    def config(self) -> ScheduleConfig:
        return ScheduleConfig(
            enabled=self.enabled.isChecked(), folder=self.folder.text().strip(),
            keep_daily=self.keep_daily.value(), keep_weekly=self.keep_weekly.value(),
            mode=Mode.AT_TIME if self.at_time.isChecked() else Mode.AFTER_START,
            after_minutes=self.minutes.value(), at_time=self.time.time().toString("HH:mm"))

    def show_last(self, last: LastBackup | None) -> None:
        if last is None:
            self.last.setText(self.tr("No backup yet."))
        elif last.ok:
            self.last.setText(self.tr("Last backup: {when}, {conversations}, {size} — "
                                      "integrity checked.").format(
                when=format_when(last.at, self.clock()),
                conversations=texts.conversations(last.conversations),
                size=texts.size_text(last.size)))
        else:
            self.last.setText(self.tr("Last backup failed ({when}): {reason}").format(
                when=format_when(last.at, self.clock()), reason=last.error))
        self.last.setProperty("failed", "yes" if last is not None and not last.ok else "no")

    def backup_started(self, _automatic: bool) -> None:
        self.set_running(True)

    def backup_finished(self, last: LastBackup) -> None:
        self.set_running(False)
        self.show_last(last)

    def set_running(self, running: bool) -> None:
        self.backup_now.setEnabled(not running)
        if running:
            self.last.setText(self.tr("Backing up…"))

    # -- actions ------------------------------------------------------------------------------

    def _browse(self) -> None:
        start = self.folder.text().strip() or str(self.default_folder)
        chosen = self.choose_folder(self, start)
        if chosen:
            self.folder.setText(chosen)

    def _checked_config(self) -> ScheduleConfig | None:
        """The settings on screen, once their folder exists and is writable."""
        config = self.config()
        folder = Path(config.folder).expanduser() if config.folder else self.default_folder
        problem = ""
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            problem = self.tr("The folder {path} cannot be created: choose another one.")
        else:
            if not os.access(folder, os.W_OK):
                problem = self.tr("The folder {path} is not writable: choose another one.")
        self.error.setText(problem.format(path=isolate(str(folder))))
        self.error.setVisible(bool(problem))
        return None if problem else config

    def _save(self) -> None:
        config = self._checked_config()
        if config is not None:
            self.saved.emit(config)
            self.accept()

    def _backup_now(self) -> None:
        config = self._checked_config()
        if config is not None:
            self.saved.emit(config)
            self.backup_now_requested.emit(config)
