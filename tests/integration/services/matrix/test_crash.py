"""kill -9 of `agent-assist sync` between a /sync and its commit, then resume: redelivered once.

The victim is the real CLI in a subprocess. A small driver wraps the sync-cursor write so that,
once the events and the cursor are written inside the (still open) transaction, the process
drops a marker file and blocks; the test then kills it with SIGKILL.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.synapse import MatrixPair
from tests.fixtures.wait import wait_until
from tests.integration.services.matrix.conftest import cli_env, run_cli

pytestmark = pytest.mark.integration

DRIVER = """
import sys, threading
from pathlib import Path
from agent_assist.storage.repositories import accounts

original = accounts.SyncStateRepo.put

def put_then_hang(self, account_id, scope, cursor):
    original(self, account_id, scope, cursor)
    if scope == "matrix:sync":
        Path(sys.argv[1]).write_text(str(cursor.get("next_batch")))
        threading.Event().wait()  # inside the open transaction, until SIGKILL

accounts.SyncStateRepo.put = put_then_hang
from agent_assist.cli import main
sys.exit(main(sys.argv[2:]))
"""


def _stored(db_path: Path) -> tuple[list[str], str]:
    conn = sqlite3.connect(db_path, timeout=10)
    try:
        keys = [r[0] for r in conn.execute(
            "SELECT provider_key FROM messages WHERE provider_key LIKE 'mx:%' ORDER BY id")]
        row = conn.execute("SELECT cursor FROM sync_state WHERE scope = 'matrix:sync'").fetchone()
    finally:
        conn.close()
    return keys, row[0] if row else ""


def _kill_at_commit(env: dict[str, str], profile: Path, tmp_path: Path, round_: int) -> None:
    marker = tmp_path / f"at-commit-{round_}"
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(marker), "sync", "--profile", str(profile), "--once"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_until(lambda: marker.exists() or proc.poll() is not None, timeout=60,
                   what="the sync to reach its commit")
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        if proc.stderr:
            proc.stderr.close()


def test_kill_9_between_sync_and_commit_redelivers_without_duplicates(
    tmp_path: Path, matrix_pair: MatrixPair
) -> None:
    env = cli_env(tmp_path)
    profile = tmp_path / "profile"
    db_path = profile / "agent-assist.sqlite3"
    shop, customer = matrix_pair.shop, matrix_pair.customer
    added = run_cli(env, "account", "add-matrix", "--profile", str(profile), "--name", "mx",
                    "--homeserver", matrix_pair.server.base_url, "--user", shop.user_id,
                    "--password-stdin", input=shop.password + "\n")
    assert added.returncode == 0, added.stderr
    room = matrix_pair.direct_room()
    sent = [customer.send_text(room, f"first wave {i}") for i in range(5)]

    _kill_at_commit(env, profile, tmp_path, 1)
    keys, cursor = _stored(db_path)
    assert (keys, cursor) == ([], "")  # the transaction died with the process

    resumed = run_cli(env, "sync", "--profile", str(profile), "--once")
    assert resumed.returncode == 0, resumed.stderr
    assert "5 new message(s)" in resumed.stdout  # the same events, delivered again
    keys, first_cursor = _stored(db_path)
    assert len(keys) == len(set(keys)) == 5

    sent += [customer.send_text(room, f"second wave {i}") for i in range(7)]
    _kill_at_commit(env, profile, tmp_path, 2)
    assert _stored(db_path) == (keys, first_cursor)  # neither rows nor cursor moved

    final = run_cli(env, "sync", "--profile", str(profile), "--once")
    assert final.returncode == 0, final.stderr
    assert "7 new message(s)" in final.stdout
    keys, _ = _stored(db_path)
    assert keys == [f"mx:1:{event_id}" for event_id in sent]  # every event, exactly once

    again = run_cli(env, "sync", "--profile", str(profile), "--once")
    assert "0 new message(s)" in again.stdout
    assert _stored(db_path)[0] == keys
