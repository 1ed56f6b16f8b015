"""The tray icon, drawn: a speech bubble with the number of customers waiting on it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPixmap

from agent_assist.core.sla import SlaState
from agent_assist.ui import app_style

SIZES = (16, 22, 32, 48, 64)
_BADGE = {
    None: app_style.ACCENT,
    SlaState.ON_TRACK: app_style.ACCENT,
    SlaState.AT_RISK: app_style.WARN,
    SlaState.BREACHED: app_style.DANGER,
}


def badge_text(count: int) -> str:
    return "99+" if count > 99 else str(count)


def count_pixmap(count: int, size: int = 64, worst: SlaState | None = None) -> QPixmap:
    """One size of the icon: the bubble, and a round badge with ``count`` when above zero."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = float(size)
        bubble = QPainterPath()
        bubble.addRoundedRect(QRectF(s * 0.06, s * 0.12, s * 0.78, s * 0.58), s * 0.14, s * 0.14)
        tail = QPainterPath()
        tail.moveTo(s * 0.22, s * 0.66)
        tail.lineTo(s * 0.16, s * 0.88)
        tail.lineTo(s * 0.42, s * 0.68)
        painter.fillPath(bubble.united(tail), QColor("#334155"))
        if count <= 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#ffffff"))
            for i in range(3):  # three dots: calm, nothing waiting
                painter.drawEllipse(QRectF(s * (0.22 + 0.18 * i), s * 0.37, s * 0.1, s * 0.1))
            return pixmap
        text = badge_text(count)
        diameter = s * (0.62 if len(text) < 3 else 0.72)
        badge = QRectF(s - diameter, s - diameter, diameter, diameter)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_BADGE[worst])
        painter.drawEllipse(badge)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, int(diameter * (0.62 if len(text) == 1 else 0.48))))
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), text)
    finally:
        painter.end()
    return pixmap


def count_icon(count: int, worst: SlaState | None = None) -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(count_pixmap(count, size, worst))
    return icon
