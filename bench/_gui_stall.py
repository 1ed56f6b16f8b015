"""GUI responsiveness during a first sync, for bench/sync.py: a 10 ms QTimer's longest gap."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from pathlib import Path

from _common import percentile

from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.storage.secrets import SecretStore


def gui_stall(folder: Path, total: int, add_account: Callable[[Profile], object]) -> tuple[
        float, float, float, float]:
    """(max gap during sync, p99 gap during sync, max gap idle, sync seconds), in seconds.

    The window is the app's own, with its own SyncController (window.sync, wired by
    ui.features): the account is added once the window runs, then the controller reloads,
    as after Settings -> Accounts -> Add.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    from agent_assist.app import ensure_app
    from agent_assist.ui.main_window import MainWindow
    from agent_assist.ui.sync_controller import SyncController

    app = ensure_app(offscreen=True)
    profile = Profile.create_or_open(folder)
    workspace = Workspace(profile)
    window = MainWindow(workspace, agent_id=None)
    window.resize(1300, 800)
    window.show()
    window.start()
    controller = getattr(window, "sync", None)
    own = not isinstance(controller, SyncController)
    if own:  # a window without the sync feature: wire one as ui.features does
        controller = SyncController(profile, SecretStore(profile.root))
        controller.mailArrived.connect(lambda *_: window.refresh())
    assert isinstance(controller, SyncController)

    def ticks(seconds: float | None, until: Callable[[], bool] | None = None) -> list[float]:
        stamps: list[float] = []
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(10)

        def tick() -> None:
            stamps.append(time.perf_counter())
            if (seconds is not None and stamps[-1] - stamps[0] >= seconds) or (
                until is not None and until()
            ):
                loop.quit()

        timer.timeout.connect(tick)
        timer.start()
        loop.exec()
        timer.stop()
        return [b - a for a, b in itertools.pairwise(stamps)]

    stored = {"new": 0}
    controller.synced.connect(lambda _name, report: stored.__setitem__(
        "new", stored["new"] + int(getattr(report, "new", 0))))
    try:
        idle = ticks(2.0)
        started = time.perf_counter()
        add_account(profile)
        controller.reload()
        busy = ticks(None, lambda: stored["new"] >= total)
        seconds = time.perf_counter() - started
    finally:
        if own:
            controller.shutdown()
        window.shutdown()
        window.close()
        app.processEvents()
        profile.close()
    return max(busy), percentile(busy, 99), max(idle), seconds
