"""The IMAP sync engine against a real Dovecot: no loss, no duplicates, nothing changed."""

from __future__ import annotations

import pytest

from agent_assist.channels.email.imap import ImapSession
from agent_assist.services.email.accounts import EmailSettings
from agent_assist.services.email.runner import catch_up_once
from agent_assist.storage.repositories import InboxQuery
from tests.integration.services.email.conftest import MailSetup, make_mail

pytestmark = pytest.mark.integration


def sync(setup: MailSetup):  # type: ignore[no-untyped-def]
    account = setup.workspace.repos().accounts.get(setup.account.id)
    assert account is not None
    return catch_up_once(setup.workspace.profile, account, setup.secrets)


def stored_keys(setup: MailSetup) -> list[str]:
    return [
        r[0] for r in setup.workspace.repos().db.execute(
            "SELECT provider_key FROM messages WHERE provider_key LIKE 'imap:%'")
    ]


def server_flags(setup: MailSetup, folder: str = "INBOX") -> dict[int, tuple[str, ...]]:
    settings = EmailSettings.from_account(setup.account)
    with ImapSession(settings.imap("shop"), setup.user.password) as session:
        session.select(folder)
        uids = session.search_uids(folder)
        return {m.uid: m.flags for m in session.fetch_raw(uids)} if uids else {}


def test_initial_then_incremental_sync_threads_and_never_marks_read(mail_setup: MailSetup) -> None:
    dovecot, user = mail_setup.dovecot, mail_setup.user
    first = make_mail(message_id="<q1@customer.test>")
    dovecot.deliver(user.address, first)
    dovecot.deliver(user.address, make_mail(subject="Refund", body="I want a refund please",
                                            sender="omar@customer.test"))
    report = sync(mail_setup)
    assert report.new == 2
    ws = mail_setup.workspace
    assert len(ws.inbox_ids(InboxQuery("needs_reply"))) == 2
    dovecot.deliver(user.address, make_mail(subject="Re: Where is my order?", body="Any news?",
                                            in_reply_to="<q1@customer.test>"))
    assert sync(mail_setup).new == 1
    assert sync(mail_setup).new == 0  # nothing new: nothing added
    assert ws.repos().conversations.total() == 2
    assert len(stored_keys(mail_setup)) == 3
    assert all("\\Seen" not in flags for flags in server_flags(mail_setup).values())


def test_reply_sent_from_another_client_counts_as_answer(mail_setup: MailSetup) -> None:
    dovecot, user = mail_setup.dovecot, mail_setup.user
    dovecot.deliver(user.address, make_mail(message_id="<ask@customer.test>"))
    sync(mail_setup)
    ws = mail_setup.workspace
    assert len(ws.inbox_ids(InboxQuery("needs_reply"))) == 1
    answer = make_mail(subject="Re: Where is my order?", body="It left this morning.",
                       sender=user.address, to="lea@customer.test",
                       in_reply_to="<ask@customer.test>")
    dovecot.seed_maildir(user, [answer], folder="Sent")
    sync(mail_setup)
    assert ws.inbox_ids(InboxQuery("needs_reply")) == []


def test_uidvalidity_change_rematches_without_duplicates(mail_setup: MailSetup) -> None:
    dovecot, user = mail_setup.dovecot, mail_setup.user
    for i in range(5):
        dovecot.deliver(user.address, make_mail(subject=f"Question {i}"))
    sync(mail_setup)
    before = mail_setup.workspace.repos().messages.count()
    dovecot.change_uidvalidity(user)
    dovecot.deliver(user.address, make_mail(subject="After the change"))
    report = sync(mail_setup)
    inbox = next(f for f in report.folders if f.folder == "INBOX")
    assert inbox.uidvalidity_changed and inbox.new == 1 and inbox.linked == 5
    assert mail_setup.workspace.repos().messages.count() == before + 1


def test_expunged_on_server_is_marked_never_deleted(mail_setup: MailSetup) -> None:
    dovecot, user = mail_setup.dovecot, mail_setup.user
    for i in range(3):
        dovecot.deliver(user.address, make_mail(subject=f"Q{i}"))
    sync(mail_setup)
    victim = next((user.maildir / "cur").iterdir(), None) or next((user.maildir / "new").iterdir())
    victim.unlink()
    report = sync(mail_setup)
    assert next(f for f in report.folders if f.folder == "INBOX").expunged == 1
    repos = mail_setup.workspace.repos()
    assert repos.messages.count() == 3
    marked = repos.db.execute(
        "SELECT count(*) FROM imap_locations WHERE expunged_at IS NOT NULL").fetchone()[0]
    assert marked == 1


def test_unparseable_mail_is_quarantined_once(mail_setup: MailSetup) -> None:
    dovecot, user = mail_setup.dovecot, mail_setup.user
    dovecot.seed_maildir(user, [b"\x00\x01\x02" * 50, make_mail()])
    report = sync(mail_setup)
    inbox = next(f for f in report.folders if f.folder == "INBOX")
    assert inbox.quarantined == 1 and inbox.new == 1
    assert sync(mail_setup).folders[0].quarantined == 0  # never refetched in a loop
    repos = mail_setup.workspace.repos()
    assert repos.quarantine.count() == 1
    item = repos.quarantine.list()[0]
    # Kept exactly as the server serves it (Dovecot itself turns NUL bytes into 0x80).
    settings = EmailSettings.from_account(mail_setup.account)
    with ImapSession(settings.imap("shop"), mail_setup.user.password) as session:
        session.select("INBOX")
        served = next(session.fetch_raw([session.search_uids("INBOX")[0]])).raw
    assert repos.quarantine.raw(item.id) == served and len(served) == 150


def test_automated_mail_is_stored_but_needs_no_reply(mail_setup: MailSetup) -> None:
    dovecot, user = mail_setup.dovecot, mail_setup.user
    dovecot.deliver(user.address, make_mail(subject="Out of office", sender="lea@customer.test",
                                            extra={"Auto-Submitted": "auto-replied"}))
    dovecot.deliver(user.address, make_mail(subject="Newsletter", sender="news@brand.test",
                                            extra={"List-Id": "<news.brand.test>"}))
    sync(mail_setup)
    ws = mail_setup.workspace
    assert ws.inbox_ids(InboxQuery("needs_reply")) == []
    assert len(ws.inbox_ids(InboxQuery("all"))) == 2
