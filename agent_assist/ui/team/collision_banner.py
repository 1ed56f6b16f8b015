""""Yasmine is replying…" above the composer, and the confirmation before a late send."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.models import Direction, Message
from agent_assist.core.team import Presence
from agent_assist.services.collision import SendCheck

log = logging.getLogger(__name__)

POLL_MS = 3_000  # well inside the 30 s freshness window, cheap (one indexed query)
SNIPPET = 160


def _tr(text: str) -> str:
    return QCoreApplication.translate("Collision", text)


class PresencePoller(QObject):
    """Asks "who else is replying here?" every few seconds on its own thread.

    The query runs on a one-thread pool (with its own SQLite connection); the answer
    comes back through a queued signal, so the GUI thread never waits on the database.
    """

    answered = Signal(int, object)  # conversation id, list[Presence]

    def __init__(self, query: Callable[[int], list[Presence]], *, interval_ms: int = POLL_MS,
                 on_thread_exit: Callable[[], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.query = query
        self.on_thread_exit = on_thread_exit
        self.conversation_id: int | None = None
        self._pool: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="presence")
        self._inflight: Future[None] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def watch(self, conversation_id: int | None) -> None:
        self.conversation_id = conversation_id
        if conversation_id is None:
            self.timer.stop()
            self.answered.emit(-1, [])
            return
        self.poll()
        self.timer.start()

    def poll(self) -> None:
        cid = self.conversation_id
        if cid is None or self._pool is None:
            return
        if self._inflight is not None and not self._inflight.done():
            return  # the previous answer is still coming: never pile up queries
        emit = self.answered.emit
        query = self.query

        def job() -> None:
            try:
                rows = query(cid)
            except Exception:  # a busy or closing database: try again on the next tick
                log.warning("presence poll failed", exc_info=True)
                return
            emit(cid, rows)

        self._inflight = self._pool.submit(job)

    def shutdown(self) -> None:
        self.timer.stop()
        pool, self._pool = self._pool, None
        if pool is not None:
            if self.on_thread_exit is not None:
                pool.submit(self.on_thread_exit)  # close that thread's connection there
            pool.shutdown(wait=True)


def presence_text(rows: list[Presence], my_agent_id: int | None) -> str:
    """One sentence for the banner; '' when nobody else is writing."""
    if not rows:
        return ""
    names: list[str] = []
    me_elsewhere = False
    for row in rows:
        if my_agent_id is not None and row.agent_id == my_agent_id:
            me_elsewhere = True
        elif row.agent_name and row.agent_name not in names:
            names.append(row.agent_name)
    if not names:
        return _tr("You are also writing here in another window.") if me_elsewhere else ""
    if len(names) == 1:
        return _tr("{name} is replying…").format(name=names[0])
    return _tr("{names} are replying…").format(names=", ".join(names))


class CollisionBanner(QFrame):
    """A slim warning bar; hidden while nobody else writes in the open conversation."""

    def __init__(self, poller: PresencePoller, my_agent_id: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("collisionBanner")
        self.setStyleSheet(
            "QFrame#collisionBanner { background: #fff4ce; border: 1px solid #e0b400;"
            " border-radius: 6px; } QFrame#collisionBanner QLabel { color: #5c4700; }")
        self.poller = poller
        self.my_agent_id = my_agent_id
        self.label = QLabel()
        self.label.setObjectName("collisionText")
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.label)
        self.rows: list[Presence] = []
        poller.answered.connect(self._answered)
        self.hide()

    def watch(self, conversation_id: int | None) -> None:
        if conversation_id != self.poller.conversation_id:
            self.show_rows([])
        self.poller.watch(conversation_id)

    def show_rows(self, rows: list[Presence]) -> None:
        self.rows = rows
        text = presence_text(rows, self.my_agent_id())
        self.label.setText(text)
        self.setVisible(bool(text))

    def _answered(self, conversation_id: int, rows: object) -> None:
        if conversation_id == self.poller.conversation_id and isinstance(rows, list):
            self.show_rows(rows)
        elif conversation_id == -1:
            self.show_rows([])


# -- the confirmation before sending ----------------------------------------------------------


def _describe(message: Message, agents: dict[int, str]) -> str:
    when = time.strftime("%H:%M", time.localtime(message.sent_at))
    text = " ".join(message.body_text.split())
    if len(text) > SNIPPET:
        text = text[: SNIPPET - 1] + "…"
    who = agents.get(message.agent_id or -1, "") or message.sender_name
    if message.direction is Direction.IN:
        head = _tr("Customer ({name}) at {when}").format(
            name=message.sender_name or message.sender_address, when=when)
    elif message.direction is Direction.NOTE:
        head = _tr("Note by {name} at {when}").format(name=who or _tr("a colleague"), when=when)
    else:
        head = _tr("Reply by {name} at {when}").format(name=who or _tr("someone else"),
                                                       when=when)
    return f"{head}: {text}"


class NewerMessagesDialog(QDialog):
    """Lists what arrived since the draft began; "Go back" is the default button."""

    def __init__(self, check: SendCheck, agents: dict[int, str], *, as_note: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newerMessagesDialog")
        self.setWindowTitle(_tr("New activity in this conversation"))
        intro = QLabel(_tr("Since you started writing:") if not check.replies_by_others
                       else _tr("Someone else has already replied since you started writing:"))
        intro.setWordWrap(True)
        self.items = QListWidget()
        self.items.setObjectName("newerMessages")
        self.items.setWordWrap(True)
        for message in check.messages:
            self.items.addItem(_describe(message, agents))
        buttons = QDialogButtonBox()
        self.send_button = buttons.addButton(
            _tr("Add the note anyway") if as_note else _tr("Send anyway"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button = buttons.addButton(_tr("Go back to my draft"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.back_button.setDefault(True)
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.items, 1)
        layout.addWidget(buttons)
        self.resize(520, 320)


def confirm_send(parent: QWidget | None, check: SendCheck, agents: dict[int, str], *,
                 as_note: bool = False) -> bool:
    """True when there is nothing new, or the agent read it and chose to send anyway."""
    if not check.needs_confirmation:
        return True
    dialog = NewerMessagesDialog(check, agents, as_note=as_note, parent=parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
