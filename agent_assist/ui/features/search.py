"""Search: the filter popover and saved searches in the navigation (menus, counts, hooks).

The bar itself (ui/search/bar.py) and running a search (ui/search/controller.py) belong
to the window; this adds what lives around them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agent_assist.ui.features import action, menu, tr
from agent_assist.ui.search.saved import SavedSearches

if TYPE_CHECKING:
    from agent_assist.ui.main_window import MainWindow


def install(window: MainWindow, *, live: bool = True) -> None:
    """Filters and Save in the View menu; the saved searches listed, counted each minute."""
    saved = SavedSearches(window)
    view = menu(window, "view", tr("&View"))
    view.addAction(action(window, tr("Search filters…"), window.searcher.open_filters,
                          "Ctrl+Shift+F"))
    view.addAction(action(window, tr("Save this search…"), saved.save_current))
    window.on_start.append(saved.reload)
    window.on_tick.append(saved.reload)
