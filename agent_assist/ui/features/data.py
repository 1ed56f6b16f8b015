"""Import mail, export conversations and the quarantine, from the File menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from agent_assist.ui.data.controller import DataController
from agent_assist.ui.features import action, add_above_quit, tr

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
    add_above_quit(window, actions)
    window.on_shutdown.append(controller.shutdown)
    # The Today page points at new quarantined mail until the quarantine is opened.
    window.health_actions["open_quarantine"] = lambda _account: controller.open_quarantine()
    today = getattr(window, "today", None)
    if today is not None:
        controller.quarantine_seen.connect(today.refresh)

