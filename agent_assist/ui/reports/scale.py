"""Axis arithmetic without Qt: round tick steps and the unit a duration axis reads best in."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["DurationUnit", "duration_unit", "nice_ticks", "scale_top", "thin_labels"]


def _nice_step(raw: float) -> float:
    """The smallest of 1, 2, 2.5, 5 × 10^k that is at least ``raw``."""
    exponent = math.floor(math.log10(raw))
    base = 10.0**exponent
    for factor in (1.0, 2.0, 2.5, 5.0, 10.0):
        if factor * base >= raw - 1e-12:
            return factor * base
    return 10.0 * base  # unreachable: 10 × base always covers raw


def nice_ticks(maximum: float, *, count: int = 5, integer: bool = False,
               ceiling: float | None = None) -> list[float]:
    """Ticks from 0 to a round top covering ``maximum``, about ``count`` of them.

    ``integer`` keeps steps whole (message counts); ``ceiling`` caps the top (100 %).
    """
    if maximum <= 0 or not math.isfinite(maximum):
        maximum = 1.0
    step = _nice_step(maximum / max(1, count))
    if integer:
        step = max(1.0, math.ceil(step))
    top = math.ceil(maximum / step - 1e-9) * step
    if ceiling is not None and top > ceiling:
        top = ceiling
    ticks = []
    value = 0.0
    while value <= top + step * 1e-6:
        ticks.append(round(value, 10))
        value += step
    return ticks


def scale_top(ticks: Sequence[float]) -> float:
    """The value at the far end of an axis with ``ticks``: never 0, so it can divide."""
    return ticks[-1] if ticks and ticks[-1] > 0 else 1.0


@dataclass(frozen=True, slots=True)
class DurationUnit:
    """How a duration axis is labelled: seconds per unit (``unit is HOURS`` tells which)."""

    seconds: int


MINUTES = DurationUnit(60)
HOURS = DurationUnit(3600)


def duration_unit(largest_seconds: float) -> DurationUnit:
    """Minutes up to two hours, hours beyond (business time has no useful "days")."""
    return MINUTES if largest_seconds <= 2 * 3600 else HOURS


def thin_labels(count: int, slot_width: float, label_width: float, gap: float = 8.0) -> int:
    """Label every n-th category so labels of ``label_width`` never touch: that n (>= 1)."""
    if count <= 0 or slot_width <= 0:
        return 1
    return max(1, math.ceil((label_width + gap) / slot_width))
