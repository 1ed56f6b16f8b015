"""Quick switch between agents, and the idle lock that covers the window after N minutes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.permissions import Action
from agent_assist.services.session import Session, SignIn
from agent_assist.ui.team.login import LoginPanel, Runner

# Input that proves someone is at the keyboard; paints, timers and focus changes do not.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
        QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
    }
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Switcher", text)


class IdleLock(QObject):
    """Emits ``idle`` after ``interval_ms`` without user input anywhere in the application.

    An application-wide event filter restarts the timer on every key, click, move or
    wheel event; it never consumes them.
    """

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # Precise: a coarse timer may fire 5 % early, i.e. 30 s before a 10-minute lock.
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.idle)
        self.set_interval(interval_ms)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_interval(self, interval_ms: int) -> None:
        """0 turns the lock off."""
        self.timer.setInterval(max(0, interval_ms))
        self.restart()

    @property
    def enabled(self) -> bool:
        return self.timer.interval() > 0

    def restart(self) -> None:
        if self.enabled:
            self.timer.start()
        else:
            self.timer.stop()

    def pause(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()  # restarts the countdown
        return False

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()


# While locked these must not reach the window behind the overlay (Tab can move focus
# there, and its shortcuts, e.g. Ctrl+Enter to send, fire whatever has focus).
_BLOCKED = frozenset(
    {
        QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
        QEvent.Type.InputMethod, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.ContextMenu,
    }
)


class LockOverlay(QWidget):
    """Covers the whole window (nothing readable behind it) until someone signs in.

    While shown, an application event filter drops shortcuts and input aimed at the
    window's other widgets, and the window's open dialogs are closed.
    """

    unlocked = Signal(object)  # SignIn

    def __init__(self, window: QWidget, session: Session, runner: Runner | None = None) -> None:
        super().__init__(window)
        self.setObjectName("lockOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        self.setStyleSheet("QWidget#lockOverlay { background: palette(window); }")
        self.panel = LoginPanel(session, runner=runner, button_text=_tr("Unlock"))
        self.panel.setMaximumWidth(380)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.panel.signed_in.connect(self._signed_in)
        window.installEventFilter(self)
        self.hide()

    def show_locked(self, select_id: int | None = None) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
            for dialog in parent.findChildren(QDialog):
                if dialog.isVisible():
                    dialog.close()  # an audit log or mention list left open behind the lock
        app = QApplication.instance()
        if app is not None and not self.isVisible():
            app.installEventFilter(self)
        self.panel.title.setText(_tr("Locked. Who is working?"))
        self.panel.reload(select_id)
        self.show()
        self.raise_()
        self.panel.agent_list.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.panel.password.isEnabled():
            self.panel.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        kind = event.type()
        if parent is not None and watched is parent and kind == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
            return False
        if not self.isVisible() or parent is None:
            return False
        if kind == QEvent.Type.Shortcut:
            return True  # no menu, action or shortcut of the locked window
        if kind in _BLOCKED and isinstance(watched, QWidget):
            inside = watched is self or self.isAncestorOf(watched)
            return not inside and watched.window() is parent.window()
        return False

    def hideEvent(self, event: QHideEvent) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().hideEvent(event)

    def _signed_in(self, result: SignIn) -> None:
        self.hide()
        self.unlocked.emit(result)


class AgentSwitcher(QToolButton):
    """The current agent's name in the status bar; its menu switches, locks, manages."""

    switch_requested = Signal(object)  # the Agent to switch to
    lock_requested = Signal()
    manage_requested = Signal()
    audit_requested = Signal()
    duty_toggled = Signal(bool)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agentSwitcher")
        self.session = session
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # One menu for the status-bar button and the menu bar ("Team"), so every entry is
        # also reachable from the keyboard.
        self.menu_ = QMenu(_tr("&Team"), self)
        self.menu_.setObjectName("menu-team")
        self.setMenu(self.menu_)
        self.lock_action = QAction(_tr("Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.duty_action = QAction(_tr("On duty (receives new conversations)"), self)
        self.duty_action.setCheckable(True)
        self.duty_action.toggled.connect(self.duty_toggled)
        self.manage_action = QAction(_tr("Manage agents…"), self)
        self.manage_action.triggered.connect(self.manage_requested)
        self.audit_action = QAction(_tr("Audit log…"), self)
        self.audit_action.triggered.connect(self.audit_requested)
        self.menu_.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        """Refresh the label and the menu from the session (agents may change elsewhere)."""
        current = self.session.current
        self.setText(current.name if current else _tr("Nobody signed in"))
        self.setToolTip(_tr("Working as {name}: click to switch").format(
            name=current.name) if current else "")
        self.menu_.clear()
        self.menu_.addSection(_tr("Switch to"))
        for agent in self.session.agents():
            if current is not None and agent.id == current.id:
                continue
            action = self.menu_.addAction(agent.name)
            action.setData(agent.id)
            action.triggered.connect(
                lambda _=False, a=agent: self.switch_requested.emit(a))
        self.menu_.addSeparator()
        self.menu_.addAction(self.lock_action)
        self.lock_action.setEnabled(current is not None and self.session.needs_login())
        self.duty_action.blockSignals(True)
        self.duty_action.setChecked(bool(current and current.on_duty))
        self.duty_action.blockSignals(False)
        self.duty_action.setEnabled(current is not None)
        self.menu_.addAction(self.duty_action)
        self.menu_.addSeparator()
        self.menu_.addAction(self.manage_action)
        self.menu_.addAction(self.audit_action)
        self.audit_action.setEnabled(self.session.can(Action.VIEW_AUDIT))

    def switch_actions(self) -> dict[str, QAction]:
        """The "switch to" entries by agent name (tests and shortcuts use them)."""
        return {a.text(): a for a in self.menu_.actions() if isinstance(a.data(), int)}
