"""Write a reply (or an internal note); Ctrl+Enter sends; Arabic runs right-to-left."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.models import Conversation
from agent_assist.ui.i18n import isolate
from agent_assist.ui.labels import channel_label
from agent_assist.ui.text_direction import direction_for


class ComposerEdit(QPlainTextEdit):
    """Plain text (what is typed is what is sent); Ctrl+Enter submits."""

    submit = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.submit.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class Composer(QWidget):
    """Emits ``submitted(text, as_note)``; the window runs it and calls :meth:`sent`."""

    submitted = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.conversation: Conversation | None = None
        self._busy = False
        self._drafts: dict[int, str] = {}
        self.edit = ComposerEdit()
        self.edit.setObjectName("composerEdit")
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(70)
        self.note_toggle = QCheckBox(self.tr("Internal note"))
        self.note_toggle.setToolTip(self.tr("Visible to your team only; never sent"))
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendButton")
        self.send_button.setToolTip(self.tr("Ctrl+Enter"))
        self.hint = QLabel()
        self.hint.setObjectName("meta")
        row = QHBoxLayout()
        self._row = row
        row.addWidget(self.hint, 1)
        row.addWidget(self.note_toggle)
        row.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        layout.addWidget(self.edit, 1)
        layout.addLayout(row)
        self.edit.submit.connect(self.submit)
        self.send_button.clicked.connect(self.submit)
        self.edit.textChanged.connect(self._text_changed)
        self.note_toggle.toggled.connect(self._mode_changed)
        self.set_conversation(None)

    # -- API -----------------------------------------------------------------------------------

    def set_conversation(self, conv: Conversation | None) -> None:
        """Switch conversations; each keeps its own unsent draft (in memory) meanwhile."""
        old = self.conversation
        self.conversation = conv
        if old is None or conv is None or conv.id != old.id:
            if old is not None and self.text().strip():
                self._drafts[old.id] = self.text()
            elif old is not None:
                self._drafts.pop(old.id, None)
            self.edit.setPlainText(self._drafts.pop(conv.id, "") if conv is not None else "")
            self.note_toggle.setChecked(False)
        self._mode_changed()
        self._apply_direction()

    def forget_drafts(self) -> None:
        """On an agent switch: one agent's unsent text never shows to the next."""
        self._drafts.clear()

    def add_to_row(self, widget: QWidget) -> None:
        """A feature's control beside the hint (e.g. the template language switch)."""
        self._row.insertWidget(1, widget)

    def text(self) -> str:
        return self.edit.toPlainText()

    def is_note(self) -> bool:
        return self.note_toggle.isChecked()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_enabled()

    def sent(self, conversation_id: int) -> None:
        """The reply or note is safely stored: drop that conversation's draft."""
        self._drafts.pop(conversation_id, None)
        if self.conversation is not None and self.conversation.id == conversation_id:
            self.edit.clear()
            self.note_toggle.setChecked(False)

    def focus_editor(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def submit(self) -> None:
        text = self.text().strip()
        if text and self.conversation is not None and not self._busy:
            self.submitted.emit(text, self.is_note())

    # -- internals -----------------------------------------------------------------------------

    def _mode_changed(self) -> None:
        note = self.is_note()
        self.edit.setProperty("note", "true" if note else "false")  # str: matched by the QSS
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)
        self.send_button.setText(self.tr("Add note") if note else self.tr("Send"))
        conv = self.conversation
        if conv is None:
            self.edit.setPlaceholderText(self.tr("Select a conversation to reply."))
            self.hint.setText("")
        elif note:
            self.edit.setPlaceholderText(self.tr("Write a note for your team…"))
            self.hint.setText(self.tr("Only your team sees notes."))
        else:
            self.edit.setPlaceholderText(self.tr("Write a reply…  (Ctrl+Enter to send)"))
            who = conv.contact_name or self.tr("the customer")
            self.hint.setText(self.tr("Reply to {who} by {channel}").format(
                who=isolate(who), channel=channel_label(conv.channel)))
        self._update_enabled()

    def _update_enabled(self) -> None:
        has_conv = self.conversation is not None
        self.edit.setEnabled(has_conv)
        self.note_toggle.setEnabled(has_conv)
        self.send_button.setEnabled(has_conv and not self._busy and bool(self.text().strip()))

    def _text_changed(self) -> None:
        self._apply_direction()
        self._update_enabled()

    def _apply_direction(self) -> None:
        """Direction follows what is typed; an empty draft follows the customer's language."""
        language = self.conversation.language if self.conversation else ""
        direction = direction_for(self.text(), language)
        option = self.edit.document().defaultTextOption()
        if option.textDirection() == direction and self.edit.layoutDirection() == direction:
            return
        option.setTextDirection(direction)
        align = (Qt.AlignmentFlag.AlignRight if direction == Qt.LayoutDirection.RightToLeft
                 else Qt.AlignmentFlag.AlignLeft)
        option.setAlignment(align | Qt.AlignmentFlag.AlignAbsolute)
        self.edit.document().setDefaultTextOption(option)
        self.edit.setLayoutDirection(direction)
