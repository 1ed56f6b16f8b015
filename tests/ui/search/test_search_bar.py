"""The search bar: errors under the box, the filter popover writing the query, RTL layout."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Channel
from agent_assist.core.search_query import parse
from agent_assist.services.workspace import Workspace
from agent_assist.ui.search.filters import FilterPopover
from tests.ui.conftest import WindowFactory, add_message, make_inbox, show_active, type_text


def test_a_refused_query_is_explained_under_the_box_not_as_a_failure(
    workspace: Workspace, make_window: WindowFactory, qtbot: QtBot
) -> None:
    make_inbox(workspace)
    window = make_window(workspace)
    show_active(window, qtbot)
    bar = window.search_bar
    window.search_box.setText("teapot")
    window.search()
    assert window.inbox.is_searching() and window.inbox.search_model.rowCount() == 1
    window.search_box.setText("teapot colour:red")
    window.search()
    assert bar.error.isVisible()
    assert "colour:" in bar.error.text() and "channel:" in bar.error.text()
    assert not window.message.text()  # nothing in the status bar: it is not a failure
    assert window.inbox.search_model.text == "teapot"  # the last results stay
    assert window.search_box.hasFocus()  # ready to be corrected
    qtbot.keyClick(window.search_box, Qt.Key.Key_Backspace)
    assert not bar.error.isVisible()


def test_unknown_agents_and_bad_dates_are_explained_too(
    workspace: Workspace, make_window: WindowFactory
) -> None:
    make_inbox(workspace)
    window = make_window(workspace)
    for text, needle in (("teapot agent:Zed", "Zed"), ("after:2026-13-01", "2026-13-01"),
                         ("from:ben@example.com", "contact:ben@example.com")):
        window.search_box.setText(text)
        window.search()
        assert needle in window.search_bar.error.text(), text


def test_arabic_typed_in_the_box_finds_text_with_tashkeel(
    workspace: Workspace, make_window: WindowFactory, qtbot: QtBot
) -> None:
    cid = add_message(workspace, sender="amal@example.com", name="أمل",
                      subject="طلبية", text="مَرْحَبًا، أين طلبي؟")
    window = make_window(workspace)
    show_active(window, qtbot)
    window.focus_search()
    type_text(window.search_box, "مرحبا")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    result = window.inbox.search_model.result(0)
    assert result is not None and result.conversation_id == cid
    assert "مَرْحَبًا" in result.plain_snippet


def test_the_popover_writes_filters_into_the_text_and_reads_them_back(qtbot: QtBot) -> None:
    popover = FilterPopover()
    qtbot.addWidget(popover)
    popover.set_choices(["Camille", "Yasmine"], ["vip", "colis perdu"])
    popover.load('refund "late parcel" -channel:telegram', date(2026, 3, 15))
    popover.channel.setCurrentIndex(popover.channel.findData("email"))
    popover.status.setCurrentIndex(popover.status.findData("open"))
    popover.agent.setCurrentIndex(popover.agent.findData("Yasmine"))
    popover.assignee.setCurrentIndex(popover.assignee.findData("none"))
    popover.tag.setCurrentText("colis perdu")
    popover.contact.setText("Léa Roux")
    popover.attachment.setChecked(True)
    popover.use_from.setChecked(True)
    popover.date_from.setDate(QDate(2026, 1, 1))
    popover.use_to.setChecked(True)
    popover.date_to.setDate(QDate(2026, 1, 31))
    with qtbot.waitSignal(popover.applied) as applied:
        popover.apply()
    text = applied.args[0]
    assert text.startswith('refund "late parcel" -channel:telegram ')  # what was typed stays
    query = parse(text, date(2026, 3, 15))
    assert query.values("channel") == ["email"] and query.values("status") == ["open"]
    assert query.values("agent") == ["Yasmine"] and query.values("assignee") == ["none"]
    assert query.values("tag") == ["colis perdu"] and query.values("contact") == ["Léa Roux"]
    assert query.values("has") == ["attachment"]
    assert (query.after, query.before) == (date(2026, 1, 1), date(2026, 2, 1))  # To included
    again = FilterPopover()
    qtbot.addWidget(again)
    again.load(text, date(2026, 3, 15))
    assert again.result_text() == text  # reading it back changes nothing
    assert again.date_to.date() == QDate(2026, 1, 31) and again.contact.text() == "Léa Roux"
    with qtbot.waitSignal(again.applied) as cleared:
        again.clear()
    assert cleared.args[0] == 'refund "late parcel" -channel:telegram'


def test_filters_applied_from_the_window_run_the_search(
    workspace: Workspace, make_window: WindowFactory
) -> None:
    ids = make_inbox(workspace)
    add_message(workspace, sender="zoe@example.com", name="Zoé", text="My teapot lid.",
                channel=Channel.EMAIL)
    window = make_window(workspace)
    window.search_box.setText("teapot OR cadeau")
    window.searcher.open_filters()
    popover = window.searcher.popover
    assert popover.isVisible()
    popover.channel.setCurrentIndex(popover.channel.findData("demo_chat"))
    popover.apply()
    assert window.search_box.text() == "teapot OR cadeau channel:demo_chat"
    model = window.inbox.search_model
    assert model.rowCount() == 1 and model.result(0).conversation_id == ids["lea"]


def test_the_bar_mirrors_in_arabic(workspace: Workspace, make_window: WindowFactory,
                                   qtbot: QtBot, qapp: QApplication) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window = make_window(workspace)
    show_active(window, qtbot)
    bar = window.search_bar
    box_x = bar.box.mapTo(window, bar.box.rect().center()).x()
    filters_x = bar.filters_button.mapTo(window, bar.filters_button.rect().center()).x()
    assert filters_x < box_x  # the buttons follow the box: to its left when mirrored
    assert box_x > window.width() // 2  # and the box itself starts on the right
