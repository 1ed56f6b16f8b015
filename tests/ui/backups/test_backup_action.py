"""File → Back up now…: its own thread while the inbox keeps writing, one clear sentence
either way, nothing half-written, owners only."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from agent_assist.services import backup_schedule as schedule
from agent_assist.services.backup import backup, verify
from agent_assist.services.workspace import Workspace
from agent_assist.storage.repositories import InboxQuery
from agent_assist.ui.backups import controller as controller_module
from agent_assist.ui.bridge import WorkerThread
from agent_assist.ui.features.backups import back_up_now
from agent_assist.ui.main_window import MainWindow
from tests.fixtures.wait import wait_until
from tests.ui.backups.conftest import controller_of, sign_in_as_agent, status_text
from tests.ui.conftest import WindowFactory, make_inbox


def answer_save_dialog(window: MainWindow, path: Path | str) -> list[str]:
    """The save dialog answers ``path``; returns the names it suggested."""
    suggested: list[str] = []

    def ask(_parent: object, proposal: str) -> str:
        suggested.append(proposal)
        return str(path)

    controller_of(window).ask_save_path = ask
    return suggested


def test_back_up_now_saves_a_checked_backup_and_says_so(
        qtbot: QtBot, window: MainWindow, workspace: Workspace, tmp_path: Path) -> None:
    make_inbox(workspace)
    suggested = answer_save_dialog(window, tmp_path / "shop")  # no .zip typed
    controller = controller_of(window)
    with qtbot.waitSignal(controller.finished, timeout=30_000) as outcome:
        back_up_now(window)
        assert controller.indicator.isVisibleTo(window)  # progress while it runs
    assert re.fullmatch(r".*agent-assist-backup-\d{4}-\d{2}-\d{2}\.zip", suggested[0])
    last = outcome.args[0]
    assert last.ok and last.path == str(tmp_path / "shop.zip")
    assert status_text(window) == ("Backup saved: 3 conversations, 3 messages, "
                                   "integrity checked.")
    assert verify(tmp_path / "shop.zip")["conversations"] == 3
    assert not controller.indicator.isVisibleTo(window)
    # The next save dialog starts in the folder just used.
    answer_save_dialog(window, "")
    assert controller.suggested_path().parent == tmp_path


def test_a_failure_is_one_sentence_and_leaves_no_file(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    answer_save_dialog(window, tmp_path / "unplugged-usb" / "b.zip")
    with qtbot.waitSignal(controller_of(window).finished, timeout=30_000) as outcome:
        back_up_now(window)
    assert not outcome.args[0].ok
    assert status_text(window) == f"The folder {tmp_path / 'unplugged-usb'} does not exist."
    assert window.message.is_error
    assert not (tmp_path / "unplugged-usb").exists()
    last = schedule.last_backup(window.workspace.repos())
    assert last is not None and not last.ok and last.kind == "no_folder"


def test_the_writer_worker_stays_free_while_a_backup_runs_and_another_thread_writes(
        qtbot: QtBot, make_window: WindowFactory, workspace: Workspace, folder: Path,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = make_inbox(workspace)
    window = make_window(workspace, executor=WorkerThread())
    holding, release = threading.Event(), threading.Event()

    def held_backup(profile: Any, out: Path, *, progress: Callable[[str, float], None]) -> Any:
        def gate(stage: str, done: float) -> None:
            if not release.is_set():
                holding.set()
                release.wait(30)  # the test releases it as soon as it has checked
            progress(stage, done)
        return backup(profile, out, progress=gate)

    monkeypatch.setattr(controller_module, "backup", held_backup)  # the real backup, paused
    stop, written = threading.Event(), [0]

    def sync_like_writer() -> None:  # another thread commits all along, like the sync engine
        ws = Workspace(workspace.profile)
        while not stop.is_set():
            ws.note(ids["ben"], f"sync {written[0]}")
            written[0] += 1
        workspace.profile.pool.close_current()

    writer = threading.Thread(target=sync_like_writer)
    writer.start()
    answer_save_dialog(window, tmp_path / "live.zip")
    controller = controller_of(window)
    try:
        with qtbot.waitSignal(controller.finished, timeout=60_000) as outcome:
            back_up_now(window)
            wait_until(holding.is_set, timeout=30, what="the backup to start copying")
            # While the backup is mid-copy the window's writer still stores a reply.
            with qtbot.waitSignal(window.runner.idle, timeout=10_000):
                window.runner.run(lambda: window.workspace.note(ids["ana"], "while backing up"))
            assert controller.running
            release.set()
    finally:
        release.set()
        stop.set()
        writer.join()
    assert outcome.args[0].ok and written[0] > 0
    notes = workspace.repos().db.execute(
        "SELECT count(*) FROM messages WHERE body_text = 'while backing up'").fetchone()[0]
    assert notes == 1
    assert verify(tmp_path / "live.zip")["messages"] == outcome.args[0].messages
    assert len(workspace.inbox_ids(InboxQuery("all"))) == 3


def test_one_backup_at_a_time(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    answer_save_dialog(window, tmp_path / "first.zip")
    controller = controller_of(window)
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        back_up_now(window)
        asked = answer_save_dialog(window, tmp_path / "second.zip")
        back_up_now(window)
        assert asked == [] and status_text(window) == "A backup is already running."
    assert not (tmp_path / "second.zip").exists()


def test_an_agent_cannot_back_up(window: MainWindow, tmp_path: Path) -> None:
    sign_in_as_agent(window)
    asked = answer_save_dialog(window, tmp_path / "b.zip")
    back_up_now(window)
    assert asked == [] and not controller_of(window).running
    assert status_text(window) == ("Only an owner can back up the shop's data or change the "
                                   "backups.")


def test_the_menu_entries_sit_in_file_before_quit(window: MainWindow) -> None:
    file_menu = window.menuBar().findChild(type(window.menuBar().addMenu("x")), "menu-file")
    assert file_menu is not None
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts.index("Back up now…") < texts.index("Restore from backup…") < texts.index("Quit")


def test_closing_the_window_mid_backup_stops_it_and_leaves_no_file(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    holding, release = threading.Event(), threading.Event()

    def held_backup(profile: Any, out: Path, *, progress: Callable[[str, float], None]) -> Any:
        def gate(stage: str, done: float) -> None:
            if stage == "zip" and not release.is_set():
                holding.set()
                release.wait(30)
            progress(stage, done)
        return backup(profile, out, progress=gate)

    monkeypatch.setattr(controller_module, "backup", held_backup)
    answer_save_dialog(window, tmp_path / "b.zip")
    controller = controller_of(window)
    back_up_now(window)
    wait_until(holding.is_set, timeout=30, what="the backup to be writing its file")
    thread = controller.job_thread
    assert thread is not None
    thread.cancel()  # what closing the window does first…
    release.set()
    controller.shutdown()  # …then it waits for the thread
    assert not thread.isRunning()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["profile"]  # no b.zip(.partial)
    assert controller.schedule_decision().value == "done"  # a closed window schedules nothing
