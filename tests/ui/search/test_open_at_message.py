"""A search result opens its conversation at the matching message, scrolled to and outlined."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QWidget
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Channel
from agent_assist.services.workspace import Workspace
from agent_assist.ui.conversation.messages import highlight_briefly
from agent_assist.ui.conversation.view import MAX_SHOWN
from tests.ui.conftest import WindowFactory, add_message, show_active

FILLER = "\n".join(f"Line {n} about glaze, kilns and colours." for n in range(30))


def long_thread(workspace: Workspace, count: int, *, channel: Channel = Channel.EMAIL,
                filler: str = FILLER) -> int:
    """A conversation of ``count`` long messages; only the first mentions "zephyr"."""
    sender = "chat-long" if channel.is_chat else "long@example.com"
    cid = 0
    for n in range(count):
        text = ("The zephyr glaze chipped. " if n == 0 else f"Message {n}. ") + filler
        cid = add_message(workspace, sender=sender, name="Long Thread", subject="Vase",
                          text=text, ago=10_000 - n, channel=channel, thread_key="long")
    return cid


def visible_in_viewport(window: QWidget, item: QWidget) -> bool:
    thread = window.conversation.thread_view  # type: ignore[attr-defined]
    top = item.mapTo(thread.viewport(), item.rect().topLeft()).y()
    return 0 <= top < thread.viewport().height()


def shown_item(window: QWidget, message_id: int) -> QWidget:
    thread = window.conversation.thread_view  # type: ignore[attr-defined]
    return thread.items[thread.item_ids.index(message_id)]


def test_enter_on_a_result_opens_the_thread_at_the_matching_message(
    workspace: Workspace, make_window: WindowFactory, qtbot: QtBot
) -> None:
    cid = long_thread(workspace, 6)
    window = make_window(workspace)
    show_active(window, qtbot)
    window.search_box.setText("zephyr")
    window.search()
    result = window.inbox.search_model.result(0)
    assert result is not None and result.conversation_id == cid and result.message_id
    qtbot.keyClick(window.inbox.search_view, Qt.Key.Key_Return)
    assert window.open_id == cid
    item = shown_item(window, result.message_id)
    bar = window.conversation.thread_view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the layout has settled: the thread scrolls
    qtbot.waitUntil(lambda: visible_in_viewport(window, item))
    assert bar.value() < bar.maximum()  # not left at the newest message, as usual
    thread = window.conversation.thread_view
    frame = item if isinstance(item, QFrame) else item.findChild(QFrame)
    assert frame is not None and frame.property("searchHit") is True
    others = [w for w in thread.items if w is not item]
    assert not any(w.property("searchHit") for w in others)


def test_a_chat_message_is_revealed_and_its_bubble_outlined(
    workspace: Workspace, make_window: WindowFactory, qtbot: QtBot
) -> None:
    long_thread(workspace, 5, channel=Channel.DEMO_CHAT)
    window = make_window(workspace)
    show_active(window, qtbot)
    window.search_box.setText("zephyr")
    window.search()
    result = window.inbox.search_model.result(0)
    assert result is not None and result.message_id is not None
    window.inbox.search_view.open_requested.emit(result.conversation_id, result.message_id)
    item = shown_item(window, result.message_id)
    bubble = item.findChild(QFrame, "bubbleIn")
    assert bubble is not None and bubble.property("searchHit") is True
    qtbot.waitUntil(lambda: visible_in_viewport(window, item))


def test_a_message_older_than_the_ones_shown_is_built_to_be_revealed(
    workspace: Workspace, make_window: WindowFactory, qtbot: QtBot
) -> None:
    long_thread(workspace, MAX_SHOWN + 3, filler="Short.")
    window = make_window(workspace)
    show_active(window, qtbot)
    window.search_box.setText("zephyr")
    window.search()
    result = window.inbox.search_model.result(0)
    assert result is not None and result.message_id is not None
    window.inbox.select_id(result.conversation_id)
    thread = window.conversation.thread_view
    assert result.message_id not in thread.item_ids  # the newest 200 only
    window.searcher.open_hit(result.conversation_id, result.message_id)
    assert thread.item_ids[0] == result.message_id
    qtbot.waitUntil(lambda: visible_in_viewport(window, shown_item(window, result.message_id)))


def test_a_customer_match_opens_at_the_newest_message(
    workspace: Workspace, make_window: WindowFactory
) -> None:
    cid = add_message(workspace, sender="nadia@example.com", name="Nadia Saad", text="Hello")
    window = make_window(workspace)
    window.search_box.setText("nadia")
    window.search()
    result = window.inbox.search_model.result(0)
    assert result is not None and result.kind == "contact" and result.message_id is None
    window.searcher.open_hit(cid, -1)
    assert window.open_id == cid
    assert not any(w.property("searchHit") for w in window.conversation.thread_view.items)


def test_the_outline_goes_away_by_itself(qtbot: QtBot) -> None:
    frame = QFrame()
    frame.setObjectName("mailCard")
    qtbot.addWidget(frame)
    highlight_briefly(frame, ms=30)
    assert frame.property("searchHit") is True and "mailCard" in frame.styleSheet()
    qtbot.waitUntil(lambda: frame.property("searchHit") is False)
    assert frame.styleSheet() == ""
