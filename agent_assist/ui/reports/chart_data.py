"""What a chart shows, decided once (labels, values, tooltips) and painted by the widgets."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QColor


class Style(enum.Enum):
    """How a series is drawn on a time chart."""

    BAR = "bar"  # bars of one bucket stack in series order
    LINE = "line"
    DASHED = "dashed"  # a line told apart by its dashes, not only its colour
    AREA = "area"


@dataclass(frozen=True)
class Series:
    """One coloured series, one value per category (None: nothing to measure there)."""

    label: str
    values: tuple[float | None, ...]
    color: QColor
    style: Style = Style.BAR


@dataclass(frozen=True)
class ValueAxis:
    """The value axis: its unit title, how raw values scale to it, and its tick labels."""

    title: str
    tick_text: Callable[[float], str]
    scale: float = 1.0  # raw value / scale = axis value (seconds -> minutes: 60)
    integer: bool = False
    ceiling: float | None = None  # the axis never goes beyond (100 for percents)


@dataclass(frozen=True)
class Goal:
    """A dashed reference line (e.g. the SLA goal) in axis units."""

    value: float
    label: str


@dataclass(frozen=True)
class TimeChartData:
    """A chart over the period's buckets."""

    categories: tuple[str, ...]  # axis labels, one per bucket ("3 Nov")
    tooltips: tuple[str, ...]  # the exact figures of each bucket, several lines
    series: tuple[Series, ...]
    axis: ValueAxis
    empty_text: str
    goal: Goal | None = None
    #: Even with values, an all-zero chart may say more as a sentence ("nobody waited").
    zero_is_empty: bool = True

    @property
    def is_empty(self) -> bool:
        values = [v for s in self.series for v in s.values if v is not None]
        if not values:
            return True
        return self.zero_is_empty and not any(values)


@dataclass(frozen=True)
class AgentRow:
    """One agent's bars (one value per series), a short summary after them, a tooltip."""

    label: str
    values: tuple[float, ...]
    summary: str
    tooltip: str


@dataclass(frozen=True)
class AgentChartData:
    """Horizontal bars, one group per agent."""

    rows: tuple[AgentRow, ...]
    series: tuple[Series, ...]  # labels and colours only; values live in the rows
    axis: ValueAxis
    empty_text: str

    @property
    def is_empty(self) -> bool:
        return not self.rows
