"""The status actions (Close, Reopen, Snooze until…, Waiting on customer) as QActions."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from agent_assist.core.models import Conversation, Status


class StatusActions(QObject):
    """One QAction per status change, shared by the toolbar and the menu.

    Single-letter shortcuts are safe: text fields claim printable keys before shortcuts
    see them, so typing "e" in the composer never closes anything.
    """

    requested = Signal(object)  # the Status the agent asked for
    snooze_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.close = self._action(self.tr("Close"), "E", self.tr("Done: close the conversation"))
        self.reopen = self._action(self.tr("Reopen"), "Shift+E", self.tr("Open it again"))
        self.snooze = self._action(self.tr("Snooze…"), "H",
                                   self.tr("Hide it until a moment you choose"))
        self.waiting = self._action(self.tr("Waiting on customer"), "W",
                                    self.tr("Nothing to do until the customer answers"))
        self.close.triggered.connect(lambda: self.requested.emit(Status.CLOSED))
        self.reopen.triggered.connect(lambda: self.requested.emit(Status.OPEN))
        self.waiting.triggered.connect(lambda: self.requested.emit(Status.WAITING))
        self.snooze.triggered.connect(self.snooze_requested)
        self.update_for(None)

    def _action(self, text: str, shortcut: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({native})")
        action.setStatusTip(tip)
        return action

    def all(self) -> list[QAction]:
        return [self.close, self.snooze, self.waiting, self.reopen]

    def update_for(self, conv: Conversation | None) -> None:
        """Offer only the moves that change something."""
        status = conv.status if conv is not None else None
        self.close.setEnabled(status is not None and status is not Status.CLOSED)
        self.reopen.setEnabled(status is not None and status is not Status.OPEN)
        self.snooze.setEnabled(status is not None and status is not Status.CLOSED)
        self.waiting.setEnabled(status is not None and status in (Status.OPEN, Status.SNOOZED))
