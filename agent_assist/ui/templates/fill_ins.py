"""Fill-in fields (``[[tracking number]]``) in a text editor: highlighted, Tab to jump.

Highlighting uses extra selections (a ``QTextCharFormat`` over each field) rather than
formatting the document, so what the agent sends stays plain text and a field stops
being highlighted the moment it is typed over.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from agent_assist.core.templates import FillIn, fill_ins

Editor = QPlainTextEdit | QTextEdit

FIELD_BACKGROUND = QColor("#ffe9a8")
FIELD_FOREGROUND = QColor("#5c4400")


def field_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(FIELD_BACKGROUND)
    fmt.setForeground(FIELD_FOREGROUND)
    fmt.setFontWeight(600)
    return fmt


class FillInNavigator(QObject):
    """Highlights the fill-in fields of ``edit``; Tab / Shift+Tab select the next / previous.

    ``fields_changed(count)`` fires whenever the number of unfilled fields changes, so the
    composer can keep Send disabled while any remain. Without fields, Tab keeps its usual
    meaning (moving the focus).
    """

    fields_changed = Signal(int)

    def __init__(self, edit: Editor, parent: QObject | None = None) -> None:
        super().__init__(parent or edit)
        self.edit = edit
        self._count = -1
        self._format = field_format()
        edit.installEventFilter(self)
        edit.textChanged.connect(self.refresh)
        self.refresh()

    # -- queries --------------------------------------------------------------------------------

    def fields(self) -> list[FillIn]:
        return fill_ins(self.edit.toPlainText())

    def unfilled(self) -> list[str]:
        return [f.label for f in self.fields()]

    # -- navigation -----------------------------------------------------------------------------

    def select_next(self, start: int | None = None) -> bool:
        """Select the first field after ``start`` (default: the cursor), wrapping around."""
        fields = self.fields()
        if not fields:
            return False
        cursor = self.edit.textCursor()
        at = cursor.selectionEnd() if start is None else start
        chosen = next((f for f in fields if f.start >= at), fields[0])
        self._select(chosen)
        return True

    def select_previous(self) -> bool:
        fields = self.fields()
        if not fields:
            return False
        at = self.edit.textCursor().selectionStart()
        chosen = next((f for f in reversed(fields) if f.end <= at), fields[-1])
        self._select(chosen)
        return True

    def _select(self, field: FillIn) -> None:
        cursor = QTextCursor(self.edit.document())
        cursor.setPosition(field.start)
        cursor.setPosition(field.end, QTextCursor.MoveMode.KeepAnchor)
        self.edit.setTextCursor(cursor)
        self.edit.ensureCursorVisible()

    # -- highlighting ---------------------------------------------------------------------------

    def refresh(self) -> None:
        fields = self.fields()
        selections = []
        for f in fields:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.edit.document())
            cursor.setPosition(f.start)
            cursor.setPosition(f.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = self._format
            selections.append(selection)
        self.edit.setExtraSelections(selections)
        if len(fields) != self._count:
            self._count = len(fields)
            self.fields_changed.emit(self._count)

    # -- keys -----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key_event = event if isinstance(event, QKeyEvent) else None
            if key_event is not None and key_event.modifiers() in (
                    Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
                if key_event.key() == Qt.Key.Key_Tab:
                    return self.select_next()
                if key_event.key() == Qt.Key.Key_Backtab:
                    return self.select_previous()
        return False
