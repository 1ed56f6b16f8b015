"""A main window with the team features on it, over a profile with a small team."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from agent_assist.core.permissions import Role
from agent_assist.core.team import Agent
from agent_assist.services.agents import AgentService, ScryptParams
from agent_assist.services.session import SignIn
from agent_assist.services.team import Team
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.ui.main_window import MainWindow
from agent_assist.ui.team.controller import TeamUi
from tests.ui.conftest import WindowFactory

FAST = ScryptParams(n=2**10)  # the real scheme, cheaper per hash


@dataclass
class Staff:
    camille: Agent  # owner, PIN 1234
    yasmine: Agent  # agent, no PIN
    nadia: Agent  # agent, PIN 5678


@pytest.fixture
def staff(profile: Profile) -> Staff:
    service = AgentService(profile.pool.get(), params=FAST)
    camille = service.add("Camille", Role.OWNER, password="1234")
    return Staff(camille, service.add("Yasmine", actor=camille),
                 service.add("Nadia", password="5678", actor=camille))


@dataclass
class Rig:
    window: MainWindow
    team: Team
    ui: TeamUi


RigFactory = Callable[..., Rig]


@pytest.fixture
def make_rig(make_window: WindowFactory, qtbot: QtBot) -> Iterator[RigFactory]:
    """A window + TeamUi signed in as ``agent``; TeamUi shuts down before the window."""
    rigs: list[Rig] = []

    def factory(workspace: Workspace, agent: Agent | None, password: str = "",
                **options: Any) -> Rig:
        window = make_window(workspace)
        team = Team(workspace, params=FAST)
        options.setdefault("idle_ms", 0)
        options.setdefault("poll_ms", 50)
        options.setdefault("save_ms", 0)
        ui = TeamUi(window, team, **options)
        ui.intercept_submit()
        sign_in: SignIn | None = None
        if agent is not None:
            sign_in = team.session.sign_in(agent.id, password)
        ui.start(sign_in)
        rig = Rig(window, team, ui)
        rigs.append(rig)
        return rig

    yield factory
    for rig in rigs:
        rig.ui.shutdown()
