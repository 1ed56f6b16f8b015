"""The tray: the Needs-reply count on the icon, desktop notifications, close-to-tray, quit.

Owned by the main window. Notifications go through an injectable :class:`Notifier` and are
also emitted as the ``notified`` signal, so tests (and offscreen runs, where no system tray
exists) can check them. Polling runs on the window's writer worker when a runner is given
(escalations are recorded once each, a write); otherwise on the calling thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from agent_assist.core.sla import SlaState
from agent_assist.services.alerts import AlertBatch, Alerts, Escalation, NewMessageAlert
from agent_assist.services.sla import WaitingClock, load_config, waiting_clocks
from agent_assist.services.workspace import Workspace
from agent_assist.ui.tray.icon import count_icon
from agent_assist.ui.tray.quit_guard import Ask, ask_modal, confirm_quit

POLL_MS = 30_000
#: More than this many at once become one summary notification instead of a flood.
GROUP_ABOVE = 3


class Runner(Protocol):
    """What the controller needs from ``ui.bridge.TaskRunner``."""

    def run(self, fn: Callable[[], Any], *, on_done: Callable[[Any], None] | None = ...,
            on_error: Callable[[str], None] | None = ..., what: str = ...) -> int: ...


class Notifier(Protocol):
    """Shows one desktop notification."""

    def notify(self, title: str, text: str, urgent: bool) -> None: ...


class TrayNotifier:
    """Desktop notifications through the tray icon (the platform's notification service)."""

    def __init__(self, tray: QSystemTrayIcon) -> None:
        self.tray = tray

    def notify(self, title: str, text: str, urgent: bool) -> None:
        if self.tray.isVisible():
            icon = (QSystemTrayIcon.MessageIcon.Warning if urgent
                    else QSystemTrayIcon.MessageIcon.Information)
            self.tray.showMessage(title, text, icon, 15_000 if urgent else 8_000)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Tray", text, None, n)


def _trn(one: str, many: str, n: int) -> str:
    """English reads right without a loaded .qm; translators get ``many`` with %n forms."""
    return _tr(one if n == 1 else many, n)


class TrayController(QObject):
    """Count on the icon, notifications, and the close/quit policy of the main window."""

    count_changed = Signal(int)
    notified = Signal(str, str)  # title, text: every notification shown (or that would be)
    open_requested = Signal()
    open_conversation_requested = Signal(int)
    quit_requested = Signal()

    def __init__(
        self, workspace: Workspace, window: QWidget | None = None, *,
        runner: Runner | None = None, notifier: Notifier | None = None,
        clock: Callable[[], float] = time.time, ask: Ask = ask_modal,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.window = window
        self.runner = runner
        self.clock = clock
        self.ask = ask
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray = QSystemTrayIcon(self)
        self.tray.setIcon(count_icon(0))
        self.tray.setToolTip(_tr("Agent Assist"))
        self.notifier: Notifier = notifier or TrayNotifier(self.tray)
        self.count = -1
        self.worst: SlaState | None = None
        self._last_id: int | None = None
        self._last_conversation: int | None = None
        self._hinted = False
        self._quitting = False
        self._polling = False
        self.menu = QMenu(window)
        self.open_action = QAction(_tr("Open Agent Assist"), self)
        self.quit_action = QAction(_tr("Quit"), self)
        self.menu.addAction(self.open_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.tray.setContextMenu(self.menu)
        self.open_action.triggered.connect(self.show_window)
        self.quit_action.triggered.connect(self.request_quit)
        self.tray.activated.connect(self._on_activated)
        self.tray.messageClicked.connect(self._on_message_clicked)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Show the icon (where a tray exists), remember where messages stand, poll."""
        if self.available:
            self.tray.show()
            app = QApplication.instance()
            if isinstance(app, QApplication):
                # The window hides to the tray: only an explicit Quit ends the app.
                app.setQuitOnLastWindowClosed(False)
        self.poll()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.tray.hide()

    @property
    def keeps_running(self) -> bool:
        """Closing the window hides it to the tray (only where a tray exists)."""
        return self.available

    # -- polling -------------------------------------------------------------------------------

    def poll(self) -> None:
        """Ask the services what changed; results arrive in :meth:`apply`."""
        if self._polling:
            return  # the previous poll is still queued behind a long write
        workspace, clock, last = self.workspace, self.clock, self._last_id

        def job() -> AlertBatch:
            alerts = Alerts(workspace.repos(), clock)
            # The first poll only learns where messages stand: no flood at start-up.
            return alerts.poll(alerts.last_message_id() if last is None else last)

        self._polling = True
        if self.runner is None:
            try:
                self.apply(job())
            finally:
                self._polling = False
            return
        self.runner.run(job, on_done=self.apply, on_error=self._poll_failed,
                        what=_tr("Checking for waiting customers"))

    def _poll_failed(self, _message: str) -> None:
        self._polling = False

    def apply(self, batch: AlertBatch) -> None:
        self._polling = False
        self._last_id = batch.last_message_id
        worst = (SlaState.BREACHED if batch.breached else SlaState.AT_RISK if batch.at_risk
                 else None)
        if batch.needs_reply != self.count or worst is not self.worst:
            self.count, self.worst = batch.needs_reply, worst
            self.tray.setIcon(count_icon(batch.needs_reply, worst))
            self.tray.setToolTip(self._tooltip(batch))
            self.count_changed.emit(batch.needs_reply)
        self._announce_messages(batch.new_messages)
        self._announce_escalations(batch.escalations)

    def _tooltip(self, batch: AlertBatch) -> str:
        if batch.needs_reply == 0:
            return _tr("Agent Assist — everyone has an answer")
        text = _trn("Agent Assist — %n customer waiting", "Agent Assist — %n customers waiting",
                    batch.needs_reply)
        if batch.breached:
            text += "\n" + _tr("%n overdue", batch.breached)
        if batch.at_risk:
            text += "\n" + _tr("%n due soon", batch.at_risk)
        return text

    def _announce_messages(self, alerts: list[NewMessageAlert]) -> None:
        if not alerts:
            return
        if len(alerts) > GROUP_ABOVE:
            self._notify(_tr("%n new customer messages", len(alerts)),
                         ", ".join(dict.fromkeys(a.sender for a in alerts)), False, None)
            return
        for alert in alerts:
            self._notify(_tr("New message from {name}").format(name=alert.sender),
                         alert.snippet or alert.subject, False, alert.conversation_id)

    def _announce_escalations(self, escalations: list[Escalation]) -> None:
        if not escalations:
            return
        if len(escalations) > GROUP_ABOVE:
            overdue = sum(1 for e in escalations if e.state is SlaState.BREACHED)
            self._notify(_trn("%n conversation needs attention",
                              "%n conversations need attention", len(escalations)),
                         _tr("%n overdue", overdue) + " · " +
                         _tr("%n due soon", len(escalations) - overdue), True, None)
            return
        for item in escalations:
            name = item.name or item.subject or _tr("A customer")
            if item.state is SlaState.BREACHED:
                title = _tr("Overdue: {name} is still waiting").format(name=name)
            else:
                title = _tr("Due soon: {name} is waiting").format(name=name)
            self._notify(title, item.subject, item.state is SlaState.BREACHED,
                         item.conversation_id)

    def _notify(self, title: str, text: str, urgent: bool, conversation_id: int | None) -> None:
        self._last_conversation = conversation_id
        self.notifier.notify(title, text, urgent)
        self.notified.emit(title, text)

    # -- window, close and quit ----------------------------------------------------------------

    def show_window(self) -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()
        self.open_requested.emit()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    def _on_message_clicked(self) -> None:
        self.show_window()
        if self._last_conversation is not None:
            self.open_conversation_requested.emit(self._last_conversation)

    def waiting(self) -> list[WaitingClock]:
        """Who still waits, longest first (a cheap read on the calling thread)."""
        now = self.clock()
        repos = self.workspace.repos()
        return waiting_clocks(repos, load_config(repos, date.fromtimestamp(now)), now)

    def confirm_quit(self) -> bool:
        return confirm_quit(self.window, self.waiting(), self.ask)

    def handle_close(self, event: QCloseEvent, user: bool | None = None) -> bool:
        """Call first in the window's ``closeEvent``; False means: stop, the event is handled.

        A user closing the window (``event.spontaneous()``) hides it to the tray where one
        exists, or must confirm quitting while customers wait. Closes from code (an
        accepted quit, tests, a screenshot) pass straight through.
        """
        user = event.spontaneous() if user is None else user
        if self._quitting or not user:
            return True
        if self.keeps_running:
            event.ignore()
            if self.window is not None:
                self.window.hide()
            if not self._hinted:
                self._hinted = True
                self._notify(_tr("Agent Assist is still running"),
                             _tr("New messages keep arriving here. Use Quit in this menu "
                                 "to stop."), False, None)
            return False
        if self.confirm_quit():
            self._quitting = True
            return True
        event.ignore()
        return False

    def request_quit(self) -> None:
        """The Quit action (menu, tray, Ctrl+Q): confirm if anyone waits, then quit."""
        if self._quitting or self.confirm_quit():
            self._quitting = True
            self.stop()
            self.quit_requested.emit()
