"""The "Add a Matrix account" dialog: homeserver, user, password (or token), Test and Add.

Signing in goes over the network, so it runs on the dialog's own worker thread (not the
app's writer, which must stay free for the inbox); results come back as queued signals.
A failure is one sentence under the form, which stays open with the user's input intact.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.models import Account
from agent_assist.services.workspace import Workspace
from agent_assist.storage.secrets import SecretStore
from agent_assist.ui.bridge import TaskRunner


def _tr(text: str) -> str:
    return QCoreApplication.translate("MatrixAccountDialog", text)


class MatrixAccountDialog(QDialog):
    """Adds a Matrix account; ``accountAdded(name)`` fires once it is stored."""

    accountAdded = Signal(str)
    checked = Signal(bool)  # a Test or Add attempt finished (True: it worked)

    def __init__(
        self, workspace: Workspace, secrets: SecretStore, *, tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.secrets = secrets
        self._own_tasks = tasks is None
        self.tasks = tasks if tasks is not None else TaskRunner(parent=self)
        self.setWindowTitle(_tr("Add a Matrix account"))
        self.name = self._line("name", _tr("Shop chat"))
        self.homeserver = self._line("homeserver", "https://matrix.example.org")
        self.user = self._line("user", "@shop:example.org")
        self.password = self._line("password", "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.use_token = QCheckBox(_tr("This is an access token, not a password"))
        self.use_token.setObjectName("use_token")
        form = QFormLayout()
        form.addRow(_tr("Account name"), self.name)
        form.addRow(_tr("Homeserver"), self.homeserver)
        form.addRow(_tr("User"), self.user)
        form.addRow(_tr("Password"), self.password)
        form.addRow("", self.use_token)
        hint = QLabel(_tr("WhatsApp, Signal, Messenger, Instagram and Telegram chats arrive "
                          "too when your homeserver bridges them."))
        hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.test_button = QPushButton(_tr("Test"))
        self.test_button.setObjectName("test")
        self.test_button.clicked.connect(self.test)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        add = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        add.setText(_tr("Add"))
        add.setObjectName("add")
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setPlaceholderText(placeholder)
        return line

    # -- actions ----------------------------------------------------------------------------

    def _credentials(self) -> dict[str, str] | None:
        homeserver, user = self.homeserver.text().strip(), self.user.text().strip()
        secret = self.password.text()
        missing = [label for label, value in ((_tr("homeserver"), homeserver),
                                              (_tr("user"), user), (_tr("password"), secret))
                   if not value]
        if missing:
            self._show(False, _tr("Please fill in: {fields}.").format(fields=", ".join(missing)))
            return None
        token = self.use_token.isChecked()
        return {"homeserver": homeserver, "user": user, "password": "" if token else secret,
                "access_token": secret if token else ""}

    def test(self) -> None:
        """Sign in once (then out again) to check the homeserver and the credentials."""
        values = self._credentials()
        if values is None:
            return
        from agent_assist.services.matrix.accounts import check_matrix_sign_in

        self._start(_tr("Signing in…"))
        self.tasks.run(
            lambda: check_matrix_sign_in(
                values["homeserver"], values["user"], password=values["password"],
                access_token=values["access_token"]),
            on_done=lambda check: self._show(
                True, _tr("Signed in to {server} as {user}.").format(
                    server=check.homeserver, user=check.user_id)),
            on_error=lambda message: self._show(False, message),
        )

    def add(self) -> None:
        """Sign in for good (the app's own device) and store the account."""
        values = self._credentials()
        name = self.name.text().strip()
        if values is None:
            return
        if not name:
            self._show(False, _tr("Please give the account a name."))
            return
        from agent_assist.services.matrix.accounts import add_matrix_account

        workspace, secrets = self.workspace, self.secrets

        def job() -> Account:
            return add_matrix_account(
                workspace.repos(), secrets, name, values["homeserver"], values["user"],
                password=values["password"], access_token=values["access_token"])

        self._start(_tr("Adding the account…"))
        self.tasks.run(job, on_done=self._added, on_error=lambda m: self._show(False, m))

    def _added(self, account: Account) -> None:
        self._show(True, _tr("Added {name} ({user}).").format(name=account.name,
                                                             user=account.address))
        self.accountAdded.emit(account.name)
        self.accept()

    def _start(self, message: str) -> None:
        self.status.setText(message)
        self._set_busy(True)

    def _show(self, ok: bool, message: str) -> None:
        self._set_busy(False)
        self.status.setText(message)
        self.status.setProperty("ok", ok)
        self.checked.emit(ok)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.test_button, self.buttons):
            widget.setEnabled(not busy)

    def done(self, result: int) -> None:
        if self._own_tasks:
            # Close the worker's database connection on its own thread, then stop it.
            self.tasks.shutdown(self.workspace.profile.pool.close_current)
        super().done(result)


def open_matrix_account_dialog(
    workspace: Workspace, secrets: SecretStore, parent: QWidget | None = None,
    on_added: Callable[[str], None] | None = None,
) -> MatrixAccountDialog:
    """Show the dialog (non-blocking); ``on_added(name)`` runs after the account is stored."""
    dialog = MatrixAccountDialog(workspace, secrets, parent=parent)
    if on_added is not None:
        dialog.accountAdded.connect(on_added)
    dialog.open()
    return dialog
