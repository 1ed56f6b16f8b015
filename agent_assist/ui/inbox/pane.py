"""The centre column: the inbox list, or search results in its place."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from agent_assist.ui.i18n import isolate
from agent_assist.ui.inbox.delegate import InboxDelegate
from agent_assist.ui.inbox.model import Fetch, InboxModel
from agent_assist.ui.inbox.view import InboxView
from agent_assist.ui.labels import format_count
from agent_assist.ui.search.model import SearchResult, SearchResultsModel
from agent_assist.ui.search.view import SearchResultsView


class InboxPane(QWidget):
    """Owns the inbox model and view and the search results; restores selection by id."""

    conversation_selected = Signal(int)  # the list's selection moved to this conversation
    open_requested = Signal()  # Enter on the list
    search_open_requested = Signal(int, int)  # conversation id, message id (-1: newest)
    back_requested = Signal()

    def __init__(self, fetch: Fetch, clock: Callable[[], float] = time.time,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = InboxModel(fetch, self)
        self.view = InboxView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(InboxDelegate(clock, self.view))
        self.search_model = SearchResultsModel(self)
        self.search_view = SearchResultsView()
        self.search_view.setModel(self.search_model)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setContentsMargins(14, 8, 14, 6)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.search_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        self._view_title = ""
        self._restoring = False
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.open_requested.connect(self.open_requested)
        self.search_view.open_requested.connect(self.search_open_requested)
        self.search_view.back_requested.connect(self.back_requested)

    # -- inbox -------------------------------------------------------------------------------

    def set_view_title(self, title: str) -> None:
        self._view_title = title
        self._update_title()

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            return None
        return self.model.id_at(index.row())

    def set_ids(self, ids: list[int], keep_id: int | None, *, advance: bool = False) -> None:
        """Show ``ids``, keeping ``keep_id`` selected when it is still listed.

        When it has left the list, ``advance`` selects the conversation that took its
        place (triage: close one, the next one opens); otherwise nothing is selected and
        the cursor sits just above the gap, so j lands on the next one.
        """
        previous_row = self.view.currentIndex().row()
        self._restoring = True
        try:
            self.model.set_ids(ids)
            row = self.model.row_of(keep_id) if keep_id is not None else -1
            selection = self.view.selectionModel()
            chosen: int | None = None
            if row >= 0:
                if self.view.currentIndex().row() != row or self.current_id() != keep_id:
                    self.view.setCurrentIndex(self.model.index(row, 0))
            elif advance and ids and previous_row >= 0:
                row = min(previous_row, len(ids) - 1)
                self.view.setCurrentIndex(self.model.index(row, 0))
                chosen = self.model.id_at(row)
            elif previous_row > 0 and ids:
                selection.setCurrentIndex(self.model.index(min(previous_row, len(ids)) - 1, 0),
                                          QItemSelectionModel.SelectionFlag.Clear)
            else:
                selection.clear()
        finally:
            self._restoring = False
        self._update_title()
        if chosen is not None:
            self.conversation_selected.emit(chosen)

    def select_id(self, conversation_id: int) -> bool:
        row = self.model.row_of(conversation_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.scrollTo(self.model.index(row, 0))
        return row >= 0

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, 0))

    def focus_list(self) -> None:
        target = self.search_view if self.is_searching() else self.view
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not target.currentIndex().isValid() and target.model().rowCount() > 0:
            target.setCurrentIndex(target.model().index(0, 0))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring or not current.isValid():
            return
        selection = self.view.selectionModel()
        if not selection.isSelected(current):
            # Qt makes the first row current (unselected) when the list gets focus: what is
            # current is what is open, so select it too.
            selection.select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        cid = self.model.id_at(current.row())
        if cid is not None:
            self.conversation_selected.emit(cid)

    # -- search ------------------------------------------------------------------------------

    def show_search(self, text: str, results: list[SearchResult]) -> None:
        self.search_model.set_results(text, results)
        self.stack.setCurrentWidget(self.search_view)
        if results:
            self.search_view.setCurrentIndex(self.search_model.index(0, 0))
        self._update_title()

    def show_inbox(self) -> None:
        self.stack.setCurrentWidget(self.view)
        self._update_title()

    def is_searching(self) -> bool:
        return self.stack.currentWidget() is self.search_view

    def _update_title(self) -> None:
        if self.is_searching():
            self.title.setText(self.tr("{n} results for “{text}” — Esc to go back").format(
                n=format_count(self.search_model.rowCount()), text=isolate(self.search_model.text)))
        else:
            self.title.setText(f"{self._view_title} · {format_count(self.model.rowCount())}")
