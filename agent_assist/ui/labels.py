"""User-visible names and short formats (channel, status, delivery, waits), all translatable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from agent_assist.core.models import Channel, Delivery, Status
from agent_assist.ui import i18n

_CONTEXT = "Labels"

# Waits longer than these are coloured: amber once a customer waits "a while", red after a day.
WAIT_WARN_SECONDS = 4 * 3600
WAIT_LATE_SECONDS = 24 * 3600


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, None, n)


def channel_label(channel: Channel) -> str:
    known = {
        Channel.EMAIL: _tr("Email"),
        Channel.TELEGRAM: _tr("Telegram"),
        Channel.MATRIX: _tr("Matrix"),
        Channel.DEMO_CHAT: _tr("Chat"),
    }
    # A channel added later still gets a readable name before it gets a translation.
    return known.get(channel) or channel.value.replace("_", " ").capitalize()


def status_label(status: Status, needs_reply: bool = False) -> str:
    if status is Status.OPEN:
        return _tr("Needs reply") if needs_reply else _tr("Open")
    return {
        Status.WAITING: _tr("Waiting on customer"),
        Status.SNOOZED: _tr("Snoozed"),
        Status.CLOSED: _tr("Closed"),
    }[status]


def delivery_label(delivery: Delivery, error: str = "") -> str:
    """What the agent must know about an outgoing message, in one line."""
    if delivery is Delivery.QUEUED:
        return _tr("Queued — sending shortly")
    if delivery is Delivery.SENDING:
        return _tr("Sending…")
    if delivery is Delivery.SENT:
        return _tr("Sent")
    if delivery is Delivery.FAILED:
        reason = i18n.isolate(error) if error else _tr("unknown error")
        return _tr("Not sent: {reason}").format(reason=reason)
    return _tr(
        "Delivery uncertain — check the customer received it before sending again. {reason}"
    ).format(reason=i18n.isolate(error)).strip()


def format_wait(seconds: float) -> str:
    """A compact duration: "now", "12 min", "3 h", "2 d"."""
    s = max(0, int(seconds))
    if s < 60:
        return _tr("now")
    if s < 3600:
        return _tr("%n min", s // 60)
    if s < 86400:
        return _tr("%n h", s // 3600)
    return _tr("%n d", s // 86400)


def wait_severity(seconds: float) -> int:
    """0 fine, 1 long, 2 very long: drives the colour of a wait."""
    if seconds >= WAIT_LATE_SECONDS:
        return 2
    if seconds >= WAIT_WARN_SECONDS:
        return 1
    return 0


def format_when(timestamp: float, now: float | None = None) -> str:
    """A message date in the user's locale: time today, else a short date and time."""
    return i18n.format_when(timestamp, now)


def format_count(n: int) -> str:
    return QLocale().toString(n)
