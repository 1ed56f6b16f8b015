"""Settings → Backups…: defaults, saving, refusing an unusable folder, Back up now, the last
result, the Today warning that opens it, and a mirrored layout."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from agent_assist.core.backup_schedule import Mode, auto_name
from agent_assist.services import backup_schedule as schedule
from agent_assist.services.backup import BackupError
from agent_assist.ui.backups.settings_dialog import BackupSettingsDialog
from agent_assist.ui.features.backups import open_backup_settings
from agent_assist.ui.main_window import MainWindow
from tests.ui.backups.conftest import controller_of, sign_in_as_agent, status_text


def child(dialog: QWidget, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def open_settings(qtbot: QtBot, window: MainWindow) -> BackupSettingsDialog:
    dialog = open_backup_settings(window)
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def save(qtbot: QtBot, window: MainWindow, dialog: BackupSettingsDialog) -> None:
    with qtbot.waitSignal(window.runner.idle, timeout=5000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_opens_with_daily_backups_on_and_a_week_kept(
        qtbot: QtBot, window: MainWindow, folder: Path) -> None:
    dialog = open_settings(qtbot, window)
    assert child(dialog, QCheckBox, "enabled").isChecked()
    assert child(dialog, QLineEdit, "folder").text() == str(folder)
    assert child(dialog, QRadioButton, "modeAfterStart").isChecked()
    assert child(dialog, QSpinBox, "afterMinutes").value() == 10
    assert child(dialog, QSpinBox, "keepDaily").value() == 7
    assert child(dialog, QSpinBox, "keepWeekly").value() == 4
    assert dialog.last.text() == "No backup yet."


def test_changes_are_saved_and_shown_again(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = open_settings(qtbot, window)
    child(dialog, QLineEdit, "folder").setText(str(tmp_path / "usb" / "shop"))
    child(dialog, QRadioButton, "modeAtTime").setChecked(True)
    child(dialog, QTimeEdit, "atTime").setTime(QTime(19, 30))
    child(dialog, QSpinBox, "keepDaily").setValue(14)
    child(dialog, QSpinBox, "keepWeekly").setValue(0)
    save(qtbot, window, dialog)
    assert not dialog.isVisible()
    config = schedule.load_config(window.workspace.repos())
    assert (config.folder, config.mode, config.at_time, config.keep_daily,
            config.keep_weekly) == (str(tmp_path / "usb" / "shop"), Mode.AT_TIME, "19:30", 14, 0)
    assert (tmp_path / "usb" / "shop").is_dir()  # created when saved
    again = open_settings(qtbot, window)
    assert child(again, QTimeEdit, "atTime").time() == QTime(19, 30)
    assert child(again, QSpinBox, "keepWeekly").text() == "none"


def test_an_unusable_folder_is_refused_and_nothing_is_lost(
        qtbot: QtBot, window: MainWindow, folder: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialog = open_settings(qtbot, window)
    child(dialog, QSpinBox, "keepDaily").setValue(3)
    child(dialog, QLineEdit, "folder").setText(str(blocker / "backups"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == f"The folder {blocker / 'backups'} cannot be created: choose " \
                                  "another one."
    assert child(dialog, QSpinBox, "keepDaily").value() == 3  # what was typed is kept
    assert schedule.load_config(window.workspace.repos()).folder == str(folder)


def test_back_up_now_makes_todays_backup_and_shows_the_result(
        qtbot: QtBot, window: MainWindow, folder: Path) -> None:
    dialog = open_settings(qtbot, window)
    controller = controller_of(window)
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        child(dialog, QPushButton, "backupNow").click()
        assert not child(dialog, QPushButton, "backupNow").isEnabled()
    made = [p.name for p in folder.iterdir()]
    assert made == [auto_name(date.fromtimestamp(window.clock()))]
    assert dialog.last.text().startswith("Last backup: ")
    assert dialog.last.text().endswith("integrity checked.")
    assert child(dialog, QPushButton, "backupNow").isEnabled()


def test_a_failed_automatic_backup_shows_on_today_and_opens_the_settings(
        qtbot: QtBot, window: MainWindow) -> None:
    error = BackupError("There is not enough free space in /media/usb for the backup.",
                        "disk_full", "/media/usb")
    schedule.record(window.workspace.repos(),
                    schedule.LastBackup.failed(error, window.clock(), automatic=True))
    today = window.today  # type: ignore[attr-defined]
    with qtbot.waitSignal(today.loaded, timeout=5000):
        today.refresh()
    (button,) = [b for b in today.warning_buttons if b.objectName() == "action_open_backups"]
    button.click()
    dialog = window.backup_settings  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.last.text().startswith("Last backup failed (")
    assert "not enough free space" in dialog.last.text()
    assert status_text(window) == ""  # no stray "fix this account" message


def test_an_agent_cannot_open_the_backup_settings(window: MainWindow) -> None:
    sign_in_as_agent(window)
    assert open_backup_settings(window) is None
    assert window.message.is_error


def test_the_dialog_mirrors_in_right_to_left(qtbot: QtBot, window: MainWindow,
                                             qapp: QApplication) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    dialog = open_settings(qtbot, window)
    qtbot.waitExposed(dialog)
    field = child(dialog, QLineEdit, "folder")
    browse = child(dialog, QPushButton, "chooseFolder")
    origin = QPoint(0, 0)
    assert browse.mapTo(dialog, origin).x() < field.mapTo(dialog, origin).x()
