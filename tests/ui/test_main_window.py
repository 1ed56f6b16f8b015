"""The main window end to end: sending, status actions, keyboard, refresh and recovery."""

from __future__ import annotations

import sqlite3
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Delivery, Direction, Status
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import InboxQuery
from agent_assist.ui.bridge import WorkerThread
from agent_assist.ui.main_window import TICK_MS
from tests.ui.conftest import WindowFactory, add_message, make_inbox, show_active


def status_of(workspace: Workspace, conversation_id: int) -> Status | None:
    conv = workspace.conversation(conversation_id)
    return conv.status if conv else None


def needs_reply(workspace: Workspace) -> list[int]:
    return workspace.inbox_ids(InboxQuery("needs_reply"))


def test_ctrl_enter_sends_on_the_worker_and_the_conversation_leaves_needs_reply(
    workspace: Workspace, make_window: WindowFactory, qtbot: QtBot
) -> None:
    ids = make_inbox(workspace)
    window = make_window(workspace, executor=WorkerThread())
    show_active(window, qtbot)
    window.inbox.select_id(ids["ben"])
    qtbot.keyClick(window.inbox.view, Qt.Key.Key_Return)  # Enter: on to the composer
    assert window.composer.edit.hasFocus()
    qtbot.keyClicks(window.composer.edit, "Sorry! A new teapot leaves today.")
    with qtbot.waitSignal(window.runner.idle, timeout=10_000):
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    assert ids["ben"] not in window.inbox.model.ids()
    assert ids["ben"] not in needs_reply(workspace)
    assert window.nav_model.entries()[0].count == 2
    assert window.composer.text() == ""
    sent = [m for m in workspace.messages(ids["ben"]) if m.direction is Direction.OUT]
    assert [m.delivery for m in sent] == [Delivery.SENT]
    assert len(workspace.demo_sender.delivered) == 1
    # The open thread shows the reply and its delivery state.
    assert window.open_id == ids["ben"]
    oks = window.conversation.thread_view.body.findChildren(QLabel, "deliveryOk")
    assert [w.text() for w in oks] == ["✓ Sent"]
    assert window.message.text() == "Reply sent."


def test_internal_note_keeps_the_conversation_in_needs_reply(
    workspace: Workspace, make_window: WindowFactory, qtbot: QtBot
) -> None:
    ids = make_inbox(workspace)
    window = make_window(workspace)
    window.inbox.select_id(ids["ana"])
    window.composer.note_toggle.setChecked(True)
    assert window.composer.send_button.text() == "Add note"
    qtbot.keyClicks(window.composer.edit, "Refund approved by Sam")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ids["ana"] in needs_reply(workspace)
    assert window.inbox.current_id() == ids["ana"]
    notes = window.conversation.thread_view.body.findChildren(QFrame, "noteCard")
    assert len(notes) == 1
    assert not window.composer.is_note() and window.composer.text() == ""


def test_status_actions_move_conversations_between_views(
    workspace: Workspace, make_window: WindowFactory
) -> None:
    ids = make_inbox(workspace)
    window = make_window(workspace)
    window.ask_snooze_until = lambda parent: time.time() + 3600
    window.inbox.select_id(ids["ana"])
    window.status_actions.close.trigger()
    assert ids["ana"] not in window.inbox.model.ids()
    assert window.open_id == ids["ben"]  # triage: the next conversation opened
    window.status_actions.waiting.trigger()
    assert status_of(workspace, ids["ben"]) is Status.WAITING
    assert window.open_id == ids["lea"]
    window.status_actions.snooze.trigger()
    snoozed = workspace.conversation(ids["lea"])
    assert snoozed is not None and snoozed.status is Status.SNOOZED and snoozed.snoozed_until
    assert window.inbox.model.ids() == []
    counts = {e.key: e.count for e in window.nav_model.entries()}
    assert (counts["needs_reply"], counts["closed"], counts["waiting"], counts["snoozed"]) == (
        0, 1, 1, 1)
    window.nav.select_key("closed")
    assert window.inbox.model.ids() == [ids["ana"]]
    window.inbox.select_id(ids["ana"])
    assert window.status_actions.reopen.isEnabled() and not window.status_actions.close.isEnabled()
    window.status_actions.reopen.trigger()
    window.nav.select_key("needs_reply")
    assert window.inbox.model.ids() == [ids["ana"]]
    assert window.conversation.header.status.text() == "Needs reply"


def test_snooze_cancelled_changes_nothing(workspace: Workspace,
                                          make_window: WindowFactory) -> None:
    ids = make_inbox(workspace)
    window = make_window(workspace)
    window.ask_snooze_until = lambda parent: None
    window.inbox.select_id(ids["ana"])
    window.status_actions.snooze.trigger()
    assert status_of(workspace, ids["ana"]) is Status.OPEN


def test_keyboard_j_k_enter_esc_and_status_shortcut(
    workspace: Workspace, make_window: WindowFactory, qtbot: QtBot
) -> None:
    ids = make_inbox(workspace)
    window = make_window(workspace)
    show_active(window, qtbot)
    view = window.inbox.view
    assert window.open_id is None
    view.setFocus()  # a focused list always has a current row: the first one opens
    assert window.open_id == ids["ana"] and window.inbox.current_id() == ids["ana"]
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert window.open_id == ids["ben"]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.open_id == ids["lea"]
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert window.open_id == ids["ben"]
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert window.open_id == ids["ana"]
    qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert window.composer.edit.hasFocus()
    qtbot.keyClicks(window.composer.edit, "e")  # typing never triggers the E shortcut
    assert window.composer.text() == "e"
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Escape)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_E)  # E closes the selected conversation
    assert status_of(workspace, ids["ana"]) is Status.CLOSED
    assert window.open_id == ids["ben"]


def test_refresh_keeps_the_selection_when_rows_move(
    workspace: Workspace, make_window: WindowFactory
) -> None:
    ids = make_inbox(workspace)
    window = make_window(workspace)
    window.nav.select_key("all")
    window.inbox.select_id(ids["lea"])
    row_before = window.inbox.model.row_of(ids["lea"])
    newcomer = add_message(workspace, sender="old@example.com", name="Old Customer",
                           ago=30 * 86400)  # the longest wait: sorts to the top
    window.refresh()
    assert window.inbox.model.row_of(newcomer) == 0
    assert window.inbox.model.row_of(ids["lea"]) == row_before + 1
    assert window.inbox.current_id() == ids["lea"]
    assert window.open_id == ids["lea"]


def test_errors_reach_the_status_bar_as_a_sentence(
    workspace: Workspace, make_window: WindowFactory, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = make_inbox(workspace)
    window = make_window(workspace)
    window.inbox.select_id(ids["ana"])

    def locked(*args: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(workspace, "reply", locked)
    qtbot.keyClicks(window.composer.edit, "Hello")
    window.composer.submit()
    assert window.message.is_error
    assert window.message.text() == (
        "Saving the reply failed: The database is busy; please try again in a moment.")
    assert window.composer.text() == "Hello"  # the draft is kept
    assert window.composer.send_button.isEnabled()


def test_a_vanished_conversation_clears_the_pane(
    workspace: Workspace, make_window: WindowFactory
) -> None:
    ids = make_inbox(workspace)
    window = make_window(workspace)
    window.inbox.select_id(ids["ana"])
    workspace.profile.pool.get().execute("DELETE FROM conversations WHERE id = ?", [ids["ana"]])
    window.refresh()
    assert window.open_id is None
    assert window.conversation.conversation is None
    assert window.message.text() == "That conversation no longer exists."


def test_start_recovers_the_outbox_and_the_timer_wakes_snoozes(
    profile: Profile, make_window: WindowFactory
) -> None:
    now = [time.time()]
    workspace = Workspace(profile, clock=lambda: now[0])
    ids = make_inbox(workspace)
    queued = workspace.reply(ids["ana"], "On its way")
    repos = workspace.repos()
    repos.outbox.transition(queued.outbox_id, Delivery.SENDING)  # the app died mid-send
    workspace.set_status(ids["ben"], Status.SNOOZED, until=now[0] + 600)
    window = make_window(workspace)
    assert window.timer.isActive() and window.timer.interval() == TICK_MS
    item = repos.outbox.get(queued.outbox_id)
    assert item is not None and item.state is Delivery.UNCERTAIN
    window.nav.select_key("all")
    window.inbox.select_id(ids["ana"])
    warnings = window.conversation.thread_view.body.findChildren(
        QLabel, "deliveryUncertain")
    assert len(warnings) == 1
    window.nav.select_key("needs_reply")
    assert ids["ben"] not in window.inbox.model.ids()
    now[0] += 601
    window.tick()
    assert ids["ben"] in window.inbox.model.ids()


def test_each_conversation_keeps_its_own_draft(
    workspace: Workspace, make_window: WindowFactory, qtbot: QtBot
) -> None:
    ids = make_inbox(workspace)
    window = make_window(workspace)
    window.inbox.select_id(ids["ana"])
    qtbot.keyClicks(window.composer.edit, "Half-written answer for Ana")
    window.inbox.select_id(ids["ben"])
    assert window.composer.text() == ""
    qtbot.keyClicks(window.composer.edit, "For Ben")
    window.inbox.select_id(ids["ana"])
    assert window.composer.text() == "Half-written answer for Ana"
    window.inbox.select_id(ids["ben"])
    assert window.composer.text() == "For Ben"
