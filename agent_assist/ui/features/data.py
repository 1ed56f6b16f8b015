"""Import mail, export conversations and the quarantine, from the File menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from agent_assist.core.permissions import Action
from agent_assist.ui.data.controller import DataController
from agent_assist.ui.features import action, add_above_quit, allowed, tr

if TYPE_CHECKING:
    from agent_assist.ui.main_window import MainWindow


def install(window: MainWindow, *, live: bool = True) -> None:
    """File → Import mail…, Export…, Quarantined messages… (above Quit)."""
    controller = DataController(window)
    window.data = controller  # type: ignore[attr-defined]
    actions = [
        action(window, tr("Import mail…"), controller.open_import),
        action(window, tr("Export…"), lambda: export(window, controller)),
        action(window, tr("Quarantined messages…"), controller.open_quarantine),
    ]
    for act, name in zip(actions, ("import", "export", "quarantine"), strict=True):
        act.setObjectName(f"action-{name}")
    add_above_quit(window, actions)
    window.on_shutdown.append(controller.shutdown)
    # The Today page points at new quarantined mail until the quarantine is opened.
    window.health_actions["open_quarantine"] = lambda _account: controller.open_quarantine()
    today = getattr(window, "today", None)
    if today is not None:
        controller.quarantine_seen.connect(today.refresh)


def export(window: MainWindow, controller: DataController) -> None:
    """File → Export…: the shop's data leaves the machine, so owners only (as for backups)."""
    if allowed(window, Action.EXPORT_DATA, tr("Only an owner can export the shop's data.")):
        controller.open_export()
