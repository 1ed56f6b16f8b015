"""The daily backup from the window: due after N minutes, once a day, retried after a failure
(recorded, warned), and only in the window that runs the sync engine."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from agent_assist.core.backup_schedule import Reason, ScheduleConfig, auto_name
from agent_assist.services import backup_schedule as schedule
from agent_assist.services.health import health_warnings
from agent_assist.services.roles import ClientWorkspace
from agent_assist.services.workspace import Workspace
from agent_assist.ui.backups.controller import BackupController
from agent_assist.ui.features.backups import schedules_backups
from agent_assist.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory

START = 1_741_003_200.0  # 2025-03-03 12:00 UTC


class Clock:
    """A settable clock for the controller."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def make_controller(workspace: Workspace, clock: Clock) -> tuple[BackupController, list[str]]:
    said: list[str] = []
    controller = BackupController(workspace, lambda text, _error: said.append(text),
                                  clock=clock)
    return controller, said


def tick(qtbot: QtBot, controller: BackupController) -> Reason:
    """One scheduler check; waits for the backup it starts, if any."""
    reason = controller.schedule_decision()
    if reason is Reason.DUE:
        with qtbot.waitSignal(controller.finished, timeout=30_000):
            controller.check_schedule()
    return reason


def test_due_after_ten_minutes_then_once_a_day(qtbot: QtBot, workspace: Workspace,
                                               folder: Path) -> None:
    clock = Clock(START)
    controller, said = make_controller(workspace, clock)
    assert tick(qtbot, controller) is Reason.NOT_YET
    clock.now += 10 * 60
    assert tick(qtbot, controller) is Reason.DUE
    today = date.fromtimestamp(clock.now)
    assert [p.name for p in folder.iterdir()] == [auto_name(today)]
    assert said[-1].startswith("Backup saved: ")
    clock.now += 60
    assert tick(qtbot, controller) is Reason.DONE
    state = schedule.load_state(workspace.repos())
    assert state.last_success_at is not None and not state.failing


def test_a_failure_is_recorded_warned_and_retried_later(
        qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    schedule.save_config(workspace.repos(), ScheduleConfig(folder=str(blocker / "backups")))
    clock = Clock(START)
    controller, said = make_controller(workspace, clock)
    failures: list[str] = []
    controller.automatic_failed.connect(failures.append)
    clock.now += 10 * 60
    assert tick(qtbot, controller) is Reason.DUE
    assert failures == [said[-1]] and "does not exist" in failures[0]
    (warning,) = [w for w in health_warnings(workspace.repos(), clock.now)
                  if w.kind == "backup_failed"]
    assert warning.action == "open_backups"
    clock.now += 5 * 60
    assert tick(qtbot, controller) is Reason.RETRY_LATER
    schedule.save_config(workspace.repos(), ScheduleConfig(folder=str(tmp_path / "fixed")))
    clock.now += 30 * 60
    assert tick(qtbot, controller) is Reason.DUE
    assert not [w for w in health_warnings(workspace.repos(), clock.now)
                if w.kind == "backup_failed"]


def test_switched_off_means_never(qtbot: QtBot, workspace: Workspace, folder: Path) -> None:
    schedule.save_config(workspace.repos(), ScheduleConfig(enabled=False, folder=str(folder)))
    clock = Clock(START + 3600)
    controller, _said = make_controller(workspace, clock)
    controller.started_at = START
    assert tick(qtbot, controller) is Reason.DISABLED
    assert not folder.exists()


def test_only_the_engine_window_schedules(make_window: WindowFactory, workspace: Workspace,
                                          folder: Path) -> None:
    engine: MainWindow = make_window(workspace, start=False)
    assert schedules_backups(engine, live=True)
    assert not schedules_backups(engine, live=False)  # screenshots, tests
    client = make_window(ClientWorkspace(workspace.profile), start=False)
    assert not schedules_backups(client, live=True)


def test_closing_the_window_stops_the_schedule(qtbot: QtBot, workspace: Workspace,
                                               folder: Path) -> None:
    clock = Clock(START + 3600)
    controller, _said = make_controller(workspace, clock)
    controller.started_at = START
    controller.shutdown()
    assert controller.schedule_decision() is Reason.DONE
    controller.check_schedule()
    assert not controller.running and not folder.exists()
