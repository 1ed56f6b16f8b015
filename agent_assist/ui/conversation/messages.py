"""One widget per message: mail cards, chat bubbles, internal notes, automatic replies."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from agent_assist.core.models import Delivery, Direction, Message
from agent_assist.ui import app_style
from agent_assist.ui.conversation.safe_browser import SafeTextBrowser
from agent_assist.ui.i18n import isolate, ltr
from agent_assist.ui.labels import delivery_label, format_when
from agent_assist.ui.text_direction import direction_for

HIGHLIGHT_MS = 2500  # how long a message a search opened at stays outlined


def _tr(text: str) -> str:
    return QCoreApplication.translate("MessageWidgets", text)


def highlight_briefly(widget: QWidget, ms: int = HIGHLIGHT_MS) -> None:
    """Outline a message for a moment (where a search result opened the thread).

    Its own style sheet outranks the application's for its border only; the property
    lets tests and accessibility tools see which message is meant.
    """
    name = widget.objectName()
    selector = f"#{name}" if name else ""
    widget.setProperty("searchHit", True)
    widget.setStyleSheet(f"{type(widget).__name__}{selector} {{ border: 2px solid "
                         f"{app_style.ACCENT.name()}; border-radius: 10px; }}")

    def clear() -> None:
        widget.setProperty("searchHit", False)
        widget.setStyleSheet("")

    QTimer.singleShot(ms, widget, clear)  # dropped if the thread was rebuilt meanwhile


def _label(text: str, name: str = "", *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class BubbleLabel(QLabel):
    """A wrapped label as wide as its longest line, up to ``max_width`` (set by the thread).

    QLabel's own guess for wrapped text is a narrow column; chat bubbles should hug short
    messages and stop at about two thirds of the thread for long ones.
    """

    max_width = 420

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        natural = max((fm.horizontalAdvance(line) for line in self.text().splitlines()),
                      default=0) + 4
        width = max(40, min(natural, self.max_width))
        return QSize(width, self.heightForWidth(width))


def _body_label(message: Message, *, bubble: bool = False) -> QLabel:
    body = (BubbleLabel if bubble else QLabel)(message.body_text.strip())
    body.setTextFormat(Qt.TextFormat.PlainText)  # customer text is never interpreted
    body.setWordWrap(True)
    body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    body.setLayoutDirection(direction_for(message.body_text, message.language))
    body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return body


def _author(message: Message, agents: dict[int, str]) -> str:
    if message.direction in (Direction.OUT, Direction.NOTE):
        if message.agent_id is not None and message.agent_id in agents:
            return agents[message.agent_id]
        return message.sender_name or _tr("You")
    return message.sender_name or message.sender_address or _tr("Customer")


def delivery_widget(message: Message) -> QLabel | None:
    """The delivery state of an outgoing message; failures and doubts stand out."""
    if message.direction is not Direction.OUT or message.delivery is None:
        return None
    text = delivery_label(message.delivery, message.delivery_error)
    if message.delivery is Delivery.FAILED:
        label = _label("✕ " + text, "deliveryFailed")
    elif message.delivery is Delivery.UNCERTAIN:
        label = _label("⚠ " + text, "deliveryUncertain")
    else:
        prefix = "✓ " if message.delivery is Delivery.SENT else "… "
        label = _label(prefix + text, "deliveryOk")
    label.setWordWrap(True)
    label.setProperty("delivery", message.delivery.value)
    return label


def mail_body(message: Message) -> SafeTextBrowser:
    """Sanitized HTML when there is some, else the plain text; remote resources refused."""
    browser = SafeTextBrowser()
    direction = direction_for(message.body_text or message.subject, message.language)
    browser.setLayoutDirection(direction)
    option = browser.document().defaultTextOption()
    option.setTextDirection(direction)
    browser.document().setDefaultTextOption(option)
    browser.document().setDocumentMargin(2)
    if message.body_html.strip():
        browser.setHtml(message.body_html)
    else:
        browser.setPlainText(message.body_text.strip())
    return browser


AttachmentWidget = Callable[[Message], QWidget]


def mail_card(message: Message, agents: dict[int, str], now: float,
              attachments: AttachmentWidget | None = None) -> QFrame:
    """An email as mail: sender and date, subject, then the body."""
    card = QFrame()
    card.setObjectName("mailCard")
    card.setProperty("direction", message.direction.value)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(14, 10, 14, 10)
    layout.setSpacing(4)
    top = QHBoxLayout()
    sender = _label(_author(message, agents))
    font = sender.font()
    font.setBold(True)
    sender.setFont(font)
    top.addWidget(sender)
    if message.direction is Direction.IN and message.sender_address:
        top.addWidget(_label(ltr(f"<{message.sender_address}>"), "meta"))
    top.addStretch(1)
    top.addWidget(_label(format_when(message.sent_at, now), "meta"))
    layout.addLayout(top)
    if message.recipients:
        to = ", ".join(map(ltr, message.recipients))
        layout.addWidget(_label(_tr("To: {to}").format(to=to), "meta"))
    if message.subject:
        subject = _label(message.subject)
        font = subject.font()
        font.setWeight(font.Weight.DemiBold)
        subject.setFont(font)
        layout.addWidget(subject)
    layout.addWidget(mail_body(message))
    if message.attachments and attachments is not None:
        layout.addWidget(attachments(message))  # save / open (asks; never executables)
    elif message.attachments:
        names = ", ".join(a.filename for a in message.attachments)
        layout.addWidget(_label(_tr("Attachments: {names}").format(names=names), "meta"))
    delivery = delivery_widget(message)
    if delivery is not None:
        layout.addWidget(delivery)
    return card


def chat_bubble(message: Message, agents: dict[int, str], now: float) -> QWidget:
    """A chat message as a bubble: the customer's on the leading side, ours on the trailing."""
    row = QWidget()
    outer = QHBoxLayout(row)
    outer.setContentsMargins(0, 0, 0, 0)
    bubble = QFrame()
    bubble.setObjectName("bubbleOut" if message.direction is Direction.OUT else "bubbleIn")
    bubble.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
    inner = QVBoxLayout(bubble)
    inner.setContentsMargins(12, 8, 12, 8)
    inner.setSpacing(3)
    inner.addWidget(_body_label(message, bubble=True))
    meta = _label(f"{isolate(_author(message, agents))} · {format_when(message.sent_at, now)}",
                  "meta")
    inner.addWidget(meta)
    delivery = delivery_widget(message)
    if delivery is not None:
        inner.addWidget(delivery)
    if message.direction is Direction.OUT:
        outer.addStretch(1)
        outer.addWidget(bubble)
    else:
        outer.addWidget(bubble)
        outer.addStretch(1)
    return row


def note_card(message: Message, agents: dict[int, str], now: float) -> QFrame:
    """An internal note: yellow, full width, clearly never sent to the customer."""
    card = QFrame()
    card.setObjectName("noteCard")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(12, 8, 12, 8)
    layout.setSpacing(3)
    header = _tr("Internal note · {author} · {when}").format(
        author=isolate(_author(message, agents)), when=format_when(message.sent_at, now))
    layout.addWidget(_label(header, "meta"))
    layout.addWidget(_body_label(message))
    return card


def auto_card(message: Message, now: float) -> QFrame:
    """Our automatic acknowledgement: recorded, visibly not a human answer."""
    card = QFrame()
    card.setObjectName("autoCard")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(12, 6, 12, 6)
    layout.setSpacing(2)
    layout.addWidget(_label(_tr("Automatic acknowledgement · {when}").format(
        when=format_when(message.sent_at, now)), "meta"))
    body = _body_label(message)
    body.setObjectName("meta")
    layout.addWidget(body)
    return card


def message_widget(message: Message, agents: dict[int, str], now: float,
                   attachments: AttachmentWidget | None = None) -> QWidget:
    if message.direction is Direction.NOTE:
        return note_card(message, agents, now)
    if message.direction is Direction.AUTO:
        return auto_card(message, now)
    if message.channel.is_chat:
        return chat_bubble(message, agents, now)
    return mail_card(message, agents, now, attachments)
