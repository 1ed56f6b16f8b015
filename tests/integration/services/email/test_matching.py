"""Which server copies are one message: exact copies and redeliveries link, impostors stay."""

from __future__ import annotations

import pytest

from agent_assist.services.email.runner import catch_up_once
from agent_assist.services.email.sync import SyncReport
from tests.integration.services.email.conftest import MailSetup, make_mail

pytestmark = pytest.mark.integration


def sync(setup: MailSetup) -> SyncReport:
    account = setup.workspace.repos().accounts.get(setup.account.id)
    assert account is not None
    return catch_up_once(setup.workspace.profile, account, setup.secrets)


def counts(setup: MailSetup) -> tuple[int, int]:
    db = setup.workspace.repos().db
    messages = db.execute("SELECT count(*) FROM messages").fetchone()[0]
    located = db.execute("SELECT count(*) FROM imap_locations "
                         "WHERE message_row_id IS NOT NULL").fetchone()[0]
    return int(messages), int(located)


def test_copies_in_one_batch_are_one_message_with_two_locations(mail_setup: MailSetup) -> None:
    raw = make_mail(message_id="<same@customer.test>")
    mail_setup.dovecot.seed_maildir(mail_setup.user, [raw, raw])
    report = sync(mail_setup)
    assert (report.new, report.folders[0].linked) == (1, 1)
    assert counts(mail_setup) == (1, 2)


def test_a_redelivery_with_other_transport_headers_links_across_syncs(
    mail_setup: MailSetup,
) -> None:
    raw = make_mail(message_id="<again@customer.test>")
    mail_setup.dovecot.deliver(mail_setup.user.address, raw)
    assert sync(mail_setup).new == 1
    # The same mail again (LMTP adds its own Return-Path/Delivered-To/Received lines).
    mail_setup.dovecot.deliver(mail_setup.user.address, b"X-Relay: second path\r\n" + raw)
    report = sync(mail_setup)
    assert (report.new, report.folders[0].linked) == (0, 1)
    assert counts(mail_setup) == (1, 2)


def test_different_messages_sharing_a_message_id_are_both_kept(mail_setup: MailSetup) -> None:
    first = make_mail(subject="Order 1", body="First question", message_id="<dup@broken.test>")
    second = make_mail(subject="Order 2", body="Another question", message_id="<dup@broken.test>")
    mail_setup.dovecot.seed_maildir(mail_setup.user, [first])
    sync(mail_setup)
    mail_setup.dovecot.seed_maildir(mail_setup.user, [second, second])
    report = sync(mail_setup)
    assert (report.new, report.folders[0].linked) == (1, 1)  # the impostor's copy links to it
    subjects = [r[0] for r in mail_setup.workspace.repos().db.execute(
        "SELECT subject FROM messages ORDER BY id")]
    assert subjects == ["Order 1", "Order 2"]
    assert counts(mail_setup) == (2, 3)
