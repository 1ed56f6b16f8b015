"""Replies through the outbox over real SMTP (aiosmtpd relaying to Dovecot)."""

from __future__ import annotations

import email
from collections.abc import Callable
from dataclasses import replace

import pytest

from agent_assist.channels.email.imap import ImapSession
from agent_assist.core.models import Account, Delivery
from agent_assist.services.email.accounts import EmailSettings
from agent_assist.services.email.runner import catch_up_once
from agent_assist.services.senders import channel_senders
from agent_assist.storage.repositories import InboxQuery
from tests.fixtures.servers import MailUser, SmtpTestServer
from tests.fixtures.wait import wait_until
from tests.integration.services.email.conftest import MailSetup, make_mail

pytestmark = pytest.mark.integration


def prepare(setup: MailSetup, with_smtp: Callable[[], Account]) -> tuple[int, MailUser]:
    """A customer (a second Dovecot user, so the relay can deliver our reply) writes in."""
    with_smtp()
    ws = setup.workspace
    ws.sender_factory = channel_senders(ws.demo_sender, setup.secrets)
    customer = setup.dovecot.add_user()
    setup.dovecot.deliver(setup.user.address, make_mail(
        message_id="<q@customer.test>", sender=customer.address))
    catch_up_once(ws.profile, setup.account, setup.secrets)
    (conv_id,) = ws.inbox_ids(InboxQuery("needs_reply"))
    return conv_id, customer


def imap(setup: MailSetup, user: MailUser | None = None) -> ImapSession:
    settings = EmailSettings.from_account(setup.account)
    user = user or setup.user
    return ImapSession(replace(settings.imap("shop"), user=user.name), user.password)


def test_reply_is_delivered_threaded_copied_to_sent_and_flags_answered(
    mail_setup: MailSetup, with_smtp: Callable[[], Account], smtp_server: SmtpTestServer
) -> None:
    conv_id, _customer = prepare(mail_setup, with_smtp)
    ws = mail_setup.workspace
    ws.reply(conv_id, "Bonjour Léa, votre colis part aujourd'hui.")
    assert ws.send_pending().sent
    (received,) = smtp_server.received
    parsed = email.message_from_bytes(received.data)
    assert parsed["In-Reply-To"] == "<q@customer.test>"
    assert parsed["Subject"] == "Re: Where is my order?"
    catch_up_once(ws.profile, mail_setup.account, mail_setup.secrets)  # post-send steps
    with imap(mail_setup) as session:
        sent_folder = session.sent_folder()
        assert sent_folder is not None
        mid = parsed["Message-ID"].strip("<>")
        assert len(session.find_by_message_id(sent_folder, mid)) == 1
        session.select("INBOX")
        (uid,) = session.search_uids("INBOX")
        flags = next(session.fetch_raw([uid])).flags
        assert "\\Answered" in flags and "\\Seen" not in flags
    # Syncing our own copy in Sent adds no second message.
    catch_up_once(ws.profile, mail_setup.account, mail_setup.secrets)
    outs = [m for m in ws.messages(conv_id) if m.direction.value == "out"]
    assert len(outs) == 1 and outs[0].delivery is Delivery.SENT
    assert ws.inbox_ids(InboxQuery("needs_reply")) == []


@pytest.mark.parametrize(
    ("fault", "final"),
    [
        ("connect", Delivery.QUEUED),  # temporary: retried later
        ("auth", Delivery.FAILED),
        ("rcpt", Delivery.FAILED),
        ("data_command", Delivery.QUEUED),
        ("data_reject", Delivery.FAILED),
    ],
)
def test_failures_before_the_final_dot_never_deliver(
    mail_setup: MailSetup, with_smtp: Callable[[], Account], smtp_server: SmtpTestServer,
    fault: str, final: Delivery,
) -> None:
    conv_id, _customer = prepare(mail_setup, with_smtp)
    ws = mail_setup.workspace
    smtp_server.set_fault(fault)
    queued = ws.reply(conv_id, "Hello")
    ws.send_pending()
    item = ws.repos().outbox.get(queued.outbox_id)
    assert item is not None and item.state is final and item.last_error
    assert smtp_server.received == []
    if final is Delivery.FAILED:
        assert conv_id in ws.inbox_ids(InboxQuery("needs_reply"))  # nobody was answered


def test_timeout_after_final_dot_is_uncertain_with_exactly_one_delivery(
    mail_setup: MailSetup, with_smtp: Callable[[], Account], smtp_server: SmtpTestServer
) -> None:
    account = with_smtp()
    settings = dict(account.settings)
    settings["timeout"] = 2.0
    mail_setup.workspace.repos().accounts.update_settings(account.id, settings)
    conv_id, customer = prepare(mail_setup, with_smtp)
    ws = mail_setup.workspace
    smtp_server.set_fault("swallow_after_dot")
    queued = ws.reply(conv_id, "Hello")
    report = ws.send_pending()
    assert report.uncertain == [queued.outbox_id]
    assert ws.send_pending().uncertain == []  # never retried on its own
    wait_until(lambda: len(smtp_server.received) == 1, timeout=10)
    with imap(mail_setup, customer) as session:
        session.select("INBOX")
        assert len(session.search_uids("INBOX")) == 1  # the customer got it exactly once
