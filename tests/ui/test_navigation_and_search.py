"""Navigation entries with live counts, and search from the box to an open conversation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Channel
from agent_assist.services.workspace import Workspace
from agent_assist.ui.navigation.model import COUNT_ROLE, NavigationModel
from agent_assist.ui.search.model import SearchResult, SearchResultsModel, run_search
from tests.ui.conftest import WindowFactory, add_message, make_inbox, show_active

FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


def test_navigation_model_passes_the_tester_as_channels_come_and_go(qtbot: QtBot) -> None:
    model = NavigationModel()
    QAbstractItemModelTester(model, FAIL)
    assert [e.key for e in model.entries()] == [
        "needs_reply", "waiting", "snoozed", "closed", "all"]
    model.apply_counts({"needs_reply": 3, "all": 9, "present:email": 5, "channel:email": 4,
                        "present:demo_chat": 4, "channel:demo_chat": 1})
    assert [e.label for e in model.entries()][-2:] == ["Email", "Chat"]
    assert model.data(model.index(0, 0), COUNT_ROLE) == "3"
    model.apply_counts({"needs_reply": 0, "present:telegram": 1})
    assert [e.key for e in model.entries()][-1] == "channel:telegram"
    model.apply_counts({})
    assert len(model.entries()) == 5


def test_window_navigation_shows_counts_and_switches_lists(
    workspace: Workspace, make_window: WindowFactory
) -> None:
    ids = make_inbox(workspace)
    window = make_window(workspace)
    counts = {e.key: e.count for e in window.nav_model.entries()}
    assert counts["needs_reply"] == 3
    assert counts["channel:email"] == 2 and counts["channel:demo_chat"] == 1
    assert "channel:telegram" not in counts
    window.nav.select_key("channel:demo_chat")
    assert window.inbox.model.ids() == [ids["lea"]]
    assert window.inbox.title.text().startswith("Chat")


def test_search_model_passes_the_tester(workspace: Workspace, qtbot: QtBot) -> None:
    make_inbox(workspace)
    model = SearchResultsModel()
    QAbstractItemModelTester(model, FAIL)
    results = run_search(workspace, "teapot")
    assert [r.title for r in results] == ["Ben Hart"]
    model.set_results("teapot", results)
    assert model.rowCount() == 1
    assert "teapot" in model.data(model.index(0, 0))
    assert isinstance(model.result(0), SearchResult)
    model.set_results("", [])
    assert model.rowCount() == 0


def test_slash_search_enter_opens_a_hit_and_esc_goes_back(
    workspace: Workspace, make_window: WindowFactory, qtbot: QtBot
) -> None:
    ids = make_inbox(workspace)
    add_message(workspace, sender="zoe@example.com", name="Zoé", subject="Teapot lid",
                text="The teapot lid is loose.", channel=Channel.EMAIL, ago=60)
    window = make_window(workspace)
    show_active(window, qtbot)
    window.inbox.view.setFocus()
    qtbot.keyClick(window.inbox.view, Qt.Key.Key_Slash)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, "teapot")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.inbox.is_searching()
    assert window.inbox.search_model.rowCount() == 2
    assert window.inbox.search_view.hasFocus()
    qtbot.keyClick(window.inbox.search_view, Qt.Key.Key_J)
    chosen = window.inbox.search_model.result(window.inbox.search_view.currentIndex().row())
    assert chosen is not None
    qtbot.keyClick(window.inbox.search_view, Qt.Key.Key_Return)
    assert window.open_id == chosen.conversation_id
    assert window.conversation.header.subject.text() in ("Chipped teapot", "Teapot lid")
    qtbot.keyClick(window.inbox.search_view, Qt.Key.Key_Escape)
    assert not window.inbox.is_searching()
    assert window.inbox.view.hasFocus()
    assert ids["ben"] in window.inbox.model.ids()


def test_a_click_on_the_current_entry_is_a_reselection_not_a_change(
    workspace: Workspace, make_window: WindowFactory, qtbot: QtBot
) -> None:
    make_inbox(workspace)
    window = make_window(workspace)
    show_active(window, qtbot)
    nav, model = window.nav, window.nav_model
    reselected: list[str] = []
    chosen: list[str] = []
    nav.reselected.connect(lambda index: reselected.append(model.entry(index.row()).key))
    nav.query_chosen.connect(lambda key, _query: chosen.append(key))

    def click(key: str) -> None:
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                         pos=nav.visualRect(model.index(model.row_of(key), 0)).center())

    click("all")  # another entry: a change, not a reselection
    assert (chosen, reselected) == (["all"], [])
    click("all")  # the same again: nothing changes, the click is still heard
    assert (chosen, reselected) == (["all"], ["all"])
