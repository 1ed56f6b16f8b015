"""The inbox list view: j/k and arrows move, Enter opens the selected conversation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget

from agent_assist.ui.empty_list import EmptyTextListView


class InboxView(EmptyTextListView):
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
