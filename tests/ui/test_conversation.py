"""The conversation pane: mail and chat rendering, no remote content, delivery states, RTL."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFrame, QLabel
from pytestqt.qtbot import QtBot

from agent_assist.channels.base import DeliveryFailed, DeliveryUncertain
from agent_assist.core.models import Channel, Direction, OutboxItem
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.ui.conversation.safe_browser import SafeTextBrowser
from tests.ui.conftest import WindowFactory, add_message, type_text

REMOTE = "https://tracker.example/pixel.png"


def test_email_renders_as_mail_and_never_loads_remote_images(
    workspace: Workspace, make_window: WindowFactory
) -> None:
    cid = add_message(
        workspace, subject="Broken vase",
        text="Hello, the vase arrived broken.",
        html=f'<p>Hello, the <b>vase</b> arrived broken.</p><img src="{REMOTE}" alt="logo">'
             '<img src="file:///etc/passwd">',
    )
    window = make_window(workspace)
    window.inbox.select_id(cid)
    assert window.open_id == cid
    thread = window.conversation.thread_view
    cards = thread.body.findChildren(QFrame, "mailCard")
    assert len(cards) == 1
    browsers = cards[0].findChildren(SafeTextBrowser)
    assert len(browsers) == 1
    browser = browsers[0]
    browser.grab()  # lay out and paint: images are requested now
    assert "vase arrived broken" in browser.toPlainText()
    assert REMOTE in browser.blocked and "file:///etc/passwd" in browser.blocked
    assert browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                QUrl(REMOTE)) is None
    header = window.conversation.header
    assert header.subject.text() == "Broken vase"
    assert header.status.text() == "Needs reply" and header.channel.text() == "Email"


def test_chat_bubbles_notes_and_automatic_replies_look_different(
    workspace: Workspace, make_window: WindowFactory
) -> None:
    cid = add_message(workspace, sender="lea", name="Léa", channel=Channel.DEMO_CHAT,
                      text="<b>not bold</b> gift wrap?", ago=900)
    add_message(workspace, sender="lea", name="Léa", channel=Channel.DEMO_CHAT,
                direction=Direction.AUTO, text="Thanks, we answer within a day.", ago=890)
    workspace.note(cid, "VIP customer")
    window = make_window(workspace)
    window.inbox.select_id(cid)
    body = window.conversation.thread_view.body
    assert len(body.findChildren(QFrame, "bubbleIn")) == 1
    assert len(body.findChildren(QFrame, "noteCard")) == 1
    assert len(body.findChildren(QFrame, "autoCard")) == 1
    texts = [w.text() for w in body.findChildren(QLabel)]
    assert "<b>not bold</b> gift wrap?" in texts  # customer text is shown, never interpreted
    assert any(t.startswith("Internal note") for t in texts)
    assert any(t.startswith("Automatic acknowledgement") for t in texts)


class Refusing:
    def __init__(self, exc: Exception) -> None:
        self.exc = exc

    def send(self, item: OutboxItem) -> None:
        raise self.exc


def test_failed_and_uncertain_deliveries_are_shown(profile: Profile,
                                                   make_window: WindowFactory) -> None:
    failing = Workspace(profile, sender_factory=lambda repos, item: Refusing(
        DeliveryFailed("Recipient address rejected", retryable=False)))
    cid = add_message(failing)
    failing.reply(cid, "We are on it.")
    failing.send_pending()
    uncertain = Workspace(profile, sender_factory=lambda repos, item: Refusing(
        DeliveryUncertain("Timed out after the message was handed over")))
    uncertain.reply(cid, "Second try.")
    uncertain.send_pending()
    window = make_window(failing)
    window.nav.select_key("all")
    assert window.inbox.select_id(cid)
    body = window.conversation.thread_view.body
    failed = [w.text() for w in body.findChildren(QLabel, "deliveryFailed")]
    doubtful = [w.text() for w in body.findChildren(QLabel, "deliveryUncertain")]
    assert failed == ["✕ Not sent: Recipient address rejected"]
    assert len(doubtful) == 1 and "check the customer received it" in doubtful[0]


def test_composer_runs_right_to_left_for_arabic(
    workspace: Workspace, make_window: WindowFactory, qtbot: QtBot
) -> None:
    arabic = add_message(workspace, sender="rana", name="رنا", text="مرحبا، أين طلبي؟",
                         language="ar")
    english = add_message(workspace, sender="tom@example.com", name="Tom",
                          text="Hi, where is my order?", language="en")
    window = make_window(workspace)
    edit = window.composer.edit
    rtl = Qt.LayoutDirection.RightToLeft
    window.inbox.select_id(arabic)
    assert edit.document().defaultTextOption().textDirection() == rtl  # before typing
    window.inbox.select_id(english)
    assert edit.document().defaultTextOption().textDirection() == Qt.LayoutDirection.LeftToRight
    type_text(edit, "شكرا لك")
    assert edit.document().defaultTextOption().textDirection() == rtl
    assert edit.layoutDirection() == rtl
    edit.clear()
    qtbot.keyClicks(edit, "Thanks")
    assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
