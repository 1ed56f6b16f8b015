"""ImapSession against a real Dovecot: login errors, read-only sync primitives, IDLE, writes."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from agent_assist.channels.email.errors import (
    AuthenticationFailed,
    ConnectionLost,
    HostUnreachable,
    TlsMismatch,
)
from agent_assist.channels.email.imap import FolderInfo, ImapSession, find_sent_folder
from tests.fixtures.servers import DovecotServer, MailUser, free_port
from tests.integration.channels.email.helpers import imap_config, make_message

pytestmark = pytest.mark.integration


@pytest.fixture
def session(dovecot: DovecotServer, mail_user: MailUser) -> Iterator[ImapSession]:
    with ImapSession(imap_config(dovecot, mail_user), mail_user.password) as imap:
        yield imap


def _chain_text(exc: BaseException) -> str:
    parts: list[str] = []
    current: BaseException | None = exc
    while current is not None:
        parts += [str(current), repr(current), *map(str, current.args)]
        current = current.__cause__ or current.__context__
    return "\n".join(parts)


# -- connecting ---------------------------------------------------------------------------

def test_login_reports_capabilities(session: ImapSession) -> None:
    caps = session.capabilities()
    assert {"IMAP4REV1", "IDLE", "CONDSTORE", "UIDPLUS"} <= caps
    assert session.condstore


def test_wrong_password_is_one_clear_sentence_without_the_password(
    dovecot: DovecotServer, mail_user: MailUser
) -> None:
    wrong = "Sup3r-Secret-Guess"
    config = imap_config(dovecot, mail_user)
    with pytest.raises(AuthenticationFailed) as caught:
        ImapSession(config, wrong).connect()
    message = str(caught.value)
    assert message.startswith(f"Wrong user name or password for account {config.label}")
    assert "Settings → Accounts" in message
    assert wrong not in _chain_text(caught.value)
    assert not caught.value.retryable


def test_closed_port_is_host_unreachable(dovecot: DovecotServer, mail_user: MailUser) -> None:
    config = imap_config(dovecot, mail_user, port=free_port())
    with pytest.raises(HostUnreachable, match="Settings → Accounts") as caught:
        ImapSession(config, mail_user.password).connect()
    assert caught.value.retryable


def test_ssl_against_plain_port_is_tls_mismatch(dovecot: DovecotServer,
                                                mail_user: MailUser) -> None:
    with pytest.raises(TlsMismatch, match="does not speak SSL/TLS"):
        ImapSession(imap_config(dovecot, mail_user, tls="ssl"), mail_user.password).connect()


def test_starttls_not_offered_is_tls_mismatch(dovecot: DovecotServer,
                                              mail_user: MailUser) -> None:
    config = imap_config(dovecot, mail_user, tls="starttls")
    with pytest.raises(TlsMismatch, match="does not offer STARTTLS"):
        ImapSession(config, mail_user.password).connect()


def test_silent_port_suggests_ssl(dovecot: DovecotServer, mail_user: MailUser) -> None:
    # A listener that accepts but never greets behaves like an SSL-only port.
    with socket.create_server(("127.0.0.1", 0)) as silent:
        port = silent.getsockname()[1]
        config = imap_config(dovecot, mail_user, port=port, timeout=0.5)
        with pytest.raises(TlsMismatch, match="choose SSL"):
            ImapSession(config, mail_user.password).connect()


# -- reading without side effects ----------------------------------------------------------

def test_select_search_and_fetch_delivered_mail(
    dovecot: DovecotServer, mail_user: MailUser, session: ImapSession
) -> None:
    for n in range(3):
        dovecot.deliver(mail_user.address, make_message(f"Question {n}"))
    state = session.select("INBOX")
    assert (state.exists, state.uidnext) == (3, 4)
    assert state.uidvalidity > 0 and state.highestmodseq is not None

    assert session.search_uids("INBOX") == [1, 2, 3]
    assert session.search_uids("INBOX", since_uid=1) == [2, 3]
    # "4:*" matches the last message on the wire; the wrapper must filter it out.
    assert session.search_uids("INBOX", since_uid=3) == []
    assert session.search_uids("INBOX", since_uid=99) == []

    fetched = list(session.fetch_raw([3, 1, 2, 2], batch=2))
    assert [m.uid for m in fetched] == [1, 2, 3]
    assert all(b"Subject: Question" in m.raw for m in fetched)
    assert all(m.modseq is not None for m in fetched)
    assert list(session.fetch_raw([42], folder="INBOX")) == []


def test_fetch_never_marks_mail_read(
    dovecot: DovecotServer, mail_user: MailUser, session: ImapSession
) -> None:
    dovecot.deliver(mail_user.address, make_message())
    session.select("INBOX")
    assert len(list(session.fetch_raw([1]))) == 1
    # A second connection sees the server's truth, not a cached view.
    with ImapSession(imap_config(dovecot, mail_user), mail_user.password) as other:
        other.select("INBOX")
        (again,) = other.fetch_raw([1])
    assert "\\Seen" not in again.flags


def test_batched_fetch_over_25k_seeded_messages(
    dovecot: DovecotServer, mail_user: MailUser, session: ImapSession
) -> None:
    total = 25_000
    dovecot.seed_maildir(mail_user, (make_message(f"Bulk {i}") for i in range(total)))
    assert session.select("INBOX").exists == total
    uids = session.search_uids("INBOX")
    assert len(uids) == total
    assert sum(1 for _ in session.fetch_raw(uids, batch=2000)) == total


def test_idle_wakes_on_delivery(
    dovecot: DovecotServer, mail_user: MailUser, session: ImapSession
) -> None:
    session.select("INBOX")
    assert session.idle_wait(0.3) is False
    delivery = threading.Thread(
        target=dovecot.deliver, args=(mail_user.address, make_message("Ping")))
    started = time.monotonic()
    delivery.start()
    try:
        assert session.idle_wait(15) is True
    finally:
        delivery.join()
    assert time.monotonic() - started < 5
    assert session.search_uids("INBOX") == [1]


def test_interrupt_ends_idle_and_keeps_the_connection(session: ImapSession) -> None:
    session.select("INBOX")
    session.interrupt()  # before the wait: not lost, the next wait returns at once
    assert session.idle_wait(15) is True
    waker = threading.Timer(0.2, session.interrupt)
    started = time.monotonic()
    waker.start()
    try:
        assert session.idle_wait(15) is True
    finally:
        waker.join()
    assert time.monotonic() - started < 5
    assert session.search_uids("INBOX") == []  # still connected


def test_abort_from_another_thread_is_connection_lost(session: ImapSession) -> None:
    session.select("INBOX")
    aborter = threading.Timer(0.2, session.abort)
    started = time.monotonic()
    aborter.start()
    try:
        with pytest.raises(ConnectionLost):
            session.idle_wait(15)
    finally:
        aborter.join()
    assert time.monotonic() - started < 5
    with pytest.raises(ConnectionLost):
        session.select("INBOX")


def test_condstore_reports_flag_changes(
    dovecot: DovecotServer, mail_user: MailUser, session: ImapSession
) -> None:
    for n in range(2):
        dovecot.deliver(mail_user.address, make_message(f"Flag me {n}"))
    before = session.select("INBOX").highestmodseq
    assert before is not None
    assert session.fetch_flags_changed_since(before) == []
    session.add_flags("INBOX", 2, [b"\\Answered"])
    (change,) = session.fetch_flags_changed_since(before, folder="INBOX")
    assert change.uid == 2 and "\\Answered" in change.flags
    assert change.modseq is not None and change.modseq > before


def test_uidvalidity_change_is_visible(dovecot: DovecotServer, mail_user: MailUser) -> None:
    dovecot.deliver(mail_user.address, make_message())
    config = imap_config(dovecot, mail_user)
    with ImapSession(config, mail_user.password) as imap:
        first = imap.select("INBOX").uidvalidity
    dovecot.change_uidvalidity(mail_user)
    with ImapSession(config, mail_user.password) as imap:
        state = imap.select("INBOX")
        assert state.uidvalidity != first
        assert imap.search_uids("INBOX") == [1]


# -- the only writes -----------------------------------------------------------------------

def test_sent_folder_append_is_idempotent_by_message_id(session: ImapSession) -> None:
    folders = session.list_folders()
    assert {"INBOX", "Sent"} <= {f.name for f in folders}
    sent = session.sent_folder()
    assert sent == "Sent"
    message_id = "<reply-42@shop.example>"
    raw = make_message("Re: Order question", message_id=message_id)

    def append_once() -> int:
        found = session.find_by_message_id(sent, message_id)
        if found:
            return found[0]
        uid = session.append(sent, raw, [b"\\Seen"], datetime(2025, 6, 2, tzinfo=UTC))
        assert uid is not None
        return uid

    first = append_once()
    assert append_once() == first
    assert session.find_by_message_id(sent, "reply-42@shop.example") == [first]
    assert session.search_uids(sent) == [first]
    # HEADER search is a substring match: a shorter id must not count as the same message.
    assert session.find_by_message_id(sent, "<ply-42@shop.example>") == []


def test_add_answered_and_refuse_seen(
    dovecot: DovecotServer, mail_user: MailUser, session: ImapSession
) -> None:
    dovecot.deliver(mail_user.address, make_message())
    session.add_flags("INBOX", 1, ["\\Answered"])
    with pytest.raises(ValueError, match="never marks"):
        session.add_flags("INBOX", 1, [b"\\Seen"])
    (message,) = session.fetch_raw([1], folder="INBOX")
    assert "\\Answered" in message.flags and "\\Seen" not in message.flags


def test_sent_folder_by_name_without_special_use() -> None:
    folders = [FolderInfo("INBOX", ".", frozenset()), FolderInfo("INBOX.Sent Items", ".",
                                                                 frozenset())]
    assert find_sent_folder(folders) == "INBOX.Sent Items"
    assert find_sent_folder([FolderInfo("INBOX", "/", frozenset())]) is None


# -- server going away ---------------------------------------------------------------------

def test_server_stop_is_connection_lost_then_restart_works(
    dovecot: DovecotServer, mail_user: MailUser
) -> None:
    config = imap_config(dovecot, mail_user)
    imap = ImapSession(config, mail_user.password)
    imap.connect()
    imap.select("INBOX")
    dovecot.stop()
    with pytest.raises(ConnectionLost, match="reconnect"):
        imap.search_uids("INBOX")
    with pytest.raises(ConnectionLost):  # the dead session stays dead, no hang
        imap.search_uids("INBOX")
    imap.close()
    dovecot.start()
    with ImapSession(config, mail_user.password) as again:
        assert again.select("INBOX").exists == 0


def test_server_stop_during_idle_is_connection_lost(
    dovecot: DovecotServer, mail_user: MailUser, session: ImapSession
) -> None:
    session.select("INBOX")
    stopper = threading.Timer(0.3, dovecot.stop)
    started = time.monotonic()
    stopper.start()
    try:
        with pytest.raises(ConnectionLost):
            session.idle_wait(20)
    finally:
        stopper.join()
    assert time.monotonic() - started < 10
    dovecot.start()
