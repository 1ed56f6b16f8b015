"""The inbox model: holds only conversation ids; rows are fetched for what is painted.

Like Anki's browser table: SQL sorts and filters and hands us ids; ``data()`` fetches
the conversations of a chunk of neighbouring rows the first time any of them is asked
for, keeps them in a bounded cache, and never touches rows nobody looks at. A list of
100,000 ids costs one Python list; painting costs one query per chunk on screen.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from agent_assist.core.models import Conversation
from agent_assist.ui.labels import channel_label, status_label

AnyIndex = QModelIndex | QPersistentModelIndex
Fetch = Callable[[list[int]], dict[int, Conversation]]

CONVERSATION_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class InboxModel(QAbstractListModel):
    """A list of conversation ids with a lazily filled, bounded row cache."""

    CHUNK = 100  # rows fetched together: one screen and a bit, in one IN (...) query
    MAX_CACHED = 5_000  # enough for fast scrolling back and forth, small in memory

    def __init__(self, fetch: Fetch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._cache: OrderedDict[int, Conversation | None] = OrderedDict()
        self.fetched_rows = 0  # how many rows were read from the database (tests bound it)

    # -- Qt model API --------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]  # never needs the row itself
        if role not in (
            CONVERSATION_ROLE, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole
        ):
            return None
        conv = self.conversation(index.row())
        if role == CONVERSATION_ROLE:
            return conv
        if conv is None:
            return ""
        return ", ".join(
            p for p in (conv.contact_name, conv.subject, channel_label(conv.channel),
                        status_label(conv.status, conv.needs_reply)) if p
        )

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- ids -----------------------------------------------------------------------------

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, conversation_id: int) -> int:
        """The row of a conversation, or -1 (the id → row map is built once per id list)."""
        if self._row_of is None:
            self._row_of = {cid: row for row, cid in enumerate(self._ids)}
        return self._row_of.get(conversation_id, -1)

    def set_ids(self, ids: Sequence[int]) -> None:
        """Show a new id list; rows are re-read as they are painted again.

        The same ids in the same order (the periodic refresh, most writes) keep the
        model's rows, so the selection and scroll position stay exactly where they are.
        """
        ids = list(ids)
        if ids == self._ids:
            self.invalidate()
            return
        self.beginResetModel()
        self._ids = ids
        self._row_of = None
        self._cache.clear()
        self.endResetModel()

    def invalidate(self) -> None:
        """Forget cached rows (their wait time or status may have changed)."""
        self._cache.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 0))

    # -- rows ----------------------------------------------------------------------------

    def conversation(self, row: int) -> Conversation | None:
        if not 0 <= row < len(self._ids):
            return None
        cid = self._ids[row]
        if cid in self._cache:
            self._cache.move_to_end(cid)
            return self._cache[cid]
        self._load_chunk(row)
        return self._cache.get(cid)

    def _load_chunk(self, row: int) -> None:
        start = row - row % self.CHUNK
        wanted = [cid for cid in self._ids[start : start + self.CHUNK] if cid not in self._cache]
        found = self._fetch(wanted)
        self.fetched_rows += len(wanted)
        for cid in wanted:
            # A conversation gone since the ids were read caches as None: no refetch loop.
            self._cache[cid] = found.get(cid)
        while len(self._cache) > self.MAX_CACHED:
            self._cache.popitem(last=False)
