"""The composition root: screenshots off screen, and the GUI's start and stop."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from agent_assist.app import render_screenshot, run_gui
from agent_assist.services.demo_shop import build_demo
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import InstanceLock, Profile
from agent_assist.storage.repositories import InboxQuery
from agent_assist.ui.main_window import MainWindow


def distinct_colours(image: QImage) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), 7)
                for y in range(0, image.height(), 7)})


def test_render_screenshot_writes_a_png_of_the_requested_size(
    profile: Profile, tmp_path: Path
) -> None:
    build_demo(profile, now=time.time())
    out = tmp_path / "shots" / "inbox.png"
    render_screenshot(profile, out)
    image = QImage(str(out))
    assert out.stat().st_size > 10_000
    assert (image.width(), image.height()) == (1400, 860)
    assert distinct_colours(image) > 20  # a real window, not a blank rectangle


def test_render_screenshot_in_arabic_opens_the_given_conversation(
    profile: Profile, workspace: Workspace, tmp_path: Path, qapp: QApplication
) -> None:
    build_demo(profile, now=time.time())
    closed = workspace.inbox_ids(InboxQuery("closed"))[0]
    out = tmp_path / "ar.png"
    render_screenshot(profile, out, conversation_id=closed, lang="ar", size=(1000, 700))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_run_gui_shows_the_window_and_returns_when_it_closes(
    profile: Profile, workspace: Workspace, qapp: QApplication
) -> None:
    build_demo(profile, size=5, now=time.time())
    # One active agent: a solo owner starts without the "who is working?" dialog.
    workspace.repos().db.execute("UPDATE agents SET active = 0 WHERE role = 'agent'")
    expected = len(workspace.inbox_ids(InboxQuery("needs_reply")))
    seen: list[int] = []

    def close_when_loaded() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]
        seen.append(len(windows))
        window = windows[0]

        def close() -> None:
            if len(seen) > 1:
                return  # closing runs one last task, whose idle signal must not exit again
            seen.append(window.inbox.model.rowCount())
            window.close()
            qapp.exit(0)  # synchronous; quit() would post an event that ends a later loop

        if window.runner.pending:
            window.runner.idle.connect(close)  # start-up tasks still on the worker
        else:
            close()

    qapp.setQuitOnLastWindowClosed(False)
    QTimer.singleShot(0, close_when_loaded)
    lock = InstanceLock(profile.root)  # held by the caller, as cli/gui.py does
    assert lock.acquire()
    try:
        assert run_gui(profile) == 0
    finally:
        lock.release()
        qapp.setQuitOnLastWindowClosed(True)
    assert seen == [1, expected]
