"""`agent-assist account add-matrix/list/test/remove` and `sync --once` against a real Synapse."""

from __future__ import annotations

import json
import subprocess
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.fixtures.dovecot import free_port
from tests.fixtures.synapse import MatrixPair
from tests.integration.services.matrix.conftest import cli_env, run_cli

pytestmark = pytest.mark.integration


def assert_clean_error(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.strip().count("\n") == 0, result.stderr
    for needle in needles:
        assert needle in result.stderr, result.stderr


def _add(env: dict[str, str], profile: Path, homeserver: str, user: str,
         secret: str) -> subprocess.CompletedProcess[str]:
    return run_cli(env, "account", "add-matrix", "--profile", str(profile), "--name", "mx",
                   "--homeserver", homeserver, "--user", user, "--password-stdin",
                   input=secret + "\n")


def test_wrong_password_is_one_clear_sentence_and_stores_nothing(
    tmp_path: Path, matrix_pair: MatrixPair
) -> None:
    env, profile = cli_env(tmp_path), tmp_path / "profile"
    result = _add(env, profile, matrix_pair.server.base_url, matrix_pair.shop.user_id, "nope")
    assert_clean_error(result, "rejected the user name or password", matrix_pair.shop.user_id)
    listed = run_cli(env, "account", "list", "--profile", str(profile), "--json")
    assert json.loads(listed.stdout) == []


def test_unreachable_or_malformed_homeserver_is_a_clear_error(tmp_path: Path) -> None:
    env, profile = cli_env(tmp_path), tmp_path / "profile"
    down = _add(env, profile, f"http://127.0.0.1:{free_port()}", "@shop:example.org", "pw")
    assert_clean_error(down, "Cannot reach the Matrix homeserver")
    bad = _add(env, profile, "matrix.example.org", "@shop:example.org", "pw")
    assert_clean_error(bad, "is not a homeserver address")
    web = ThreadingHTTPServer(("127.0.0.1", 0), SimpleHTTPRequestHandler)  # a web site, 404s
    threading.Thread(target=web.serve_forever, daemon=True).start()
    try:
        website = _add(env, profile, f"http://127.0.0.1:{web.server_port}", "@shop:x.org", "pw")
    finally:
        web.shutdown()
        web.server_close()
    assert_clean_error(website, "did not answer like a Matrix homeserver")


def test_add_list_test_sync_remove(tmp_path: Path, matrix_pair: MatrixPair) -> None:
    env, profile = cli_env(tmp_path), tmp_path / "profile"
    shop = matrix_pair.shop
    added = _add(env, profile, matrix_pair.server.base_url, shop.localpart, shop.password)
    assert added.returncode == 0, added.stderr
    assert shop.user_id in added.stdout

    listed = json.loads(run_cli(env, "account", "list", "--profile", str(profile),
                                "--json").stdout)
    assert [(a["name"], a["channel"], a["address"]) for a in listed] == [
        ("mx", "matrix", shop.user_id)]
    assert shop.password not in json.dumps(listed)
    assert listed[0]["settings"]["device_id"]

    tested = run_cli(env, "account", "test", "--profile", str(profile), "mx")
    assert tested.returncode == 0, tested.stderr
    assert f"as {shop.user_id}" in tested.stdout

    room = matrix_pair.direct_room()
    matrix_pair.customer.send_text(room, "Hello from the command line test")
    synced = run_cli(env, "sync", "--profile", str(profile), "--once")
    assert synced.returncode == 0, synced.stderr
    assert "mx: 1 new message(s)." in synced.stdout

    removed = run_cli(env, "account", "remove", "--profile", str(profile), "mx")
    assert removed.returncode == 0, removed.stderr
    again = run_cli(env, "account", "test", "--profile", str(profile), "mx")
    assert_clean_error(again, "There is no account named mx")


def test_sync_reports_a_stopped_server_clearly(tmp_path: Path, matrix_pair: MatrixPair) -> None:
    env, profile = cli_env(tmp_path), tmp_path / "profile"
    shop, server = matrix_pair.shop, matrix_pair.server
    assert _add(env, profile, server.base_url, shop.user_id, shop.password).returncode == 0
    server.stop()
    try:
        result = run_cli(env, "sync", "--profile", str(profile), "--once", timeout=60)
        tested = run_cli(env, "account", "test", "--profile", str(profile), "mx", timeout=60)
    finally:
        server.start()
    assert_clean_error(result, "Cannot reach the Matrix homeserver")
    assert_clean_error(tested, "Cannot reach the Matrix homeserver")
