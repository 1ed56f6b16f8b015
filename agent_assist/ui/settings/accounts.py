"""Settings → Accounts: every account with its last sync and last problem; add, edit,
test and remove email accounts (other channels plug in their own "Add" dialogs).

Connecting and removing run on the dialog's worker thread. With a SyncController the
list follows the runners live, a removed account's runner stops before it is forgotten,
and the runners are reloaded after every change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.models import Account, Channel
from agent_assist.services.email.accounts import ConnectionReport, remove_account, test_imap
from agent_assist.services.workspace import Workspace
from agent_assist.storage.secrets import SecretStore
from agent_assist.ui.bridge import TaskRunner
from agent_assist.ui.settings.email_form import EmailAccountDialog
from agent_assist.ui.sync_controller import SyncController

#: (button label, opens that channel's "add" dialog with this dialog as parent)
AddAction = tuple[str, Callable[[QWidget], None]]
Confirm = Callable[[QWidget, str, str], bool]

COLUMNS = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("AccountsDialog", text)


def _confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def channel_label(channel: Channel) -> str:
    return {Channel.EMAIL: _tr("Email"), Channel.TELEGRAM: _tr("Telegram"),
            Channel.MATRIX: _tr("Matrix")}.get(channel, channel.value)


def when_label(timestamp: float | None) -> str:
    if not timestamp:
        return _tr("Never")
    moment = QDateTime.fromSecsSinceEpoch(int(timestamp))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class AccountsDialog(QDialog):
    """The list of accounts and what can be done with them."""

    changed = Signal()  # an account was added, edited or removed
    checked = Signal(bool)  # a Test connection or Remove finished (True: it worked)

    def __init__(
        self, workspace: Workspace, secrets: SecretStore, *,
        controller: SyncController | None = None, add_actions: Sequence[AddAction] = (),
        tasks: TaskRunner | None = None, confirm: Confirm = _confirm,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace, self.secrets, self.controller = workspace, secrets, controller
        self.confirm = confirm
        self._own_tasks = tasks is None
        self.tasks = tasks if tasks is not None else TaskRunner(parent=self)
        self.form: EmailAccountDialog | None = None  # the add/edit dialog, while open
        self._accounts: list[Account] = []
        self.setWindowTitle(_tr("Accounts"))
        self.resize(760, 420)
        self.table = QTreeWidget()
        self.table.setObjectName("accounts")
        self.table.setRootIsDecorated(False)
        self.table.setColumnCount(COLUMNS)
        self.table.setHeaderLabels([_tr("Account"), _tr("Type"), _tr("Address"),
                                    _tr("Last sync"), _tr("Status")])
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.details = QLabel()
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.add_button = self._button("add", _tr("Add email account…"), self.add_email)
        self.edit_button = self._button("edit", _tr("Edit…"), self.edit)
        self.test_button = self._button("test", _tr("Test connection"), self.test)
        self.remove_button = self._button("remove", _tr("Remove…"), self.remove)
        self._build(add_actions)
        if controller is not None:
            # Bound methods (not lambdas): Qt drops these connections with the dialog.
            controller.synced.connect(self._follow)
            controller.failed.connect(self._follow)
        self._following = controller is not None
        self.refresh()

    def _follow(self, *_event: object) -> None:
        """A runner synced or failed: show its new state."""
        self.refresh()

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build(self, add_actions: Sequence[AddAction]) -> None:
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        for label, opener in add_actions:
            extra = QPushButton(label)
            extra.clicked.connect(lambda _=False, o=opener: o(self))
            row.addWidget(extra)
        row.addStretch(1)
        for button in (self.edit_button, self.test_button, self.remove_button):
            row.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)

    # -- the list ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the accounts (a cheap read) and keep the selection."""
        chosen = self.selected()
        self._accounts = self.workspace.repos().accounts.list()
        self.table.clear()
        for account in self._accounts:
            problem = account.last_error
            status = (_tr("Problem") if problem else
                      _tr("OK") if account.last_sync_at else _tr("Not synced yet"))
            if not account.enabled:
                status = _tr("Disabled")
            item = QTreeWidgetItem([account.name, channel_label(account.channel),
                                    account.address, when_label(account.last_sync_at), status])
            item.setData(0, Qt.ItemDataRole.UserRole, account.id)
            if problem:
                item.setToolTip(4, problem)
            self.table.addTopLevelItem(item)
            if chosen is not None and chosen.id == account.id:
                self.table.setCurrentItem(item)
        for column in range(COLUMNS):
            self.table.resizeColumnToContents(column)
        first = self.table.topLevelItem(0)
        if self.table.currentItem() is None and first is not None:
            self.table.setCurrentItem(first)
        self._selection_changed()

    def selected(self) -> Account | None:
        item = self.table.currentItem()
        if item is None:
            return None
        account_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((a for a in self._accounts if a.id == account_id), None)

    def _selection_changed(self) -> None:
        account = self.selected()
        is_email = account is not None and account.channel is Channel.EMAIL
        self.edit_button.setEnabled(is_email)
        self.test_button.setEnabled(is_email)
        self.remove_button.setEnabled(account is not None)
        if account is None:
            self.details.setText(_tr("No account yet: add your shop's mailbox to bring its "
                                     "mail into the inbox."))
        elif account.last_error:
            self.details.setText(_tr("{error} Fix it with Edit…, then press Test connection."
                                     ).format(error=account.last_error))
        elif account.last_sync_at:
            self.details.setText(_tr("{name} was last synced {when}.").format(
                name=account.name, when=when_label(account.last_sync_at)))
        else:
            self.details.setText(_tr("{name} has not been synced yet.").format(
                name=account.name))

    # -- actions ----------------------------------------------------------------------------------

    def add_email(self) -> EmailAccountDialog:
        return self._open_form(None)

    def edit(self) -> EmailAccountDialog | None:
        account = self.selected()
        if account is None or account.channel is not Channel.EMAIL:
            return None
        return self._open_form(account)

    def _open_form(self, account: Account | None) -> EmailAccountDialog:
        form = EmailAccountDialog(self.workspace, self.secrets, account=account, parent=self)
        form.saved.connect(lambda _name: self._changed())
        form.finished.connect(lambda _result: setattr(self, "form", None))
        self.form = form
        form.open()
        return form

    def test(self) -> None:
        """Connect with the stored settings and password; show capabilities or the problem."""
        account = self.selected()
        if account is None or account.channel is not Channel.EMAIL:
            return
        secrets = self.secrets
        self._start(_tr("Connecting {name}…").format(name=account.name))
        self.tasks.run(lambda: test_imap(account, secrets),
                       on_done=lambda report: self._tested(account, report),
                       on_error=lambda message: self._show(False, message))

    def _tested(self, account: Account, report: ConnectionReport) -> None:
        self._show(True, _tr("{name} connected and logged in. Sent folder: {sent}. The "
                             "server offers: {caps}.").format(
            name=account.name, sent=report.sent_folder or _tr("none found"),
            caps=" ".join(report.capabilities)))
        if self.controller is not None:
            self.controller.wake(account.id)  # it may have been waiting after an error

    def remove(self) -> None:
        """Ask, stop its sync, then forget the account; its conversations stay."""
        account = self.selected()
        if account is None:
            return
        question = _tr("Remove the account {name}? Its conversations and messages stay in "
                       "the inbox; nothing is deleted on the server.").format(name=account.name)
        if not self.confirm(self, _tr("Remove account"), question):
            return
        workspace, secrets, controller = self.workspace, self.secrets, self.controller

        def job() -> None:
            if controller is not None:
                controller.stop_account(account.id)  # no sync may write for it meanwhile
            remove_account(workspace.repos(), secrets, account.name)

        self._start(_tr("Removing {name}…").format(name=account.name))
        self.tasks.run(job, on_done=lambda _: self._removed(account),
                       on_error=lambda message: self._show(False, message))

    def _removed(self, account: Account) -> None:
        self._show(True, _tr("Removed {name}; its conversations stay in the inbox.").format(
            name=account.name))
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        if self.controller is not None:
            self.controller.reload()
        self.changed.emit()

    def _start(self, message: str) -> None:
        self.status.setText(message)
        self._set_busy(True)

    def _show(self, ok: bool, message: str) -> None:
        self._set_busy(False)
        self.status.setText(message)
        self.status.setProperty("ok", ok)
        self.checked.emit(ok)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.add_button, self.edit_button, self.test_button, self.remove_button):
            button.setEnabled(not busy)
        if not busy:
            self._selection_changed()
            self.add_button.setEnabled(True)

    def done(self, result: int) -> None:
        if self.controller is not None and self._following:
            self._following = False
            for signal in (self.controller.synced, self.controller.failed):
                signal.disconnect(self._follow)
        if self._own_tasks:
            self.tasks.shutdown(self.workspace.profile.pool.close_current)
        super().done(result)


def open_accounts_dialog(
    workspace: Workspace, secrets: SecretStore, parent: QWidget | None = None, *,
    controller: SyncController | None = None, add_actions: Sequence[AddAction] = (),
) -> AccountsDialog:
    """Show Settings → Accounts (non-blocking) and return it."""
    dialog = AccountsDialog(workspace, secrets, controller=controller, add_actions=add_actions,
                            parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
