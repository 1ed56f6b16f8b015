"""The navigation entries as a small list model: views, the channels present, saved searches."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from agent_assist.core.models import Channel
from agent_assist.storage.repositories import InboxQuery
from agent_assist.ui.labels import channel_label, format_count

AnyIndex = QModelIndex | QPersistentModelIndex

COUNT_ROLE = Qt.ItemDataRole.UserRole + 1
QUERY_ROLE = Qt.ItemDataRole.UserRole + 2
KEY_ROLE = Qt.ItemDataRole.UserRole + 3
EMPHASIS_ROLE = Qt.ItemDataRole.UserRole + 4
KIND_ROLE = Qt.ItemDataRole.UserRole + 5

SAVED_HEADING = "saved-heading"
SAVED_PREFIX = "saved:"


@dataclass(frozen=True, slots=True)
class NavEntry:
    """One navigation entry: what it lists, and how many conversations that is."""

    key: str
    label: str
    query: InboxQuery
    count: int | None = None
    emphasis: bool = False  # the queue itself: its count is drawn as a call to action
    kind: str = "view"  # "view", "channel", "heading" (not selectable) or "saved"
    search: str = ""  # a saved search's query text


def _tr(text: str) -> str:
    return QCoreApplication.translate("Navigation", text)


def view_entries(agent_id: int | None = None) -> list[NavEntry]:
    entries = [
        NavEntry("needs_reply", _tr("Needs reply"), InboxQuery("needs_reply"), emphasis=True),
        NavEntry("waiting", _tr("Waiting on customer"), InboxQuery("waiting")),
        NavEntry("snoozed", _tr("Snoozed"), InboxQuery("snoozed")),
        NavEntry("closed", _tr("Closed"), InboxQuery("closed")),
        NavEntry("all", _tr("All"), InboxQuery("all")),
    ]
    if agent_id is not None:  # a team: whose conversations are whose
        entries += [
            NavEntry("mine", _tr("Mine"), InboxQuery("open", assignee_id=agent_id)),
            NavEntry("unassigned", _tr("Unassigned"), InboxQuery("open", unassigned=True)),
        ]
    return entries


def channel_entry(channel: Channel) -> NavEntry:
    # A channel lists its open conversations (the ones needing us come first).
    return NavEntry(f"channel:{channel.value}", channel_label(channel),
                    InboxQuery("open", channel=channel), kind="channel")


def saved_entries(saved: list[tuple[int, str, str, int | None]]) -> list[NavEntry]:
    """A heading, then one entry per saved search (id, name, query text, count).

    A saved search lists its results in place of the inbox; behind them the inbox shows
    All, where Esc returns.
    """
    if not saved:
        return []
    heading = NavEntry(SAVED_HEADING, _tr("Saved searches"), InboxQuery("all"), kind="heading")
    return [heading] + [NavEntry(f"{SAVED_PREFIX}{i}", name, InboxQuery("all"), count,
                                 kind="saved", search=text) for i, name, text, count in saved]


def count_queries(
    channels: list[Channel] | None = None, agent_id: int | None = None
) -> dict[str, InboxQuery]:
    """Every query whose count the navigation shows, plus one presence probe per channel."""
    queries = {e.key: e.query for e in view_entries(agent_id)}
    for channel in channels if channels is not None else list(Channel):
        queries[f"channel:{channel.value}"] = InboxQuery("open", channel=channel)
        queries[f"present:{channel.value}"] = InboxQuery("all", channel=channel)
    return queries


class NavigationModel(QAbstractListModel):
    """Fixed workflow views, then the channels that have conversations, then saved searches."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.agent_id: int | None = None
        self._entries: list[NavEntry] = view_entries()

    # -- Qt model API --------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None or entry.kind == "heading":
            return Qt.ItemFlag.NoItemFlags  # a heading: never current, skipped by the keys
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return entry.label if entry.count is None else f"{entry.label}, {entry.count}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.search or None
        if role == COUNT_ROLE:
            return None if entry.count is None else format_count(entry.count)
        if role == QUERY_ROLE:
            return entry.query
        if role == KEY_ROLE:
            return entry.key
        if role == EMPHASIS_ROLE:
            return entry.emphasis and bool(entry.count)
        if role == KIND_ROLE:
            return entry.kind
        return None

    # -- ours ----------------------------------------------------------------------------

    def entries(self) -> list[NavEntry]:
        return list(self._entries)

    def entry(self, row: int) -> NavEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, key: str) -> int:
        for row, entry in enumerate(self._entries):
            if entry.key == key:
                return row
        return -1

    def set_agent(self, agent_id: int | None) -> None:
        """Show Mine/Unassigned for this agent (None: a solo owner needs neither)."""
        if agent_id == self.agent_id:
            return
        self.beginResetModel()
        self.agent_id = agent_id
        kept = [e for e in self._entries if e.kind != "view"]
        self._entries = view_entries(agent_id) + kept
        self.endResetModel()

    def apply_counts(self, counts: dict[str, int]) -> None:
        """Update every count, adding or removing channel entries as channels appear."""
        present = [c for c in Channel if counts.get(f"present:{c.value}", 0) > 0]
        self._replace_section("channel", [channel_entry(c) for c in present])
        for row, entry in enumerate(self._entries):
            if entry.kind in ("view", "channel"):
                self._set_count(row, counts.get(entry.key))

    def set_saved(self, saved: list[tuple[int, str, str, int | None]]) -> None:
        """Show these saved searches (id, name, query text, count) after the rest; a count
        of None keeps the one shown (not counted again yet)."""
        wanted = saved_entries(saved)
        self._replace_section("heading", [e for e in wanted if e.kind == "heading"])
        self._replace_section("saved", [e for e in wanted if e.kind == "saved"])
        counts = {f"{SAVED_PREFIX}{i}": count for i, _name, _text, count in saved}
        for row, entry in enumerate(self._entries):
            if entry.kind == "saved" and counts.get(entry.key) is not None:
                self._set_count(row, counts[entry.key])

    def set_saved_count(self, search_id: int, count: int | None) -> None:
        """A saved search's count, once counted (None: it no longer runs)."""
        row = self.row_of(f"{SAVED_PREFIX}{search_id}")
        if row >= 0:
            self._set_count(row, count)

    def _set_count(self, row: int, count: int | None) -> None:
        entry = self._entries[row]
        if count != entry.count:
            self._entries[row] = replace(entry, count=count)
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def _replace_section(self, kind: str, wanted: list[NavEntry]) -> None:
        """Swap one section's entries (sections keep their order: views, channels,
        heading, saved), with row signals so the view keeps its current entry."""
        current = [e for e in self._entries if e.kind == kind]
        if [(e.key, e.label, e.search) for e in current] == \
                [(e.key, e.label, e.search) for e in wanted]:
            return
        order = ("view", "channel", "heading", "saved")
        first = sum(1 for e in self._entries if order.index(e.kind) < order.index(kind))
        if current:
            self.beginRemoveRows(QModelIndex(), first, first + len(current) - 1)
            del self._entries[first:first + len(current)]
            self.endRemoveRows()
        if wanted:
            counts = {e.key: e.count for e in current}
            wanted = [replace(e, count=counts.get(e.key, e.count)) for e in wanted]
            self.beginInsertRows(QModelIndex(), first, first + len(wanted) - 1)
            self._entries[first:first] = wanted
            self.endInsertRows()
