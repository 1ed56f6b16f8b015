"""The status bar's message: one sentence; errors in red and shown longer."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

INFO_MS = 8_000
ERROR_MS = 20_000


class StatusLine(QLabel):
    """Shows the latest message; a newer one replaces it, and each fades on its own timer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.is_error = False

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.is_error = error
        self.setObjectName("statusError" if error else "statusInfo")
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        QTimer.singleShot(ERROR_MS if error else INFO_MS, self, lambda: self._expire(text))

    def _expire(self, text: str) -> None:
        if self.text() == text:
            self.clear()
