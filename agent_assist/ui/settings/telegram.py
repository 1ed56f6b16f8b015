"""The "Add a Telegram bot" dialog: token, Test, a webhook warning with "Remove webhook", Add.

Talking to Telegram goes over the network, so it runs on the dialog's own worker thread
(the app's writer stays free for the inbox). A failure is one sentence under the form,
which stays open with the user's input intact. The token never leaves the field except
to Telegram and the keychain; it is cleared once the account is stored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_assist.channels.telegram.transport import DEFAULT_API_URL
from agent_assist.core.models import Account
from agent_assist.services.telegram.accounts import (
    BotCheck,
    WebhookSet,
    add_telegram_account,
    check_token,
    remove_webhook_for_token,
)
from agent_assist.services.workspace import Workspace
from agent_assist.storage.secrets import SecretStore
from agent_assist.ui.bridge import TaskRunner


def _tr(text: str) -> str:
    return QCoreApplication.translate("TelegramAccountDialog", text)


class TelegramAccountDialog(QDialog):
    """Adds a Telegram bot account; ``accountAdded(name)`` fires once it is stored."""

    accountAdded = Signal(str)
    checked = Signal(bool)  # a Test, Add or Remove webhook attempt finished (True: it worked)

    def __init__(
        self, workspace: Workspace, secrets: SecretStore, *, tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.secrets = secrets
        self._own_tasks = tasks is None
        self.tasks = tasks if tasks is not None else TaskRunner(parent=self)
        self.setWindowTitle(_tr("Add a Telegram bot"))
        self.name = self._line("name", _tr("Shop bot"))
        self.token = self._line("token", "123456789:AAE…")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_url = self._line("api_url", DEFAULT_API_URL)
        form = QFormLayout()
        form.addRow(_tr("Account name"), self.name)
        form.addRow(_tr("Bot token"), self.token)
        form.addRow(_tr("Bot API server"), self.api_url)
        hint = QLabel(_tr("Create a bot and get its token from @BotFather in Telegram. "
                          "Customers then write to your bot."))
        hint.setWordWrap(True)
        retention = QLabel(_tr("Telegram keeps messages the app has not fetched for 24 hours "
                               "only: keep Agent Assist running (it keeps fetching from the "
                               "tray when the window is closed)."))
        retention.setObjectName("retention")
        retention.setWordWrap(True)
        self.webhook_box = self._webhook_box()
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
        layout.addWidget(retention)
        layout.addWidget(self.webhook_box)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setPlaceholderText(placeholder)
        return line

    def _webhook_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("webhook_box")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        self.webhook_label = QLabel()
        self.webhook_label.setObjectName("webhook_label")
        self.webhook_label.setWordWrap(True)
        self.remove_webhook_button = QPushButton(_tr("Remove webhook"))
        self.remove_webhook_button.setObjectName("remove_webhook")
        self.remove_webhook_button.clicked.connect(self.remove_webhook)
        row = QHBoxLayout(box)
        row.addWidget(self.webhook_label, 1)
        row.addWidget(self.remove_webhook_button)
        box.setVisible(False)
        return box

    # -- actions ----------------------------------------------------------------------------

    def _inputs(self) -> tuple[str, str] | None:
        token = self.token.text().strip()
        if not token:
            self._show(False, _tr("Please paste the bot token from @BotFather."))
            return None
        return token, self.api_url.text().strip() or DEFAULT_API_URL

    def test(self) -> None:
        """Ask Telegram who the bot is and whether a webhook would block fetching."""
        inputs = self._inputs()
        if inputs is None:
            return
        token, api_url = inputs
        name = self.name.text().strip()
        self._start(_tr("Asking Telegram…"))
        self.tasks.run(lambda: check_token(token, api_url=api_url, name=name),
                       on_done=self._tested, on_error=lambda m: self._show(False, m))

    def _tested(self, check: BotCheck) -> None:
        if check.webhook.url:
            self._warn_webhook(check.webhook.url)
            self._show(False, _tr("The token works for @{bot}, but a webhook must be removed "
                                  "first.").format(bot=check.bot.username))
            return
        self.webhook_box.setVisible(False)
        self._show(True, _tr("The token works: customers write to @{bot}.").format(
            bot=check.bot.username))

    def remove_webhook(self) -> None:
        """Delete the webhook (Telegram keeps the messages waiting for the bot)."""
        inputs = self._inputs()
        if inputs is None:
            return
        token, api_url = inputs
        self._start(_tr("Removing the webhook…"))
        self.tasks.run(lambda: remove_webhook_for_token(token, api_url=api_url),
                       on_done=lambda _: self._webhook_removed(),
                       on_error=lambda m: self._show(False, m))

    def _webhook_removed(self) -> None:
        self.webhook_box.setVisible(False)
        self._show(True, _tr("The webhook is removed: the app can now fetch the bot's "
                             "messages."))

    def add(self) -> None:
        """Check the token again and store the account (the token goes to the keychain)."""
        inputs = self._inputs()
        name = self.name.text().strip()
        if inputs is None:
            return
        if not name:
            self._show(False, _tr("Please give the account a name."))
            return
        token, api_url = inputs
        workspace, secrets = self.workspace, self.secrets

        def job() -> Account | str:
            try:
                account, _ = add_telegram_account(workspace.repos(), secrets, name, token,
                                                  api_url=api_url)
            except WebhookSet as exc:
                return exc.url  # shown as the warning with its button, not as a failure
            return account

        self._start(_tr("Adding the account…"))
        self.tasks.run(job, on_done=self._added, on_error=lambda m: self._show(False, m))

    def _added(self, result: Account | str) -> None:
        if isinstance(result, str):
            self._warn_webhook(result)
            self._show(False, _tr("Remove the webhook, then press Add again."))
            return
        self.token.clear()
        self._show(True, _tr("Added {name} ({bot}).").format(name=result.name,
                                                            bot=result.address))
        self.accountAdded.emit(result.name)
        self.accept()

    def _warn_webhook(self, url: str) -> None:
        self.webhook_label.setText(_tr(
            "This bot sends its messages to a webhook ({url}), so the app cannot fetch them. "
            "Remove the webhook to use the bot here; messages waiting for it are kept."
        ).format(url=url))
        self.webhook_box.setVisible(True)

    def _start(self, message: str) -> None:
        self.status.setText(message)
        self._set_busy(True)

    def _show(self, ok: bool, message: str) -> None:
        self._set_busy(False)
        self.status.setText(message)
        self.status.setProperty("ok", ok)
        self.checked.emit(ok)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.test_button, self.buttons, self.remove_webhook_button):
            widget.setEnabled(not busy)

    def done(self, result: int) -> None:
        if self._own_tasks:
            # Close the worker's database connection on its own thread, then stop it.
            self.tasks.shutdown(self.workspace.profile.pool.close_current)
        super().done(result)


def open_telegram_account_dialog(
    workspace: Workspace, secrets: SecretStore, parent: QWidget | None = None,
    on_added: Callable[[str], None] | None = None,
) -> TelegramAccountDialog:
    """Show the dialog (non-blocking); ``on_added(name)`` runs after the account is stored."""
    dialog = TelegramAccountDialog(workspace, secrets, parent=parent)
    if on_added is not None:
        dialog.accountAdded.connect(on_added)
    dialog.open()
    return dialog
