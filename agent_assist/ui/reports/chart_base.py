"""What every report chart shares: mirrored geometry, the legend, the empty state, hover,
the context menu, and rendering to a 2× image for "Save as PNG…".

Right to left (Arabic) the whole chart is mirrored by computing positions from the right
edge, never by flipping the painter: text stays readable, the time axis runs right to left
(the reading direction, like the mirrored window around it) and the value axis sits on the
right. Text alignment always carries ``AlignAbsolute`` because the geometry is already
mirrored by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolTip, QWidget

from agent_assist.ui.reports import palette
from agent_assist.ui.reports.chart_data import Series, Style

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
VCENTER = Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
PNG_SCALE = 2.0  # exported pictures are rendered at twice the size for crisp print/slides
SWATCH = 12.0


def _tr(text: str) -> str:
    # One explicit context for the whole page: PySide's self.tr() in a base class would
    # look the text up under the subclass's name.
    return QCoreApplication.translate("Reports", text)


class ChartWidget(QWidget):
    """Base class: subclasses implement ``paint_chart`` and ``index_at``/``tooltip``."""

    save_png_requested = Signal()
    save_csv_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys walk the values
        self.hovered: int | None = None
        self.export_title = ""
        self.export_subtitle = ""

    def sizeHint(self) -> QSize:
        return QSize(640, 260)

    # -- to implement ------------------------------------------------------------------------

    def paint_chart(self, painter: QPainter, rect: QRectF) -> None:
        raise NotImplementedError

    def index_at(self, pos: QPointF) -> int | None:
        """The category (bucket or agent) under ``pos``; None outside the plot."""
        return None

    def tooltip(self, index: int) -> str:
        return ""

    def count(self) -> int:
        return 0

    def anchor(self, index: int) -> QPointF:
        """Where the tooltip of ``index`` points (keyboard use)."""
        return QPointF(self.width() / 2, self.height() / 2)

    # -- geometry helpers -------------------------------------------------------------------

    def chart_rect(self) -> QRectF:
        """The widget's area the chart is painted in; hit testing must use the same one."""
        return QRectF(self.rect()).adjusted(8, 8, -8, -6)

    @property
    def rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def draw_legend(self, painter: QPainter, rect: QRectF, series: tuple[Series, ...]) -> float:
        """Swatch and label per series, flowing from the leading edge; returns its height."""
        if not series:
            return 0.0
        painter.setFont(self.small_font())
        metrics = QFontMetricsF(painter.font())
        height = max(SWATCH, metrics.height())
        x = 0.0
        for item in series:
            width = SWATCH + 6 + metrics.horizontalAdvance(item.label)
            if x > 0 and x + width > rect.width():
                break  # a legend never wraps over the plot; the tooltip still names it
            left = rect.right() - x - width if self.rtl else rect.left() + x
            swatch_left = left + width - SWATCH if self.rtl else left
            swatch = QRectF(swatch_left, rect.top() + (height - SWATCH) / 2, SWATCH, SWATCH)
            self._swatch(painter, swatch, item)
            text_left = left if self.rtl else left + SWATCH + 6
            text = QRectF(text_left, rect.top(), width - SWATCH - 6, height)
            painter.setPen(palette.TEXT)
            painter.drawText(text, (RIGHT if self.rtl else LEFT) | VCENTER, item.label)
            x += width + 16
        return height

    @staticmethod
    def _swatch(painter: QPainter, rect: QRectF, item: Series) -> None:
        if item.style in (Style.LINE, Style.DASHED):
            pen = QPen(item.color, 2.5)
            if item.style is Style.DASHED:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = rect.center().y()
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(item.color)
        painter.drawRoundedRect(rect, 2, 2)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def draw_empty(self, painter: QPainter, rect: QRectF, text: str) -> None:
        painter.setPen(palette.MUTED)
        painter.setFont(self.font())
        painter.drawText(rect, CENTER | Qt.TextFlag.TextWordWrap, text)

    # -- painting and export --------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setLayoutDirection(self.layoutDirection())
        painter.fillRect(self.rect(), palette.BACKGROUND)
        self.paint_chart(painter, self.chart_rect())
        painter.end()

    def render_image(self, size: QSize | None = None, scale: float = PNG_SCALE) -> QImage:
        """The chart with its title, painted at ``scale`` × (crisp on screens and in print)."""
        size = size or (self.size() if self.width() > 50 else self.sizeHint())
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        title_height = QFontMetricsF(title_font).height() + 8 if self.export_title else 0.0
        subtitle_height = (QFontMetricsF(self.small_font()).height() + 4
                           if self.export_subtitle else 0.0)
        header = title_height + subtitle_height
        height = size.height() + header + 16
        image = QImage(int(size.width() * scale), int(height * scale),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(scale)
        image.fill(palette.BACKGROUND)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setLayoutDirection(self.layoutDirection())
        align = (RIGHT if self.rtl else LEFT) | VCENTER
        if self.export_title:
            painter.setFont(title_font)
            painter.setPen(palette.TEXT)
            painter.drawText(QRectF(8, 8, size.width() - 16, title_height), align,
                             self.export_title)
        if self.export_subtitle:
            painter.setFont(self.small_font())
            painter.setPen(palette.MUTED)
            painter.drawText(QRectF(8, 8 + title_height, size.width() - 16, subtitle_height),
                             align, self.export_subtitle)
        self.paint_chart(painter, QRectF(8, 8 + header, size.width() - 16, size.height() - 8))
        painter.end()
        return image

    # -- interaction ------------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._hover(self.index_at(event.position()), event.globalPosition().toPoint())

    def leaveEvent(self, event: QEvent) -> None:
        self._hover(None, QPoint())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}.get(Qt.Key(event.key()))
        if step is None or not self.count():
            super().keyPressEvent(event)
            return
        if self.rtl:
            step = -step  # the arrow points where the eye goes on the mirrored axis
        current = -1 if self.hovered is None else self.hovered
        index = min(self.count() - 1, max(0, current + step))
        self._hover(index, self.mapToGlobal(self.anchor(index).toPoint()))

    def _hover(self, index: int | None, global_pos: QPoint) -> None:
        if index != self.hovered:
            self.hovered = index
            self.update()
        text = self.tooltip(index) if index is not None else ""
        if text:
            QToolTip.showText(global_pos, text, self)
        else:
            QToolTip.hideText()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction(_tr("Save as PNG…"), self.save_png_requested.emit)
        menu.addAction(_tr("Save data as CSV…"), self.save_csv_requested.emit)
        menu.exec(event.globalPos())


def hover_band(painter: QPainter, rect: QRectF) -> None:
    painter.fillRect(rect, QColor(palette.HOVER))
