"""A second window on a profile whose engine runs elsewhere opens as a labelled client."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from agent_assist.core.permissions import Role
from agent_assist.services.agents import AgentService
from agent_assist.services.roles import ClientWorkspace, claim_role
from agent_assist.storage.profile import Profile
from agent_assist.ui.main_window import MainWindow
from agent_assist.ui.team.client import run_client_gui
from tests.ui.team.conftest import FAST


def test_run_client_gui_opens_a_client_window_and_returns(profile: Profile,
                                                          qapp: QApplication) -> None:
    AgentService(profile.pool.get(), params=FAST).add("Camille", Role.OWNER)
    engine = claim_role(profile.root)  # "another window" holds the sync engine
    seen: list[object] = []

    def inspect() -> None:
        windows = [w for w in qapp.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        window = windows[0]
        note = window.statusBar().findChild(QLabel, "clientWindowNote")
        seen.extend([isinstance(window.workspace, ClientWorkspace), window.agent_id,
                     note is not None and note.isVisible(), window.windowTitle()])
        window.close()
        qapp.exit(0)

    qapp.setQuitOnLastWindowClosed(False)
    QTimer.singleShot(0, inspect)
    try:
        assert run_client_gui(qapp, profile, engine_pid="777") == 0
    finally:
        engine.release()
        qapp.setQuitOnLastWindowClosed(True)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]
    camille = AgentService(profile.pool.get()).by_name("Camille")
    assert camille is not None
    assert seen == [True, camille.id, True, "Agent Assist — client window"]
