"""Chart colours: the Okabe–Ito palette (readable with every common colour-vision deficiency),
with the app's own text, grid and background colours from ``ui.app_style``."""

from __future__ import annotations

from PySide6.QtGui import QColor

from agent_assist.core.models import Channel
from agent_assist.ui import app_style

BLUE = QColor("#0072B2")
ORANGE = QColor("#E69F00")
SKY = QColor("#56B4E9")
GREEN = QColor("#009E73")
VERMILLION = QColor("#D55E00")
PURPLE = QColor("#CC79A7")
YELLOW = QColor("#F0E442")

TEXT = app_style.TEXT
MUTED = app_style.MUTED
GRID = app_style.BORDER
BACKGROUND = app_style.BASE
HOVER = QColor(app_style.ACCENT_SOFT)
GOAL = QColor("#374151")  # the goal line: dark grey, dashed, distinct from every series

CHANNELS: dict[Channel, QColor] = {
    Channel.EMAIL: BLUE,
    Channel.DEMO_CHAT: ORANGE,
    Channel.TELEGRAM: SKY,
    Channel.MATRIX: GREEN,
}
_SPARE = (PURPLE, VERMILLION, YELLOW)


def channel_color(channel: Channel) -> QColor:
    """A stable colour per channel (a channel added later takes a spare one)."""
    found = CHANNELS.get(channel)
    if found is not None:
        return found
    return _SPARE[list(Channel).index(channel) % len(_SPARE)]
