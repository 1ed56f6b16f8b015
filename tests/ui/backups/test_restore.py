"""File → Restore from backup…: a corrupt file is refused with the app still running; a good
one is restored after a safety backup, then the app quits asking to be started again;
refused while another process has the profile open, and for agents."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from agent_assist.services import backup as backup_module
from agent_assist.services.backup import backup, verify
from agent_assist.services.backup_schedule import BEFORE_RESTORE_PREFIX
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.ui.backups import restore_flow
from agent_assist.ui.features.backups import restore_from_backup
from agent_assist.ui.main_window import MainWindow
from tests.ui.backups.conftest import sign_in_as_agent, status_text
from tests.ui.conftest import add_message


class Dialogs:
    """Answers the flow's dialogs (this module's functions) and records what it said."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, file: Path, *,
                 confirm: bool = True) -> None:
        self.confirmations: list[str] = []
        self.messages: list[tuple[str, bool]] = []
        self.quit = 0

        def confirmed(_parent: object, text: str, details: str) -> bool:
            self.confirmations.append(f"{text} {details}")
            return confirm

        monkeypatch.setattr(restore_flow, "choose_file", lambda _parent, _start: str(file))
        monkeypatch.setattr(restore_flow, "confirm_restore", confirmed)
        monkeypatch.setattr(restore_flow, "inform",
                            lambda _parent, text, error: self.messages.append((text, error)))
        monkeypatch.setattr(restore_flow, "quit_app", self.count_quit)

    def count_quit(self) -> None:
        self.quit += 1


def run_restore(qtbot: QtBot, window: MainWindow) -> bool:
    """File → Restore from backup…, until the flow has ended."""
    flow = restore_from_backup(window)
    assert flow is not None
    qtbot.waitUntil(lambda: flow.outcome is not None, timeout=60_000)
    return bool(flow.outcome)


def customers(workspace: Workspace, n: int, prefix: str) -> None:
    for i in range(n):
        add_message(workspace, sender=f"{prefix}{i}@example.com", name=f"{prefix} {i}")


def test_a_corrupt_backup_is_refused_and_the_app_keeps_running(
        qtbot: QtBot, window: MainWindow, workspace: Workspace, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    customers(workspace, 2, "kept")
    good = backup(workspace.profile, tmp_path / "good.zip").path
    broken = tmp_path / "broken.zip"
    broken.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    dialogs = Dialogs(monkeypatch, broken)
    assert run_restore(qtbot, window) is False
    assert dialogs.messages == [("This backup is damaged or incomplete and cannot be restored: "
                                 "choose another one.", True)]
    assert dialogs.confirmations == [] and dialogs.quit == 0
    assert window.isEnabled() and window.timer.isActive()  # still running, nothing stopped
    assert workspace.repos().conversations.total() == 2


def test_a_good_backup_is_restored_after_a_safety_backup_then_the_app_quits(
        qtbot: QtBot, window: MainWindow, workspace: Workspace, folder: Path,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    customers(workspace, 3, "before")
    saved = backup(workspace.profile, tmp_path / "monday.zip").path
    customers(workspace, 2, "after")  # arrived since the backup
    dialogs = Dialogs(monkeypatch, saved)
    assert run_restore(qtbot, window) is True
    (asked,) = dialogs.confirmations
    assert "3 conversations" in asked and "Agent Assist then closes" in asked
    (said, error) = dialogs.messages[0]
    assert not error and said.startswith("The backup is restored: 3 conversations and 3 "
                                         "messages.") and "start it again" in said
    assert dialogs.quit == 1 and not window.isEnabled()
    (safety,) = folder.glob(f"{BEFORE_RESTORE_PREFIX}*.zip")
    assert verify(safety)["conversations"] == 5  # the data from before, kept whole
    again = Profile.open_existing(workspace.profile.root)  # what the next start opens
    try:
        assert Workspace(again).repos().conversations.total() == 3
    finally:
        again.close()


def test_cancelling_the_confirmation_changes_nothing(
        qtbot: QtBot, window: MainWindow, workspace: Workspace, folder: Path,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    customers(workspace, 1, "x")
    saved = backup(workspace.profile, tmp_path / "b.zip").path
    customers(workspace, 1, "y")
    dialogs = Dialogs(monkeypatch, saved, confirm=False)
    assert run_restore(qtbot, window) is False
    assert dialogs.quit == 0 and window.isEnabled() and not folder.exists()
    assert workspace.repos().conversations.total() == 2


HOLD = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "c.execute('SELECT 1 FROM messages').fetchall(); print('open', flush=True); "
        "sys.stdin.readline()")


def test_refused_while_another_process_has_the_profile_open(
        qtbot: QtBot, window: MainWindow, workspace: Workspace, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    customers(workspace, 1, "x")
    saved = backup(workspace.profile, tmp_path / "b.zip").path
    other = subprocess.Popen([sys.executable, "-c", HOLD, str(workspace.profile.db_path)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "open"
        dialogs = Dialogs(monkeypatch, saved)
        assert run_restore(qtbot, window) is False
    finally:
        other.communicate("\n", timeout=10)
    (said, error) = dialogs.messages[-1]
    assert error and said == ("Another Agent Assist window or command is using this profile: "
                              "close it, then restore again.")
    assert dialogs.quit == 0 and window.isEnabled()


def test_an_agent_cannot_restore(window: MainWindow) -> None:
    sign_in_as_agent(window)
    assert restore_from_backup(window) is None
    assert status_text(window) == "Only an owner can restore a backup."


def test_the_backup_is_checked_once_and_its_unpacked_copy_never_left_behind(
        qtbot: QtBot, window: MainWindow, workspace: Workspace, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    customers(workspace, 2, "before")
    saved = backup(workspace.profile, tmp_path / "b.zip").path
    real_check, kinds = backup_module._check, []

    def counted(conn: sqlite3.Connection, what: str, *, kind: str, path: Path | str = "") -> None:
        kinds.append(kind)  # "corrupt": the backup being restored; "source_corrupt": a new one
        real_check(conn, what, kind=kind, path=path)

    monkeypatch.setattr(backup_module, "_check", counted)
    Dialogs(monkeypatch, saved, confirm=False)
    assert run_restore(qtbot, window) is False
    assert kinds == ["corrupt"] and not list(workspace.profile.root.glob(".restore-*"))
    kinds.clear()
    dialogs = Dialogs(monkeypatch, saved)
    assert run_restore(qtbot, window) is True and dialogs.quit == 1
    assert kinds.count("corrupt") == 1  # checked before asking, not again when restoring
    assert not list(workspace.profile.root.glob(".restore-*"))
