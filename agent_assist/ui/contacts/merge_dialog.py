"""Review merge suggestions: merge two contacts into one customer, or say they differ.

Reads and writes go through the app's task runner (the single writer), so the dialog
never blocks the GUI thread and never writes from it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.models import Contact
from agent_assist.services.contacts import ContactService, MergeSuggestion
from agent_assist.services.workspace import Workspace
from agent_assist.ui.bridge import TaskRunner
from agent_assist.ui.contacts.labels import contact_text, handle_text, reason_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("MergeSuggestionsDialog", text)


class MergeSuggestionsDialog(QDialog):
    """A table of possible duplicates; ``contactsChanged`` fires after each merge."""

    contactsChanged = Signal()
    loaded = Signal(int)  # the number of suggestions shown (tests wait on it)

    def __init__(
        self, workspace: Workspace, tasks: TaskRunner, *, agent_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.agent_id = agent_id
        self.suggestions: list[MergeSuggestion] = []
        self.setWindowTitle(_tr("Possible duplicate customers"))
        self.resize(760, 420)
        intro = QLabel(_tr("These contacts may be the same customer writing from different "
                           "channels. Merging keeps the contact on the left and moves every "
                           "address and conversation of the other one to it."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("suggestions")
        self.table.setHorizontalHeaderLabels(
            [_tr("Customer"), _tr("Possibly the same as"), _tr("Why")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(_tr("No possible duplicates right now."))
        self.empty.setObjectName("empty")
        self.empty.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.merge_button = QPushButton(_tr("Merge"))
        self.merge_button.setObjectName("merge")
        self.merge_button.clicked.connect(self.merge_selected)
        self.dismiss_button = QPushButton(_tr("Not the same person"))
        self.dismiss_button.setObjectName("dismiss")
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.dismiss_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._update_buttons()
        self.reload()

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        workspace = self.workspace
        self.tasks.run(lambda: ContactService(workspace.repos()).suggestions(),
                       on_done=self._show_suggestions, on_error=self.status.setText,
                       what=_tr("Finding possible duplicates"))

    def _show_suggestions(self, suggestions: list[MergeSuggestion]) -> None:
        self.suggestions = list(suggestions)
        self.table.setRowCount(len(self.suggestions))
        for row, suggestion in enumerate(self.suggestions):
            self.table.setItem(row, 0, _contact_item(suggestion.first))
            self.table.setItem(row, 1, _contact_item(suggestion.second))
            why = ", ".join(reason_text(r) for r in suggestion.reasons)
            item = QTableWidgetItem(why)
            item.setToolTip("\n".join(suggestion.shared))
            self.table.setItem(row, 2, item)
        self.empty.setVisible(not self.suggestions)
        self.table.setVisible(bool(self.suggestions))
        if self.suggestions:
            self.table.selectRow(0)
        self._update_buttons()
        self.loaded.emit(len(self.suggestions))

    # -- actions ----------------------------------------------------------------------------

    def selected(self) -> MergeSuggestion | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.suggestions):
            return None
        return self.suggestions[rows[0].row()]

    def merge_selected(self) -> None:
        suggestion = self.selected()
        if suggestion is None:
            return
        workspace, agent_id = self.workspace, self.agent_id
        keep, other = suggestion.first.id, suggestion.second.id
        self._set_busy(True)
        self.tasks.run(
            lambda: ContactService(workspace.repos()).merge(keep, other, agent_id=agent_id),
            on_done=self._merged, on_error=self._failed, what=_tr("Merging the contacts"))

    def _merged(self, contact: Contact) -> None:
        self.status.setText(_tr("Merged into {name}.").format(name=contact_text(contact)))
        self.contactsChanged.emit()
        self.reload()  # other suggestions may have involved the merged contact

    def dismiss_selected(self) -> None:
        suggestion = self.selected()
        if suggestion is None:
            return
        workspace, agent_id = self.workspace, self.agent_id
        first, second = suggestion.pair
        self._set_busy(True)
        self.tasks.run(
            lambda: ContactService(workspace.repos()).dismiss(first, second, agent_id=agent_id),
            on_done=lambda _: self._dismissed(), on_error=self._failed,
            what=_tr("Saving your choice"))

    def _dismissed(self) -> None:
        self.status.setText(_tr("They will not be suggested again."))
        self.reload()

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.reload()

    def _set_busy(self, busy: bool) -> None:
        self.merge_button.setEnabled(not busy)
        self.dismiss_button.setEnabled(not busy)

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.merge_button.setEnabled(has)
        self.dismiss_button.setEnabled(has)


def _contact_item(contact: Contact) -> QTableWidgetItem:
    item = QTableWidgetItem(contact_text(contact))
    item.setToolTip("\n".join(handle_text(h) for h in contact.handles))
    item.setData(Qt.ItemDataRole.UserRole, contact.id)
    return item
