"""About dialog: the version from the package, Qt/SQLite versions, profile path, copy, menu."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QTimer, qVersion
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from agent_assist import __version__
from agent_assist.ui.about import AboutDialog, about_details, app_icon, install_about_action


def test_details_show_version_qt_sqlite_profile_and_license(tmp_path: Path) -> None:
    rows = dict(about_details(tmp_path / "shop"))
    assert rows["Version"].startswith(__version__)
    assert qVersion() in rows["Qt"] and pyside_version in rows["Qt"]
    assert rows["SQLite"] == sqlite3.sqlite_version
    assert rows["Profile"] == str(tmp_path / "shop")
    assert "MIT" in rows["License"]


def test_dialog_lists_rows_and_copies_them(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path, None)
    qtbot.addWidget(dialog)
    assert dialog.value_labels["Profile"].text() == str(tmp_path)
    assert dialog.windowTitle() == "About Agent Assist"
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert f"Agent Assist {__version__}" in copied
    assert f"Profile: {tmp_path}" in copied
    assert dialog.open_button is not None


def test_dialog_without_profile_has_no_open_button(qtbot: QtBot) -> None:
    dialog = AboutDialog(None, None)
    qtbot.addWidget(dialog)
    assert dialog.open_button is None
    assert dialog.value_labels["Profile"].text() == "none"


def test_app_icon_is_the_shipped_svg() -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert not icon.pixmap(64, 64).isNull()


def test_about_joins_an_existing_help_menu(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    existing = window.menuBar().addMenu("&Help")
    existing.setObjectName("menu-help")
    action = install_about_action(window, None)
    assert [a.text() for a in window.menuBar().actions()].count("&Help") == 1
    assert action in existing.actions()


def test_help_menu_action_opens_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    action = install_about_action(window, tmp_path)
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Help" in titles
    seen: list[AboutDialog] = []

    def close_dialog() -> None:
        # Runs inside the dialog's own exec() loop, so the dialog is already the modal one.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, AboutDialog) and widget.isVisible():
                seen.append(widget)
                widget.reject()

    QTimer.singleShot(0, close_dialog)
    action.trigger()  # returns once the modal dialog closed
    assert len(seen) == 1
    assert dict(seen[0].details)["Profile"] == str(tmp_path)
