"""A chart over time: stacked bars, lines and areas per bucket, a value axis, a goal line."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from agent_assist.ui.reports import palette
from agent_assist.ui.reports.chart_base import (
    CENTER,
    LEFT,
    RIGHT,
    VCENTER,
    ChartWidget,
    hover_band,
)
from agent_assist.ui.reports.chart_data import Series, Style, TimeChartData
from agent_assist.ui.reports.scale import nice_ticks, scale_top, thin_labels

MAX_BAR_WIDTH = 36.0
DOTS_UP_TO = 62  # beyond about two months of days, dots would crowd the line


@dataclass(frozen=True)
class _Geometry:
    """Where things go for one size: the plot area, one slot per bucket, the ticks."""

    plot: QRectF
    slot: float
    ticks: list[float]
    header: QRectF  # legend and axis title

    @property
    def scale_top(self) -> float:
        return scale_top(self.ticks)


class TimeChart(ChartWidget):
    """Paints a :class:`TimeChartData`; hover (or the arrow keys) shows a bucket's figures."""

    def __init__(self, data: TimeChartData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: TimeChartData | None = None
        if data is not None:
            self.set_data(data)

    def set_data(self, data: TimeChartData | None) -> None:
        self.data = data
        self.hovered = None
        self.setAccessibleDescription(
            data.empty_text if data is not None and data.is_empty else "")
        self.update()

    def count(self) -> int:
        return 0 if self.data is None or self.data.is_empty else len(self.data.categories)

    # -- geometry ------------------------------------------------------------------------------

    def _axis_values(self, data: TimeChartData) -> float:
        """The largest value the axis must hold, in axis units (stacks summed)."""
        n = len(data.categories)
        stacked = [0.0] * n
        largest = 0.0
        for series in data.series:
            for i, value in enumerate(series.values):
                if value is None:
                    continue
                if series.style is Style.BAR:
                    stacked[i] += value
                else:
                    largest = max(largest, value)
        largest = max([largest, *stacked]) / data.axis.scale
        if data.goal is not None:
            largest = max(largest, data.goal.value)
        return largest

    def geometry_for(self, rect: QRectF) -> _Geometry:
        assert self.data is not None
        data = self.data
        metrics = QFontMetricsF(self.small_font())
        ticks = nice_ticks(self._axis_values(data), integer=data.axis.integer,
                           ceiling=data.axis.ceiling)
        label_width = max(metrics.horizontalAdvance(data.axis.tick_text(t)) for t in ticks)
        line = metrics.height()
        header = QRectF(rect.left(), rect.top(), rect.width(), line * 2 + 8)
        leading = label_width + 10
        top = header.bottom() + line / 2
        bottom = rect.bottom() - line - 6
        left = rect.left() + (6 if self.rtl else leading)
        right = rect.right() - (leading if self.rtl else 6)
        plot = QRectF(QPointF(left, top), QPointF(right, max(top + 10, bottom)))
        slot = plot.width() / max(1, len(data.categories))
        return _Geometry(plot, slot, ticks, header)

    def _widget_geometry(self) -> _Geometry:
        return self.geometry_for(self.chart_rect())

    def x_of(self, index: int, geo: _Geometry) -> float:
        offset = (index + 0.5) * geo.slot
        return geo.plot.right() - offset if self.rtl else geo.plot.left() + offset

    def y_of(self, axis_value: float, geo: _Geometry) -> float:
        return geo.plot.bottom() - axis_value / geo.scale_top * geo.plot.height()

    def index_at(self, pos: QPointF) -> int | None:
        if self.count() == 0:
            return None
        geo = self._widget_geometry()
        if not geo.plot.adjusted(0, -4, 0, 4).contains(pos):
            return None
        offset = geo.plot.right() - pos.x() if self.rtl else pos.x() - geo.plot.left()
        index = int(offset // geo.slot)
        return index if 0 <= index < self.count() else None

    def anchor(self, index: int) -> QPointF:
        geo = self._widget_geometry()
        return QPointF(self.x_of(index, geo), geo.plot.top() + 12)

    def tooltip(self, index: int) -> str:
        if self.data is None or not 0 <= index < len(self.data.tooltips):
            return ""
        return self.data.tooltips[index]

    # -- painting --------------------------------------------------------------------------------

    def paint_chart(self, painter: QPainter, rect: QRectF) -> None:
        data = self.data
        if data is None:
            return
        if data.is_empty:
            self.draw_empty(painter, rect, data.empty_text)
            return
        geo = self.geometry_for(rect)
        self._paint_header(painter, geo, data)
        self._paint_grid(painter, geo, data)
        if self.hovered is not None and painter.device() is self:
            x = self.x_of(self.hovered, geo)
            hover_band(painter, QRectF(x - geo.slot / 2, geo.plot.top(), geo.slot,
                                       geo.plot.height()))
        self._paint_bars(painter, geo, data)
        for series in data.series:
            if series.style is not Style.BAR:
                self._paint_line(painter, geo, data, series)
        if data.goal is not None:
            self._paint_goal(painter, geo, data)
        self._paint_categories(painter, geo, data)

    def _paint_header(self, painter: QPainter, geo: _Geometry, data: TimeChartData) -> None:
        legend = data.series
        if data.goal is not None:  # in the legend: a label on the plot would cover bars
            legend = (*legend, Series(data.goal.label, (), palette.GOAL, Style.DASHED))
        height = self.draw_legend(painter, geo.header, legend)
        painter.setPen(palette.MUTED)
        title = QRectF(geo.header.left(), geo.header.top() + height + 4, geo.header.width(),
                       geo.header.height() - height - 4)
        painter.drawText(title, (RIGHT if self.rtl else LEFT) | VCENTER, data.axis.title)

    def _paint_grid(self, painter: QPainter, geo: _Geometry, data: TimeChartData) -> None:
        painter.setFont(self.small_font())
        metrics = QFontMetricsF(painter.font())
        for tick in geo.ticks:
            y = self.y_of(tick, geo)
            painter.setPen(QPen(palette.MUTED if tick == 0 else palette.GRID, 1))
            painter.drawLine(QPointF(geo.plot.left(), y), QPointF(geo.plot.right(), y))
            painter.setPen(palette.MUTED)
            height = metrics.height()
            if self.rtl:
                box = QRectF(geo.plot.right() + 6, y - height / 2, 400, height)
                painter.drawText(box, LEFT | VCENTER, data.axis.tick_text(tick))
            else:
                box = QRectF(geo.plot.left() - 406, y - height / 2, 400, height)
                painter.drawText(box, RIGHT | VCENTER, data.axis.tick_text(tick))

    def _paint_bars(self, painter: QPainter, geo: _Geometry, data: TimeChartData) -> None:
        bars = [s for s in data.series if s.style is Style.BAR]
        if not bars:
            return
        width = min(MAX_BAR_WIDTH, max(1.0, geo.slot * 0.72))
        painter.setPen(Qt.PenStyle.NoPen)
        for i in range(len(data.categories)):
            x = self.x_of(i, geo) - width / 2
            base = 0.0
            for series in bars:
                value = (series.values[i] or 0.0) / data.axis.scale
                if value <= 0:
                    continue
                y_top, y_bottom = self.y_of(base + value, geo), self.y_of(base, geo)
                # A tiny count still shows as a sliver, never as nothing.
                y_top = min(y_top, y_bottom - 1.5)
                painter.setBrush(series.color)
                painter.drawRect(QRectF(x, y_top, width, y_bottom - y_top))
                base += value
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_line(self, painter: QPainter, geo: _Geometry, data: TimeChartData,
                    series: Series) -> None:
        segments: list[list[QPointF]] = [[]]
        for i, value in enumerate(series.values):
            if value is None:
                if segments[-1]:
                    segments.append([])
                continue
            segments[-1].append(QPointF(self.x_of(i, geo), self.y_of(value / data.axis.scale,
                                                                       geo)))
        pen = QPen(series.color, 2.2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if series.style is Style.DASHED:
            pen.setStyle(Qt.PenStyle.DashLine)
        for points in (s for s in segments if s):
            if series.style is Style.AREA and len(points) > 1:
                fill = QColor(series.color)
                fill.setAlpha(70)
                base = geo.plot.bottom()
                polygon = QPolygonF([QPointF(points[0].x(), base), *points,
                                     QPointF(points[-1].x(), base)])
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawPolygon(polygon)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.setPen(pen)
            painter.drawPath(path)
            if len(points) == 1 or len(data.categories) <= DOTS_UP_TO:
                painter.setPen(QPen(series.color, 1.5))
                painter.setBrush(palette.BACKGROUND)
                for point in points:
                    painter.drawEllipse(point, 3.0, 3.0)
                painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_goal(self, painter: QPainter, geo: _Geometry, data: TimeChartData) -> None:
        assert data.goal is not None
        y = self.y_of(data.goal.value, geo)
        pen = QPen(palette.GOAL, 1.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(geo.plot.left(), y), QPointF(geo.plot.right(), y))

    def _paint_categories(self, painter: QPainter, geo: _Geometry, data: TimeChartData) -> None:
        painter.setFont(self.small_font())
        painter.setPen(palette.MUTED)
        metrics = QFontMetricsF(painter.font())
        widest = max(metrics.horizontalAdvance(c) for c in data.categories)
        every = thin_labels(len(data.categories), geo.slot, widest)
        top = geo.plot.bottom() + 4
        for i, label in enumerate(data.categories):
            if i % every:
                continue
            x = self.x_of(i, geo)
            painter.drawText(QRectF(x - widest, top, widest * 2, metrics.height()),
                             CENTER, label)
