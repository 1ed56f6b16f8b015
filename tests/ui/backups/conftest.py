"""A main window with the backups feature, its backups folder in the test's tmp folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent_assist.core.backup_schedule import ScheduleConfig
from agent_assist.core.permissions import Role
from agent_assist.services import backup_schedule as schedule
from agent_assist.services.agents import AgentService, ScryptParams
from agent_assist.services.workspace import Workspace
from agent_assist.ui.backups.controller import BackupController
from agent_assist.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory

FAST = ScryptParams(n=2**10)


@pytest.fixture
def folder(workspace: Workspace, tmp_path: Path) -> Path:
    """Where automatic backups go (never the real Documents folder in tests)."""
    path = tmp_path / "backups"
    schedule.save_config(workspace.repos(), ScheduleConfig(folder=str(path)))
    return path


@pytest.fixture
def window(make_window: WindowFactory, workspace: Workspace, folder: Path) -> MainWindow:
    return make_window(workspace)


def controller_of(window: MainWindow) -> BackupController:
    found = window.backups  # type: ignore[attr-defined]
    assert isinstance(found, BackupController)
    return found


def status_text(window: MainWindow) -> str:
    return window.message.text()


def sign_in_as_agent(window: MainWindow) -> None:
    """A team with an owner and an agent; the agent is the one working in the window."""
    service = AgentService(window.workspace.repos().db, params=FAST)
    owner = service.add("Camille", Role.OWNER)
    window.agent_id = service.add("Yasmine", Role.AGENT, actor=owner).id
