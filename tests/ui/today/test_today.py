"""The Today view: figures from the real status report, the all-clear state, warning actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Channel, Direction
from agent_assist.services.status import status_report
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.ui.bridge import ImmediateExecutor, TaskRunner
from agent_assist.ui.today.view import TodayView
from tests.ui.conftest import WindowFactory
from tests.ui.tray.scenario import T0, FakeClock, around_the_clock, say

MIN = 60.0


def metric(view: TodayView, key: str) -> str:
    label = view.findChild(QLabel, f"metric_{key}")
    assert label is not None
    return label.text()


@pytest.fixture
def ws(profile: Profile) -> Workspace:
    workspace = Workspace(profile, clock=FakeClock())
    around_the_clock(workspace)
    return workspace


def make_view(qtbot: QtBot, ws: Workspace, now: float) -> TodayView:
    view = TodayView(lambda: status_report(ws.repos(), now))
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    return view


def test_figures_of_a_busy_day(qtbot: QtBot, ws: Workspace) -> None:
    say(ws, "ana", T0 - 20 * MIN)  # chat target 15 min: overdue
    say(ws, "ben", T0 - 12 * MIN)  # at risk
    say(ws, "cleo", T0 - 30 * MIN, channel=Channel.EMAIL)
    say(ws, "cleo", T0 - 10 * MIN, "On its way!", channel=Channel.EMAIL,
        direction=Direction.OUT)
    view = make_view(qtbot, ws, T0)
    view.refresh()
    assert metric(view, "waiting") == "2"
    assert metric(view, "oldest") == "20 min"
    assert metric(view, "answered") == "1"
    assert metric(view, "median") == "20 min"
    assert metric(view, "sla") == "100 %"
    assert view.risk.text() == "1 overdue · 1 due soon"
    assert not view.all_clear.isVisible()
    assert view.warning_buttons == []


def test_nothing_waiting_feels_like_an_achievement(qtbot: QtBot, ws: Workspace) -> None:
    cid = say(ws, "ana", T0 - 5 * MIN)
    ws.reply(cid, "Here you go!")
    view = make_view(qtbot, ws, T0)
    view.refresh()
    assert view.all_clear.isVisible()
    assert view.all_clear_text.text() == "Everyone has an answer."
    assert "1 conversation answered today" in view.all_clear_detail.text()
    assert metric(view, "waiting") == "0" and metric(view, "oldest") == "—"
    empty = make_view(qtbot, Workspace(ws.profile), T0)
    empty.show_report({"needs_reply": 0, "answered_today": 0})
    assert empty.all_clear_detail.text() == "Nothing is waiting. Enjoy the calm."


def test_warnings_have_one_click_actions(qtbot: QtBot, ws: Workspace) -> None:
    view = make_view(qtbot, ws, T0)
    view.show_report({
        "needs_reply": 1, "oldest_wait_business_seconds": 3600, "oldest_wait_seconds": 7200,
        "warnings": [
            {"kind": "missed_messages", "account": "shop", "action": "backfill",
             "message": "2 possible missed messages in shop (INBOX): they are on the server "
                        "but not in the inbox."},
            {"kind": "outbox_failed", "account": "", "action": "open_outbox",
             "message": "1 message could not be sent."},
        ],
    })
    assert [b.text() for b in view.warning_buttons] == ["Fetch them now", "Open outbox"]
    with qtbot.waitSignal(view.action_requested) as blocker:
        qtbot.mouseClick(view.warning_buttons[0], Qt.MouseButton.LeftButton)
    assert blocker.args == ["backfill", "shop"]
    assert view.warnings_title.isVisible()
    view.show_report({"needs_reply": 0, "warnings": []})
    assert view.warning_buttons == [] and not view.warnings_title.isVisible()


def test_refresh_through_the_task_runner(qtbot: QtBot, ws: Workspace) -> None:
    say(ws, "ana", T0 - MIN)
    runner = TaskRunner(ImmediateExecutor())
    view = TodayView(lambda: status_report(ws.repos(), T0), runner)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):
        view.refresh()
    assert metric(view, "waiting") == "1"


def test_every_warning_button_is_answered_by_a_feature(
        qtbot: QtBot, profile: Profile, make_window: WindowFactory) -> None:
    window = make_window(Workspace(profile))
    # sync_now belongs to the sync engine, which a window that is not live does not run.
    assert {"backfill", "open_accounts", "open_outbox", "open_settings", "open_quarantine",
            "open_backups"} <= set(window.health_actions)
    today = window.today  # type: ignore[attr-defined]
    today.show_report({"needs_reply": 0, "warnings": [
        {"kind": "outbox_failed", "account": "", "action": "open_outbox", "count": 1,
         "message": "1 message could not be sent."}]})
    qtbot.mouseClick(today.warning_buttons[0], Qt.MouseButton.LeftButton)
    assert window.nav.current_key() == "all"
