"""Search results: one row per matching conversation, best match first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from agent_assist.core.models import Channel
from agent_assist.services.workspace import Workspace
from agent_assist.storage.search import MARK_END, MARK_START

AnyIndex = QModelIndex | QPersistentModelIndex

RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class SearchResult:
    """A conversation that matched, with the snippet of its best matching message."""

    conversation_id: int
    title: str
    subject: str
    snippet: str  # MARK_START … MARK_END around the matched words
    sent_at: float
    channel: Channel | None
    message_id: int | None = None  # where to open the thread (None: at the newest)
    kind: str = "message"  # "contact": the customer's name or address matched
    direction: str = ""

    @property
    def plain_snippet(self) -> str:
        return self.snippet.replace(MARK_START, "").replace(MARK_END, "")


def run_search(workspace: Workspace, text: str, limit: int = 50) -> list[SearchResult]:
    """Hits grouped by conversation, best first (runs on the worker; raises QueryError)."""
    hits = workspace.search(text, limit)
    conversations = workspace.conversations(list(dict.fromkeys(h.conversation_id for h in hits)))
    results: list[SearchResult] = []
    seen: set[int] = set()
    for hit in hits:  # customers first, then ranked messages: the first hit is the best
        if hit.conversation_id in seen:
            continue
        seen.add(hit.conversation_id)
        conv = conversations.get(hit.conversation_id)
        title = (conv.contact_name if conv else "") or hit.subject
        results.append(SearchResult(
            hit.conversation_id, title, hit.subject or (conv.subject if conv else ""),
            hit.snippet, hit.sent_at, conv.channel if conv else None, hit.message_id,
            hit.kind, hit.direction,
        ))
    return results


class SearchResultsModel(QAbstractListModel):
    """A short list (a search returns at most ``limit`` hits), so it simply holds them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._results: list[SearchResult] = []
        self.text = ""

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._results):
            return None
        result = self._results[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{result.title}\n{result.plain_snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return result.subject
        if role == RESULT_ROLE:
            return result
        if role == ID_ROLE:
            return result.conversation_id
        return None

    def set_results(self, text: str, results: list[SearchResult]) -> None:
        self.beginResetModel()
        self.text = text
        self._results = list(results)
        self.endResetModel()

    def result(self, row: int) -> SearchResult | None:
        return self._results[row] if 0 <= row < len(self._results) else None
