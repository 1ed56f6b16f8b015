"""Horizontal bars by agent: replies and conversations answered, with each agent's median
first response and SLA share written under the bars."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from agent_assist.ui.reports import palette
from agent_assist.ui.reports.chart_base import LEFT, RIGHT, VCENTER, ChartWidget, hover_band
from agent_assist.ui.reports.chart_data import AgentChartData
from agent_assist.ui.reports.scale import nice_ticks, scale_top

BAR = 12.0
BAR_GAP = 3.0
ROW_GAP = 12.0


@dataclass(frozen=True)
class _Geometry:
    bars: QRectF  # where bars grow (from the leading edge)
    names: QRectF  # the agents' names column
    top: float  # first row
    row: float  # height of one row
    ticks: list[float]

    @property
    def scale_top(self) -> float:
        return scale_top(self.ticks)


class AgentChart(ChartWidget):
    """Paints an :class:`AgentChartData`; hovering a row shows that agent's figures."""

    def __init__(self, data: AgentChartData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: AgentChartData | None = None
        if data is not None:
            self.set_data(data)

    def set_data(self, data: AgentChartData | None) -> None:
        self.data = data
        self.hovered = None
        # As tall as its rows: the card does not stretch it into empty space.
        self.setFixedHeight(int(self._height_for(len(data.rows) if data else 0)))
        self.update()

    def count(self) -> int:
        return 0 if self.data is None else len(self.data.rows)

    def _row_height(self) -> float:
        metrics = QFontMetricsF(self.small_font())
        series = len(self.data.series) if self.data else 2
        return series * (BAR + BAR_GAP) + metrics.height() + ROW_GAP

    def _height_for(self, rows: int) -> float:
        line = QFontMetricsF(self.small_font()).height()
        return max(160.0, line * 2 + 28 + max(1, rows) * self._row_height())

    def sizeHint(self) -> QSize:
        return QSize(640, int(self._height_for(self.count())))

    # -- geometry ------------------------------------------------------------------------------

    def geometry_for(self, rect: QRectF) -> _Geometry:
        assert self.data is not None
        metrics = QFontMetricsF(self.small_font())
        names = max([metrics.horizontalAdvance(r.label) for r in self.data.rows] or [0.0])
        names = min(names + 12, rect.width() * 0.3)
        largest = max([v for r in self.data.rows for v in r.values] or [0.0])
        ticks = nice_ticks(largest / self.data.axis.scale, count=4, integer=self.data.axis.integer)
        value_room = metrics.horizontalAdvance(self.data.axis.tick_text(ticks[-1])) + 10
        line = metrics.height()
        top = rect.top() + line + 10  # under the legend
        bottom = rect.bottom() - line - 6  # over the tick labels
        if self.rtl:
            name_box = QRectF(rect.right() - names, top, names, bottom - top)
            bars = QRectF(rect.left() + value_room, top, rect.width() - names - value_room,
                          bottom - top)
        else:
            name_box = QRectF(rect.left(), top, names, bottom - top)
            bars = QRectF(rect.left() + names, top, rect.width() - names - value_room,
                          bottom - top)
        return _Geometry(bars, name_box, top, self._row_height(), ticks)

    def _x(self, value: float, geo: _Geometry) -> float:
        """The bar end for ``value`` (axis units), growing from the leading edge."""
        length = value / geo.scale_top * geo.bars.width()
        return geo.bars.right() - length if self.rtl else geo.bars.left() + length

    def index_at(self, pos: QPointF) -> int | None:
        if self.count() == 0:
            return None
        geo = self.geometry_for(self.chart_rect())
        index = int((pos.y() - geo.top) // geo.row)
        return index if pos.y() >= geo.top and index < self.count() else None

    def anchor(self, index: int) -> QPointF:
        geo = self.geometry_for(self.chart_rect())
        return QPointF(geo.bars.center().x(), geo.top + index * geo.row + BAR)

    def tooltip(self, index: int) -> str:
        if self.data is None or not 0 <= index < len(self.data.rows):
            return ""
        return self.data.rows[index].tooltip

    # -- painting --------------------------------------------------------------------------------

    def paint_chart(self, painter: QPainter, rect: QRectF) -> None:
        data = self.data
        if data is None:
            return
        if data.is_empty:
            self.draw_empty(painter, rect, data.empty_text)
            return
        geo = self.geometry_for(rect)
        self.draw_legend(painter, QRectF(rect.left(), rect.top(), rect.width(), geo.row),
                         data.series)
        self._paint_ticks(painter, geo, rect)
        painter.setFont(self.small_font())
        metrics = QFontMetricsF(painter.font())
        for index, row in enumerate(data.rows):
            top = geo.top + index * geo.row
            if self.hovered == index and painter.device() is self:
                hover_band(painter, QRectF(rect.left(), top - ROW_GAP / 3, rect.width(),
                                           geo.row - ROW_GAP / 3))
            painter.setPen(palette.TEXT)
            name = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight,
                                      geo.names.width() - 8)
            bars_height = len(data.series) * (BAR + BAR_GAP)
            painter.drawText(QRectF(geo.names.left(), top, geo.names.width() - 8, bars_height),
                             (RIGHT if self.rtl else LEFT) | VCENTER, name)
            for s, (series, value) in enumerate(zip(data.series, row.values, strict=True)):
                self._paint_bar(painter, geo, data.axis.scale, series.color, value,
                                top + s * (BAR + BAR_GAP), data.axis.tick_text)
            painter.setPen(palette.MUTED)
            summary = QRectF(geo.bars.left() + 6, top + bars_height, geo.bars.width() - 12,
                             metrics.height())
            painter.drawText(summary, (RIGHT if self.rtl else LEFT) | VCENTER, row.summary)

    def _paint_bar(self, painter: QPainter, geo: _Geometry, scale: float, color: QColor,
                   value: float, top: float, text: Callable[[float], str]) -> None:
        end = self._x(value / scale, geo)
        start = geo.bars.right() if self.rtl else geo.bars.left()
        left, right = sorted((start, end))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRect(QRectF(left, top, max(1.5, right - left), BAR))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(palette.TEXT)
        label = text(value / scale)
        box = (QRectF(left - 206, top - 2, 200, BAR + 4) if self.rtl
               else QRectF(right + 6, top - 2, 200, BAR + 4))
        painter.drawText(box, (RIGHT if self.rtl else LEFT) | VCENTER, label)

    def _paint_ticks(self, painter: QPainter, geo: _Geometry, rect: QRectF) -> None:
        assert self.data is not None
        painter.setFont(self.small_font())
        metrics = QFontMetricsF(painter.font())
        bottom = geo.top + self.count() * geo.row
        for tick in geo.ticks:
            x = self._x(tick, geo)
            painter.setPen(QPen(palette.MUTED if tick == 0 else palette.GRID, 1))
            painter.drawLine(QPointF(x, geo.top - 4), QPointF(x, bottom - ROW_GAP))
            painter.setPen(palette.MUTED)
            label = self.data.axis.tick_text(tick)
            width = metrics.horizontalAdvance(label) + 4
            painter.drawText(QRectF(x - width / 2, bottom - ROW_GAP + 2, width,
                                    metrics.height()), Qt.AlignmentFlag.AlignCenter, label)
