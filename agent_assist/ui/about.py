"""The About dialog: name, version, Qt/PySide6, SQLite, profile folder and license."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_assist import APP_NAME, __version__
from agent_assist.paths import resources_dir

LICENSE = "MIT"
ICON_FILE = ("icons", "agent-assist.svg")


def app_icon() -> QIcon:
    """The app's icon from resources/icons (an empty icon when the file is missing)."""
    try:
        path = resources_dir().joinpath(*ICON_FILE)
    except FileNotFoundError:
        return QIcon()
    return QIcon(str(path)) if path.is_file() else QIcon()


def about_details(profile_root: Path | None) -> list[tuple[str, str]]:
    """The (label, value) rows the dialog shows, translated; also what "Copy" puts out."""
    # Literal QCoreApplication.translate calls: lupdate only extracts those.
    if getattr(sys, "frozen", False):
        build = QCoreApplication.translate("AboutDialog", "installed build")
    else:
        build = QCoreApplication.translate("AboutDialog", "from source")
    profile = str(profile_root) if profile_root else QCoreApplication.translate(
        "AboutDialog", "none")
    license_text = QCoreApplication.translate("AboutDialog", "{name} License")
    return [
        (QCoreApplication.translate("AboutDialog", "Version"), f"{__version__} ({build})"),
        (QCoreApplication.translate("AboutDialog", "Qt"),
         f"{qVersion()} (PySide6 {PYSIDE_VERSION})"),
        (QCoreApplication.translate("AboutDialog", "SQLite"), sqlite3.sqlite_version),
        (QCoreApplication.translate("AboutDialog", "Python"), sys.version.split()[0]),
        (QCoreApplication.translate("AboutDialog", "Profile"), profile),
        (QCoreApplication.translate("AboutDialog", "License"), license_text.format(name=LICENSE)),
    ]


class AboutDialog(QDialog):
    """Modal About box; "Copy details" puts the versions on the clipboard for support mail."""

    def __init__(self, profile_root: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self._profile_root = profile_root
        self.details = about_details(profile_root)

        icon = QLabel(self)
        pixmap = app_icon().pixmap(72, 72)
        if not pixmap.isNull():
            icon.setPixmap(pixmap)
        title = QLabel(f"<b style='font-size:16pt'>{APP_NAME}</b>", self)
        tagline = QLabel(self.tr(
            "One inbox for your shop's email and chats, so no customer waits unanswered."
        ), self)
        tagline.setWordWrap(True)
        header_text = QVBoxLayout()
        header_text.addWidget(title)
        header_text.addWidget(tagline)
        header = QHBoxLayout()
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(header_text, 1)

        form = QFormLayout()
        self.value_labels: dict[str, QLabel] = {}
        for label, value in self.details:
            field = QLabel(value, self)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            form.addRow(label, field)
            self.value_labels[label] = field

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.open_button: QPushButton | None = None
        if profile_root is not None:
            self.open_button = QPushButton(self.tr("Open profile folder"), self)
            buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.open_button.clicked.connect(self.open_profile_folder)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def details_text(self) -> str:
        lines = [f"{APP_NAME} {__version__}"]
        lines += [f"{label}: {value}" for label, value in self.details]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())

    def open_profile_folder(self) -> bool:
        if self._profile_root is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._profile_root)))


def show_about(parent: QWidget | None, profile_root: Path | None) -> None:
    """Open the About dialog modally over ``parent``."""
    dialog = AboutDialog(profile_root, parent)
    dialog.exec()
    dialog.deleteLater()


def install_about_action(window: QMainWindow, profile_root: Path | None) -> QAction:
    """Add Help > About to ``window``'s menu bar (on macOS Qt moves it to the app menu)."""
    about = QCoreApplication.translate("AboutDialog", "&About {app}")
    action = QAction(about.format(app=APP_NAME), window)
    action.setObjectName("aboutAction")
    action.setMenuRole(QAction.MenuRole.AboutRole)
    action.triggered.connect(lambda: show_about(window, profile_root))
    # Share the Help menu with other features (ui/features names its menus "menu-<key>").
    help_menu = window.menuBar().findChild(QMenu, "menu-help")
    if not isinstance(help_menu, QMenu):
        help_menu = window.menuBar().addMenu(QCoreApplication.translate("AboutDialog", "&Help"))
        help_menu.setObjectName("menu-help")
    help_menu.addAction(action)
    return action
