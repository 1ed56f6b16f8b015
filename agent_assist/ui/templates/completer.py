"""Type ``/`` or ``::`` and a few letters in the composer to pick a template.

Matching looks at the shortcut, the key and the template's names in every language, so
"/ref", "/refund" and "::استرد" all find the refund template. The popup is a
``QCompleter`` popup over a list we rank ourselves; the trigger text is replaced by the
chosen template.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QApplication, QCompleter

from agent_assist.core.templates import Template
from agent_assist.core.textnorm import fold
from agent_assist.ui.templates.fill_ins import Editor

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
# The trigger: "/" or "::" at the start of the text or after a space, then a word.
TRIGGER = re.compile(r"(?:^|(?<=\s))(/|::)([^\s/:]{0,30})$")


def search_text(t: Template) -> str:
    """What the completer matches against: shortcut, key and every name, folded."""
    return fold(" ".join([t.shortcut, t.key.replace("-", " "), *t.names.values()]))


def rank(templates: Sequence[Template], query: str) -> list[Template]:
    """Templates matching ``query``, best first: shortcut, then key, then a name word."""
    q = fold(query)
    scored: list[tuple[int, str, Template]] = []
    for t in templates:
        shortcut, key = fold(t.shortcut), fold(t.key)
        words = search_text(t).split()
        if not q:
            score = 3
        elif shortcut.startswith(q):
            score = 0
        elif key.startswith(q):
            score = 1
        elif any(w.startswith(q) for w in words):
            score = 2
        elif q in search_text(t):
            score = 4
        else:
            continue
        scored.append((score, t.shortcut or t.key, t))
    scored.sort(key=lambda s: (s[0], s[1]))
    return [t for _, _, t in scored]


class TemplateCompleter(QObject):
    """Watches ``edit`` for a trigger and offers matching templates in a popup.

    ``chosen(key)`` fires with the template the agent picked, after the trigger text was
    removed from the editor (the caller inserts the rendered template at the cursor).
    While the popup is open, Up/Down move, Enter or Tab choose, Escape closes, and every
    other key keeps typing into the editor.
    """

    chosen = Signal(str)

    def __init__(self, edit: Editor, templates: Callable[[], Sequence[Template]],
                 language: Callable[[], str] = lambda: "en",
                 parent: QObject | None = None) -> None:
        super().__init__(parent or edit)
        self.edit = edit
        self.templates = templates
        self.language = language
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(edit)
        # We rank the matches ourselves (a shortcut beats a word inside a name).
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(8)
        popup = self.completer.popup()
        assert popup is not None  # QCompleter always creates its list view
        self.popup: QAbstractItemView = popup
        self.popup.installEventFilter(self)  # after QCompleter's own filter: ours runs first
        self.popup.clicked.connect(self._activated)
        self._trigger_start = -1
        edit.textChanged.connect(self._text_changed)

    def popup_visible(self) -> bool:
        return self.popup.isVisible()

    def reload(self) -> None:
        """Nothing cached: the list is built from the current templates at each keystroke."""
        self.model.clear()

    # -- watching the text ----------------------------------------------------------------------

    def _text_changed(self) -> None:
        cursor = self.edit.textCursor()
        block = cursor.block()
        before = block.text()[: cursor.positionInBlock()]
        m = TRIGGER.search(before)
        matches = rank(self.templates(), m.group(2)) if m else []
        if m is None or not matches:
            self._trigger_start = -1
            self.popup.hide()
            return
        self._trigger_start = block.position() + m.start(1)
        language = self.language()
        self.model.clear()
        for t in matches[:20]:
            item = QStandardItem(f"/{t.shortcut or t.key}  —  {t.name(language)}")
            item.setData(t.key, KEY_ROLE)
            item.setToolTip(", ".join(t.languages))
            item.setEditable(False)
            self.model.appendRow(item)
        rect = self.edit.cursorRect()
        rect.setWidth(max(300, self.popup.sizeHintForColumn(0) + 28))
        self.completer.complete(rect)
        self.popup.setCurrentIndex(self.model.index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        key = str(index.data(KEY_ROLE) or "")
        self.popup.hide()
        if not key:
            return
        if self._trigger_start >= 0:
            cursor = self.edit.textCursor()
            end = cursor.position()
            cursor.setPosition(self._trigger_start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            self.edit.setTextCursor(cursor)
        self._trigger_start = -1
        self.chosen.emit(key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.popup and event.type() == QEvent.Type.KeyPress and isinstance(
                event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
                self._activated(self.popup.currentIndex())
                return True
            if key == Qt.Key.Key_Escape:
                self.popup.hide()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
                       Qt.Key.Key_Home, Qt.Key.Key_End):
                return False  # the list moves its selection
            # Anything else is typing: it belongs to the editor (which refilters the list).
            QApplication.sendEvent(self.edit, event)
            return True
        return False
