"""Put a rendered template into the composer: at the cursor, stacked, in any language.

The inserter remembers the range it filled (a ``QTextCursor`` keeps itself up to date as
the text around it changes), so a second template is stacked into one reply with a
single greeting and sign-off, and the language switch can swap the whole block for
another variant in one click (Ctrl+Z undoes either).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextOption

from agent_assist.core.templates import TemplateError, stack
from agent_assist.services.template_library import RenderedTemplate
from agent_assist.ui.templates.fill_ins import Editor, FillInNavigator

Render = Callable[[str, str], RenderedTemplate]  # (template key, language) -> rendered


@dataclass
class _Inserted:
    key: str
    language: str
    text: str


def apply_direction(edit: Editor, language: str) -> None:
    """Arabic replies are written right-to-left; others left-to-right."""
    rtl = language.split("-")[0] in ("ar", "he", "fa", "ur")
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    option = edit.document().defaultTextOption()
    option.setTextDirection(direction)
    align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    option.setAlignment(align | Qt.AlignmentFlag.AlignAbsolute)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    edit.document().setDefaultTextOption(option)
    edit.setLayoutDirection(direction)
    cursor = QTextCursor(edit.document())
    cursor.select(QTextCursor.SelectionType.Document)
    block = QTextBlockFormat()
    block.setLayoutDirection(direction)
    cursor.mergeBlockFormat(block)


class TemplateInserter(QObject):
    """Inserts rendered templates into ``edit`` and switches their language.

    ``error(str)`` carries a one-sentence message when a template cannot be rendered;
    ``inserted(key, language)`` fires after each insertion or switch.
    """

    inserted = Signal(str, str)
    error = Signal(str)

    def __init__(self, edit: Editor, render: Render, navigator: FillInNavigator | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or edit)
        self.edit = edit
        self.render = render
        self.navigator = navigator or FillInNavigator(edit, self)
        self._parts: list[_Inserted] = []
        self._range: QTextCursor | None = None

    @property
    def language(self) -> str:
        return self._parts[-1].language if self._parts else ""

    @property
    def keys(self) -> list[str]:
        return [p.key for p in self._parts]

    def forget(self) -> None:
        """A new draft (another conversation, or the reply was sent)."""
        self._parts = []
        self._range = None

    def insert(self, key: str, language: str) -> bool:
        rendered = self._render(key, language)
        if rendered is None:
            return False
        part = _Inserted(rendered.key, rendered.language, rendered.body)
        group = self._edit_block()  # one Ctrl+Z undoes the insertion and its direction
        if self._tracked_intact():
            self._parts.append(part)
            self._replace_tracked(stack([p.text for p in self._parts]))
        else:
            self._parts = [part]
            self._insert_at_cursor(part.text)
        apply_direction(self.edit, rendered.language)
        group.endEditBlock()
        self._focus_first_field()
        self.inserted.emit(rendered.key, rendered.language)
        return True

    def insert_text(self, text: str) -> None:
        """Insert free text (e.g. a past reply) at the cursor; not tracked as a template."""
        self.forget()
        self.edit.textCursor().insertText(text)
        self.navigator.refresh()

    def switch_language(self, language: str) -> bool:
        """Replace the inserted templates with their ``language`` variants."""
        if not self._parts or self._range is None:
            return False
        rendered = [self._render(p.key, language) for p in self._parts]
        if any(r is None for r in rendered):
            return False
        self._parts = [_Inserted(r.key, r.language, r.body) for r in rendered if r is not None]
        group = self._edit_block()
        self._replace_tracked(stack([p.text for p in self._parts]))
        apply_direction(self.edit, self._parts[-1].language)
        group.endEditBlock()
        self._focus_first_field()
        self.inserted.emit(self._parts[-1].key, self._parts[-1].language)
        return True

    # -- internals ------------------------------------------------------------------------------

    def _edit_block(self) -> QTextCursor:
        cursor = QTextCursor(self.edit.document())
        cursor.beginEditBlock()
        return cursor

    def _render(self, key: str, language: str) -> RenderedTemplate | None:
        try:
            return self.render(key, language)
        except TemplateError as exc:
            self.error.emit(str(exc))
            return None

    def _tracked_text(self) -> str:
        return "" if self._range is None else self._range.selectedText().replace("\u2029", "\n")

    def _tracked_intact(self) -> bool:
        """True while the last inserted block is still exactly what we inserted."""
        if self._range is None or not self._parts:
            return False
        return self._tracked_text() == stack([p.text for p in self._parts])

    def _insert_at_cursor(self, text: str) -> None:
        cursor = self.edit.textCursor()
        start = cursor.selectionStart()
        cursor.insertText(text)
        self._track(start, cursor.position())

    def _replace_tracked(self, text: str) -> None:
        assert self._range is not None
        cursor = QTextCursor(self._range)
        start = cursor.selectionStart()
        cursor.insertText(text)
        self._track(start, cursor.position())

    def _track(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.edit.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._range = cursor
        self.navigator.refresh()

    def _focus_first_field(self) -> None:
        start = self._range.selectionStart() if self._range is not None else 0
        if not self.navigator.select_next(start):
            cursor = self.edit.textCursor()
            if self._range is not None:
                cursor.setPosition(self._range.selectionEnd())
            self.edit.setTextCursor(cursor)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
