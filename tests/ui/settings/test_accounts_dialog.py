"""Settings → Accounts against a real Dovecot: add, test, edit, errors, remove, live status."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Channel
from agent_assist.services.email.accounts import EmailSettings, add_email_account
from agent_assist.services.email.parsing import InlineExecutor
from agent_assist.services.workspace import Workspace
from agent_assist.storage.secrets import SecretStore
from agent_assist.ui.settings.accounts import AccountsDialog
from agent_assist.ui.settings.email_form import EmailAccountDialog
from agent_assist.ui.sync_controller import SyncController
from tests.fixtures.servers import DovecotServer, MailUser, dovecot, mail_user

__all__ = ["dovecot", "mail_user"]

pytestmark = pytest.mark.integration

WAIT_MS = 15_000


class Answers:
    """Scripted answers to the "Remove?" question."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent: object, _title: str, text: str) -> bool:
        self.asked.append(text)
        return self.answer


def open_dialog(qtbot: QtBot, workspace: Workspace, *, confirm: bool = True,
                controller: SyncController | None = None) -> AccountsDialog:
    dialog = AccountsDialog(workspace, SecretStore(workspace.profile.root),
                            controller=controller, confirm=Answers(confirm))
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def dialogs() -> Iterator[list[AccountsDialog]]:
    opened: list[AccountsDialog] = []
    yield opened
    for dialog in opened:
        if dialog.form is not None:
            dialog.form.reject()
        dialog.reject()  # stops the dialogs' worker threads


def fill(form: EmailAccountDialog, dovecot: DovecotServer, user: MailUser, password: str) -> None:
    form.name.setText("Boutique")
    form.email.setText(user.address)
    form.user.setText(user.name)
    form.password.setText(password)
    form.imap_host.setText(dovecot.host)
    form.imap_tls.setCurrentIndex(form.imap_tls.findData("none"))
    form.imap_port.setValue(dovecot.imap_port)
    form.smtp_host.setText(dovecot.host)
    form.smtp_tls.setCurrentIndex(form.smtp_tls.findData("starttls"))
    form.folders.setText("INBOX, Archive")


def press(qtbot: QtBot, widget: EmailAccountDialog | AccountsDialog, button: str) -> bool:
    with qtbot.waitSignal(widget.checked, timeout=WAIT_MS) as outcome:
        if isinstance(widget, EmailAccountDialog):
            {"test": widget.test_button, "save": widget.save_button}[button].click()
        else:
            {"test": widget.test_button, "remove": widget.remove_button}[button].click()
    return bool(outcome.args[0])


def stored_account(workspace: Workspace, dovecot: DovecotServer, user: MailUser,
                   password: str | None = None) -> None:
    settings = EmailSettings(
        imap_host=dovecot.host, imap_port=dovecot.imap_port, imap_tls="none",
        smtp_host=dovecot.host, smtp_port=587, smtp_tls="starttls", user=user.name,
        email=user.address, timeout=10)
    add_email_account(workspace.repos(), SecretStore(workspace.profile.root), "Boutique",
                      settings, password or user.password)


def test_add_tests_the_connection_then_stores_the_password_in_the_keychain(
    qtbot: QtBot, workspace: Workspace, dovecot: DovecotServer, mail_user: MailUser,
    dialogs: list[AccountsDialog],
) -> None:
    dialog = open_dialog(qtbot, workspace)
    dialogs.append(dialog)
    assert dialog.table.topLevelItemCount() == 0 and "No account yet" in dialog.details.text()
    form = dialog.add_email()
    fill(form, dovecot, mail_user, mail_user.password)
    assert form.smtp_port.value() == 587  # the usual STARTTLS port followed the mode
    assert press(qtbot, form, "test")
    assert "IDLE" in form.status.text() and "Sent" in form.status.text()
    assert workspace.repos().accounts.list() == []  # a test stores nothing
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS) as saved:
        form.save_button.click()
    assert saved.args == ["Boutique"]
    (account,) = workspace.repos().accounts.list()
    assert (account.name, account.channel, account.address) == (
        "Boutique", Channel.EMAIL, mail_user.address)
    assert account.settings["folders"] == ["INBOX", "Archive"]
    assert mail_user.password not in str(account.settings)
    assert SecretStore(workspace.profile.root).get("Boutique") == mail_user.password
    assert dialog.table.topLevelItemCount() == 1
    assert dialog.table.topLevelItem(0).text(0) == "Boutique"  # type: ignore[union-attr]


def test_wrong_password_names_the_account_and_keeps_the_form(
    qtbot: QtBot, workspace: Workspace, dovecot: DovecotServer, mail_user: MailUser,
    dialogs: list[AccountsDialog],
) -> None:
    dialog = open_dialog(qtbot, workspace)
    dialogs.append(dialog)
    form = dialog.add_email()
    fill(form, dovecot, mail_user, "Wrong-Password-1")
    assert not press(qtbot, form, "test")
    text = form.status.text()
    assert "Boutique" in text and "password" in text and "Wrong-Password-1" not in text
    assert form.password.text() == "Wrong-Password-1" and form.test_button.isEnabled()


def test_missing_fields_are_named_without_going_online(
    qtbot: QtBot, workspace: Workspace, dialogs: list[AccountsDialog]
) -> None:
    dialog = open_dialog(qtbot, workspace)
    dialogs.append(dialog)
    form = dialog.add_email()
    form.name.setText("Shop")
    form.email.setText("shop@example.test")
    with qtbot.waitSignal(form.checked, timeout=1000) as outcome:
        form.test_button.click()
    assert outcome.args == [False] and "IMAP" in form.status.text()


def test_a_sync_problem_is_shown_with_the_account_and_what_to_do_then_fixed_by_edit(
    qtbot: QtBot, workspace: Workspace, dovecot: DovecotServer, mail_user: MailUser,
    dialogs: list[AccountsDialog],
) -> None:
    stored_account(workspace, dovecot, mail_user, password="stale-password")
    repos = workspace.repos()
    account = repos.accounts.by_name("Boutique")
    assert account is not None
    problem = "Wrong user name or password for account Boutique: check them in Settings."
    repos.accounts.mark_synced(account.id, 0, error=problem)
    dialog = open_dialog(qtbot, workspace)
    dialogs.append(dialog)
    item = dialog.table.topLevelItem(0)
    assert item is not None and item.text(4) == "Problem" and item.toolTip(4) == problem
    assert problem in dialog.details.text() and "Edit…" in dialog.details.text()
    assert not press(qtbot, dialog, "test")
    assert "Boutique" in dialog.status.text() and "password" in dialog.status.text()

    form = dialog.edit()
    assert form is not None and form.name.isReadOnly() and form.email.isReadOnly()
    assert form.imap_port.value() == dovecot.imap_port and form.smtp_port.value() == 587
    form.password.setText(mail_user.password)
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS):
        form.save_button.click()
    assert SecretStore(workspace.profile.root).get("Boutique") == mail_user.password
    assert press(qtbot, dialog, "test")
    assert "IDLE" in dialog.status.text()


def test_editing_with_an_empty_password_keeps_the_stored_one(
    qtbot: QtBot, workspace: Workspace, dovecot: DovecotServer, mail_user: MailUser,
    dialogs: list[AccountsDialog],
) -> None:
    stored_account(workspace, dovecot, mail_user)
    dialog = open_dialog(qtbot, workspace)
    dialogs.append(dialog)
    form = dialog.edit()
    assert form is not None and form.password.text() == ""
    assert press(qtbot, form, "test")  # tests with the stored password
    form.folders.setText("INBOX, Commandes")
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS):
        form.save_button.click()
    account = workspace.repos().accounts.by_name("Boutique")
    assert account is not None and account.settings["folders"] == ["INBOX", "Commandes"]
    assert SecretStore(workspace.profile.root).get("Boutique") == mail_user.password


def test_remove_asks_stops_the_sync_and_keeps_the_conversations(
    qtbot: QtBot, workspace: Workspace, dovecot: DovecotServer, mail_user: MailUser,
    dialogs: list[AccountsDialog],
) -> None:
    stored_account(workspace, dovecot, mail_user)
    controller = SyncController(workspace.profile, SecretStore(workspace.profile.root),
                                parse_executor=InlineExecutor)
    try:
        with qtbot.waitSignal(controller.synced, timeout=WAIT_MS):
            controller.start()
        refusing = open_dialog(qtbot, workspace, confirm=False, controller=controller)
        dialogs.append(refusing)
        refusing.remove_button.click()
        assert workspace.repos().accounts.by_name("Boutique") is not None

        dialog = open_dialog(qtbot, workspace, controller=controller)
        dialogs.append(dialog)
        # The list follows the runner: it was synced just now.
        item = dialog.table.topLevelItem(0)
        assert item is not None and item.text(4) == "OK" and item.text(3) != "Never"
        assert press(qtbot, dialog, "remove")
        assert workspace.repos().accounts.list() == []
        assert controller.running() == []
        assert dialog.table.topLevelItemCount() == 0
        assert "stay in the inbox" in dialog.status.text()
    finally:
        controller.shutdown()


def test_an_account_added_in_the_dialog_starts_syncing(
    qtbot: QtBot, workspace: Workspace, dovecot: DovecotServer, mail_user: MailUser,
    dialogs: list[AccountsDialog],
) -> None:
    controller = SyncController(workspace.profile, SecretStore(workspace.profile.root),
                                parse_executor=InlineExecutor)
    try:
        controller.start()
        dialog = open_dialog(qtbot, workspace, controller=controller)
        dialogs.append(dialog)
        form = dialog.add_email()
        fill(form, dovecot, mail_user, mail_user.password)
        form.folders.setText("INBOX")
        with qtbot.waitSignal(controller.synced, timeout=WAIT_MS):
            form.save_button.click()
        assert controller.running() == ["Boutique"]
        qtbot.waitUntil(lambda: dialog.table.topLevelItem(0) is not None
                        and dialog.table.topLevelItem(0).text(4) == "OK",  # type: ignore[union-attr]
                        timeout=WAIT_MS)
        dialog.reject()  # closed: later sync news must not reach the gone dialog
        with qtbot.waitSignal(controller.synced, timeout=WAIT_MS):
            controller.wake()
    finally:
        controller.shutdown()
