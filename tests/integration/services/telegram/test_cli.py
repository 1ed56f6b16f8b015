"""`agent-assist account … / sync` for Telegram, run as a user would, and a kill -9 mid-sync."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.fixtures.telegram_api import TOKEN, BotApiStandIn
from tests.fixtures.wait import wait_until
from tests.integration.services.telegram.conftest import stored_update_ids

pytestmark = pytest.mark.integration

LEA = BotApiStandIn.customer(501, "Léa", "Roux")
OMAR = BotApiStandIn.customer(502, "Omar")

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("XDG_DATA_HOME", None)
    env.update(
        QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
        # A file keychain shared by this test's subprocesses (never the real one).
        PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
    )
    return env


@pytest.fixture
def cli(env: dict[str, str]) -> Run:
    def run(*args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "agent_assist", *args], input=input,
                              capture_output=True, text=True, env=env, timeout=120, check=False)
    return run


def assert_clean_error(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.strip().count("\n") == 0, result.stderr
    for needle in needles:
        assert needle in result.stderr, result.stderr


def add(cli: Run, profile: Path, api: BotApiStandIn, token: str = TOKEN,
        *extra: str) -> subprocess.CompletedProcess[str]:
    return cli("account", "add-telegram", "--profile", str(profile), "--name", "shop-bot",
               "--token-stdin", "--api-url", api.url, *extra, input=token + "\n")


def test_add_list_test_sync_and_remove(cli: Run, tmp_path: Path, bot_api: BotApiStandIn) -> None:
    profile = tmp_path / "profile"
    added = add(cli, profile, bot_api)
    assert added.returncode == 0, added.stderr
    assert "@atelier_bot" in added.stdout and "24 hours" in added.stdout
    listed = cli("account", "list", "--profile", str(profile), "--json")
    assert '"channel": "telegram"' in listed.stdout and TOKEN not in listed.stdout
    tested = cli("account", "test", "--profile", str(profile), "shop-bot")
    assert tested.returncode == 0, tested.stderr
    assert "@atelier_bot" in tested.stdout
    ids = [bot_api.push_text(LEA, "Bonjour !")[0], bot_api.push_text(OMAR, "Hello")[0]]
    synced = cli("sync", "--profile", str(profile), "--once")
    assert synced.returncode == 0, synced.stderr
    assert "shop-bot: 2 new message(s)." in synced.stdout
    assert stored_update_ids(profile / "agent-assist.sqlite3") == ids
    again = cli("sync", "--profile", str(profile), "--once")
    assert "shop-bot: 0 new message(s)." in again.stdout
    assert bot_api.pending_update_ids == []
    removed = cli("account", "remove", "--profile", str(profile), "shop-bot")
    assert removed.returncode == 0, removed.stderr
    assert stored_update_ids(profile / "agent-assist.sqlite3") == ids  # messages stay


def test_wrong_token_is_one_clear_sentence(cli: Run, tmp_path: Path,
                                           bot_api: BotApiStandIn) -> None:
    wrong = "123456789:this-is-not-the-token-of-the-bot"
    result = add(cli, tmp_path / "profile", bot_api, wrong)
    assert_clean_error(result, "shop-bot", "@BotFather")
    assert wrong not in result.stderr and wrong not in result.stdout
    malformed = add(cli, tmp_path / "profile", bot_api, "hello")
    assert_clean_error(malformed, "does not look like a Telegram bot token")
    listed = cli("account", "list", "--profile", str(tmp_path / "profile"), "--json")
    assert listed.stdout.strip() == "[]"  # nothing half-added


def test_webhook_is_explained_and_removed_on_request(cli: Run, tmp_path: Path,
                                                     bot_api: BotApiStandIn) -> None:
    profile = tmp_path / "profile"
    bot_api.set_webhook("https://old-host.example/hook")
    refused = add(cli, profile, bot_api)
    assert_clean_error(refused, "webhook", "https://old-host.example/hook", "--remove-webhook")
    added = add(cli, profile, bot_api, TOKEN, "--remove-webhook")
    assert added.returncode == 0, added.stderr
    assert bot_api.state.webhook_url == ""
    bot_api.set_webhook("https://old-host.example/hook")  # someone sets it again later
    tested = cli("account", "test", "--profile", str(profile), "shop-bot")
    assert_clean_error(tested, "webhook", "--remove-webhook")
    synced = cli("sync", "--profile", str(profile), "--once")
    assert_clean_error(synced, "webhook")
    fixed = cli("account", "test", "--profile", str(profile), "shop-bot", "--remove-webhook")
    assert fixed.returncode == 0, fixed.stderr
    assert "Removed the webhook" in fixed.stdout and bot_api.state.webhook_url == ""


def test_kill_9_between_receiving_and_committing_then_resume(
    cli: Run, env: dict[str, str], tmp_path: Path, bot_api: BotApiStandIn,
) -> None:
    profile = tmp_path / "profile"
    db = profile / "agent-assist.sqlite3"
    assert add(cli, profile, bot_api).returncode == 0
    first = [bot_api.push_text(LEA, f"question {i}")[0] for i in range(3)]
    assert cli("sync", "--profile", str(profile), "--once").returncode == 0
    assert stored_update_ids(db) == first
    # The next batch holds a document whose download never finishes: the process has
    # received the updates but not committed them when it is killed.
    second = [bot_api.push_text(OMAR, "do you ship abroad?")[0],
              bot_api.push_document(OMAR, b"%PDF order form", "order.pdf", "application/pdf")[0],
              bot_api.push_text(LEA, "and the invoice?")[0]]
    bot_api.hang_downloads = True
    downloads = len(bot_api.state.downloads)
    proc = subprocess.Popen([sys.executable, "-m", "agent_assist", "sync", "--profile",
                             str(profile), "--once"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        wait_until(lambda: len(bot_api.state.downloads) > downloads or proc.poll() is not None,
                   timeout=60, what="the sync to receive the batch")
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        if proc.stderr:
            proc.stderr.close()
    assert stored_update_ids(db) == first  # nothing of the batch was committed
    assert bot_api.pending_update_ids == second  # so Telegram still holds all of it
    bot_api.hang_downloads = False
    resumed = cli("sync", "--profile", str(profile), "--once")
    assert resumed.returncode == 0, resumed.stderr
    assert stored_update_ids(db) == first + second  # redelivered, each exactly once
    assert bot_api.pending_update_ids == []
    assert cli("sync", "--profile", str(profile), "--once").returncode == 0
    assert stored_update_ids(db) == first + second


def test_sync_keeps_polling_until_terminated(
    cli: Run, env: dict[str, str], tmp_path: Path, bot_api: BotApiStandIn,
) -> None:
    profile = tmp_path / "profile"
    db = profile / "agent-assist.sqlite3"
    assert add(cli, profile, bot_api).returncode == 0
    proc = subprocess.Popen([sys.executable, "-m", "agent_assist", "sync", "--profile",
                             str(profile)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        wait_until(lambda: bot_api.calls_of("getUpdates") or proc.poll() is not None,
                   timeout=60, what="the first long poll")
        ids = [bot_api.push_text(LEA, "Bonjour")[0]]
        wait_until(lambda: stored_update_ids(db) == ids, timeout=30, what="the message")
        ids.append(bot_api.push_text(OMAR, "Hello")[0])
        wait_until(lambda: stored_update_ids(db) == ids, timeout=30, what="the second one")
    finally:
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
