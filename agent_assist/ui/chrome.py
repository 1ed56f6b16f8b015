"""The window's chrome: toolbar (search box, status actions) and menus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QToolBar, QWidget

from agent_assist.ui.conversation.status_actions import StatusActions
from agent_assist.ui.search.bar import SearchBar


def _tr(text: str) -> str:
    # A fixed context: lupdate cannot know which class ``window`` is.
    return QCoreApplication.translate("MainWindow", text)


def search_bar(window: QMainWindow) -> SearchBar:
    """The search box with its Filters and Save buttons (ui/search/bar.py)."""
    bar = SearchBar(window)
    bar.box.setPlaceholderText(_tr("Search all messages  ( / )"))
    return bar


def install_chrome(window: QMainWindow, search: QWidget, actions: StatusActions,
                   on_refresh: Callable[[], None]) -> None:
    """Toolbar: search on the leading side, status actions on the trailing side."""
    toolbar = QToolBar(_tr("Main"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.addWidget(search)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addActions(actions.all())
    window.addToolBar(toolbar)
    refresh = QAction(_tr("Refresh"), window)
    refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
    refresh.triggered.connect(on_refresh)
    quit_action = QAction(_tr("Quit"), window)
    quit_action.setObjectName("action-quit")  # the tray feature makes it ask first
    quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
    quit_action.triggered.connect(window.close)
    file_menu = window.menuBar().addMenu(_tr("&File"))
    file_menu.setObjectName("menu-file")  # features add their actions by this name
    file_menu.addActions([refresh, quit_action])
    conversation_menu = window.menuBar().addMenu(_tr("&Conversation"))
    conversation_menu.setObjectName("menu-conversation")
    conversation_menu.addActions(actions.all())
    window.addActions([refresh, quit_action])
