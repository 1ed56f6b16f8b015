"""View → Reports in the main window: the menu entry, its free shortcut, the page in the centre."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Channel
from agent_assist.services.workspace import Workspace
from agent_assist.ui.features.reports import SHORTCUT
from agent_assist.ui.reports.page import ReportsPage
from agent_assist.ui.shortcuts import all_shortcuts, install_keyboard
from tests.ui.conftest import WindowFactory, add_message, make_inbox, show_active


def test_view_reports_shows_the_page_with_todays_figures(
        make_window: WindowFactory, workspace: Workspace, qtbot: QtBot) -> None:
    make_inbox(workspace)  # three customers waiting (3 days, 5 h and 10 min)
    add_message(workspace, sender="zed@example.com", name="Zed", ago=40 * 86400)
    window = make_window(workspace)
    show_active(window, qtbot)
    view = window.menuBar().findChild(QMenu, "menu-view")
    assert isinstance(view, QMenu)
    entry = next(a for a in view.actions() if a.objectName() == "action-reports")
    assert entry.shortcut() == QKeySequence(SHORTCUT)
    entry.trigger()
    page = window.centre.currentWidget()
    assert isinstance(page, ReportsPage)
    assert page.report is not None  # computed (synchronously: a window not "live")
    # The default period is the last 30 days: Zed, 40 days ago, waits but wrote before it.
    assert page.report.total_incoming == 3
    assert set(page.report.volume) == {Channel.EMAIL, Channel.DEMO_CHAT}
    assert page.report.waiting_now == 4
    # The charts get the whole width: the list and the guidance step aside.
    assert not window.inbox.isVisible() and not window.guidance.isVisible()
    window.open_conversation(window.inbox.model.id_at(0) or 0)
    assert window.centre.currentIndex() == 0  # a conversation takes the centre back
    assert window.inbox.isVisible() and window.guidance.isVisible()


def test_leaving_the_reports_brings_the_list_back(
        make_window: WindowFactory, workspace: Workspace, qtbot: QtBot) -> None:
    make_inbox(workspace)
    window = make_window(workspace)
    show_active(window, qtbot)
    reports = window.findChild(QAction, "action-reports")
    assert isinstance(reports, QAction)
    leave = [
        lambda: window.nav.select_key("all"),  # a view in the navigation
        lambda: qtbot.mouseClick(  # the view already chosen, under the reports
            window.nav.viewport(), Qt.MouseButton.LeftButton,
            pos=window.nav.visualRect(window.nav.currentIndex()).center()),
        lambda: qtbot.keyClick(window, Qt.Key.Key_Escape),
        lambda: window.searcher.run("order"),  # results are shown in the list
    ]
    for way_out in leave:
        reports.trigger()
        assert not window.inbox.isVisible()
        way_out()
        assert window.inbox.isVisible() and window.guidance.isVisible()
        assert not isinstance(window.centre.currentWidget(), ReportsPage)


def test_the_shortcut_is_free_and_listed(make_window: WindowFactory,
                                         workspace: Workspace) -> None:
    window = make_window(workspace)
    install_keyboard(window)
    wanted = QKeySequence(SHORTCUT)
    bound = [a for a in window.findChildren(QAction) if wanted in a.shortcuts()]
    bound += [s for s in window.findChildren(QShortcut) if s.keys().count(wanted)]
    assert len(bound) == 1
    native = wanted.toString(QKeySequence.SequenceFormat.NativeText)
    assert [(i.keys, i.description) for i in all_shortcuts(window)
            if i.keys == native] == [(native, "Reports")]
