"""kill -9 during a large sync, then resume: zero lost, zero duplicate messages."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.servers import DovecotServer, MailUser
from tests.fixtures.wait import wait_until
from tests.integration.services.email.conftest import make_mail

pytestmark = pytest.mark.integration

MESSAGES = 1500


def cli_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
        # A file keychain shared by the subprocesses of this test (never the real one).
        PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
    )
    return env


def stored_uids(db_path: Path) -> list[int]:
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT uid FROM imap_locations WHERE folder = 'INBOX' ORDER BY uid").fetchall()
        dup = conn.execute(
            "SELECT count(*) - count(DISTINCT provider_key) FROM messages").fetchone()[0]
    finally:
        conn.close()
    assert dup == 0
    return [r[0] for r in rows]


def message_count(db_path: Path) -> int:
    try:
        conn = sqlite3.connect(db_path, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM messages").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def test_kill_9_at_many_points_then_resume_loses_and_duplicates_nothing(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser
) -> None:
    dovecot.seed_maildir(mail_user, (
        make_mail(subject=f"Order question {i}", body=f"Message number {i} " + "x" * (i % 400),
                  sender=f"c{i % 97}@customer.test")
        for i in range(MESSAGES)
    ))
    env = cli_env(tmp_path)
    profile = tmp_path / "profile"
    base = [sys.executable, "-m", "agent_assist"]
    added = subprocess.run(
        [*base, "account", "add-email", "--profile", str(profile), "--name", "shop",
         "--imap-host", dovecot.host, "--imap-port", str(dovecot.imap_port), "--imap-tls", "none",
         "--smtp-host", dovecot.host, "--smtp-port", "1", "--smtp-tls", "none",
         "--user", mail_user.name, "--password-stdin"],
        input=mail_user.password + "\n", text=True, capture_output=True, env=env, check=False)
    assert added.returncode == 0, added.stderr
    db_path = profile / "agent-assist.sqlite3"
    kills = 0
    for target in (1, 200, 450, 700, 950, 1200):
        proc = subprocess.Popen([*base, "sync", "--profile", str(profile), "--once"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_until(lambda t=target, p=proc: message_count(db_path) >= t or p.poll() is not None,
                       timeout=60, what=f"{target} messages stored")
        finally:
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                kills += 1
            proc.wait()
        stored = stored_uids(db_path)
        assert stored == sorted(set(stored))  # never two rows for one UID
    assert kills >= 3, "the sync finished too fast to be interrupted: raise MESSAGES"
    final = subprocess.run([*base, "sync", "--profile", str(profile), "--once"], env=env,
                           capture_output=True, text=True, check=False)
    assert final.returncode == 0, final.stderr
    stored = stored_uids(db_path)
    assert stored == list(range(1, MESSAGES + 1))  # every server UID, exactly once
    assert message_count(db_path) == MESSAGES
