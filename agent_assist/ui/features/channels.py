"""Accounts and their sync engines (email, Telegram, Matrix), and contacts across channels."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from agent_assist.core.models import Account, Channel
from agent_assist.services.notify import Notify
from agent_assist.services.senders import channel_senders
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.storage.secrets import SecretStore
from agent_assist.ui.attachments import AttachmentActions, AttachmentStrip
from agent_assist.ui.features import action, menu, tr
from agent_assist.ui.sync_controller import Runner, RunnerFactory, SyncController

if TYPE_CHECKING:
    from agent_assist.ui.main_window import MainWindow


def install(window: MainWindow, *, live: bool = True) -> None:
    ws = window.workspace
    secrets = SecretStore(ws.profile.root)
    controller: SyncController | None = None
    if live:
        controller = SyncController(ws.profile, secrets, parent=window)
        controller.channel_factories += [_telegram_runners(ws.profile, secrets),
                                         _matrix_runners(ws.profile, secrets)]
        # Replies leave through their account's channel (the demo shop through its own).
        ws.sender_factory = controller.sender_factory(channel_senders(ws.demo_sender, secrets))
        controller.mailArrived.connect(lambda _account, _n: window.refresh())
        controller.failed.connect(lambda account, text: window.notify(text, error=True))
        window.on_start.append(controller.start)
        window.on_shutdown.append(controller.shutdown)
    window.sync = controller  # type: ignore[attr-defined]
    files = AttachmentActions(ws.attachments, window)
    files.message.connect(lambda text, error: window.notify(text, error=error))
    window.conversation.thread_view.attachment_widget = (
        lambda message: AttachmentStrip(message.attachments, files))

    def accounts() -> None:
        def reload(_name: str = "") -> None:
            if controller is not None:
                controller.reload()
            window.refresh()

        from agent_assist.ui.settings.accounts import open_accounts_dialog

        open_accounts_dialog(ws, secrets, window, controller=controller, add_actions=[
            (tr("Add Telegram bot…"), lambda parent: _telegram(ws, secrets, parent, reload)),
            (tr("Add Matrix account…"), lambda parent: _matrix(ws, secrets, parent, reload)),
        ])

    menu(window, "settings", tr("&Settings")).addAction(action(window, tr("Accounts…"), accounts))
    window.health_actions["open_accounts"] = lambda _account: accounts()
    if controller is not None:
        window.health_actions["sync_now"] = lambda account: _sync_now(window, controller, account)
    contacts = action(window, tr("Possible duplicate contacts…"), lambda: _merge(window))
    menu(window, "view", tr("&View")).addAction(contacts)


# Chat libraries load only when such an account exists: matrix-nio alone costs ~0.5 s of
# start-up (measured by bench/startup.py) that a shop without Matrix should not pay.


def _sync_now(window: MainWindow, controller: SyncController, account: str) -> None:
    found = window.workspace.repos().accounts.by_name(account)
    controller.wake(found.id if found else None)
    window.notify(tr("Syncing {account}…").format(account=account))


def _telegram_runners(profile: Profile, secrets: SecretStore) -> RunnerFactory:
    def build(account: Account, notify: Notify) -> Runner | None:
        if account.channel is not Channel.TELEGRAM:
            return None
        from agent_assist.services.telegram.runner import TelegramRunner

        return TelegramRunner(profile, account, secrets, notify)

    return build


def _matrix_runners(profile: Profile, secrets: SecretStore) -> RunnerFactory:
    def build(account: Account, notify: Notify) -> Runner | None:
        if account.channel is not Channel.MATRIX:
            return None
        from agent_assist.services.matrix.runner import matrix_runner_factory

        return matrix_runner_factory(profile, secrets)(account, notify)

    return build


def _telegram(ws: Workspace, secrets: SecretStore, parent: QWidget,
              on_added: Callable[[str], None]) -> None:
    from agent_assist.ui.settings.telegram import open_telegram_account_dialog

    open_telegram_account_dialog(ws, secrets, parent, on_added=on_added)


def _matrix(ws: Workspace, secrets: SecretStore, parent: QWidget,
            on_added: Callable[[str], None]) -> None:
    from agent_assist.ui.settings.matrix import open_matrix_account_dialog

    open_matrix_account_dialog(ws, secrets, parent, on_added=on_added)


def _merge(window: MainWindow) -> None:
    from agent_assist.ui.contacts.merge_dialog import MergeSuggestionsDialog

    dialog = MergeSuggestionsDialog(window.workspace, window.runner, agent_id=window.agent_id,
                                    parent=window)
    dialog.contactsChanged.connect(lambda: window.refresh(reload_thread=True))
    dialog.open()
