"""Saving and opening attachments safely: save-as by default, opening asks first, and
executables or scripts are never opened directly (by extension, MIME type or content).

The conversation view shows an :class:`AttachmentStrip` per message; its buttons call one
shared :class:`AttachmentActions`, which holds the dialogs (injectable for tests).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)

from agent_assist.channels.email.mime import safe_filename
from agent_assist.core.models import Attachment
from agent_assist.storage.blobs import AttachmentFiles

#: Files that run code when "opened" on Windows, macOS or Linux desktops.
EXECUTABLE_EXTENSIONS = frozenset({
    "exe", "bat", "cmd", "com", "msi", "msp", "msix", "appx", "scr", "pif", "cpl", "hta",
    "js", "jse", "vbs", "vbe", "wsf", "wsh", "ps1", "psm1", "psc1", "reg", "inf", "lnk",
    "url", "scf", "jar", "jnlp", "sh", "bash", "zsh", "csh", "ksh", "command", "tool",
    "app", "pkg", "mpkg", "dmg", "deb", "rpm", "run", "bin", "elf", "out", "appimage",
    "desktop", "py", "pyw", "pl", "rb", "php", "dll", "sys", "drv", "ocx", "gadget",
    "applescript", "scpt", "workflow", "action", "iso", "img", "vhd", "vhdx", "xll",
    "docm", "xlsm", "pptm", "dotm", "xltm", "xlam", "ppam", "settingcontent-ms",
})
EXECUTABLE_TYPES = frozenset({
    "application/x-msdownload", "application/x-msdos-program", "application/x-ms-installer",
    "application/x-msi", "application/x-ms-shortcut", "application/x-executable",
    "application/x-elf", "application/x-mach-binary", "application/x-sharedlib",
    "application/vnd.microsoft.portable-executable", "application/x-dosexec",
    "application/x-sh", "application/x-shellscript", "application/x-csh",
    "application/x-bat", "application/bat", "application/x-javascript",
    "application/javascript", "text/javascript", "application/ecmascript",
    "text/vbscript", "application/x-vbscript", "application/hta", "text/x-python",
    "application/x-python-code", "application/x-perl", "application/x-ruby",
    "application/java-archive", "application/x-java-archive", "application/x-java-jnlp-file",
    "application/x-apple-diskimage", "application/vnd.debian.binary-package",
    "application/x-rpm", "application/x-desktop", "application/x-iso9660-image",
    "application/vnd.ms-excel.sheet.macroenabled.12",
    "application/vnd.ms-word.document.macroenabled.12",
    "application/vnd.ms-powerpoint.presentation.macroenabled.12",
})
# Content that is a program whatever its name says (Windows PE, ELF, Mach-O, scripts).
_EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"#!", b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf",
                     b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Attachments", text)


def is_executable(filename: str, content_type: str, head: bytes = b"") -> bool:
    """Whether opening this file could run code: any extension (``a.pdf.exe``), its
    declared type, or its first bytes say so."""
    # safe_filename drops the tricks first: bidi overrides, trailing dots and spaces.
    name = safe_filename(filename).lower()
    if "." in name and name.rsplit(".", 1)[1] in EXECUTABLE_EXTENSIONS:
        return True
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime in EXECUTABLE_TYPES:
        return True
    return head.startswith(_EXECUTABLE_MAGIC)


Confirm = Callable[[QWidget | None, str, str], bool]
ChoosePath = Callable[[QWidget | None, str, str], str]
Inform = Callable[[QWidget | None, str, str], None]


def _ask(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Open
                                  | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Open


def _choose_path(parent: QWidget | None, title: str, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested)
    return path


def _inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def _open_url(path: Path) -> bool:
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


class AttachmentActions(QObject):
    """Save (the default) or open attachments of stored messages."""

    #: One sentence for the status bar (saved, refused, or why it failed).
    message = Signal(str, bool)  # text, is_error

    def __init__(
        self, files: AttachmentFiles, parent: QWidget | None = None, *,
        confirm: Confirm = _ask, choose_path: ChoosePath = _choose_path,
        inform: Inform = _inform, open_file: Callable[[Path], bool] = _open_url,
        temp_root: Path | None = None, save_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.files = files
        self.parent_widget = parent
        self.confirm, self.choose_path, self.inform = confirm, choose_path, inform
        self.open_file = open_file
        self._temp_root = temp_root
        self.save_dir = save_dir or Path.home()

    def _bytes(self, attachment: Attachment) -> bytes | None:
        try:
            return self.files.get(attachment.sha256)
        except OSError:
            self.message.emit(_tr("The file {name} is missing from the profile folder; "
                                  "it can be recovered from the original message.").format(
                                      name=safe_filename(attachment.filename)), True)
            return None

    def save(self, attachment: Attachment) -> Path | None:
        """Ask where to save a copy (a safe file name is suggested); returns the path."""
        name = safe_filename(attachment.filename)
        target = self.choose_path(self.parent_widget, _tr("Save attachment"),
                                  str(self.save_dir / name))
        if not target:
            return None
        data = self._bytes(attachment)
        if data is None:
            return None
        path = Path(target)
        try:
            path.write_bytes(data)
        except OSError as exc:
            self.message.emit(_tr("Could not save {name}: {reason}.").format(
                name=name, reason=exc.strerror or type(exc).__name__), True)
            return None
        self.save_dir = path.parent
        self.message.emit(_tr("Saved {name}.").format(name=path.name), False)
        return path

    def open(self, attachment: Attachment) -> Path | None:
        """Open with the system's viewer after confirmation; executables are refused."""
        name = safe_filename(attachment.filename)
        data = self._bytes(attachment)
        if data is None:
            return None
        if is_executable(attachment.filename, attachment.content_type, data[:8]):
            text = _tr("{name} is a program or script: Agent Assist never opens those, "
                       "because they could harm this computer. Save it only if you trust "
                       "the sender and know why they sent it.").format(name=name)
            self.inform(self.parent_widget, _tr("Not opened"), text)
            self.message.emit(text, True)
            return None
        question = _tr("Open {name} with its usual application? Only open attachments "
                       "from senders you trust.").format(name=name)
        if not self.confirm(self.parent_widget, _tr("Open attachment"), question):
            return None
        try:
            folder = Path(tempfile.mkdtemp(prefix="agent-assist-open-", dir=self._temp_root))
            path = folder / name
            path.write_bytes(data)
            os.chmod(path, 0o400)  # a viewer must not silently edit a throwaway copy
        except OSError as exc:
            self.message.emit(_tr("Could not open {name}: {reason}.").format(
                name=name, reason=exc.strerror or type(exc).__name__), True)
            return None
        if not self.open_file(path):
            self.message.emit(_tr("No application on this computer opens {name}; save it "
                                  "instead.").format(name=name), True)
            return None
        return path


class AttachmentStrip(QWidget):
    """One button per attachment: a click saves, its menu offers Save as… and Open…."""

    def __init__(
        self, attachments: Sequence[Attachment], actions: AttachmentActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachments")
        self.actions_ = actions
        self.buttons: list[QToolButton] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 0)
        for attachment in attachments:
            if attachment.inline:
                continue  # inline images belong to the body, not to the file list
            row.addWidget(self._button(attachment))
        row.addStretch(1)

    def _button(self, attachment: Attachment) -> QToolButton:
        button = QToolButton(self)
        name = safe_filename(attachment.filename)
        size = QLocale().formattedDataSize(attachment.size)
        button.setText(_tr("{name} ({size})").format(name=name, size=size))
        button.setToolTip(_tr("Click to save; the arrow offers Open."))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(button)
        save = menu.addAction(_tr("Save as…"))
        save.triggered.connect(lambda: self.actions_.save(attachment))
        open_ = menu.addAction(_tr("Open…"))
        open_.triggered.connect(lambda: self.actions_.open(attachment))
        open_.setEnabled(not is_executable(attachment.filename, attachment.content_type))
        button.setMenu(menu)
        button.clicked.connect(lambda: self.actions_.save(attachment))
        self.buttons.append(button)
        return button

