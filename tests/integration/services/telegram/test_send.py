"""Answering a Telegram chat through the outbox: sent, uncertain (never resent), rate limited."""

from __future__ import annotations

import pytest

from agent_assist.core.models import Delivery
from agent_assist.services.senders import channel_senders
from agent_assist.services.workspace import Workspace
from agent_assist.storage.repositories import InboxQuery
from tests.fixtures.telegram_api import BotApiStandIn
from tests.fixtures.wait import wait_until
from tests.integration.services.telegram.conftest import TelegramSetup

pytestmark = pytest.mark.integration

LEA = BotApiStandIn.customer(501, "Léa", "Roux")


def conversation_with_question(tg: TelegramSetup, **settings: float) -> tuple[Workspace, int]:
    ws = tg.workspace
    repos = ws.repos()
    if settings:
        repos.accounts.update_settings(tg.account.id, {**tg.account.settings, **settings})
    ws.sender_factory = channel_senders(ws.demo_sender, tg.secrets)
    tg.api.push_text(LEA, "Is the blue vase still available?")
    tg.poller().catch_up(timeout=0)
    conv = repos.conversations.find_by_thread_key(tg.account.id, "tg:501")
    assert conv is not None
    return ws, conv


def test_reply_is_delivered_to_the_chat(tg: TelegramSetup) -> None:
    ws, conv = conversation_with_question(tg)
    queued = ws.reply(conv, "Yes, it is! Shall I keep it for you?")
    report = ws.send_pending()
    assert report.sent == [queued.outbox_id]
    assert [(m.chat_id, m.text) for m in tg.api.sent] == [
        (501, "Yes, it is! Shall I keep it for you?")]
    assert ws.messages(conv)[-1].delivery is Delivery.SENT
    assert conv not in ws.inbox_ids(InboxQuery("needs_reply"))


def test_read_timeout_is_uncertain_shown_and_never_resent(tg: TelegramSetup) -> None:
    ws, conv = conversation_with_question(tg, send_timeout=0.5)
    tg.api.hang_methods.add("sendMessage")
    queued = ws.reply(conv, "Yes, it is.")
    report = ws.send_pending()
    assert report.uncertain == [queued.outbox_id]
    assert len(tg.api.sent) == 1  # Telegram got it; only the answer was lost
    for _ in range(3):  # later passes of the outbox leave it alone
        again = ws.send_pending()
        assert again.sent == again.uncertain == []
    assert len(tg.api.calls_of("sendMessage")) == 1
    last = ws.messages(conv)[-1]
    assert last.delivery is Delivery.UNCERTAIN and "check the chat" in last.delivery_error


def test_429_is_waited_out_then_sent_once(tg: TelegramSetup) -> None:
    ws, conv = conversation_with_question(tg)
    tg.api.rate_limit("sendMessage", retry_after=1)
    queued = ws.reply(conv, "Yes, it is.")
    first = ws.send_pending()
    assert first.retry_later == [queued.outbox_id]
    assert ws.send_pending().retry_later == [queued.outbox_id]  # held: no request at all
    assert len(tg.api.calls_of("sendMessage")) == 1
    wait_until(lambda: ws.send_pending().sent == [queued.outbox_id], timeout=10,
               interval=0.1, what="the held reply to go out")
    assert tg.api.state.early_retries == 0
    assert [m.text for m in tg.api.sent] == ["Yes, it is."]
    assert ws.messages(conv)[-1].delivery is Delivery.SENT


def test_a_blocked_bot_fails_the_reply_and_the_customer_waits_again(tg: TelegramSetup) -> None:
    ws, conv = conversation_with_question(tg)
    tg.api.state.blocked_chats.add(501)
    queued = ws.reply(conv, "Yes, it is.")
    assert ws.send_pending().failed == [queued.outbox_id]
    assert conv in ws.inbox_ids(InboxQuery("needs_reply"))
    assert "blocked" in ws.messages(conv)[-1].delivery_error
