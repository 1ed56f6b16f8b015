"""SyncController on a real Dovecot (runners per account, queued signals on the GUI thread,
reload after settings changes, replies out over SMTP with the Sent copy, clean shutdown),
then with scripted runners (coalesced "mail arrived" signals, which runners restart)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Account, Delivery
from agent_assist.services.email.accounts import EmailSettings, add_email_account, remove_account
from agent_assist.services.email.parsing import InlineExecutor
from agent_assist.services.email.sync import FolderReport, SyncReport
from agent_assist.services.notify import Notify
from agent_assist.services.senders import channel_senders
from agent_assist.services.workspace import Workspace
from agent_assist.storage.repositories import InboxQuery
from agent_assist.storage.secrets import SecretStore
from agent_assist.ui.sync_controller import SyncController
from tests.fixtures.servers import (
    DovecotServer,
    MailUser,
    SmtpTestServer,
    dovecot,
    mail_user,
    smtp_server,
)
from tests.integration.services.email.conftest import make_mail

__all__ = ["dovecot", "mail_user", "smtp_server"]

WAIT_MS = 15_000


def add_account(workspace: Workspace, dovecot: DovecotServer, user: MailUser, name: str = "shop",
                *, smtp_port: int = 1, password: str | None = None) -> Account:
    settings = EmailSettings(
        imap_host=dovecot.host, imap_port=dovecot.imap_port, imap_tls="none",
        smtp_host=dovecot.host, smtp_port=smtp_port, smtp_tls="none", user=user.name,
        email=user.address, timeout=10,
    )
    return add_email_account(workspace.repos(), SecretStore(workspace.profile.root), name,
                             settings, password or user.password)


@pytest.fixture
def controller(workspace: Workspace) -> Iterator[SyncController]:
    ctl = SyncController(workspace.profile, SecretStore(workspace.profile.root),
                         parse_executor=InlineExecutor)
    yield ctl
    ctl.shutdown()


def sync_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("sync-") and t.is_alive()]


@pytest.mark.integration
def test_new_mail_arrives_as_a_signal_on_the_gui_thread(
    qtbot: QtBot, controller: SyncController, workspace: Workspace, dovecot: DovecotServer,
    mail_user: MailUser,
) -> None:
    add_account(workspace, dovecot, mail_user)
    threads: list[bool] = []
    controller.synced.connect(
        lambda *_: threads.append(QThread.currentThread() is QApplication.instance().thread()))
    with qtbot.waitSignal(controller.synced, timeout=WAIT_MS) as first:
        controller.start()
    assert first.args[0] == "shop" and controller.running() == ["shop"]
    with qtbot.waitSignal(controller.mailArrived, timeout=WAIT_MS) as arrived:
        dovecot.deliver(mail_user.address, make_mail(subject="Pushed to the GUI"))
    assert arrived.args == ["shop", 1]
    assert threads and all(threads)
    assert len(workspace.inbox_ids(InboxQuery("needs_reply"))) == 1


@pytest.mark.integration
def test_wrong_password_is_reported_then_fixed_by_reload(
    qtbot: QtBot, controller: SyncController, workspace: Workspace, dovecot: DovecotServer,
    mail_user: MailUser,
) -> None:
    add_account(workspace, dovecot, mail_user, password="not-it")
    with qtbot.waitSignal(controller.failed, timeout=WAIT_MS) as failed:
        controller.start()
    assert failed.args[0] == "shop"
    assert "shop" in failed.args[1] and "Settings → Accounts" in failed.args[1]
    SecretStore(workspace.profile.root).set("shop", mail_user.password)  # what the form does
    with qtbot.waitSignal(controller.synced, timeout=WAIT_MS):
        controller.reload()
    account = workspace.repos().accounts.by_name("shop")
    assert account is not None and account.last_error == ""


@pytest.mark.integration
def test_reload_follows_added_changed_and_removed_accounts(
    qtbot: QtBot, controller: SyncController, workspace: Workspace, dovecot: DovecotServer,
    mail_user: MailUser,
) -> None:
    first = add_account(workspace, dovecot, mail_user, "boutique")
    with qtbot.waitSignal(controller.synced, timeout=WAIT_MS):
        controller.start()
    other = dovecot.add_user()
    try:
        add_account(workspace, dovecot, other, "atelier")
        with qtbot.waitSignals([controller.accountsChanged, controller.synced],
                               timeout=WAIT_MS):
            controller.reload()
        assert controller.running() == ["atelier", "boutique"]
        assert sorted(sync_threads()) == ["sync-atelier", "sync-boutique"]
        # Removing: stop its runner first (the dialog does), then forget the account.
        controller.stop_account(first.id)
        remove_account(workspace.repos(), SecretStore(workspace.profile.root), "boutique")
        controller.reload()
        assert controller.running() == ["atelier"]
        assert sync_threads() == ["sync-atelier"]
    finally:
        controller.shutdown()
        dovecot.remove_user(other)
    assert sync_threads() == []


@pytest.mark.integration
def test_replies_go_out_over_smtp_and_the_runner_files_them_in_sent(
    qtbot: QtBot, controller: SyncController, workspace: Workspace, dovecot: DovecotServer,
    mail_user: MailUser, smtp_server: SmtpTestServer,
) -> None:
    customer = dovecot.add_user()
    try:
        smtp_server.user, smtp_server.password = mail_user.name, mail_user.password
        add_account(workspace, dovecot, mail_user, smtp_port=smtp_server.port)
        secrets = SecretStore(workspace.profile.root)
        workspace.sender_factory = controller.sender_factory(
            channel_senders(workspace.demo_sender, secrets))
        with qtbot.waitSignal(controller.synced, timeout=WAIT_MS):
            controller.start()
        with qtbot.waitSignals([controller.mailArrived, controller.synced], order="strict",
                               timeout=WAIT_MS):
            dovecot.deliver(mail_user.address, make_mail(sender=customer.address,
                                                         message_id="<ask@customer.test>"))
        (conv_id,) = workspace.inbox_ids(InboxQuery("needs_reply"))
        queued = workspace.reply(conv_id, "Your parcel left this morning.")
        assert workspace.send_pending().sent == [queued.outbox_id]
        assert len(smtp_server.received) == 1
        # The send woke the runner: it files the copy in Sent and flags the question.
        repos = workspace.repos()

        def filed() -> bool:
            row = repos.db.execute("SELECT sent_copy_at, answered_flag_at FROM outbox WHERE id = ?",
                                   [queued.outbox_id]).fetchone()
            return row[0] is not None and row[1] is not None

        qtbot.waitUntil(filed, timeout=WAIT_MS)
        item = repos.outbox.get(queued.outbox_id)
        assert item is not None and item.state is Delivery.SENT
    finally:
        controller.shutdown()
        dovecot.remove_user(customer)


# -- without servers: a scripted runner ---------------------------------------------------------

class ScriptedRunner:
    """Stands in for AccountRunner: records calls; the test sends its notifications."""

    def __init__(self, account: Account, notify: Notify) -> None:
        self.account, self.notify = account, notify
        self.calls: list[str] = []
        self.alive = False

    def start(self) -> None:
        self.alive = True
        self.calls.append("start")

    def stop(self) -> None:
        self.alive = False
        self.calls.append("stop")

    def wake(self) -> None:
        self.calls.append("wake")

    def join(self, timeout: float | None = None) -> None:
        self.calls.append("join")

    def is_alive(self) -> bool:
        return self.alive


@pytest.fixture
def scripted(workspace: Workspace) -> Iterator[tuple[SyncController, list[ScriptedRunner]]]:
    made: list[ScriptedRunner] = []

    def factory(account: Account, notify: Notify) -> ScriptedRunner:
        made.append(ScriptedRunner(account, notify))
        return made[-1]

    ctl = SyncController(workspace.profile, SecretStore(workspace.profile.root),
                         runner_factory=factory, parse_executor=InlineExecutor)
    yield ctl, made
    ctl.shutdown()


def offline_account(workspace: Workspace, name: str = "shop") -> Account:
    settings = EmailSettings(imap_host="imap.example.test", imap_port=993, imap_tls="ssl",
                             smtp_host="smtp.example.test", smtp_port=465, smtp_tls="ssl",
                             user=f"{name}@example.test", email=f"{name}@example.test")
    return add_email_account(workspace.repos(), SecretStore(workspace.profile.root), name,
                             settings, "secret")


def test_batches_stored_by_a_runner_thread_become_few_gui_signals(
    qtbot: QtBot, scripted: tuple[SyncController, list[ScriptedRunner]], workspace: Workspace
) -> None:
    controller, made = scripted
    offline_account(workspace)
    controller.start()
    (runner,) = made
    folder = FolderReport("INBOX")
    counts: list[int] = []
    controller.mailArrived.connect(lambda _name, n: counts.append(n))
    on_gui: list[bool] = []
    controller.mailArrived.connect(
        lambda *_: on_gui.append(QThread.currentThread() is QApplication.instance().thread()))

    def first_sync() -> None:  # as the runner thread does during a big first sync
        for _ in range(8):
            folder.new += 250
            runner.notify("progress", folder)
        runner.notify("synced", SyncReport("shop", [folder]))

    with qtbot.waitSignal(controller.synced, timeout=5000):
        worker = threading.Thread(target=first_sync)
        worker.start()
        worker.join()
    qtbot.waitUntil(lambda: sum(counts) == 2000, timeout=5000)
    assert len(counts) < 8  # coalesced: the inbox is not refreshed once per batch
    assert counts[0] >= 250 and all(on_gui)


def test_reload_restarts_only_changed_accounts_and_wakes_the_others(
    scripted: tuple[SyncController, list[ScriptedRunner]], workspace: Workspace
) -> None:
    controller, made = scripted
    one, two = offline_account(workspace, "one"), offline_account(workspace, "two")
    controller.start()
    assert [r.account.name for r in made] == ["one", "two"]
    repos = workspace.repos()
    repos.accounts.mark_synced(one.id, 123.0)  # a sync time is not a settings change
    repos.accounts.update_settings(two.id, dict(two.settings, imap_port=143))
    controller.reload()
    assert made[0].calls == ["start", "wake"]
    assert made[1].calls == ["start", "stop", "join"]
    assert [r.account.name for r in made] == ["one", "two", "two"]
    assert made[2].account.settings["imap_port"] == 143
    controller.wake(one.id)
    assert made[0].calls[-1] == "wake" and made[2].calls == ["start"]
    controller.shutdown()
    assert not any(r.is_alive() for r in made) and controller.running() == []
