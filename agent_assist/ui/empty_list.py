"""A list view that says something when it is empty (a blank list reads as broken)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QListView

from agent_assist.ui import app_style


class EmptyTextListView(QListView):
    """Paints ``empty_text()`` in muted text over the viewport while the model has no rows."""

    _empty_text = ""

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.viewport().update()

    def empty_text(self) -> str:
        return self._empty_text

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount() > 0 or not self._empty_text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(app_style.MUTED)
        painter.drawText(self.viewport().rect().adjusted(20, 40, -20, 0),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap), self._empty_text)
        painter.end()
