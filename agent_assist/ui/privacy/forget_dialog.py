"""Conversation → Forget this customer…: says exactly what goes, and asks for a clear yes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_assist.services.privacy import ForgetPreview
from agent_assist.ui.backups import texts
from agent_assist.ui.i18n import isolate


class ForgetContactDialog(QDialog):
    """Confirmation of a permanent deletion; Delete stays disabled until the box is ticked.

    A tick rather than typing the name: customers' names come in every script and with
    accents, which an agent's keyboard may not type, and the dialog must work for all.
    """

    def __init__(self, preview: ForgetPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Forget this customer"))
        self.setObjectName("forgetContact")
        name = preview.name.strip() or self.tr("this customer")
        heading = self._label(self.tr("Delete {name} and everything about them?").format(
            name=isolate(name)), "cardTitle")
        items = [texts.conversations(preview.conversations), texts.messages(preview.messages),
                 texts.attachments(preview.attachments)]
        if preview.handles:
            items.append(self.tr("their contact details: {handles}").format(
                handles=", ".join(isolate(h) for h in preview.handles)))
        listing = self._label("\n".join(f"• {item}" for item in items), "forgetCounts")
        audit = self._label(self.tr(
            "The deletion is recorded in the audit log: who did it, when, and these numbers, "
            "not the customer's data."), "meta")
        scope = self._label(self.tr(
            "Copies on your mail server or chat service are not touched. This cannot be "
            "undone, except by restoring a backup made before."), "meta")
        self.confirm = QCheckBox(self.tr("Yes, delete this customer's data for good"))
        self.confirm.setObjectName("confirmForget")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("forgetButton")
        self.delete_button.setEnabled(False)
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.delete_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.confirm.toggled.connect(self.delete_button.setEnabled)
        layout = QVBoxLayout(self)
        for widget in (heading, listing, audit, scope, self.confirm, self.buttons):
            layout.addWidget(widget)

    @staticmethod
    def _label(text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # a customer's name is never markup
        label.setWordWrap(True)
        return label
