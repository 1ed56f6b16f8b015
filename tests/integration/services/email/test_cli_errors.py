"""Wrong password and unreachable host through the CLI: one clear sentence, non-zero exit,
the account named, and nothing lost (mail on the server, stored mail, queued replies)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from imapclient import IMAPClient

from agent_assist.core.models import Delivery
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import InboxQuery
from tests.fixtures.servers import DovecotServer, MailUser, SmtpTestServer, free_port
from tests.integration.services.email.cli_harness import (
    add_account,
    add_dovecot_account,
    assert_one_sentence,
    cli_env,
    run_cli,
)
from tests.integration.services.email.conftest import make_mail

pytestmark = pytest.mark.integration

WRONG = "Wr0ng-Guess-4711"


@pytest.fixture
def second_user(dovecot: DovecotServer) -> Iterator[MailUser]:
    user = dovecot.add_user()
    yield user
    dovecot.remove_user(user)


def server_flags(dovecot: DovecotServer, user: MailUser) -> list[tuple[bytes, ...]]:
    client = IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False, timeout=10)
    try:
        client.login(user.name, user.password)
        client.select_folder("INBOX", readonly=True)
        found = client.fetch(client.search("ALL"), ["FLAGS"]).values()
        # \Recent is per session (this one is the first to see the mail): not a change.
        return [tuple(f for f in v[b"FLAGS"] if f != b"\\Recent") for v in found]
    finally:
        client.logout()


def accounts_json(env: dict[str, str], profile: Path) -> dict[str, dict[str, object]]:
    listed = run_cli(env, "account", "list", "--profile", str(profile), "--json")
    assert listed.returncode == 0, listed.stderr
    return {row["name"]: row for row in json.loads(listed.stdout)}


def stored_subjects(profile_dir: Path) -> list[str]:
    profile = Profile.open_existing(profile_dir)
    try:
        rows = Workspace(profile).repos().db.execute(
            "SELECT subject FROM messages ORDER BY subject").fetchall()
        return [r[0] for r in rows]
    finally:
        profile.close()


def test_wrong_password_is_one_sentence_naming_the_account_and_loses_nothing(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, second_user: MailUser
) -> None:
    env, profile = cli_env(tmp_path), tmp_path / "profile"
    add_dovecot_account(env, profile, "boutique", dovecot, mail_user)
    add_dovecot_account(env, profile, "atelier", dovecot, second_user, password=WRONG)
    dovecot.deliver(mail_user.address, make_mail(subject="For the boutique"))
    dovecot.deliver(second_user.address, make_mail(subject="For the atelier"))

    tested = run_cli(env, "account", "test", "--profile", str(profile), "atelier")
    assert tested.returncode != 0
    assert_one_sentence(tested.stderr, "atelier", "password", "Settings")
    assert WRONG not in tested.stderr + tested.stdout
    good = run_cli(env, "account", "test", "--profile", str(profile), "boutique")
    assert good.returncode == 0, good.stderr
    assert "IDLE" in good.stdout and "Sent" in good.stdout

    synced = run_cli(env, "sync", "--profile", str(profile), "--once")
    assert synced.returncode != 0
    assert_one_sentence(synced.stderr, "atelier", "password")
    assert "boutique" not in synced.stderr
    assert "boutique: 1 new message(s)." in synced.stdout  # the other account still synced
    assert stored_subjects(profile) == ["For the boutique"]
    rows = accounts_json(env, profile)
    assert "password" in str(rows["atelier"]["last_error"])
    assert rows["boutique"]["last_error"] == ""
    # Nothing changed on the server: still there, still unread.
    assert server_flags(dovecot, second_user) == [()]

    # The fix: re-add the account with the right password; its mail arrives, once.
    assert run_cli(env, "account", "remove", "--profile", str(profile), "atelier").returncode == 0
    add_dovecot_account(env, profile, "atelier", dovecot, second_user)
    fixed = run_cli(env, "sync", "--profile", str(profile), "--once")
    assert fixed.returncode == 0, fixed.stderr
    assert stored_subjects(profile) == ["For the atelier", "For the boutique"]


def test_unresolvable_host_and_closed_port_name_the_account(tmp_path: Path) -> None:
    env, profile = cli_env(tmp_path), tmp_path / "profile"
    add_account(env, profile, "nowhere", imap_host="imap.nowhere.invalid", imap_port=993,
                smtp_host="smtp.nowhere.invalid", smtp_port=465, user="shop@nowhere.invalid",
                password="secret")
    closed = free_port()
    add_account(env, profile, "closed", imap_host="127.0.0.1", imap_port=closed,
                smtp_host="127.0.0.1", smtp_port=closed, user="shop@closed.test",
                password="secret")
    for name, expected in (("nowhere", "imap.nowhere.invalid"), ("closed", f":{closed}")):
        tested = run_cli(env, "account", "test", "--profile", str(profile), name)
        assert tested.returncode != 0
        assert_one_sentence(tested.stderr, name, expected, "Settings")
    synced = run_cli(env, "sync", "--profile", str(profile), "--once")
    assert synced.returncode != 0
    # Every failing account is named in the one sentence.
    assert_one_sentence(synced.stderr, "nowhere", "closed")
    rows = accounts_json(env, profile)
    assert all(rows[name]["last_error"] for name in ("nowhere", "closed"))


def test_server_down_keeps_stored_mail_and_the_queued_reply_until_it_is_back(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, second_user: MailUser,
    smtp_server: SmtpTestServer,
) -> None:
    env, profile_dir = cli_env(tmp_path), tmp_path / "profile"
    smtp_server.user, smtp_server.password = mail_user.name, mail_user.password
    add_dovecot_account(env, profile_dir, "shop", dovecot, mail_user, smtp_port=free_port())
    dovecot.deliver(mail_user.address, make_mail(message_id="<ask@customer.test>",
                                                 sender=second_user.address))
    assert run_cli(env, "sync", "--profile", str(profile_dir), "--once").returncode == 0
    profile = Profile.open_existing(profile_dir)
    try:
        ws = Workspace(profile)
        (conv_id,) = ws.inbox_ids(InboxQuery("needs_reply"))
        queued = ws.reply(conv_id, "Your parcel left this morning.")
    finally:
        profile.close()

    dovecot.stop()  # the IMAP server is down; the SMTP port answers nothing at all
    down = run_cli(env, "sync", "--profile", str(profile_dir), "--once")
    assert down.returncode != 0
    assert_one_sentence(down.stderr, "shop", f"{dovecot.host}:{dovecot.imap_port}")
    profile = Profile.open_existing(profile_dir)
    try:
        ws = Workspace(profile)
        item = ws.repos().outbox.get(queued.outbox_id)
        assert item is not None and item.state is Delivery.QUEUED and item.last_error
        assert ws.repos().messages.count() == 2  # the customer's mail and our reply
        # The user corrects the SMTP port (as in Settings → Accounts).
        repos = ws.repos()
        account = repos.accounts.by_name("shop")
        assert account is not None
        repos.accounts.update_settings(account.id, dict(account.settings,
                                                        smtp_port=smtp_server.port))
    finally:
        profile.close()

    dovecot.start()
    back = run_cli(env, "sync", "--profile", str(profile_dir), "--once")
    assert back.returncode == 0, back.stderr
    assert "1 sent" in back.stdout
    assert len(smtp_server.received) == 1
    assert run_cli(env, "sync", "--profile", str(profile_dir), "--once").returncode == 0
    assert len(smtp_server.received) == 1  # sent once, never again
