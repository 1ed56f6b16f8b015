"""The conversation pane: a header (subject, contact, channel, status) above the thread."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.models import Conversation, Message, Status
from agent_assist.ui.conversation.messages import (
    AttachmentWidget,
    BubbleLabel,
    highlight_briefly,
    message_widget,
)
from agent_assist.ui.labels import channel_label, format_when, status_label

# Long threads: build the newest messages; older ones are one click away.
MAX_SHOWN = 200
REVEAL_MARGIN = 12  # pixels above a revealed message


class ConversationHeader(QWidget):
    """Subject on top; contact, channel and status as small chips below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.subject = QLabel()
        self.subject.setObjectName("conversationSubject")
        self.subject.setTextFormat(Qt.TextFormat.PlainText)
        self.subject.setWordWrap(True)
        self.contact = QLabel()
        self.contact.setTextFormat(Qt.TextFormat.PlainText)
        self.channel = QLabel()
        self.status = QLabel()
        for chip in (self.channel, self.status):
            chip.setObjectName("chip")
            chip.setTextFormat(Qt.TextFormat.PlainText)
        chips = QHBoxLayout()
        chips.setSpacing(8)
        chips.addWidget(self.contact)
        chips.addWidget(self.channel)
        chips.addWidget(self.status)
        chips.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(6)
        layout.addWidget(self.subject)
        layout.addLayout(chips)

    def set_conversation(self, conv: Conversation | None) -> None:
        if conv is None:
            self.subject.setText(self.tr("No conversation selected"))
            for label in (self.contact, self.channel, self.status):
                label.setText("")
                label.setVisible(False)
            return
        self.subject.setText(conv.subject or self.tr("(no subject)"))
        self.contact.setText(conv.contact_name or self.tr("Unknown customer"))
        self.channel.setText(channel_label(conv.channel))
        status = status_label(conv.status, conv.needs_reply)
        if conv.status is Status.SNOOZED and conv.snoozed_until:
            status = self.tr("Snoozed until {when}").format(when=format_when(conv.snoozed_until))
        self.status.setText(status)
        for label in (self.contact, self.channel, self.status):
            label.setVisible(True)


class ThreadView(QScrollArea):
    """Messages top to bottom, oldest first; opens scrolled to the newest."""

    def __init__(self, clock: Callable[[], float] = time.time,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thread")
        #: Builds a message's attachment controls (set by the channels feature).
        self.attachment_widget: AttachmentWidget | None = None
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.clock = clock
        self._stick_to_bottom = False
        self.items: list[QWidget] = []
        self.item_ids: list[int] = []  # the message id of each item
        self._messages: list[Message] = []
        self._agents: dict[int, str] = {}
        self._reveal: QWidget | None = None  # kept in view while the layout settles
        self._new_body()
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._range_changed)
        bar.actionTriggered.connect(self._user_scrolled)

    def _new_body(self) -> None:
        body = QWidget()
        body.setObjectName("threadBody")
        self.body = body
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(18, 14, 18, 14)
        self._layout.setSpacing(10)
        self.setWidget(body)  # deletes the previous body and every message widget in it

    def set_messages(self, messages: list[Message], agents: dict[int, str],
                     *, include: int | None = None) -> None:
        """Show the newest messages (and every one from ``include`` on, when older)."""
        self._new_body()
        self._messages, self._agents, self._reveal = list(messages), agents, None
        # Chat reads upwards from the newest message at the bottom; mail reads from the top.
        chat = bool(messages) and messages[0].channel.is_chat
        if chat:
            self._layout.addStretch(1)
        now = self.clock()
        hidden = max(0, len(messages) - MAX_SHOWN)
        position = next((i for i, m in enumerate(messages) if m.id == include), hidden)
        hidden = min(hidden, position)
        if hidden:
            note = QLabel(self.tr("{n} earlier messages are not shown.").format(n=hidden))
            note.setObjectName("meta")
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._layout.addWidget(note)
        self.items = [message_widget(m, agents, now, self.attachment_widget)
                      for m in messages[hidden:]]
        self.item_ids = [m.id for m in messages[hidden:]]
        for widget in self.items:
            self._layout.addWidget(widget)
        if not chat:
            self._layout.addStretch(1)
        self._fit_bubbles()
        self._stick_to_bottom = True
        self._range_changed(0, self.verticalScrollBar().maximum())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_bubbles()

    def _fit_bubbles(self) -> None:
        width = max(160, int(self.viewport().width() * 0.68))
        for label in self.body.findChildren(BubbleLabel):
            if label.max_width != width:
                label.max_width = width
                label.updateGeometry()

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        # Layout settles in several passes; keep following the bottom (or the message a
        # search opened at) until the user scrolls.
        if self._reveal is not None:
            self._scroll_to(self._reveal)
        elif self._stick_to_bottom:
            self.verticalScrollBar().setValue(maximum)

    def _user_scrolled(self, action: int) -> None:
        if action != QAbstractSlider.SliderAction.SliderNoAction.value:
            self._stick_to_bottom = False
            self._reveal = None

    def reveal(self, message_id: int) -> bool:
        """Scroll to a message and highlight it for a moment (a search opened it).

        A message older than the ones shown is built first. False when the thread does
        not hold it.
        """
        if message_id not in self.item_ids:
            if all(m.id != message_id for m in self._messages):
                return False
            self.set_messages(self._messages, self._agents, include=message_id)
        item = self.items[self.item_ids.index(message_id)]
        self._stick_to_bottom = False
        self._reveal = item
        self.body.adjustSize()
        self._scroll_to(item)
        frame = item if isinstance(item, QFrame) else item.findChild(QFrame)
        highlight_briefly(frame or item)
        return True

    def _scroll_to(self, item: QWidget) -> None:
        self.verticalScrollBar().setValue(max(0, item.y() - REVEAL_MARGIN))


class ConversationView(QWidget):
    """Header plus thread for one conversation (or an empty state)."""

    def __init__(self, clock: Callable[[], float] = time.time,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = ConversationHeader()
        self.thread_view = ThreadView(clock)
        self.conversation: Conversation | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.thread_view, 1)
        self.show_conversation(None, [], {})

    def show_conversation(self, conv: Conversation | None, messages: list[Message],
                          agents: dict[int, str]) -> None:
        self.conversation = conv
        self.header.set_conversation(conv)
        self.thread_view.set_messages(messages if conv is not None else [], agents)

    def focus_thread(self) -> None:
        self.thread_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def reveal(self, message_id: int) -> bool:
        """Scroll the thread to a message and highlight it briefly."""
        return self.thread_view.reveal(message_id)
