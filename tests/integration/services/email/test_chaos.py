"""Failures in the middle of things: server restart mid-sync, a connection cut mid-literal,
and kill -9 between the SMTP server's 250 and the SENT commit. Zero lost, zero duplicated."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import InboxQuery
from tests.fixtures.servers import DovecotServer, MailUser, SmtpTestServer
from tests.fixtures.wait import wait_until
from tests.integration.services.email.cli_harness import (
    BASE,
    add_dovecot_account,
    cli_env,
    run_cli,
)
from tests.integration.services.email.conftest import MailSetup, make_mail
from tests.integration.services.email.runner_harness import (
    duplicate_messages,
    inbox_uids,
    running,
)

pytestmark = pytest.mark.integration


def numbered_mail(i: int, size: int = 0) -> bytes:
    """Message ``i`` (UID i+1 once seeded), with a marker that proves it arrived whole."""
    filler = f"Lorem ipsum dolor sit amet, commande numéro {i}. " * (size // 48)
    return make_mail(subject=f"Order question {i}", sender=f"c{i % 97}@customer.test",
                     message_id=f"<order-{i}@customer.test>",
                     body=f"{filler}\nEND-OF-MESSAGE-{i}")


def assert_complete(setup: MailSetup, count: int) -> None:
    """Every server UID stored exactly once, every body whole, no message twice."""
    db_path = setup.workspace.profile.db_path
    assert inbox_uids(db_path) == list(range(1, count + 1))
    assert duplicate_messages(db_path) == 0
    rows = setup.workspace.repos().db.execute(
        "SELECT subject, body_text FROM messages WHERE provider_key LIKE 'imap:%'").fetchall()
    assert len(rows) == count
    for subject, body in rows:
        number = int(subject.rsplit(" ", 1)[1])
        assert body.rstrip().endswith(f"END-OF-MESSAGE-{number}"), subject


# -- server stopped and restarted mid-sync ---------------------------------------------------

def test_server_restart_mid_sync_reconnects_and_catches_up(mail_setup: MailSetup) -> None:
    count = 4000
    dovecot, user = mail_setup.dovecot, mail_setup.user
    dovecot.seed_maildir(user, (numbered_mail(i) for i in range(count)))
    db_path = mail_setup.workspace.profile.db_path
    with running(mail_setup, catch_up_seconds=600) as (_runner, events):
        wait_until(lambda: len(inbox_uids(db_path)) >= 250, timeout=60,
                   what="the first committed batch")
        dovecot.stop()
        events.wait(lambda: events.errors(), what="the lost connection to be reported")
        stored = inbox_uids(db_path)
        assert 0 < len(stored) < count, "the sync ended before the server stopped"
        assert stored == list(range(1, len(stored) + 1))  # a committed prefix, nothing torn
        assert "shop" in events.errors()[0]
        dovecot.start()
        # Back-off then reconnect: the first retry comes 1 s after the error.
        events.wait(lambda: any(r.new for r in events.synced()), timeout=60,
                    what="the resumed catch-up")
    assert_complete(mail_setup, count)


# -- a connection cut in the middle of a FETCH literal -----------------------------------------

_LITERAL = re.compile(rb"BODY\[\] \{(\d+)\}\r\n")


class CuttingProxy:
    """A TCP proxy to Dovecot that, on its first connection only, forwards the server's
    bytes up to the middle of the ``cut_literal``-th ``BODY[]`` literal, then hangs up."""

    def __init__(self, upstream: tuple[str, int], cut_literal: int) -> None:
        self.upstream = upstream
        self.cut_literal = cut_literal
        self.cuts = 0
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._closing = False
        self._threads: list[threading.Thread] = []
        self._accepter = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> CuttingProxy:
        self._accepter.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._closing = True
        self._close(self._listener)  # shutdown() wakes the blocked accept(); close() does not
        self._accepter.join(timeout=5)
        for thread in self._threads:
            thread.join(timeout=5)

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            server = socket.create_connection(self.upstream)
            armed = self.connections == 1
            for target, args in ((self._pump, (client, server)),
                                 (self._pump_down, (server, client, armed))):
                thread = threading.Thread(target=target, args=args, daemon=True)
                thread.start()
                self._threads.append(thread)

    @staticmethod
    def _close(*socks: socket.socket) -> None:
        for sock in socks:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            self._close(src, dst)

    def _pump_down(self, src: socket.socket, dst: socket.socket, armed: bool) -> None:
        seen = bytearray()
        sent = scan = literals = 0
        cut_at: int | None = None
        try:
            while data := src.recv(65536):
                if not armed:
                    dst.sendall(data)
                    continue
                seen += data
                while cut_at is None and (found := _LITERAL.search(seen, scan)):
                    literals += 1
                    size = int(found.group(1))
                    scan = found.end() + size  # never look for headers inside a body
                    if literals == self.cut_literal:
                        cut_at = found.end() + size // 2
                if cut_at is not None:
                    end = min(len(seen), cut_at)
                elif scan >= len(seen):
                    end = len(seen)  # inside a literal: no header can start here
                else:
                    # Hold back an unfinished line: it may be a header split across reads.
                    end = max(sent, seen.rfind(b"\n", scan) + 1)
                dst.sendall(bytes(seen[sent:end]))
                sent = end
                if cut_at is not None and sent >= cut_at:
                    self.cuts += 1
                    return
        except OSError:
            pass
        finally:
            self._close(src, dst)


def test_connection_cut_mid_literal_then_resume_loses_and_duplicates_nothing(
    mail_setup: MailSetup,
) -> None:
    count = 800
    dovecot, user, ws = mail_setup.dovecot, mail_setup.user, mail_setup.workspace
    dovecot.seed_maildir(user, (numbered_mail(i, size=20_000) for i in range(count)))
    with CuttingProxy((dovecot.host, dovecot.imap_port), cut_literal=560) as proxy:
        repos = ws.repos()
        settings = dict(mail_setup.account.settings, imap_port=proxy.port)
        repos.accounts.update_settings(mail_setup.account.id, settings)
        db_path = ws.profile.db_path
        with running(mail_setup, catch_up_seconds=600) as (_runner, events):
            events.wait(lambda: events.errors(), timeout=60, what="the cut to be reported")
            assert proxy.cuts == 1
            stored = inbox_uids(db_path)
            assert len(stored) < count and stored == list(range(1, len(stored) + 1))
            events.wait(lambda: any(r.new for r in events.synced()), timeout=60,
                        what="the catch-up after reconnecting")
        assert proxy.connections >= 2
    assert_complete(mail_setup, count)


# -- kill -9 between the SMTP server's 250 and the SENT commit ---------------------------------

def _unread_reply_bytes(server_port: int) -> int:
    """Bytes waiting unread in the client's socket connected to ``server_port`` (Linux)."""
    total = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            remote_port = int(fields[2].rsplit(":", 1)[1], 16)
            if remote_port == server_port:
                total += int(fields[4].split(":")[1], 16)
    return total


def _outbox_states(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path, timeout=10)
    try:
        return [r[0] for r in conn.execute("SELECT state FROM outbox ORDER BY id")]
    finally:
        conn.close()


@pytest.fixture
def customer(dovecot: DovecotServer) -> Iterator[MailUser]:
    person = dovecot.add_user()
    yield person
    dovecot.remove_user(person)


def test_kill_9_between_the_250_and_the_sent_commit_is_uncertain_and_never_resent(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, customer: MailUser,
    smtp_server: SmtpTestServer,
) -> None:
    env = cli_env(tmp_path)
    profile_dir = tmp_path / "profile"
    smtp_server.user, smtp_server.password = mail_user.name, mail_user.password
    add_dovecot_account(env, profile_dir, "shop", dovecot, mail_user, smtp_port=smtp_server.port)
    dovecot.deliver(mail_user.address, make_mail(message_id="<ask@customer.test>",
                                                 sender=customer.address))
    first = run_cli(env, "sync", "--profile", str(profile_dir), "--once")
    assert first.returncode == 0, first.stderr
    profile = Profile.create_or_open(profile_dir)
    try:
        ws = Workspace(profile)
        (conv_id,) = ws.inbox_ids(InboxQuery("needs_reply"))
        ws.reply(conv_id, "Votre colis est parti ce matin.")
    finally:
        profile.close()

    proc = subprocess.Popen([*BASE, "sync", "--profile", str(profile_dir), "--once"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    relay = smtp_server.relay

    def stop_client_then_relay(mail_from: str, rcpt_tos: list[str], data: bytes) -> None:
        # Called when the final dot has arrived: freeze the client before its 250 is sent.
        os.kill(proc.pid, signal.SIGSTOP)
        relay(mail_from, rcpt_tos, data)

    smtp_server.relay = stop_client_then_relay  # type: ignore[method-assign]
    try:
        wait_until(lambda: smtp_server.received or proc.poll() is not None, timeout=60,
                   what="the message to reach the SMTP server")
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        # The server's 250 sits unread in the frozen client's socket: kill it right there.
        wait_until(lambda: _unread_reply_bytes(smtp_server.port) > 0, timeout=10,
                   what="the 250 reply to reach the client")
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        smtp_server.relay = relay  # type: ignore[method-assign]
    db_path = profile_dir / "agent-assist.sqlite3"
    assert _outbox_states(db_path) == ["sending"]  # killed inside the window

    again = run_cli(env, "sync", "--profile", str(profile_dir), "--once")
    assert again.returncode == 0, again.stderr
    assert _outbox_states(db_path) == ["uncertain"]
    assert run_cli(env, "sync", "--profile", str(profile_dir), "--once").returncode == 0
    assert _outbox_states(db_path) == ["uncertain"]  # never retried on its own
    assert len(smtp_server.received) == 1
    status = run_cli(env, "status", "--profile", str(profile_dir), "--json")
    assert json.loads(status.stdout)["outbox"]["uncertain"] == 1  # shown, for a person to decide
    profile = Profile.open_existing(profile_dir)
    try:
        item = Workspace(profile).repos().outbox.get(1)
        assert item is not None and "check" in item.last_error.lower()
    finally:
        profile.close()
    delivered = dovecot.folder_dir(customer)
    assert len([*(delivered / "new").iterdir(), *(delivered / "cur").iterdir()]) == 1
