"""Telegram updates (as documented JSON) become IncomingMessages with the right identities."""

from __future__ import annotations

import json
from typing import Any

import pytest

from agent_assist.channels.telegram.errors import FileUnavailable
from agent_assist.channels.telegram.mapping import chat_id_of, map_update
from agent_assist.channels.telegram.types import FileRef, MalformedUpdate, parse_update
from agent_assist.core.models import Channel, HandleKind, IncomingAttachment

USER = {"id": 501, "is_bot": False, "first_name": "Léa", "last_name": "Roux",
        "username": "learoux"}
CHAT = {"id": 501, "type": "private", "first_name": "Léa"}


def update(update_id: int = 10, kind: str = "message", **message: Any) -> dict[str, Any]:
    body = {"message_id": 7, "from": USER, "chat": CHAT, "date": 1_700_000_000, **message}
    return {"update_id": update_id, kind: body}


def no_files(ref: FileRef) -> IncomingAttachment:
    raise AssertionError(f"unexpected download of {ref}")


def test_text_message_identity_and_contact() -> None:
    mapped = map_update(parse_update(update(text="Bonjour, où est mon colis ?")), 3, no_files)
    m = mapped.message
    assert m is not None
    assert m.provider_key == "tg:3:10"
    assert m.thread_key == "tg:501" and chat_id_of(m.thread_key) == 501
    assert m.message_id == "tg:501:7" and m.in_reply_to == ""
    assert (m.channel, m.handle_kind) == (Channel.TELEGRAM, HandleKind.TELEGRAM)
    assert (m.sender_address, m.sender_name) == ("501", "Léa Roux")
    assert m.sent_at == 1_700_000_000 and m.subject == ""
    assert m.language == "fr"
    assert json.loads(m.raw or b"")["update_id"] == 10
    assert mapped.sender is not None and mapped.sender.username == "learoux"


def test_photo_keeps_the_largest_size_and_the_caption() -> None:
    fetched: list[str] = []

    def fetch(ref: FileRef) -> IncomingAttachment:
        fetched.append(ref.file_id)
        return IncomingAttachment("photo.jpg", "image/jpeg", b"jpeg")

    sizes = [{"file_id": "small", "file_unique_id": "s", "width": 90, "height": 90,
              "file_size": 900},
             {"file_id": "big", "file_unique_id": "b", "width": 1280, "height": 960,
              "file_size": 90_000}]
    m = map_update(parse_update(update(photo=sizes, caption="Cassé !")), 3, fetch).message
    assert fetched == ["big"]
    assert m is not None and m.body_text == "Cassé !" and len(m.attachments) == 1


def test_document_too_big_is_stored_with_a_note() -> None:
    def fetch(ref: FileRef) -> IncomingAttachment:
        raise FileUnavailable("bots can only download files up to 20 MB", code=400,
                              description="file is too big")

    doc = {"file_id": "d1", "file_unique_id": "u1", "file_name": "video.mp4",
           "mime_type": "video/mp4", "file_size": 50_000_000}
    m = map_update(parse_update(update(document=doc)), 3, fetch).message
    assert m is not None and m.attachments == []
    assert "video.mp4 not downloaded" in m.body_text and m.parse_defects


def test_edit_is_its_own_update_pointing_at_the_original_message() -> None:
    original = map_update(parse_update(update(10, text="I ordered 2")), 3, no_files)
    edit = map_update(
        parse_update(update(11, "edited_message", text="I ordered 3", edit_date=1_700_000_060)),
        3, no_files)
    assert original.message is not None and edit.message is not None
    assert edit.message.provider_key == "tg:3:11" != original.message.provider_key
    assert edit.message.message_id == original.message.message_id == "tg:501:7"
    assert edit.message.sent_at == 1_700_000_060 and edit.notes == ["edit"]


def test_reply_points_at_the_message_it_answers() -> None:
    reply = {"message_id": 4, "chat": CHAT, "date": 1_699_999_000, "text": "Which size?"}
    m = map_update(parse_update(update(text="Medium", reply_to_message=reply)), 3,
                   no_files).message
    assert m is not None and m.in_reply_to == "tg:501:4"


def test_shared_own_contact_gives_the_phone_number() -> None:
    contact = {"phone_number": "+33 6 12 34 56 78", "first_name": "Léa", "user_id": 501}
    mapped = map_update(parse_update(update(contact=contact)), 3, no_files)
    assert mapped.own_phone == "+33 6 12 34 56 78"
    assert mapped.message is not None and "+33 6 12 34 56 78" in mapped.message.body_text
    someone_else = dict(contact, user_id=999)
    assert map_update(parse_update(update(contact=someone_else)), 3, no_files).own_phone == ""


def test_group_message_uses_the_group_title_and_chat() -> None:
    group = {"id": -100123, "type": "supergroup", "title": "Wholesale buyers"}
    m = map_update(parse_update(update(chat=group, text="Price list?")), 3, no_files).message
    assert m is not None and m.thread_key == "tg:-100123" and m.subject == "Wholesale buyers"
    assert chat_id_of(m.thread_key) == -100123


def test_kinds_without_text_are_told_in_a_line() -> None:
    m = map_update(parse_update(update(location={"latitude": 45.76, "longitude": 4.83},
                                       poll={"id": "p"})), 3, no_files).message
    assert m is not None
    assert "[location: 45.76000, 4.83000]" in m.body_text and "[poll:" in m.body_text


def test_updates_the_app_does_not_handle_are_skipped_not_lost() -> None:
    mapped = map_update(parse_update({"update_id": 12, "callback_query": {"id": "x"}}), 3,
                        no_files)
    assert mapped.message is None and mapped.update_id == 12


@pytest.mark.parametrize("bad", [
    {"message": {"text": "no id"}},
    {"update_id": 5, "message": {"message_id": 1, "date": 1, "text": "no chat"}},
    {"update_id": "5", "message": {}},
    [],
])
def test_malformed_updates_are_rejected_clearly(bad: Any) -> None:
    with pytest.raises(MalformedUpdate):
        parse_update(bad)
