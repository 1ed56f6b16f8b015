"""Saved searches in the navigation: save the bar's search under a name, run one with a click,
rename or delete it from its context menu; counts are refreshed on the worker."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPoint
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget

from agent_assist.core.search_query import QueryError
from agent_assist.services.workspace import Workspace
from agent_assist.storage.saved_searches import SavedSearchError
from agent_assist.ui.navigation.model import KIND_ROLE, SAVED_PREFIX
from agent_assist.ui.search.errors import describe

if TYPE_CHECKING:
    from agent_assist.ui.main_window import MainWindow

# (parent, title, label, text) -> the name typed, or None when cancelled.
AskName = Callable[[QWidget, str, str, str], "str | None"]
# (parent, question) -> yes?
AskYes = Callable[[QWidget, str], bool]
Saved = list[tuple[int, str, str, int | None]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SavedSearches", text)


def ask_name(parent: QWidget, title: str, label: str, text: str) -> str | None:
    name, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return name if ok else None


def ask_yes(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, _tr("Saved searches"), question)
    return answer == QMessageBox.StandardButton.Yes


def count_of(workspace: Workspace, text: str) -> int | None:
    """How many conversations a saved search finds (None: it no longer runs, e.g. an
    agent it names was removed)."""
    try:
        return workspace.count_search(text)
    except QueryError:
        return None


class SavedSearches(QObject):
    """Keeps the navigation's "Saved searches" section in step with the profile."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ask_name: AskName = ask_name  # tests answer for the user
        self.ask_yes: AskYes = ask_yes
        window.nav.search_chosen.connect(self.choose)
        window.nav.reselected.connect(self._clicked)
        window.nav.saved_menu_requested.connect(self.show_menu)
        window.search_bar.save_requested.connect(self.save_current)

    def reload(self) -> None:
        """Re-read the list on the worker, show it, then count each search.

        One task per count: a write queued meanwhile (a reply) waits for one count at
        most, not for all of them.
        """
        workspace = self.window.workspace

        def listed() -> Saved:
            return [(s.id, s.name, s.query, None) for s in workspace.saved_searches().list()]

        self.window.runner.run(listed, on_done=self._show_and_count,
                               what=_tr("Counting saved searches"))

    def _show_and_count(self, saved: Saved) -> None:
        model, workspace = self.window.nav_model, self.window.workspace
        model.set_saved(saved)
        for search_id, _name, text, _count in saved:
            self.window.runner.run(
                partial(count_of, workspace, text),
                on_done=partial(model.set_saved_count, search_id),
                what=_tr("Counting saved searches"))

    # -- running ---------------------------------------------------------------------------

    def choose(self, search_id: int, text: str) -> None:
        """Show a saved search's results; behind them the inbox lists All."""
        window = self.window
        all_row = window.nav_model.row_of("all")
        entry = window.nav_model.entry(all_row)
        window.inbox.set_view_title(entry.label if entry else "")
        window.refresh()
        window.search_bar.set_text(text)
        window.searcher.run(text)

    def _clicked(self, index: QModelIndex) -> None:
        # The saved search already chosen, clicked again: run it unless its results show.
        entry = self.window.nav_model.entry(index.row())
        inbox = self.window.inbox
        if (entry is not None and index.data(KIND_ROLE) == "saved"
                and not (inbox.is_searching() and inbox.search_model.text == entry.search)):
            self.choose(int(entry.key.removeprefix(SAVED_PREFIX)), entry.search)

    # -- saving and editing ------------------------------------------------------------------

    def save_current(self) -> None:
        """Name the bar's search and keep it in the navigation."""
        text = self.window.search_bar.text().strip()
        if not text:
            self.window.notify(_tr("Type a search first, then save it."), error=True)
            return
        name = self.ask_name(self.window, _tr("Save this search"),
                             _tr("Name in the navigation:"), text[:40])
        if name is None:
            return
        saved = self.window.workspace.saved_searches
        self._write(lambda: saved().add(name, text), _tr("Saving the search"),
                    _tr("Search saved."))

    def rename(self, search_id: int) -> None:
        entry = self.window.nav_model.entry(
            self.window.nav_model.row_of(f"{SAVED_PREFIX}{search_id}"))
        name = self.ask_name(self.window, _tr("Rename saved search"), _tr("New name:"),
                             entry.label if entry else "")
        if name is None:
            return
        saved = self.window.workspace.saved_searches
        self._write(lambda: saved().rename(search_id, name), _tr("Renaming the search"), "")

    def delete(self, search_id: int) -> None:
        entry = self.window.nav_model.entry(
            self.window.nav_model.row_of(f"{SAVED_PREFIX}{search_id}"))
        label = entry.label if entry else ""
        if not self.ask_yes(self.window, _tr("Delete the saved search “{name}”? The "
                                             "conversations it finds stay.").format(name=label)):
            return
        saved = self.window.workspace.saved_searches
        self._write(lambda: saved().delete(search_id), _tr("Deleting the search"), "")

    def menu_for(self, search_id: int) -> QMenu:
        menu = QMenu(self.window)
        menu.addAction(_tr("Run"), lambda: self._run_id(search_id))
        menu.addAction(_tr("Rename…"), lambda: self.rename(search_id))
        menu.addAction(_tr("Delete…"), lambda: self.delete(search_id))
        return menu

    def show_menu(self, search_id: int, where: QPoint) -> None:
        menu = self.menu_for(search_id)
        menu.exec(where)
        menu.deleteLater()

    def _run_id(self, search_id: int) -> None:
        entry = self.window.nav_model.entry(
            self.window.nav_model.row_of(f"{SAVED_PREFIX}{search_id}"))
        if entry is not None:
            self.choose(search_id, entry.search)

    def _write(self, change: Callable[[], object], what: str, done: str) -> None:
        """Run a change on the worker; a refused name is one sentence in the status bar."""
        def job() -> SavedSearchError | None:
            try:
                change()
            except SavedSearchError as exc:
                return exc
            return None

        def finished(problem: SavedSearchError | None) -> None:
            if problem is not None:
                self.window.notify(describe(problem), error=True)
                return
            if done:
                self.window.notify(done)
            self.reload()

        self.window.runner.run(job, on_done=finished, what=what)
