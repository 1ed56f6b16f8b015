"""TelegramSender: delivered, failed before sending, or uncertain — never guessed wrong."""

from __future__ import annotations

import socket

import pytest

from agent_assist.channels.base import DeliveryFailed, DeliveryUncertain
from agent_assist.channels.telegram.client import BotClient
from agent_assist.channels.telegram.sender import TelegramSender, decode_payload, encode_payload
from agent_assist.channels.telegram.transport import Upload
from agent_assist.core.models import Channel, Delivery, OutboxItem
from tests.fixtures.telegram_api import TOKEN, BotApiStandIn

LEA = BotApiStandIn.customer(501, "Léa")


def item(payload: bytes, recipient: str = "tg:501") -> OutboxItem:
    return OutboxItem(
        id=1, message_row_id=1, conversation_id=1, channel=Channel.TELEGRAM, account_id=1,
        state=Delivery.SENDING, recipients=(recipient,), payload=payload, attempts=1,
        last_error="", created_at=0, updated_at=0,
    )


def sender(url: str, read_timeout: float = 5.0) -> TelegramSender:
    return TelegramSender(
        lambda: BotClient(TOKEN, api_url=url, account="shop-bot", read_timeout=read_timeout),
        account="shop-bot",
    )


@pytest.fixture
def known_chat(bot_api: BotApiStandIn) -> BotApiStandIn:
    bot_api.push_text(LEA, "hello")  # the bot can only write to chats that wrote to it
    return bot_api


def test_text_is_sent_once(known_chat: BotApiStandIn) -> None:
    sender(known_chat.url).send(item(encode_payload("Votre colis est parti.", reply_to=1)))
    assert [(m.chat_id, m.text, m.reply_to) for m in known_chat.sent] == [
        (501, "Votre colis est parti.", 1)]


def test_document_and_photo_payloads(known_chat: BotApiStandIn) -> None:
    pdf = Upload("facture.pdf", "application/pdf", b"%PDF-1.7 data")
    jpg = Upload("vase.jpg", "image/jpeg", b"\xff\xd8\xff jpeg")
    s = sender(known_chat.url)
    s.send(item(encode_payload("La facture", file=pdf)))
    s.send(item(encode_payload("", file=jpg, as_photo=True)))
    assert [(m.method, m.file_name, m.data) for m in known_chat.sent] == [
        ("sendDocument", "facture.pdf", pdf.data), ("sendPhoto", "vase.jpg", jpg.data)]
    assert decode_payload(encode_payload("x", file=pdf)).file == pdf


def test_read_timeout_after_the_request_is_uncertain_and_sent_exactly_once(
    known_chat: BotApiStandIn,
) -> None:
    known_chat.hang_methods.add("sendMessage")
    with pytest.raises(DeliveryUncertain) as err:
        sender(known_chat.url, read_timeout=0.5).send(item(encode_payload("Merci !")))
    assert "check the chat" in str(err.value)
    assert [m.text for m in known_chat.sent] == ["Merci !"]


def test_connect_failure_is_retryable_and_nothing_left() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(DeliveryFailed) as err:
        sender(f"http://127.0.0.1:{port}").send(item(encode_payload("Hi")))
    assert err.value.retryable and err.value.phase == "connect"


def test_rate_limit_is_retryable_with_the_wait(known_chat: BotApiStandIn) -> None:
    known_chat.rate_limit("sendMessage", retry_after=3)
    with pytest.raises(DeliveryFailed) as err:
        sender(known_chat.url).send(item(encode_payload("Hi")))
    assert err.value.retryable and err.value.retry_after == 3
    assert known_chat.sent == []


def test_refusals_are_final(known_chat: BotApiStandIn) -> None:
    known_chat.state.blocked_chats.add(501)
    with pytest.raises(DeliveryFailed) as blocked:
        sender(known_chat.url).send(item(encode_payload("Hi")))
    assert not blocked.value.retryable and "blocked" in str(blocked.value)
    with pytest.raises(DeliveryFailed) as unknown:
        sender(known_chat.url).send(item(encode_payload("Hi"), recipient="tg:777"))
    assert not unknown.value.retryable and "chat not found" in str(unknown.value)


def test_bad_items_fail_before_any_request(bot_api: BotApiStandIn) -> None:
    s = sender(bot_api.url)
    for bad, needle in [
        (item(encode_payload("x" * 4097)), "4,096"),
        (item(b"not json"), "cannot be sent"),
        (item(encode_payload("Hi"), recipient="imap:whatever"), "no Telegram chat"),
    ]:
        with pytest.raises(DeliveryFailed) as err:
            s.send(bad)
        assert not err.value.retryable and needle in str(err.value)
    assert bot_api.state.calls == []


def test_wrong_token_is_final() -> None:
    api = BotApiStandIn(token="123456789:another-token-for-another-bot").start()
    try:
        with pytest.raises(DeliveryFailed) as err:
            sender(api.url).send(item(encode_payload("Hi")))
        assert not err.value.retryable and "@BotFather" in str(err.value)
    finally:
        api.stop()
