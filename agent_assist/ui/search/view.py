"""The search result list: title, subject and the snippet with its matches in bold."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from agent_assist.storage.search import MARK_END, MARK_START
from agent_assist.ui import app_style
from agent_assist.ui.empty_list import EmptyTextListView
from agent_assist.ui.search.model import RESULT_ROLE, SearchResult

AnyIndex = QModelIndex | QPersistentModelIndex
NO_MESSAGE = -1  # open_requested's message id for "at the newest message"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchResults", text)


def snippet_html(result: SearchResult) -> str:
    """Escape everything, then turn the match marks into bold (text never becomes markup)."""
    body = html.escape(" ".join(result.snippet.split()))
    body = body.replace(MARK_START, "<b>").replace(MARK_END, "</b>")
    title = html.escape(result.title)
    subject = html.escape(result.subject)
    muted = app_style.MUTED.name()
    badge = {"contact": _tr("Customer"), "note": _tr("Note")}.get(
        "contact" if result.kind == "contact" else result.direction)
    tag = (f"<span style='color:{app_style.ACCENT.name()}'>{html.escape(badge)}</span> "
           if badge else "")
    return (f"<div><b>{title}</b> <span style='color:{muted}'>{subject}</span></div>"
            f"<div style='color:{muted}'>{tag}{body}</div>")


class SearchResultDelegate(QStyledItemDelegate):
    """Two short rich-text lines per hit (few rows, so a QTextDocument per paint is fine)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(320, 2 * option.fontMetrics.height() + 20)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter,
                                opt.widget)
        result = index.data(RESULT_ROLE)
        if not isinstance(result, SearchResult):
            return
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setHtml(snippet_html(result))
        text_option = doc.defaultTextOption()
        text_option.setTextDirection(opt.direction)
        text_option.setWrapMode(text_option.WrapMode.NoWrap)
        doc.setDefaultTextOption(text_option)
        doc.setTextWidth(opt.rect.width() - 28)
        painter.save()
        painter.translate(opt.rect.left() + 14, opt.rect.top() + 8)
        painter.setClipRect(0, 0, opt.rect.width() - 28, opt.rect.height() - 10)
        doc.drawContents(painter)
        painter.restore()
        painter.setPen(app_style.BORDER)
        painter.drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight())


class SearchResultsView(EmptyTextListView):
    """Enter or a click opens the result; Esc asks to go back to the inbox."""

    open_requested = Signal(int, int)  # conversation id, message id (NO_MESSAGE: newest)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setItemDelegate(SearchResultDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.clicked.connect(self._open)
        self.set_empty_text(_tr("Nothing matches. Words match whole: add * to find words that "
                                "start with it (refund* finds refunded), or remove a filter."))

    def _open(self, index: QModelIndex) -> None:
        result = index.data(RESULT_ROLE)
        if isinstance(result, SearchResult):
            message = result.message_id if result.message_id is not None else NO_MESSAGE
            self.open_requested.emit(result.conversation_id, message)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.back_requested.emit()
            event.accept()
            return
        if key in (Qt.Key.Key_J, Qt.Key.Key_K) and not event.modifiers():
            step = (QAbstractItemView.CursorAction.MoveDown if key == Qt.Key.Key_J
                    else QAbstractItemView.CursorAction.MoveUp)
            self.setCurrentIndex(self.moveCursor(step, event.modifiers()))
            event.accept()
            return
        super().keyPressEvent(event)
