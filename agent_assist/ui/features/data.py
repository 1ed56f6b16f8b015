"""Import mail, export conversations and the quarantine, from the File menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from agent_assist.ui.data.controller import DataController
from agent_assist.ui.features import action, menu, tr

if TYPE_CHECKING:
    from agent_assist.ui.main_window import MainWindow


def install(window: MainWindow, *, live: bool = True) -> None:
    """File → Import mail…, Export…, Quarantined messages… (above Quit)."""
    controller = DataController(window)
    window.data = controller  # type: ignore[attr-defined]
    actions = [
        action(window, tr("Import mail…"), controller.open_import),
        action(window, tr("Export…"), controller.open_export),
        action(window, tr("Quarantined messages…"), controller.open_quarantine),
    ]
    for act, name in zip(actions, ("import", "export", "quarantine"), strict=True):
        act.setObjectName(f"action-{name}")
    _add_above_quit(menu(window, "file", tr("&File")), actions)
    window.on_shutdown.append(controller.shutdown)
    today = getattr(window, "today", None)
    if today is not None:  # the Today page points at new quarantined mail
        today.action_requested.connect(
            lambda kind, _account: controller.open_quarantine() if kind == "open_quarantine"
            else None)
        controller.quarantine_seen.connect(today.refresh)


def _add_above_quit(file_menu: QMenu, actions: list[QAction]) -> None:
    quit_action = next((a for a in file_menu.actions() if a.objectName() == "action-quit"), None)
    if quit_action is None:
        file_menu.addSeparator()
        file_menu.addActions(actions)
        return
    file_menu.insertSeparator(quit_action)
    file_menu.insertActions(quit_action, actions)
    file_menu.insertSeparator(quit_action)
