"""Who is working: pick your name, type your PIN or password (skipped for a solo owner)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.team import Agent
from agent_assist.services.session import Session, SessionError, SignIn

AGENT_ROLE = Qt.ItemDataRole.UserRole


class Runner(Protocol):
    """The window's task runner (ui.bridge.TaskRunner): work off the GUI thread."""

    def run(self, fn: Callable[[], Any], *, on_done: Callable[[Any], None] | None = ...,
            on_error: Callable[[str], None] | None = ..., what: str = ...) -> int: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("Login", text)


class LoginPanel(QWidget):
    """The list of agents and a password field; emits ``signed_in(SignIn)`` on success.

    Checking a password costs a deliberate ~0.2 s (scrypt): with a ``runner`` it happens
    on the worker thread, otherwise (before the main window exists) right here.
    """

    signed_in = Signal(object)

    def __init__(self, session: Session, *, runner: Runner | None = None,
                 button_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginPanel")
        self.session = session
        self.runner = runner
        self.title = QLabel(_tr("Who is working?"))
        self.title.setObjectName("loginTitle")
        self.agent_list = QListWidget()
        self.agent_list.setObjectName("loginAgents")
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(_tr("PIN or password"))
        self.error = QLabel()
        self.error.setObjectName("statusError")
        self.error.setWordWrap(True)
        self.button = QPushButton(button_text or _tr("Start working"))
        self.button.setObjectName("loginButton")
        self.button.setDefault(True)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.agent_list, self.password, self.error, self.button):
            layout.addWidget(widget)
        self.agent_list.currentItemChanged.connect(lambda *_: self._agent_changed())
        self.agent_list.itemActivated.connect(lambda _: self.submit())
        self.password.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Fill the list with the active agents; select ``select_id`` (or the current one)."""
        self.agent_list.clear()
        wanted = select_id if select_id is not None else self.session.agent_id
        for agent in self.session.agents():
            label = _tr("{name} · PIN").format(name=agent.name) if agent.has_password \
                else agent.name
            item = QListWidgetItem(label)
            item.setData(AGENT_ROLE, agent)
            self.agent_list.addItem(item)
            if agent.id == wanted:
                self.agent_list.setCurrentItem(item)
        if self.agent_list.currentItem() is None and self.agent_list.count():
            self.agent_list.setCurrentRow(0)
        self.error.clear()
        self.password.clear()
        self._agent_changed()

    def selected(self) -> Agent | None:
        item = self.agent_list.currentItem()
        value = item.data(AGENT_ROLE) if item is not None else None
        return value if isinstance(value, Agent) else None

    def select(self, agent_id: int) -> None:
        for row in range(self.agent_list.count()):
            agent = self.agent_list.item(row).data(AGENT_ROLE)
            if isinstance(agent, Agent) and agent.id == agent_id:
                self.agent_list.setCurrentRow(row)
                return

    def submit(self) -> None:
        agent = self.selected()
        if agent is None or not self.button.isEnabled():
            return
        password, session = self.password.text(), self.session
        self._set_busy(True)
        if self.runner is None:
            try:
                result = session.sign_in(agent.id, password)
            except SessionError as exc:
                self._failed(str(exc))
            else:
                self._succeeded(result)
            return
        self.runner.run(lambda: session.sign_in(agent.id, password), on_done=self._succeeded,
                        on_error=self._failed, what="")

    # -- internals ---------------------------------------------------------------------------

    def _agent_changed(self) -> None:
        agent = self.selected()
        needs = agent is not None and agent.has_password
        self.password.setEnabled(needs)
        self.password.setVisible(needs)
        if not needs:
            self.password.clear()
        elif self.isVisible():
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self.button.setEnabled(agent is not None)

    def _set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.agent_list.setEnabled(not busy)
        self.password.setReadOnly(busy)

    def _succeeded(self, result: SignIn) -> None:
        self._set_busy(False)
        self.password.clear()
        self.error.clear()
        self.signed_in.emit(result)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.error.setText(message)
        self.password.selectAll()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)


class LoginDialog(QDialog):
    """The start-up question "Who is working?" as a dialog; :attr:`result_sign_in` on accept."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Agent Assist — who is working?"))
        self.result_sign_in: SignIn | None = None
        self.panel = LoginPanel(session, parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.panel.signed_in.connect(self._done)
        self.resize(360, 420)

    def _done(self, result: SignIn) -> None:
        self.result_sign_in = result
        self.accept()


def ask_who_is_working(session: Session, parent: QWidget | None = None,
                       exec_dialog: Callable[[LoginDialog], int] | None = None) -> SignIn | None:
    """Sign in automatically when nobody needs to choose; otherwise ask. None: cancelled."""
    automatic = session.start()
    if automatic is not None:
        return automatic
    dialog = LoginDialog(session, parent)
    try:
        (exec_dialog or (lambda d: d.exec()))(dialog)
        return dialog.result_sign_in
    finally:
        dialog.deleteLater()
