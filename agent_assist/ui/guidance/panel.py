"""The guidance panel: today a customer card; later, what to do and which template to use.

Its public API stays one method, :meth:`GuidancePanel.set_conversation`, so the guidance
feature can grow behind it without touching the main window.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from agent_assist.core.models import Contact, Conversation
from agent_assist.services.workspace import Workspace
from agent_assist.ui.i18n import language_display_name
from agent_assist.ui.labels import format_count, format_wait


def language_name(code: str) -> str:
    """ "French (français)", "Arabic (العربية)", "English"; the code itself if unknown."""
    if not code:
        return ""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    name = language_display_name(code)  # in the interface's language, not always English
    native = locale.nativeLanguageName()
    # Native names may carry a region ("American English"): only add them when they differ.
    if not native or name.lower() in native.lower():
        return name
    return f"{name} ({native})"


class GuidancePanel(QWidget):
    """A small card about the customer of the open conversation (cheap reads, GUI thread)."""

    def __init__(self, workspace: Workspace, clock: Callable[[], float] = time.time,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidance")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.workspace = workspace
        self.clock = clock
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.handles = QLabel()
        self.handles.setTextFormat(Qt.TextFormat.PlainText)
        self.handles.setWordWrap(True)
        self.handles.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.language = QLabel()
        self.history = QLabel()
        self.wait = QLabel()
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Reach at"), self.handles)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Conversations"), self.history)
        form.addRow(self.tr("Waiting"), self.wait)
        self.details = QWidget()
        self.details.setLayout(form)
        heading = QLabel(self.tr("CUSTOMER"))
        heading.setObjectName("sectionTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.set_conversation(None)

    def set_conversation(self, conversation: Conversation | None) -> None:
        if conversation is None:
            self.title.setText(self.tr("No conversation selected"))
            self.details.setVisible(False)
            return
        contact = (self.workspace.contact(conversation.contact_id)
                   if conversation.contact_id is not None else None)
        self.title.setText(conversation.contact_name or self.tr("Unknown customer"))
        self.handles.setText("\n".join(h.value for h in contact.handles) if contact else "—")
        code = (contact.language if contact and contact.language else "") or conversation.language
        self.language.setText(language_name(code) or "—")
        self.history.setText(self._history(contact))
        if conversation.needs_reply and conversation.waiting_since:
            self.wait.setText(format_wait(self.clock() - conversation.waiting_since))
        else:
            self.wait.setText(self.tr("Not waiting"))
        self.details.setVisible(True)

    def _history(self, contact: Contact | None) -> str:
        if contact is None:
            return "—"
        total = len(self.workspace.repos().conversations.for_contact(contact.id))
        return self.tr("{n} in total").format(n=format_count(total))
