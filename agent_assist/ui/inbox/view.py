"""The inbox list view: j/k and arrows move, Enter opens the selected conversation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from agent_assist.ui import app_style


class InboxView(QListView):
    """A plain list view tuned for 100k rows (uniform sizes) with mail-client keys."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inbox")
        # Uniform sizes: the view asks one row for its size, not all 100,000.
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._empty_text = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if plain and key in (Qt.Key.Key_J, Qt.Key.Key_K):
            step = (QAbstractItemView.CursorAction.MoveDown if key == Qt.Key.Key_J
                    else QAbstractItemView.CursorAction.MoveUp)
            index = self.moveCursor(step, event.modifiers())
            if index.isValid():
                self.setCurrentIndex(index)
            event.accept()
            return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.currentIndex().isValid():
                self.open_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        """Disabled: Qt's type-to-find would read every row of a 100k list to match text."""

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self._empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(app_style.MUTED)
            painter.drawText(self.viewport().rect().adjusted(20, 40, -20, 0),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                 | Qt.TextFlag.TextWordWrap), self._empty_text)
            painter.end()
