"""Saved searches in the navigation: save, count, run with a click, rename, delete, restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Channel
from agent_assist.services.agents import AgentService
from agent_assist.services.workspace import Workspace
from agent_assist.ui.main_window import MainWindow
from agent_assist.ui.navigation.model import COUNT_ROLE, NavigationModel
from agent_assist.ui.search.saved import SavedSearches
from tests.ui.conftest import WindowFactory, add_message, make_inbox, show_active

FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


def saved_of(window: MainWindow) -> SavedSearches:
    found = window.findChild(SavedSearches)
    assert isinstance(found, SavedSearches)
    return found


def answer_name(name: str | None) -> object:
    return lambda _parent, _title, _label, _text: name


def saved_rows(window: MainWindow) -> list[tuple[str, str, int | None]]:
    return [(e.kind, e.label, e.count) for e in window.nav_model.entries()
            if e.kind in ("heading", "saved")]


def save(window: MainWindow, text: str, name: str) -> None:
    window.search_box.setText(text)
    saved = saved_of(window)
    saved.ask_name = answer_name(name)  # type: ignore[assignment]
    saved.save_current()


def test_a_saved_search_appears_with_its_count_and_runs_when_chosen(
    workspace: Workspace, make_window: WindowFactory, qtbot: QtBot
) -> None:
    ids = make_inbox(workspace)
    add_message(workspace, sender="zoe@example.com", name="Zoé", text="Another teapot.")
    window = make_window(workspace)
    show_active(window, qtbot)
    assert saved_rows(window) == []  # no heading while there is nothing saved
    save(window, "teapot channel:email", "Teapots")
    assert saved_rows(window) == [("heading", "Saved searches", None), ("saved", "Teapots", 2)]
    assert window.message.text() == "Search saved."
    window.search_box.clear()
    window.inbox.show_inbox()
    window.nav.select_key(window.nav_model.entries()[-1].key)
    assert window.search_box.text() == "teapot channel:email"
    assert window.inbox.is_searching() and window.inbox.search_model.rowCount() == 2
    add_message(workspace, sender="max@example.com", name="Max", text="A teapot too")
    window.tick()  # counts are refreshed with the other periodic work
    assert saved_rows(window)[-1] == ("saved", "Teapots", 3)
    assert window.inbox.search_view.hasFocus()
    qtbot.keyClick(window.inbox.search_view, Qt.Key.Key_Escape)
    assert not window.inbox.is_searching()
    assert set(window.inbox.model.ids()) >= set(ids.values())  # All behind the results


def test_rename_and_delete_from_the_entry(workspace: Workspace,
                                          make_window: WindowFactory) -> None:
    make_inbox(workspace)
    window = make_window(workspace)
    save(window, "teapot", "Teapots")
    saved = saved_of(window)
    search_id = workspace.saved_searches().list()[0].id
    saved.ask_name = answer_name("Chipped teapots")  # type: ignore[assignment]
    saved.rename(search_id)
    assert saved_rows(window)[-1][:2] == ("saved", "Chipped teapots")
    saved.ask_yes = lambda _parent, _question: False  # type: ignore[assignment]
    saved.delete(search_id)
    assert len(saved_rows(window)) == 2  # kept when the answer is no
    saved.ask_yes = lambda _parent, _question: True  # type: ignore[assignment]
    saved.delete(search_id)
    assert saved_rows(window) == [] and workspace.saved_searches().list() == []


def test_a_taken_name_or_an_empty_box_is_one_sentence(
    workspace: Workspace, make_window: WindowFactory
) -> None:
    make_inbox(workspace)
    window = make_window(workspace)
    save(window, "teapot", "Teapots")
    save(window, "cadeau", "teapots")
    assert window.message.is_error and "already exists" in window.message.text()
    window.search_box.clear()
    saved_of(window).save_current()
    assert window.message.is_error and "Type a search first" in window.message.text()
    save(window, "cadeau", None)  # cancelled: nothing saved
    assert [s.name for s in workspace.saved_searches().list()] == ["Teapots"]


def test_saved_searches_survive_a_restart(workspace: Workspace,
                                          make_window: WindowFactory) -> None:
    make_inbox(workspace)
    first = make_window(workspace)
    save(first, "cadeau", "Gifts")
    first.shutdown()
    second = make_window(workspace)
    assert saved_rows(second) == [("heading", "Saved searches", None), ("saved", "Gifts", 1)]


def test_the_context_menu_is_offered_for_saved_entries_only(
    workspace: Workspace, make_window: WindowFactory, qtbot: QtBot
) -> None:
    make_inbox(workspace)
    window = make_window(workspace)
    show_active(window, qtbot)
    save(window, "teapot", "Teapots")
    saved, nav = saved_of(window), window.nav
    nav.saved_menu_requested.disconnect(saved.show_menu)  # record instead of opening it
    asked: list[int] = []
    nav.saved_menu_requested.connect(lambda search_id, _where: asked.append(search_id))
    for key in ("needs_reply", window.nav_model.entries()[-1].key):
        rect = nav.visualRect(window.nav_model.index(window.nav_model.row_of(key), 0))
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, rect.center(),
                                  nav.viewport().mapToGlobal(rect.center()))
        QApplication.sendEvent(nav.viewport(), event)
    search_id = workspace.saved_searches().list()[0].id
    assert asked == [search_id]  # the view entry offered no menu
    menu = saved.menu_for(search_id)
    assert [a.text() for a in menu.actions()] == ["Run", "Rename…", "Delete…"]
    window.search_box.clear()
    menu.actions()[0].trigger()
    assert window.inbox.is_searching() and window.search_box.text() == "teapot"


def test_the_model_keeps_its_sections_in_order_and_passes_the_tester(qtbot: QtBot) -> None:
    model = NavigationModel()
    QAbstractItemModelTester(model, FAIL)
    model.set_saved([(1, "Teapots", "teapot", 4), (2, "VIP", "tag:vip", None)])
    model.apply_counts({"present:email": 1, "channel:email": 1})
    assert [e.kind for e in model.entries()][-5:] == ["view", "channel", "heading", "saved",
                                                       "saved"]
    assert model.data(model.index(model.row_of("saved:1"), 0), COUNT_ROLE) == "4"
    heading = model.index(model.row_of("saved-heading"), 0)
    assert not model.flags(heading)  # never current, skipped by the arrow keys
    model.set_saved([(2, "VIP", "tag:vip", 9)])  # one deleted; a new count
    model.apply_counts({"present:demo_chat": 1})  # channels change under the saved ones
    assert [e.key for e in model.entries()][-3:] == ["channel:demo_chat", "saved-heading",
                                                     "saved:2"]
    assert model.entries()[-1].count == 9
    model.set_saved([])
    assert model.entries()[-1].kind == "channel"


def test_choosing_a_saved_entry_with_the_keys_skips_the_heading(
    workspace: Workspace, make_window: WindowFactory, qtbot: QtBot
) -> None:
    add_message(workspace, sender="chat-1", name="Léa", channel=Channel.DEMO_CHAT,
                text="cadeau")
    window = make_window(workspace)
    save(window, "cadeau", "Gifts")
    nav: QWidget = window.nav
    window.nav.setCurrentIndex(window.nav_model.index(window.nav_model.row_of("saved-heading")
                                                      - 1, 0))
    nav.setFocus()
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    assert window.nav.current_key().startswith("saved:")
    assert window.inbox.is_searching() and window.search_box.text() == "cadeau"


def test_a_saved_search_that_no_longer_runs_shows_no_count(
    workspace: Workspace, make_window: WindowFactory
) -> None:
    make_inbox(workspace)
    agents = AgentService(workspace.profile.pool.get())
    yasmine = agents.add("Yasmine", "agent")
    window = make_window(workspace)
    save(window, "teapot agent:Yasmine", "Yasmine's")
    assert saved_rows(window)[-1] == ("saved", "Yasmine's", 0)
    agents.rename(yasmine.id, "Yasmina")
    window.tick()
    assert saved_rows(window)[-1] == ("saved", "Yasmine's", None)  # no pill, no error
    assert not window.message.is_error
