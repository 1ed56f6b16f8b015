"""The navigation list: a label per entry and its count as a small pill at the end."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from agent_assist.storage.repositories import InboxQuery
from agent_assist.ui import app_style
from agent_assist.ui.navigation.model import (
    COUNT_ROLE,
    EMPHASIS_ROLE,
    KIND_ROLE,
    SAVED_PREFIX,
    NavigationModel,
)

AnyIndex = QModelIndex | QPersistentModelIndex


class NavigationDelegate(QStyledItemDelegate):
    """Draws the entry label and, at the trailing edge, its count."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        extra = 22 if index.data(KIND_ROLE) == "heading" else 14  # air above a heading
        return QSize(180, option.fontMetrics.height() + extra)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        if index.data(KIND_ROLE) == "heading":
            self._paint_heading(painter, opt, text)
            return
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter,
                                opt.widget)
        rect = opt.rect.adjusted(14, 0, -10, 0)
        count = index.data(COUNT_ROLE)
        painter.save()
        font = opt.font
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        font.setBold(selected)
        painter.setFont(font)
        painter.setPen(app_style.TEXT)
        count_width = 0
        if count:
            count_width = opt.fontMetrics.horizontalAdvance(count) + 16
            pill = QRect(0, 0, count_width, opt.fontMetrics.height() + 2)
            pill.moveCenter(rect.center())
            pill = QStyle.visualRect(
                opt.direction, rect, QRect(rect.right() - count_width, pill.top(),
                                           count_width, pill.height())
            )
            emphasis = bool(index.data(EMPHASIS_ROLE))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(app_style.ACCENT if emphasis else app_style.BORDER)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(Qt.GlobalColor.white if emphasis else app_style.MUTED)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, count)
            painter.setPen(app_style.TEXT)
        label_rect = QStyle.visualRect(
            opt.direction, rect, rect.adjusted(0, 0, -(count_width + 6), 0)
        )
        elided = opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                            label_rect.width())
        align = QStyle.visualAlignment(
            opt.direction, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        painter.drawText(label_rect, int(align), elided)
        painter.restore()

    def _paint_heading(self, painter: QPainter, opt: QStyleOptionViewItem, text: str) -> None:
        """A section title: small, muted, at the leading edge, near the entries below it."""
        painter.save()
        font = opt.font
        font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(app_style.MUTED)
        rect = opt.rect.adjusted(14, 8, -10, 0)
        align = QStyle.visualAlignment(
            opt.direction, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(rect, int(align), text)
        painter.restore()


class NavigationView(QListView):
    """Emits ``query_chosen`` with the entry's query when the current entry changes."""

    query_chosen = Signal(str, object)  # entry key, InboxQuery
    search_chosen = Signal(int, str)  # a saved search: its id and query text
    saved_menu_requested = Signal(int, QPoint)  # a saved search's id, global position
    #: A click on the entry that was already current: nothing changed, yet the user asked
    #: for it again (``clicked`` also fires after a click that changed the entry).
    reselected = Signal(QModelIndex)

    def __init__(self, model: NavigationModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setModel(model)
        self.setItemDelegate(NavigationDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._model = model
        self._pressed_on_current = False
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.setCurrentIndex(model.index(0, 0))

    def current_key(self) -> str:
        entry = self._model.entry(self.currentIndex().row())
        return entry.key if entry else "needs_reply"

    def current_query(self) -> InboxQuery:
        entry = self._model.entry(self.currentIndex().row())
        return entry.query if entry else InboxQuery("needs_reply")

    def select_key(self, key: str) -> None:
        row = self._model.row_of(key)
        if row >= 0:
            self.setCurrentIndex(self._model.index(row, 0))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self._model.entry(current.row())
        if entry is None or entry.kind == "heading":
            return
        if entry.kind == "saved":
            self.search_chosen.emit(int(entry.key.removeprefix(SAVED_PREFIX)), entry.search)
        else:
            self.query_chosen.emit(entry.key, entry.query)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        self._pressed_on_current = index.isValid() and index == self.currentIndex()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        super().mouseReleaseEvent(event)
        if self._pressed_on_current and index == self.currentIndex():
            self.reselected.emit(index)
        self._pressed_on_current = False

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        entry = self._model.entry(self.indexAt(event.pos()).row())
        if entry is not None and entry.kind == "saved":
            self.saved_menu_requested.emit(int(entry.key.removeprefix(SAVED_PREFIX)),
                                           event.globalPos())
            event.accept()
            return
        super().contextMenuEvent(event)
