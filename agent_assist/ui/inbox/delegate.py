"""Paints one inbox row: who, what, which channel, and how long the customer has waited."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from agent_assist.core.models import Conversation
from agent_assist.ui import app_style
from agent_assist.ui.inbox.model import CONVERSATION_ROLE
from agent_assist.ui.labels import channel_label, format_wait, wait_severity
from agent_assist.ui.text_direction import is_rtl_text

AnyIndex = QModelIndex | QPersistentModelIndex

_PAD_X = 14
_PAD_Y = 8
_GAP = 4
_ACCENT_WIDTH = 3


def draw_text(painter: QPainter, rect: QRect, align: int, text: str,
              ui: Qt.LayoutDirection) -> None:
    """Draw with the text's own direction, so "6 h" or a French snippet stay readable in an
    Arabic UI and an Arabic name keeps its order in an English one."""
    rtl = is_rtl_text(text, "ar" if ui == Qt.LayoutDirection.RightToLeft else "")
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                               else Qt.LayoutDirection.LeftToRight)
    painter.drawText(rect, align, text)


class InboxDelegate(QStyledItemDelegate):
    """Two lines per conversation; needs-reply rows get an accent bar and a bold name."""

    def __init__(self, clock: Callable[[], float] = time.time,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        # Fixed height without looking at the row: the view asks this once (uniform sizes).
        return QSize(320, 2 * option.fontMetrics.height() + 2 * _PAD_Y + _GAP + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter,
                                opt.widget)
        conv = index.data(CONVERSATION_ROLE)
        if not isinstance(conv, Conversation):
            return
        painter.save()
        try:
            self._paint_row(painter, opt, conv)
        finally:
            painter.restore()
        # A hairline between rows keeps a dense list readable.
        painter.setPen(app_style.BORDER)
        painter.drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight())

    def _paint_row(self, painter: QPainter, opt: QStyleOptionViewItem, conv: Conversation) -> None:
        outer = opt.rect
        direction = opt.direction

        def visual(logical: QRect) -> QRect:
            return QStyle.visualRect(direction, outer, logical)

        align_start = int(QStyle.visualAlignment(
            direction, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter))
        align_end = int(QStyle.visualAlignment(
            direction, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
        waiting = conv.needs_reply and conv.status.value == "open"
        if waiting:
            painter.fillRect(visual(QRect(outer.left(), outer.top(), _ACCENT_WIDTH,
                                          outer.height())), app_style.ACCENT)

        base = QFont(opt.font)
        fm = QFontMetrics(base)
        line_h = fm.height()
        left = outer.left() + _PAD_X
        right = outer.right() - _PAD_X
        top1 = outer.top() + _PAD_Y
        top2 = top1 + line_h + _GAP

        # Line 1, trailing edge: the wait ("3 h"), coloured when it is getting long.
        since = conv.waiting_since if waiting else conv.last_message_at
        wait_text = format_wait(self.clock() - since) if since else ""
        wait_font = QFont(base)
        wait_w = 0
        if wait_text:
            severity = wait_severity(self.clock() - since) if waiting and since else 0
            wait_font.setBold(severity > 0)
            painter.setFont(wait_font)
            color = (app_style.MUTED, app_style.WARN, app_style.DANGER)[severity]
            painter.setPen(color)
            wait_w = QFontMetrics(wait_font).horizontalAdvance(wait_text) + 2
            draw_text(painter, visual(QRect(right - wait_w, top1, wait_w, line_h)), align_end,
                      wait_text, direction)

        # Line 1: the customer's name.
        name_font = QFont(base)
        name_font.setBold(waiting)
        painter.setFont(name_font)
        painter.setPen(app_style.MUTED if conv.automated else app_style.TEXT)
        name_rect = QRect(left, top1, max(0, right - wait_w - 8 - left), line_h)
        name = conv.contact_name or conv.subject or "—"
        draw_text(painter, visual(name_rect), align_start,
                  QFontMetrics(name_font).elidedText(name, Qt.TextElideMode.ElideRight,
                                                     name_rect.width()), direction)

        # Line 2: channel badge, subject, then the snippet in a quieter colour.
        badge_font = QFont(base)
        badge_font.setPointSizeF(max(7.0, base.pointSizeF() * 0.8))
        badge_font.setBold(True)
        badge_fm = QFontMetrics(badge_font)
        badge_text = channel_label(conv.channel)
        badge_w = badge_fm.horizontalAdvance(badge_text) + 12
        badge_h = badge_fm.height() + 2
        badge = QRect(left, top2 + (line_h - badge_h) // 2, badge_w, badge_h)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(app_style.CHANNEL_BADGE.get(conv.channel.value, "#eeeeee")))
        painter.drawRoundedRect(visual(badge), 4, 4)
        painter.setFont(badge_font)
        painter.setPen(QColor(app_style.CHANNEL_BADGE_TEXT.get(conv.channel.value, "#444444")))
        painter.drawText(visual(badge), int(Qt.AlignmentFlag.AlignCenter), badge_text)

        x = badge.right() + 8
        room = right - x
        painter.setFont(base)
        subject = conv.subject.strip()
        if subject and room > 0:
            painter.setPen(app_style.TEXT)
            shown = fm.elidedText(subject, Qt.TextElideMode.ElideRight, int(room * 0.6))
            width = fm.horizontalAdvance(shown)
            draw_text(painter, visual(QRect(x, top2, width + 1, line_h)), align_start, shown,
                      direction)
            x += width + fm.horizontalAdvance("  ")
            room = right - x
        if conv.snippet and room > 20:
            painter.setPen(app_style.MUTED)
            shown = fm.elidedText(" ".join(conv.snippet.split()), Qt.TextElideMode.ElideRight,
                                  room)
            draw_text(painter, visual(QRect(x, top2, room, line_h)), align_start, shown,
                      direction)
