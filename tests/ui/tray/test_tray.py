"""The tray controller offscreen: count on the icon, notifications, escalations, close and quit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Direction
from agent_assist.core.sla import SlaState
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.ui.bridge import TaskRunner
from agent_assist.ui.tray.controller import TrayController
from agent_assist.ui.tray.icon import badge_text, count_pixmap
from tests.ui.tray.scenario import T0, FakeClock, around_the_clock, say

MIN = 60.0


class Recorder:
    """An injected notifier: what the desktop would have shown."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, bool]] = []

    def notify(self, title: str, text: str, urgent: bool) -> None:
        self.shown.append((title, text, urgent))

    @property
    def titles(self) -> list[str]:
        return [t for t, _, _ in self.shown]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def ws(profile: Profile, clock: FakeClock) -> Workspace:
    workspace = Workspace(profile, clock=clock)
    around_the_clock(workspace)
    return workspace


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def tray(ws: Workspace, clock: FakeClock, window: QWidget) -> Iterator[TrayController]:
    controller = TrayController(ws, window, notifier=Recorder(), clock=clock)
    yield controller
    controller.stop()


def recorder(tray: TrayController) -> Recorder:
    assert isinstance(tray.notifier, Recorder)
    return tray.notifier


def test_icon_draws_the_count() -> None:
    images = {n: count_pixmap(n, 32).toImage() for n in (0, 3, 4, 150)}
    assert images[3] != images[0] and images[3] != images[4]
    assert badge_text(150) == "99+" and badge_text(7) == "7"


def test_count_follows_the_needs_reply_queue(tray: TrayController, ws: Workspace,
                                             clock: FakeClock, qtbot: QtBot) -> None:
    ana = say(ws, "ana", T0 - 2 * MIN)
    say(ws, "ben", T0 - MIN)
    assert not tray.available  # offscreen: no system tray, the controller still works
    with qtbot.waitSignal(tray.count_changed) as blocker:
        tray.start()
    assert blocker.args == [2]
    assert "2 customers waiting" in tray.tray.toolTip()
    assert recorder(tray).shown == []  # what was already there is not announced
    ws.reply(ana, "It left this morning.")
    with qtbot.waitSignal(tray.count_changed) as blocker:
        tray.poll()
    assert blocker.args == [1]
    with qtbot.assertNotEmitted(tray.count_changed):
        tray.poll()  # nothing changed: no repaint


def test_new_customer_messages_are_notified(tray: TrayController, ws: Workspace,
                                            qtbot: QtBot) -> None:
    tray.start()
    say(ws, "cleo", T0, "Bonjour, avez-vous le vase bleu ?")
    say(ws, "cleo", T0, "Merci !", direction=Direction.OUT)  # our own message: no notification
    say(ws, "dan", T0, "Is the teapot dishwasher-safe?")
    with qtbot.waitSignal(tray.notified) as blocker:
        tray.poll()
    assert blocker.args == ["New message from Dan Hart", "Is the teapot dishwasher-safe?"]
    assert recorder(tray).titles == ["New message from Dan Hart"]
    for who in ("eve", "fay", "gus", "hal"):
        say(ws, who, T0)
    tray.poll()
    assert recorder(tray).titles[-1] == "4 new customer messages"  # grouped, not a flood


def test_each_escalation_is_announced_once(tray: TrayController, ws: Workspace,
                                           clock: FakeClock) -> None:
    cid = say(ws, "ines", T0)
    tray.start()
    clock.now = T0 + 12 * MIN  # 12 of 15 minutes (the chat target)
    tray.poll()
    assert recorder(tray).shown[-1] == ("Due soon: Ines Hart is waiting", "Question from ines",
                                        False)
    assert tray.worst is SlaState.AT_RISK
    tray.poll()
    assert len(recorder(tray).shown) == 1
    clock.now = T0 + 16 * MIN
    tray.poll()
    tray.poll()
    assert recorder(tray).titles == ["Due soon: Ines Hart is waiting",
                                     "Overdue: Ines Hart is still waiting"]
    assert recorder(tray).shown[-1][2] is True  # urgent
    assert tray.worst is SlaState.BREACHED and "1 overdue" in tray.tray.toolTip()
    # Clicking the notification opens that conversation.
    opened: list[int] = []
    tray.open_conversation_requested.connect(opened.append)
    tray.tray.messageClicked.emit()
    assert opened == [cid]


def test_closing_asks_to_confirm_while_customers_wait(tray: TrayController, ws: Workspace,
                                                      window: QWidget) -> None:
    say(ws, "ana", T0 - 40 * MIN, "Where is my parcel?")
    say(ws, "ben", T0 - MIN)
    asked: list[str] = []
    answer = [False]

    def ask(box: QMessageBox) -> bool:
        asked.append(box.text() + "\n" + box.informativeText())
        return answer[0]

    tray.ask = ask
    window.show()
    event = QCloseEvent()
    assert tray.handle_close(event, user=True) is False and not event.isAccepted()
    assert "2 customers are still waiting for an answer:" in asked[0]
    assert "• Ana Hart — Question from ana (40 min, overdue)" in asked[0]
    assert "• Ben Hart — Question from ben (1 min)" in asked[0]
    answer[0] = True
    assert tray.handle_close(QCloseEvent(), user=True) is True
    assert len(asked) == 2
    # A close from code (an accepted quit, tests) never asks.
    assert tray.handle_close(QCloseEvent(), user=False) is True and len(asked) == 2


def test_with_a_tray_closing_hides_and_keeps_running(tray: TrayController, ws: Workspace,
                                                     window: QWidget) -> None:
    say(ws, "ana", T0)
    tray.available = True  # as on a desktop with a system tray
    tray.ask = lambda box: pytest.fail("hiding to the tray must not ask")  # type: ignore[assignment]
    window.show()
    for _ in range(2):
        event = QCloseEvent()
        assert tray.handle_close(event, user=True) is False
        assert not event.isAccepted() and not window.isVisible()
        window.show()
    assert recorder(tray).titles == ["Agent Assist is still running"]  # hinted once
    tray.open_action.trigger()
    assert window.isVisible()


def test_quit_action(tray: TrayController, ws: Workspace, qtbot: QtBot) -> None:
    with qtbot.waitSignal(tray.quit_requested):
        tray.request_quit()  # nobody waits: no question
    cid = say(ws, "ana", T0)
    tray._quitting = False
    tray.ask = lambda box: False
    with qtbot.assertNotEmitted(tray.quit_requested):
        tray.request_quit()
    ws.reply(cid, "Done!")
    with qtbot.waitSignal(tray.quit_requested):
        tray.quit_action.trigger()


def test_polls_on_the_writer_thread(profile: Profile, clock: FakeClock, qtbot: QtBot,
                                    window: QWidget) -> None:
    ws = Workspace(profile, clock=clock)
    around_the_clock(ws)
    say(ws, "ana", T0)
    runner = TaskRunner()  # a real worker thread with its own connection
    tray = TrayController(ws, window, runner=runner, notifier=Recorder(), clock=clock)
    try:
        with qtbot.waitSignal(tray.count_changed, timeout=5000) as blocker:
            tray.start()
        assert blocker.args == [1]
        say(ws, "ben", T0)
        with qtbot.waitSignal(tray.notified, timeout=5000) as note:
            tray.poll()
        assert note.args[0] == "New message from Ben Hart"
    finally:
        tray.stop()
        runner.shutdown(last=profile.pool.close_current)
