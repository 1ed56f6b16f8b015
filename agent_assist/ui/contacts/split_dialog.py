"""Split a contact: the ticked addresses (and their conversations) become another customer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.models import Contact, Handle
from agent_assist.services.contacts import ContactService
from agent_assist.services.workspace import Workspace
from agent_assist.ui.bridge import TaskRunner
from agent_assist.ui.contacts.labels import contact_text, handle_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("SplitContactDialog", text)


class SplitContactDialog(QDialog):
    """Tick the addresses of the other person, name them, Split; ``contactsChanged`` after."""

    contactsChanged = Signal()
    failed = Signal(str)

    def __init__(
        self, workspace: Workspace, tasks: TaskRunner, contact: Contact, *,
        agent_id: int | None = None, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.contact = contact
        self.agent_id = agent_id
        self.setWindowTitle(_tr("Split {name}").format(name=contact_text(contact)))
        intro = QLabel(_tr("Tick the addresses that belong to another person. They move to a "
                           "new contact, with the conversations written from them."))
        intro.setWordWrap(True)
        self.handles = QListWidget()
        self.handles.setObjectName("handles")
        for handle in contact.handles:
            item = QListWidgetItem(handle_text(handle))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, handle)
            self.handles.addItem(item)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText(_tr("Name of the other person"))
        form = QFormLayout()
        form.addRow(_tr("New contact"), self.name)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        split = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        split.setText(_tr("Split"))
        split.setObjectName("split")
        self.buttons.accepted.connect(self.split)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.handles, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def chosen(self) -> list[Handle]:
        items = (self.handles.item(i) for i in range(self.handles.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def split(self) -> None:
        handles = self.chosen()
        name = self.name.text().strip()
        if not handles:
            self._fail(_tr("Tick the addresses that belong to the other person."))
            return
        if len(handles) == self.handles.count():
            self._fail(_tr("Leave at least one address with {name}.").format(
                name=contact_text(self.contact)))
            return
        if not name:
            self._fail(_tr("Give the new contact a name."))
            return
        workspace, contact_id, agent_id = self.workspace, self.contact.id, self.agent_id
        self.buttons.setEnabled(False)
        self.tasks.run(
            lambda: ContactService(workspace.repos()).split(contact_id, handles, name,
                                                            agent_id=agent_id),
            on_done=self._split, on_error=self._fail, what=_tr("Splitting the contact"))

    def _split(self, created: Contact) -> None:
        self.status.setText(_tr("{name} is now a separate contact.").format(
            name=contact_text(created)))
        self.contactsChanged.emit()
        self.accept()

    def _fail(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.status.setText(message)
        self.failed.emit(message)
