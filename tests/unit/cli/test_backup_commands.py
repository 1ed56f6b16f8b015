"""CLI: `backup --auto` for cron (once a day, rotated, recorded), and `contact forget` asking
for an owner once the team is protected."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from agent_assist.core.backup_schedule import ScheduleConfig, auto_name
from agent_assist.services import backup_schedule as schedule
from agent_assist.services.agents import AgentService
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import Repos
from tests.unit.cli.conftest import Run, assert_clean_error


def make_profile(root: Path, folder: Path, **config: object) -> None:
    profile = Profile.create_or_open(root)
    try:
        repos = Repos.of(profile.pool.get())
        schedule.save_config(repos, ScheduleConfig.from_dict({"folder": str(folder), **config}))
    finally:
        profile.close()


def test_backup_auto_makes_todays_backup_once_and_keeps_foreign_files(
        cli: Run, tmp_path: Path) -> None:
    root, folder = tmp_path / "shop", tmp_path / "backups"
    make_profile(root, folder, keep_daily=2)
    folder.mkdir()
    old = [auto_name(date(2024, 1, d)) for d in (1, 2, 3)]
    for name in [*old, "agent-assist-backup-2024-01-01.zip"]:
        (folder / name).write_bytes(b"an old file")
    first = cli("backup", "--profile", str(root), "--auto")
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("Backed up ")
    today = auto_name(date.today())
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [today, old[-1], "agent-assist-backup-2024-01-01.zip"])
    second = cli("backup", "--profile", str(root), "--auto")
    assert second.returncode == 0 and "already exists" in second.stdout
    profile = Profile.open_existing(root)
    try:
        last = schedule.last_backup(Repos.of(profile.pool.get()))
        assert last is not None and last.ok and last.automatic
    finally:
        profile.close()


def test_backup_needs_a_file_or_auto(cli: Run, tmp_path: Path) -> None:
    make_profile(tmp_path / "shop", tmp_path / "b")
    assert_clean_error(cli("backup", "--profile", str(tmp_path / "shop")), "--auto")
    assert_clean_error(cli("backup", "--profile", str(tmp_path / "shop"), "--auto",
                           str(tmp_path / "x.zip")), "either")


def test_backup_auto_failure_is_one_sentence_and_recorded(cli: Run, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    make_profile(tmp_path / "shop", blocker / "backups")
    assert_clean_error(cli("backup", "--profile", str(tmp_path / "shop"), "--auto"))
    status = json.loads(cli("status", "--profile", str(tmp_path / "shop"), "--json").stdout)
    assert [w["kind"] for w in status["warnings"]] == ["backup_failed"]


def test_forget_asks_for_an_owner_on_a_protected_profile(cli: Run, tmp_path: Path) -> None:
    root = tmp_path / "shop"
    assert cli("demo", "--profile", str(root)).returncode == 0
    profile = Profile.open_existing(root)
    try:
        service = AgentService(profile.pool.get())  # the demo's owner Camille, agent Yasmine
        owner = service.require_by_name("Camille")
        service.set_password(owner.id, "1234", actor=owner)
        contact = profile.pool.get().execute("SELECT min(id) FROM contacts").fetchone()[0]
    finally:
        profile.close()
    denied = cli("contact", "forget", "--profile", str(root), str(contact), "--yes")
    assert_clean_error(denied, "--as")
    as_agent = cli("contact", "forget", "--profile", str(root), str(contact), "--yes",
                   "--as", "Yasmine", input="\n")
    assert_clean_error(as_agent, "not an owner")
    done = cli("contact", "forget", "--profile", str(root), str(contact), "--yes",
               "--as", "Camille", input="1234\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Deleted contact {contact}: ")
    audit = json.loads(cli("audit", "--profile", str(root), "--json", "--as", "Camille",
                           input="1234\n").stdout)
    (entry,) = [e for e in audit if e["action"] == "contact:forget"]
    assert entry["agent"] == "Camille" and entry["agent_id"] == owner.id
