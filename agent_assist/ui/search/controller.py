"""Runs what the search bar holds, shows the results in place of the inbox, opens hits at
their message, and keeps the filter popover and the bar's text in step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt

from agent_assist.core.search_query import QueryError
from agent_assist.storage.search import known_tags
from agent_assist.ui.search.errors import describe
from agent_assist.ui.search.filters import FilterPopover
from agent_assist.ui.search.model import SearchResult, run_search

if TYPE_CHECKING:
    from agent_assist.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchController", text)


class SearchController(QObject):
    """The bar's text is the search: Enter runs it on the worker; a refused query is
    explained under the box, never as a failure in the status bar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bar = window.search_bar
        self._popover: FilterPopover | None = None  # built when first opened
        self.bar.filters_requested.connect(self.open_filters)

    @property
    def popover(self) -> FilterPopover:
        if self._popover is None:
            self._popover = FilterPopover(self.window)
            self._popover.applied.connect(self._filters_applied)
        return self._popover

    # -- searching -------------------------------------------------------------------------

    def run(self, text: str | None = None) -> None:
        """Search for ``text`` (default: the bar's); an empty search shows the inbox."""
        text = (self.bar.text() if text is None else text).strip()
        inbox = self.window.inbox
        if not text:
            self.bar.clear_error()
            inbox.show_inbox()
            return
        workspace = self.window.workspace

        def job() -> list[SearchResult] | QueryError:
            try:
                return run_search(workspace, text)
            except QueryError as exc:  # the user's to fix: said under the box
                return exc

        self.window.runner.run(job, on_done=lambda result: self._show(text, result),
                               what=_tr("Searching"))

    def _show(self, text: str, result: list[SearchResult] | QueryError) -> None:
        if isinstance(result, QueryError):
            self.bar.show_error(describe(result))
            self.bar.box.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.bar.clear_error()
        self.window.leave_wide_page()  # results go in the list, which a wide page hides
        inbox = self.window.inbox
        inbox.show_search(text, result)
        inbox.search_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_hit(self, conversation_id: int, message_id: int) -> None:
        """Open a result's conversation at its matching message (a negative id: newest)."""
        window = self.window
        if not window.inbox.select_id(conversation_id):  # selecting it opens it
            window.inbox.view.clearSelection()  # not in this view: no stale highlight
            window.open_conversation(conversation_id)
        if message_id >= 0 and window.open_id == conversation_id:
            window.conversation.reveal(message_id)

    # -- filters ---------------------------------------------------------------------------

    def open_filters(self) -> None:
        """The popover, filled from the text; agents and tags arrive from the worker."""
        workspace = self.window.workspace
        self.popover.show_for(self.bar.text(), workspace.today(), self.bar.filters_button)

        def choices() -> tuple[list[str], list[str]]:
            names = sorted(workspace.agent_names().values(), key=str.casefold)
            return names, known_tags(workspace.profile.pool.get())

        self.window.runner.run(choices, on_done=lambda found: self.popover.set_choices(*found),
                               what=_tr("Listing agents and tags"))

    def _filters_applied(self, text: str) -> None:
        self.bar.set_text(text)
        self.run(text)
