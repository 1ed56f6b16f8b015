"""Composition root: build the workspace and the window, then run or photograph the GUI."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEventLoop,
    QMessageLogContext,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from agent_assist import APP_ID, APP_NAME
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import InboxQuery
from agent_assist.ui.about import app_icon
from agent_assist.ui.app_style import apply_style
from agent_assist.ui.bridge import ImmediateExecutor
from agent_assist.ui.first_paint_probe import install_if_requested
from agent_assist.ui.i18n import apply_language
from agent_assist.ui.main_window import MainWindow


def ensure_app(lang: str | None = None, *, offscreen: bool = False) -> QApplication:
    """The QApplication (created once), styled, in ``lang`` when given."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        argv = [sys.argv[0] if sys.argv else APP_ID]
        if offscreen:
            argv += ["-platform", "offscreen"]
        app = QApplication(argv)
        app.setApplicationName(APP_NAME)
        app.setDesktopFileName(APP_ID)
    # Also style an app someone else made (a test harness). A str, not a bool: PySide6 6.12
    # mis-counts references of a bool stored as an application property (crash at exit).
    if app.property("agentAssistStyled") != "yes":
        apply_style(app)
        app.setWindowIcon(app_icon())
        app.setProperty("agentAssistStyled", "yes")
    _apply_language(app, lang)
    return app


def _apply_language(app: QApplication, lang: str | None) -> None:
    """--lang, else the language saved in the settings, else the system's (ui/i18n.py)."""
    apply_language(app, lang)


def _default_agent(workspace: Workspace) -> int | None:
    agents = workspace.agent_names()
    return min(agents) if agents else None


def run_gui(profile: Profile, *, lang: str | None = None) -> int:
    """Open the main window on ``profile`` and run until it quits; the exit code.

    The caller (cli/gui.py) holds the profile's sync-engine role; a second window on the
    same profile opens as a client there instead of reaching this function.
    """
    from agent_assist.services.team import Team
    from agent_assist.ui.team.controller import TeamUi
    from agent_assist.ui.team.login import ask_who_is_working

    app = ensure_app(lang)
    window: MainWindow | None = None
    try:
        workspace = Workspace(profile)
        team = Team(workspace)
        sign_in = ask_who_is_working(team.session)  # no dialog for a solo owner
        if sign_in is None:
            return 0
        window = MainWindow(workspace, agent_id=sign_in.agent.id)
        team_ui = TeamUi(window, team)  # registers its own shutdown hook
        window.on_open.append(team_ui.conversation_opened)
        window.on_stored.append(team_ui.stored)
        _follow_agent(window, sign_in.agent, several=len(team.session.agents()) > 1)
        team_ui.agent_changed.connect(lambda agent: _follow_agent(window, agent, several=True))
        window.send_checks.append(
            lambda _text, as_note: None if window is None or window.open_id is None
            or team_ui.before_send(window.open_id, as_note) else "")
        window.resize(1400, 860)
        install_if_requested(window.inbox.view)  # bench/startup.py's measuring point
        window.show()
        team_ui.start(sign_in)
        window.start()
        return int(app.exec())
    finally:
        if window is not None:
            window.shutdown()


def _follow_agent(window: MainWindow | None, agent: Any, *, several: bool) -> None:
    """Mine/Unassigned follow whoever is working (a solo owner needs neither)."""
    if window is not None:
        window.nav_model.set_agent(agent.id if several else None)
        window.refresh()


def render_screenshot(
    profile: Profile, out: Path, *, conversation_id: int | None = None,
    lang: str | None = None, size: tuple[int, int] = (1400, 860),
) -> None:
    """Lay out and paint the window off screen with a conversation open; save a PNG."""
    app = ensure_app(lang, offscreen=True)
    previous = qInstallMessageHandler(None)

    def quiet(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        # The offscreen platform warns about every top-level window: noise for a CLI user.
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(quiet)
    try:
        _render(app, profile, Path(out), conversation_id, size)
    finally:
        qInstallMessageHandler(previous)


def _render(app: QApplication, profile: Profile, out: Path, conversation_id: int | None,
            size: tuple[int, int]) -> None:
    workspace = Workspace(profile)
    # Synchronous tasks: the model is loaded before we paint, with no timing involved.
    window = MainWindow(workspace, executor=ImmediateExecutor(), clock=time.time, live=False,
                        agent_id=_default_agent(workspace))
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.resize(*size)
    try:
        if conversation_id is None:
            conversation_id = window.inbox.model.id_at(0)
        if conversation_id is None:
            ids = workspace.inbox_ids(InboxQuery("all"))
            conversation_id = ids[0] if ids else None
        if conversation_id is not None and not window.inbox.select_id(conversation_id):
            window.nav.select_key("all")  # not waiting on us: show it selected among all
            if not window.inbox.select_id(conversation_id):
                window.open_conversation(conversation_id)
        window.show()
        window.resize(*size)
        _settle(app)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out), "PNG"):
            raise OSError(f"Could not write the screenshot to {out}.")
    finally:
        window.close()
        window.deleteLater()


def _settle(app: QApplication, passes: int = 3) -> None:
    """Let posted layout and paint events run: a few bounded event-loop turns, no polling."""
    for _ in range(passes):
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()
