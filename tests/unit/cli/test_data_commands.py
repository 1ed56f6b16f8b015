"""CLI contract: demo, status, search, self-test, and their errors."""

from __future__ import annotations

import json
from pathlib import Path

from agent_assist.storage.profile import InstanceLock
from tests.unit.cli.conftest import Run, assert_clean_error


def test_demo_then_status_json(cli: Run, tmp_path: Path) -> None:
    profile = tmp_path / "shop"
    made = cli("demo", "--profile", str(profile))
    assert made.returncode == 0, made.stderr
    status = cli("status", "--profile", str(profile), "--json")
    assert status.returncode == 0, status.stderr
    report = json.loads(status.stdout)
    for key in ("conversations", "messages", "needs_reply", "oldest_wait_seconds", "outbox",
                "quarantined"):
        assert key in report
    assert report["conversations"] >= 78
    assert 0 < report["needs_reply"] < report["conversations"]
    assert report["oldest_wait_seconds"] > 86400  # the demo has customers waiting for days
    assert set(report["outbox"]) >= {"queued", "sent", "failed", "uncertain"}


def test_demo_size_generates_n_and_rerun_adds_nothing(cli: Run, tmp_path: Path) -> None:
    profile = str(tmp_path / "big")
    assert cli("demo", "--profile", profile, "--size", "300").returncode == 0
    assert cli("demo", "--profile", profile, "--size", "300").returncode == 0
    report = json.loads(cli("status", "--profile", profile, "--json").stdout)
    assert report["conversations"] == 300


def test_search_json_hits_carry_ids_and_snippets(cli: Run, tmp_path: Path) -> None:
    profile = str(tmp_path / "shop")
    cli("demo", "--profile", profile)
    result = cli("search", "--profile", profile, "commande", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits and all({"conversation_id", "message_id", "snippet"} <= set(h) for h in hits)
    assert any("[" in h["snippet"] for h in hits)  # the match is marked
    odd = cli("search", "--profile", profile, 'AND OR "unbalanced', "--json")
    assert odd.returncode == 0 and isinstance(json.loads(odd.stdout), list)


def test_read_only_commands_refuse_a_folder_without_profile(cli: Run, tmp_path: Path) -> None:
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    for args in (
        ("status", "--json"), ("search", "x", "--json"), ("screenshot", str(tmp_path / "a.png")),
    ):
        assert_clean_error(cli(args[0], "--profile", str(empty), *args[1:]), "No Agent Assist profile")
    assert not (empty / "agent-assist.sqlite3").exists()


def test_bad_demo_size_is_a_clear_error(cli: Run, tmp_path: Path) -> None:
    assert_clean_error(cli("demo", "--profile", str(tmp_path / "p"), "--size", "0"), "--size")


def test_profile_that_is_a_file(cli: Run, tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    target.write_text("x")
    assert_clean_error(cli("demo", "--profile", str(target)), "is a file")


def test_second_sync_engine_on_a_profile_says_so(cli: Run, tmp_path: Path) -> None:
    profile = tmp_path / "shop"
    assert cli("demo", "--profile", str(profile)).returncode == 0
    lock = InstanceLock(profile)
    assert lock.acquire()
    try:
        assert_clean_error(cli("sync", "--profile", str(profile), "--once"), "already syncing")
    finally:
        lock.release()


def test_self_test_passes_here(cli: Run) -> None:
    result = cli("self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "FTS5" in result.stdout and "PySide6" in result.stdout


def test_version_and_module_entry(cli: Run) -> None:
    result = cli("--version")
    assert result.returncode == 0 and "agent-assist" in result.stdout
