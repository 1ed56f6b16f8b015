"""The missed-message check against a real Dovecot: find what we lost, backfill exactly that."""

from __future__ import annotations

import time

import pytest

from agent_assist.core.models import Account
from agent_assist.services.email.runner import catch_up_once
from agent_assist.services.health import health_warnings
from agent_assist.services.missed_check import MissedCheck
from agent_assist.services.quarantine import QuarantineService
from agent_assist.storage.repositories import Repos
from tests.integration.services.email.conftest import MailSetup, make_mail

pytestmark = pytest.mark.integration


def account(setup: MailSetup) -> Account:
    found = setup.workspace.repos().accounts.get(setup.account.id)
    assert found is not None
    return found


def checker(setup: MailSetup) -> MissedCheck:
    ws = setup.workspace
    return MissedCheck(ws.repos(), ws.ingestor(), setup.secrets)


def lose_one(repos: Repos, subject: str) -> int:
    """Simulate a message the store lost: its row and its location vanish."""
    row_id, uid = repos.db.execute(
        "SELECT m.id, l.uid FROM messages m JOIN imap_locations l ON l.message_row_id = m.id "
        "WHERE m.subject = ?", [subject]).fetchone()
    with repos.db.atomic():
        repos.db.execute("DELETE FROM imap_locations WHERE message_row_id = ?", [row_id])
        repos.db.execute("DELETE FROM messages WHERE id = ?", [row_id])
    return int(uid)


def test_a_lost_message_is_found_and_backfilled(mail_setup: MailSetup) -> None:
    dovecot, user = mail_setup.dovecot, mail_setup.user
    for subject in ("Q1", "Q2", "Q3"):
        dovecot.deliver(user.address, make_mail(subject=subject, body=f"About {subject}?"))
    dovecot.seed_maildir(user, [b"\x00\x01\x02" * 40])  # quarantined: stored, not missing
    catch_up_once(mail_setup.workspace.profile, account(mail_setup), mail_setup.secrets)
    repos = mail_setup.workspace.repos()
    assert repos.messages.count() == 3 and repos.quarantine.count() == 1
    check = checker(mail_setup)
    assert all(gap.missing == () for gap in check.check(account(mail_setup)))
    # The unreadable one is shown as new quarantined mail, never as missed.
    assert [w.kind for w in health_warnings(repos, time.time())] == ["quarantined"]
    QuarantineService(repos, mail_setup.workspace.ingestor()).mark_seen()
    assert health_warnings(repos, time.time()) == []

    uid = lose_one(repos, "Q2")
    dovecot.deliver(user.address, make_mail(subject="Q4"))  # new since the sync: not missed
    inbox = next(g for g in check.check(account(mail_setup)) if g.folder == "INBOX")
    assert inbox.missing == (uid,) and inbox.not_yet_synced == 1
    [warning] = health_warnings(repos, time.time())
    assert (warning.kind, warning.account, warning.action) == ("missed_messages", "shop",
                                                               "backfill")
    assert "1 possible missed message in shop (INBOX)" in warning.message

    assert check.backfill(account(mail_setup)) == 1  # exactly the lost one, not Q4
    subjects = {r[0] for r in repos.db.execute("SELECT subject FROM messages")}
    assert subjects == {"Q1", "Q2", "Q3"}
    assert health_warnings(repos, time.time()) == []
    assert check.backfill(account(mail_setup)) == 0  # nothing left to restore


def test_stale_sync_is_a_warning(mail_setup: MailSetup) -> None:
    catch_up_once(mail_setup.workspace.profile, account(mail_setup), mail_setup.secrets)
    synced = account(mail_setup).last_sync_at
    assert synced is not None
    repos = mail_setup.workspace.repos()
    assert health_warnings(repos, synced + 10 * 60) == []  # within 3 × the 5-minute catch-up
    [warning] = health_warnings(repos, synced + 3 * 3600)
    assert warning.kind == "sync_stale" and warning.action == "sync_now"
    assert warning.message == "shop has not synced for 3 hours."
