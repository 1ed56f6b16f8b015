"""AccountRunner on a real Dovecot: IDLE push, CONDSTORE flags, timer catch-up, wake, errors."""

from __future__ import annotations

import json
import time

import pytest
from imapclient import IMAPClient

from agent_assist.channels.email.imap import ImapSession
from agent_assist.services.email.accounts import EmailSettings
from agent_assist.storage.repositories import InboxQuery
from tests.integration.services.email.conftest import MailSetup, make_mail
from tests.integration.services.email.runner_harness import running

pytestmark = pytest.mark.integration


def stored_flags(setup: MailSetup) -> dict[int, set[str]]:
    rows = setup.workspace.repos().db.execute(
        "SELECT uid, flags FROM imap_locations WHERE folder = 'INBOX'").fetchall()
    return {int(uid): set(json.loads(flags)) for uid, flags in rows}


def other_client(setup: MailSetup) -> IMAPClient:
    """Another mail app on the same mailbox (a phone, webmail)."""
    client = IMAPClient(setup.dovecot.host, port=setup.dovecot.imap_port, ssl=False, timeout=10)
    client.login(setup.user.name, setup.user.password)
    client.select_folder("INBOX")
    return client


def test_idle_push_brings_new_mail_into_the_inbox(mail_setup: MailSetup) -> None:
    ws, dovecot, user = mail_setup.workspace, mail_setup.dovecot, mail_setup.user
    # The periodic catch-up is far away: only IDLE can explain a prompt second sync.
    with running(mail_setup, catch_up_seconds=600) as (_runner, events):
        events.wait(lambda: events.synced(), what="the first catch-up")
        assert events.synced()[0].new == 0
        dovecot.deliver(user.address, make_mail(subject="Pushed", message_id="<push@c.test>"))
        events.wait(lambda: any(r.new == 1 for r in events.synced()), timeout=10,
                    what="the pushed message")
        assert events.errors() == []
    (conv_id,) = ws.inbox_ids(InboxQuery("needs_reply"))
    (message,) = ws.messages(conv_id)
    assert message.subject == "Pushed"


def test_mail_arriving_between_select_and_idle_ends_the_wait_at_once(
    mail_setup: MailSetup,
) -> None:
    # Dovecot reports it right behind "+ idling", in the same read: a select() on the
    # socket alone would sleep through it until the IDLE timeout.
    settings = EmailSettings.from_account(mail_setup.account)
    with ImapSession(settings.imap("shop"), mail_setup.user.password) as session:
        for _ in range(3):
            session.select("INBOX")
            mail_setup.dovecot.deliver(mail_setup.user.address, make_mail())
            started = time.monotonic()
            assert session.idle_wait(60)
            assert time.monotonic() - started < 15, "the news waited for the IDLE timeout"


def test_several_pushes_in_a_row_each_arrive_once(mail_setup: MailSetup) -> None:
    ws, dovecot, user = mail_setup.workspace, mail_setup.dovecot, mail_setup.user
    with running(mail_setup, catch_up_seconds=600) as (_runner, events):
        events.wait(lambda: events.synced(), what="the first catch-up")
        for i in range(5):
            dovecot.deliver(user.address, make_mail(subject=f"Push {i}",
                                                    sender=f"c{i}@customer.test"))
            events.wait(lambda n=i + 1: sum(r.new for r in events.synced()) == n, timeout=10,
                        what=f"push {i}")
    assert ws.repos().messages.count() == 5
    assert len(ws.inbox_ids(InboxQuery("needs_reply"))) == 5


def test_condstore_flag_changes_from_another_client_are_reflected(mail_setup: MailSetup) -> None:
    dovecot, user = mail_setup.dovecot, mail_setup.user
    for i in range(2):
        dovecot.deliver(user.address, make_mail(subject=f"Q{i}"))
    with running(mail_setup, catch_up_seconds=600) as (_runner, events):
        events.wait(lambda: sum(r.new for r in events.synced()) == 2, what="the first sync")
        assert stored_flags(mail_setup) == {1: set(), 2: set()}
        phone = other_client(mail_setup)
        try:
            phone.add_flags([1], [b"\\Flagged"])
            # The row is committed before the runner reports: wait for both.
            events.wait(lambda: any(f.flag_changes for r in events.synced() for f in r.folders),
                        timeout=10, what="a catch-up reporting the flag change")
            assert stored_flags(mail_setup)[1] == {"\\Flagged"}
            phone.remove_flags([1], [b"\\Flagged"])
            phone.add_flags([2], [b"\\Answered"])
            events.wait(lambda: stored_flags(mail_setup) == {1: set(), 2: {"\\Answered"}},
                        timeout=10, what="the second change")
        finally:
            phone.logout()
    assert mail_setup.workspace.repos().messages.count() == 2  # flags never add messages


def test_catch_up_also_runs_on_a_timer(mail_setup: MailSetup) -> None:
    with running(mail_setup, catch_up_seconds=0.2) as (_runner, events):
        events.wait(lambda: len(events.synced()) >= 3, what="three timed catch-ups")
        assert events.errors() == []


def test_wake_runs_a_catch_up_now(mail_setup: MailSetup) -> None:
    dovecot, user = mail_setup.dovecot, mail_setup.user
    with running(mail_setup, catch_up_seconds=600) as (runner, events):
        events.wait(lambda: events.synced(), what="the first catch-up")
        before = len(events.synced())
        # Seeded straight into the Maildir: no IDLE news is guaranteed, the wake-up is.
        dovecot.seed_maildir(user, [make_mail(subject="Seeded")])
        runner.wake()
        events.wait(lambda: len(events.synced()) > before, timeout=10, what="a woken catch-up")
        events.wait(lambda: sum(r.new for r in events.synced()) == 1, timeout=10,
                    what="the seeded message")
        assert events.errors() == []


def test_wrong_password_is_reported_then_a_fixed_password_syncs(mail_setup: MailSetup) -> None:
    dovecot, user, secrets = mail_setup.dovecot, mail_setup.user, mail_setup.secrets
    dovecot.deliver(user.address, make_mail())
    secrets.set("shop", "not-the-password")
    with running(mail_setup, catch_up_seconds=600) as (runner, events):
        events.wait(lambda: events.errors(), what="the login error")
        (error,) = events.errors()
        assert "shop" in error and "password" in error and "not-the-password" not in error
        account = mail_setup.workspace.repos().accounts.get(mail_setup.account.id)
        assert account is not None and account.last_error == error
        assert mail_setup.workspace.repos().messages.count() == 0
        # The user fixes the password (Settings → Accounts), which wakes the runner.
        secrets.set("shop", user.password)
        runner.wake()
        events.wait(lambda: events.synced(), timeout=10, what="a sync after the fix")
    assert mail_setup.workspace.repos().messages.count() == 1
    account = mail_setup.workspace.repos().accounts.get(mail_setup.account.id)
    assert account is not None and account.last_error == "" and account.last_sync_at
