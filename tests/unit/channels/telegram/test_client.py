"""The Bot API client against the local stand-in server: results, offsets and every error."""

from __future__ import annotations

import socket
import threading

import pytest

from agent_assist.channels.telegram.client import BotClient
from agent_assist.channels.telegram.errors import (
    FileUnavailable,
    NetworkError,
    PollConflict,
    RateLimited,
    TokenRejected,
    WebhookActive,
)
from agent_assist.channels.telegram.transport import Upload
from agent_assist.channels.telegram.types import parse_update
from tests.fixtures.telegram_api import TOKEN, BotApiStandIn
from tests.fixtures.wait import wait_until

LEA = BotApiStandIn.customer(501, "Léa", "Roux", "learoux")


def client(api: BotApiStandIn, token: str = TOKEN, **kwargs: float) -> BotClient:
    return BotClient(token, api_url=api.url, account="shop-bot", **kwargs)  # type: ignore[arg-type]


def test_get_me_and_webhook_info(bot_api: BotApiStandIn) -> None:
    c = client(bot_api)
    assert c.get_me().username == "atelier_bot"
    assert c.get_webhook_info().url == ""


@pytest.mark.parametrize("token", ["123456789:wrong-token-for-this-bot-xxxx", "no-colon-token"])
def test_wrong_token_names_the_account_and_never_shows_the_token(
    bot_api: BotApiStandIn, token: str
) -> None:
    with pytest.raises(TokenRejected) as err:
        client(bot_api, token).get_me()
    message = str(err.value)
    assert "shop-bot" in message and "@BotFather" in message
    assert token not in message and "123456789" not in message


def test_webhook_blocks_polling_until_deleted(bot_api: BotApiStandIn) -> None:
    bot_api.set_webhook("https://shop.example/hook")
    c = client(bot_api)
    assert c.get_webhook_info().url == "https://shop.example/hook"
    with pytest.raises(WebhookActive) as err:
        c.get_updates(None, timeout=0)
    assert "webhook" in str(err.value) and "shop-bot" in str(err.value)
    bot_api.push_text(LEA, "still there?")
    c.delete_webhook()
    assert [u["message"]["text"] for u in c.get_updates(None, timeout=0)] == ["still there?"]


def test_unconfirmed_updates_are_redelivered_until_an_offset_confirms_them(
    bot_api: BotApiStandIn,
) -> None:
    c = client(bot_api)
    first, _ = bot_api.push_text(LEA, "one")
    second, _ = bot_api.push_text(LEA, "two")
    ids = [u["update_id"] for u in c.get_updates(None, timeout=0)]
    assert ids == [first, second]
    assert [u["update_id"] for u in c.get_updates(None, timeout=0)] == ids  # not confirmed
    assert [u["update_id"] for u in c.get_updates(first + 1, timeout=0)] == [second]
    assert c.get_updates(second + 1, timeout=0) == []
    assert bot_api.pending_update_ids == []


def test_long_poll_returns_as_soon_as_an_update_arrives(bot_api: BotApiStandIn) -> None:
    c = client(bot_api)
    got: list[list[dict[str, object]]] = []
    poller = threading.Thread(target=lambda: got.append(c.get_updates(None, timeout=30)))
    poller.start()
    wait_until(lambda: bot_api.calls_of("getUpdates"), what="the long poll to reach the server")
    bot_api.push_text(LEA, "are you there?")
    poller.join(timeout=10)
    assert not poller.is_alive()
    assert got[0][0]["message"]["text"] == "are you there?"  # type: ignore[index]


def test_a_second_poller_terminates_the_first(bot_api: BotApiStandIn) -> None:
    first = client(bot_api)
    errors: list[Exception] = []

    def poll() -> None:
        try:
            first.get_updates(None, timeout=30)
        except PollConflict as exc:
            errors.append(exc)

    thread = threading.Thread(target=poll)
    thread.start()
    wait_until(lambda: bot_api.calls_of("getUpdates"), what="the first poll")
    client(bot_api).get_updates(None, timeout=0)
    thread.join(timeout=10)
    assert errors and "only one program" in str(errors[0])


def test_rate_limit_carries_retry_after(bot_api: BotApiStandIn) -> None:
    bot_api.rate_limit("getUpdates", retry_after=7)
    with pytest.raises(RateLimited) as err:
        client(bot_api).get_updates(None, timeout=0)
    assert err.value.retry_after == 7


def test_connect_failure_is_not_sent() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    c = BotClient(TOKEN, api_url=f"http://127.0.0.1:{port}", account="shop-bot")
    with pytest.raises(NetworkError) as err:
        c.get_me()
    assert err.value.phase == "connect" and not err.value.request_sent
    assert "shop-bot" in str(err.value) and TOKEN not in str(err.value)


def test_read_timeout_after_sending_is_reported_as_sent(bot_api: BotApiStandIn) -> None:
    bot_api.push_text(LEA, "hello")
    bot_api.hang_methods.add("sendMessage")
    with pytest.raises(NetworkError) as err:
        client(bot_api, read_timeout=0.5).send_message(LEA["id"], "Your parcel left today.")
    assert err.value.request_sent and err.value.timed_out
    assert [m.text for m in bot_api.sent] == ["Your parcel left today."]


def test_abort_breaks_a_long_poll(bot_api: BotApiStandIn) -> None:
    c = client(bot_api)
    errors: list[Exception] = []

    def poll() -> None:
        try:
            c.get_updates(None, timeout=30)
        except NetworkError as exc:
            errors.append(exc)

    thread = threading.Thread(target=poll)
    thread.start()
    wait_until(lambda: bot_api.calls_of("getUpdates"), what="the long poll")
    c.abort()
    thread.join(timeout=10)
    assert not thread.is_alive() and errors


def test_files_download_and_upload(bot_api: BotApiStandIn) -> None:
    c = client(bot_api)
    data = bytes(range(256)) * 40
    bot_api.push_document(LEA, data, "facture été.pdf", "application/pdf")
    update = c.get_updates(None, timeout=0)[0]
    doc = update["message"]["document"]
    ref = parse_update(update).message.files[0]  # type: ignore[union-attr]
    attachment = c.download(ref)
    assert (attachment.filename, attachment.content_type, attachment.data) == (
        "facture été.pdf", "application/pdf", data)
    assert doc["file_size"] == len(data)
    result = c.send_document(LEA["id"], Upload("reçu.pdf", "application/pdf", b"%PDF-1.4 x"),
                             caption="Votre reçu")
    assert result["document"]["file_name"] == "reçu.pdf"
    sent = bot_api.sent[-1]
    assert (sent.method, sent.file_name, sent.data, sent.text) == (
        "sendDocument", "reçu.pdf", b"%PDF-1.4 x", "Votre reçu")


def test_a_file_too_big_for_bots_is_unavailable(bot_api: BotApiStandIn) -> None:
    c = client(bot_api)
    bot_api.push_document(LEA, b"x", "film.mp4", "video/mp4", size=30 * 1024 * 1024)
    ref = parse_update(c.get_updates(None, timeout=0)[0]).message.files[0]  # type: ignore[union-attr]
    with pytest.raises(FileUnavailable) as err:
        c.download(ref)
    assert not err.value.retryable and "20 MB" in str(err.value)
    assert bot_api.calls_of("getFile") == []  # known too big: not even asked


def test_getfile_refusing_a_big_file_is_unavailable(bot_api: BotApiStandIn) -> None:
    # The update did not say how big the file is: getFile itself refuses it.
    file_id = bot_api.add_file(b"x", "videos/long.mp4", size=40 * 1024 * 1024)
    bot_api.push_message(LEA, video={"file_id": file_id, "file_unique_id": "v1"})
    c = client(bot_api)
    ref = parse_update(c.get_updates(None, timeout=0)[0]).message.files[0]  # type: ignore[union-attr]
    with pytest.raises(FileUnavailable) as err:
        c.download(ref)
    assert not err.value.retryable and "file is too big" in str(err.value)


def test_a_token_with_impossible_characters_never_reaches_an_error_message(
    bot_api: BotApiStandIn,
) -> None:
    bad = "123456789:secret part\r\nwith a line break"
    with pytest.raises(TokenRejected) as err:
        client(bot_api, bad).get_me()
    assert "secret part" not in str(err.value) and "shop-bot" in str(err.value)
