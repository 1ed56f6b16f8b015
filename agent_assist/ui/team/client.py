"""A second window on a profile whose sync engine runs elsewhere: a client, clearly labelled."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from agent_assist.services.roles import ClientWorkspace
from agent_assist.services.team import Team
from agent_assist.storage.profile import Profile
from agent_assist.ui.team.controller import TeamUi
from agent_assist.ui.team.login import ask_who_is_working


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClientWindow", text)


def mark_client_window(window: QMainWindow, engine_pid: str) -> QLabel:
    """A visible note in the status bar and the title: this window neither syncs nor sends."""
    note = QLabel(
        _tr("Client window: another Agent Assist window (process {pid}) syncs and sends "
            "replies.").format(pid=engine_pid or "?")
    )
    note.setObjectName("clientWindowNote")
    note.setToolTip(_tr("Replies written here are queued and sent by the window that holds "
                        "the sync engine; close that one and the next window to start takes "
                        "over."))
    window.statusBar().addPermanentWidget(note)
    window.setWindowTitle(_tr("{title} — client window").format(title=window.windowTitle()))
    return note


def run_client_gui(app: QApplication, profile: Profile, engine_pid: str) -> int:
    """Open a client main window (no outbox sending, no sync runners) and run it."""
    from agent_assist.ui.main_window import MainWindow

    workspace = ClientWorkspace(profile)
    team = Team(workspace)
    sign_in = ask_who_is_working(team.session)
    if sign_in is None:
        return 0  # the person closed "Who is working?": nothing opened, nothing lost
    window = MainWindow(workspace, agent_id=sign_in.agent.id)
    team_ui = TeamUi(window, team)
    team_ui.intercept_submit()
    mark_client_window(window, engine_pid)
    try:
        window.resize(1400, 860)
        window.show()
        team_ui.start(sign_in)
        window.start()
        return int(app.exec())
    finally:
        team_ui.shutdown()
        window.shutdown()
        window.deleteLater()  # gone with the next event-loop turn (or the process)
