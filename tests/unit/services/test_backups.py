"""Backups on disk: written whole or not at all, under sync writes, with clear failures; the
automatic run with rotation, its record and health warning; restore refused while in use."""

from __future__ import annotations

import errno
import itertools
import os
import secrets
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from agent_assist.core.backup_schedule import ScheduleConfig, auto_name
from agent_assist.core.models import Channel, IncomingMessage
from agent_assist.services import backup as backup_module
from agent_assist.services import backup_schedule as schedule
from agent_assist.services.backup import BackupError, backup, restore, verify, write_error
from agent_assist.services.health import health_warnings
from agent_assist.services.profile_users import other_holders, profile_in_use
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import InboxQuery
from tests.fixtures.wait import wait_until

KEYS = itertools.count(1)
DAY = 86_400.0
NOON = 1_741_003_200.0  # 2025-03-03 12:00 UTC


def add_message(workspace: Workspace, *, sender: str, text: str, name: str = "") -> None:
    """One customer email through the real ingest path."""
    workspace.ingestor().ingest(IncomingMessage(
        provider_key=f"test:{next(KEYS)}", channel=Channel.EMAIL, sender_address=sender,
        sender_name=name, subject="Order", body_text=text, sent_at=NOON))


def fill(workspace: Workspace, conversations: int = 30) -> None:
    for i in range(conversations):
        add_message(workspace, sender=f"c{i}@example.com", name=f"Customer {i}",
                    text=f"Message {i} " + "lorem ipsum " * 200)


def zip_names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


# -- writing a backup ---------------------------------------------------------------------------


def test_step_wise_backup_finishes_while_another_thread_keeps_writing(
        workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(workspace)
    # Tiny steps: without a pinned read snapshot, every commit below would restart the copy.
    monkeypatch.setattr(backup_module, "STEP_PAGES", 4)
    profile, stop, written = workspace.profile, threading.Event(), [0]

    def writer() -> None:
        ws = Workspace(profile)
        ids = ws.inbox_ids(InboxQuery("all"))
        while not stop.is_set():
            ws.note(ids[written[0] % len(ids)], f"note {written[0]}")
            written[0] += 1
        profile.pool.close_current()

    stages: list[tuple[str, float]] = []

    def progress(stage: str, done: float) -> None:
        stages.append((stage, done))
        if stage == "snapshot" and done < 1:  # a commit lands between every two steps
            before = written[0]
            wait_until(lambda: written[0] > before, what="the next commit")

    thread = threading.Thread(target=writer)
    thread.start()
    result: list[object] = []
    try:
        wait_until(lambda: written[0] > 3)
        before = workspace.repos().messages.count()
        worker = threading.Thread(target=lambda: result.append(
            backup(profile, tmp_path / "b.zip", progress=progress)))
        worker.start()
        worker.join(timeout=60)
        assert not worker.is_alive(), "the backup never finished under writes"
        after = workspace.repos().messages.count()
    finally:
        stop.set()
        thread.join()
    (info,) = result
    assert isinstance(info, backup_module.BackupInfo)
    assert before <= info.messages < after  # one consistent snapshot, taken mid-writing
    assert info.size == (tmp_path / "b.zip").stat().st_size > 0
    assert verify(tmp_path / "b.zip")["messages"] == info.messages
    fractions = [f for _s, f in stages]
    assert fractions == sorted(fractions) and fractions[-1] == pytest.approx(1.0)
    assert list(dict.fromkeys(s for s, _f in stages)) == ["snapshot", "check", "zip", "verify"]
    assert zip_names(tmp_path) == {"b.zip", "profile"}  # no temporary file left anywhere
    assert not list(profile.root.glob(".backup-*"))


def test_missing_folder_and_folder_as_name_are_refused_before_any_work(
        profile: Profile, tmp_path: Path) -> None:
    with pytest.raises(BackupError) as missing:
        backup(profile, tmp_path / "nowhere" / "b.zip")
    assert missing.value.kind == "no_folder" and "does not exist" in str(missing.value)
    with pytest.raises(BackupError) as folder:
        backup(profile, tmp_path)
    assert folder.value.kind == "is_folder"


@pytest.mark.parametrize(("code", "kind"), [
    (errno.ENOSPC, "disk_full"), (errno.EDQUOT, "disk_full"), (errno.EROFS, "not_writable"),
    (errno.EACCES, "not_writable"), (errno.ENOENT, "no_folder"), (errno.EIO, "write_failed")])
def test_write_errors_become_one_sentence_by_cause(code: int, kind: str) -> None:
    error = write_error(OSError(code, "whatever"), Path("/media/usb"))
    assert error.kind == kind and str(error).endswith(".") and "/media/usb" in str(error)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KiB filesystem (tmpfs): a backup does not fit. Needs root (CI runs as root)."""
    mount = tmp_path / "usb"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_disk_full_leaves_nothing_behind(workspace: Workspace, small_disk: Path) -> None:
    for i in range(10):  # random text: it does not compress below the 64 KiB available
        add_message(workspace, sender=f"r{i}@example.com", text=secrets.token_hex(8000))
    with pytest.raises(BackupError) as caught:
        backup(workspace.profile, small_disk / "b.zip")
    assert caught.value.kind == "disk_full"
    assert str(caught.value) == f"There is not enough free space in {small_disk} for the backup."
    assert list(small_disk.iterdir()) == []


def test_read_only_folder_is_refused(profile: Profile, small_disk: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(BackupError) as caught:
        backup(profile, small_disk / "b.zip")
    assert caught.value.kind == "not_writable"
    assert list(small_disk.iterdir()) == []


# -- the automatic run ---------------------------------------------------------------------------


def configured(workspace: Workspace, folder: Path, **changes: object) -> ScheduleConfig:
    config = ScheduleConfig.from_dict({"folder": str(folder), **changes})
    schedule.save_config(workspace.repos(), config)
    return config


def test_settings_persist(workspace: Workspace, tmp_path: Path) -> None:
    assert schedule.load_config(workspace.repos()) == ScheduleConfig()
    configured(workspace, tmp_path / "b", keep_daily=3, keep_weekly=0, mode="at_time",
               at_time="07:45", enabled=False)
    again = schedule.load_config(Workspace(workspace.profile).repos())
    assert (again.folder, again.keep_daily, again.keep_weekly, again.at_time, again.enabled) == (
        str(tmp_path / "b"), 3, 0, "07:45", False)


def test_default_folder_is_outside_the_profile(profile: Profile) -> None:
    folder = schedule.backup_folder(ScheduleConfig(), profile.root)
    assert folder.name == profile.root.name and folder.parent.name == "Agent Assist backups"
    assert profile.root.resolve() not in folder.resolve().parents


def test_automatic_runs_rotate_keeping_exactly_n_and_never_foreign_files(
        workspace: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    foreign = {"agent-assist-backup-2020-01-01.zip", "my-notes.zip",
               auto_name(date(2020, 1, 1)) + ".old"}
    for name in foreign:
        (folder / name).write_bytes(b"not ours")
    (folder / auto_name(date(2019, 12, 31))).mkdir()  # a folder with our name is not a file
    config = configured(workspace, folder, keep_daily=3, keep_weekly=0)
    for day in range(6):
        info = schedule.run_automatic(workspace.profile, config, NOON + day * DAY)
        assert verify(info.path)["format"] == "agent-assist-backup"
    ours = {auto_name(date(2025, 3, 3) + timedelta(days=d)) for d in (3, 4, 5)}
    assert zip_names(folder) == ours | foreign | {auto_name(date(2019, 12, 31))}
    assert schedule.has_today(workspace.profile, config, NOON + 5 * DAY)


def test_record_and_health_warning_follow_failures(workspace: Workspace, tmp_path: Path) -> None:
    repos = workspace.repos()
    configured(workspace, tmp_path / "backups")
    error = BackupError("There is not enough free space in /x for the backup.", "disk_full")
    schedule.record(repos, schedule.LastBackup.failed(error, NOON, automatic=True))
    (warning,) = [w for w in health_warnings(repos, NOON) if w.kind == "backup_failed"]
    assert warning.action == "open_backups" and "not enough free space" in warning.message
    assert schedule.load_state(repos).failing
    info = schedule.run_automatic(workspace.profile, schedule.load_config(repos), NOON + 60)
    schedule.record(repos, schedule.LastBackup.of(info, automatic=True))
    assert not [w for w in health_warnings(repos, NOON) if w.kind == "backup_failed"]
    last = schedule.last_backup(repos)
    assert last is not None and last.ok and last.path == str(info.path)
    assert schedule.load_state(repos).last_success_at == info.created_at


def test_a_manual_backup_remembers_its_folder_not_the_schedule(
        workspace: Workspace, tmp_path: Path) -> None:
    repos = workspace.repos()
    info = backup(workspace.profile, tmp_path / "manual.zip")
    schedule.record(repos, schedule.LastBackup.of(info, automatic=False))
    assert repos.settings.get(schedule.LAST_FOLDER_KEY) == str(tmp_path)
    assert schedule.load_state(repos).last_success_at is None


# -- restore while in use -------------------------------------------------------------------------


HOLD = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "c.execute('SELECT count(*) FROM messages').fetchone(); print('open', flush=True); "
        "sys.stdin.readline()")


def test_restore_is_refused_while_another_process_has_the_profile_open(
        workspace: Workspace, tmp_path: Path) -> None:
    fill(workspace, 3)
    saved = backup(workspace.profile, tmp_path / "b.zip")
    fill(workspace, 2)
    assert profile_in_use(workspace.profile.root) == ""  # our own connections do not count
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(workspace.profile.db_path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        if other_holders(workspace.profile.db_path) is not None:
            assert other_holders(workspace.profile.db_path) == {holder.pid}
        with pytest.raises(BackupError) as caught:
            restore(workspace.profile.root, saved.path)
        assert caught.value.kind == "in_use" and "close it" in str(caught.value)
        assert workspace.repos().conversations.total() == 5  # nothing changed
    finally:
        holder.communicate("\n", timeout=10)
    assert profile_in_use(workspace.profile.root) == ""


def test_verify_refuses_what_is_not_a_backup(tmp_path: Path) -> None:
    stranger = tmp_path / "photos.zip"
    with zipfile.ZipFile(stranger, "w") as archive:
        archive.writestr("photo.jpg", b"jpeg")
    with pytest.raises(BackupError) as caught:
        verify(stranger)
    assert caught.value.kind == "not_backup"
    with pytest.raises(BackupError) as missing:
        verify(tmp_path / "gone.zip")
    assert missing.value.kind == "missing"


def test_scratch_left_by_a_killed_backup_is_swept_only_when_old(profile: Profile) -> None:
    old, fresh = profile.root / ".backup-old1", profile.root / ".restore-new1"
    for folder in (old, fresh):
        folder.mkdir()
        (folder / "agent-assist.sqlite3").write_bytes(b"x" * 100)
    os.utime(old, (NOON, NOON))  # long ago
    keeper = profile.root / ".backup-notes.txt"  # a file, not a scratch folder
    keeper.write_text("mine")
    assert backup_module.sweep_scratch(profile.root) == [old]
    assert fresh.is_dir() and keeper.is_file()


class Stop(Exception):
    """What a cancelled job raises from its progress report."""


@pytest.mark.parametrize("stage", ["snapshot", "zip", "verify"])
def test_a_backup_stopped_midway_leaves_nothing(workspace: Workspace, tmp_path: Path,
                                                stage: str) -> None:
    fill(workspace, 5)
    seen: list[str] = []

    def progress(now: str, _done: float) -> None:
        seen.append(now)
        if now == stage:
            raise Stop

    with pytest.raises(Stop):
        backup(workspace.profile, tmp_path / "b.zip", progress=progress)
    assert seen[-1] == stage
    assert zip_names(tmp_path) == {"profile"}  # neither b.zip nor b.zip.partial
    assert not list(workspace.profile.root.glob(".backup-*"))
