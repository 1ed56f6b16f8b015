"""Each capability installs itself into the main window here, keeping the window thin."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from agent_assist.core.permissions import Action, PermissionDenied

if TYPE_CHECKING:
    from agent_assist.ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Features", text)


def menu(window: MainWindow, key: str, title: str) -> QMenu:
    """The window's menu for ``key`` (settings, view, help…), created on first use."""
    found = window.menuBar().findChild(QMenu, f"menu-{key}")
    if isinstance(found, QMenu):
        return found
    created = window.menuBar().addMenu(title)
    created.setObjectName(f"menu-{key}")
    return created


def action(window: MainWindow, text: str, slot: object, shortcut: str = "") -> QAction:
    act = QAction(text, window)
    if shortcut:
        act.setShortcut(QKeySequence(shortcut))
    act.triggered.connect(slot)
    window.addAction(act)  # shortcuts work whichever pane has focus
    return act


def allowed(window: MainWindow, permission: Action, refusal: str) -> bool:
    """Owner-only actions: say ``refusal`` when the person working may not do it."""
    from agent_assist.services.agents import AgentService

    agents = AgentService(window.workspace.repos().db)
    agent = agents.get(window.agent_id) if window.agent_id is not None else None
    try:
        agents.authorize(agent, permission)
    except PermissionDenied:
        window.notify(refusal, error=True)
        return False
    return True


def add_above_quit(window: MainWindow, actions: list[QAction]) -> None:
    """Put ``actions`` in the File menu as a group above Quit (or at its end)."""
    file_menu = menu(window, "file", tr("&File"))
    quit_action = next((a for a in file_menu.actions() if a.objectName() == "action-quit"), None)
    if quit_action is None:
        file_menu.addSeparator()
        file_menu.addActions(actions)
        return
    # Qt collapses separators that meet, so groups added one after another stay tidy.
    file_menu.insertSeparator(quit_action)
    file_menu.insertActions(quit_action, actions)
    file_menu.insertSeparator(quit_action)


def install_all(window: MainWindow, *, live: bool = True) -> None:
    """Install every feature; ``live`` False (screenshots, tests) skips background work."""
    from agent_assist.ui.about import install_about_action
    from agent_assist.ui.features import (
        backups,
        channels,
        data,
        guidance,
        never_unanswered,
        reports,
        search,
    )
    from agent_assist.ui.settings.language import language_action
    from agent_assist.ui.shortcuts import install_keyboard

    channels.install(window, live=live)
    never_unanswered.install(window, live=live)
    guidance.install(window)
    search.install(window, live=live)
    reports.install(window, live=live)
    data.install(window, live=live)
    backups.install(window, live=live)
    install_about_action(window, window.workspace.profile.root)
    keyboard = install_keyboard(window)  # ?/F1 cheat sheet, R, N, F6/Shift+F6, Ctrl+1…9
    menu(window, "settings", tr("&Settings")).addAction(language_action(window))
    help_menu = window.menuBar().findChild(QMenu, "menu-help")
    if isinstance(help_menu, QMenu):
        help_menu.addAction(keyboard.sheet_action)
