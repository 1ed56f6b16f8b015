"""Mapping Matrix events (the JSON a homeserver sends) to IncomingMessage."""

from __future__ import annotations

from typing import Any

import pytest

from agent_assist.channels.matrix.errors import MatrixRequestError, MatrixUnreachable
from agent_assist.channels.matrix.events import ENCRYPTED_TEXT, Mapper, room_of, thread_key
from agent_assist.channels.matrix.rooms import RoomState
from agent_assist.core.models import Direction, HandleKind

ME = "@shop:example.org"
LEA = "@lea:example.org"
ROOM = "!room:example.org"
MEDIA = {"mxc://example.org/photo": b"\x89PNG-bytes"}


def fetch(mxc: str) -> bytes:
    if mxc == "mxc://example.org/gone":
        raise MatrixRequestError("shop", "The homeserver refused: not found (M_NOT_FOUND).",
                                 errcode="M_NOT_FOUND", status=404)
    if mxc == "mxc://example.org/blip":
        raise MatrixUnreachable("shop", "Cannot reach the Matrix homeserver.")
    return MEDIA[mxc]


@pytest.fixture
def state() -> RoomState:
    room = RoomState(ROOM)
    for user, name in ((ME, "Atelier"), (LEA, "Léa Martin")):
        room.apply({"type": "m.room.member", "state_key": user,
                    "content": {"membership": "join", "displayname": name}})
    return room


def event(content: dict[str, Any], *, sender: str = LEA, kind: str = "m.room.message",
          event_id: str = "$e1", **extra: Any) -> dict[str, Any]:
    return {"type": kind, "event_id": event_id, "sender": sender,
            "origin_server_ts": 1_700_000_000_000, "content": content, **extra}


MAPPER = Mapper(7, ME, fetch)


def test_text_from_the_customer(state: RoomState) -> None:
    message = MAPPER.to_incoming(event({"msgtype": "m.text", "body": "Bonjour !"}), state)
    assert message is not None
    assert message.provider_key == "mx:7:$e1" and message.message_id == "$e1"
    assert message.thread_key == thread_key(ROOM) == f"mx:{ROOM}" and room_of(message.thread_key) == ROOM
    assert (message.direction, message.sender_address, message.sender_name) == (
        Direction.IN, LEA, "Léa Martin")
    assert message.handle_kind is HandleKind.MATRIX and message.account_id == 7
    assert message.sent_at == 1_700_000_000.0 and message.body_text == "Bonjour !"
    assert message.subject == "Léa Martin" and message.recipients == [ME]


def test_our_own_event_is_outgoing_to_the_customer(state: RoomState) -> None:
    message = MAPPER.to_incoming(event({"msgtype": "m.text", "body": "Hi"}, sender=ME), state)
    assert message is not None
    assert message.direction is Direction.OUT and message.recipients == [LEA]


def test_image_is_downloaded_as_an_attachment(state: RoomState) -> None:
    message = MAPPER.to_incoming(event({
        "msgtype": "m.image", "body": "Look at this", "filename": "vase.png",
        "url": "mxc://example.org/photo", "info": {"mimetype": "image/png", "size": 10}}), state)
    assert message is not None
    (attachment,) = message.attachments
    assert (attachment.filename, attachment.content_type, attachment.data) == (
        "vase.png", "image/png", b"\x89PNG-bytes")
    assert message.body_text == "Look at this"  # the caption


def test_deleted_media_keeps_the_message_with_a_note(state: RoomState) -> None:
    message = MAPPER.to_incoming(event({"msgtype": "m.file", "body": "invoice.pdf",
                                        "url": "mxc://example.org/gone"}), state)
    assert message is not None and message.attachments == []
    assert message.body_text == "invoice.pdf"
    assert "invoice.pdf: could not be downloaded" in message.parse_defects[0]


def test_a_network_blip_while_downloading_is_raised_for_a_retry(state: RoomState) -> None:
    with pytest.raises(MatrixUnreachable):
        MAPPER.to_incoming(event({"msgtype": "m.image", "body": "x.png",
                                  "url": "mxc://example.org/blip"}), state)


def test_oversized_media_is_not_downloaded(state: RoomState) -> None:
    message = MAPPER.to_incoming(event({"msgtype": "m.video", "body": "film.mp4",
                                        "url": "mxc://example.org/never",
                                        "info": {"size": 10**9}}), state)
    assert message is not None and "over the size limit" in message.parse_defects[0]


def test_what_is_not_a_message_is_skipped(state: RoomState) -> None:
    member = event({"membership": "join"}, kind="m.room.member", state_key=LEA)
    reaction = event({"m.relates_to": {"rel_type": "m.annotation"}}, kind="m.reaction")
    redacted = event({})
    assert [MAPPER.to_incoming(e, state) for e in (member, reaction, redacted)] == [None] * 3


def test_encrypted_event_is_kept_with_a_readable_placeholder(state: RoomState) -> None:
    message = MAPPER.to_incoming(event({"algorithm": "m.megolm.v1.aes-sha2",
                                        "ciphertext": "..."}, kind="m.room.encrypted"), state)
    assert message is not None and message.body_text == ENCRYPTED_TEXT
    assert message.parse_defects == ["encrypted"]


def test_edit_and_reply_are_linked_to_their_original(state: RoomState) -> None:
    edit = MAPPER.to_incoming(event({
        "msgtype": "m.text", "body": "* Bonjour, commande 42",
        "m.new_content": {"msgtype": "m.text", "body": "Bonjour, commande 42"},
        "m.relates_to": {"rel_type": "m.replace", "event_id": "$orig"}}), state)
    reply = MAPPER.to_incoming(event({
        "msgtype": "m.text", "body": "merci", "m.relates_to": {
            "m.in_reply_to": {"event_id": "$ours"}}}), state)
    assert edit is not None and (edit.body_text, edit.in_reply_to) == (
        "Bonjour, commande 42", "$orig")
    assert reply is not None and reply.in_reply_to == "$ours"


def test_notices_and_bridge_bots_need_no_reply(state: RoomState) -> None:
    notice = MAPPER.to_incoming(event({"msgtype": "m.notice", "body": "Auto"}), state)
    state.apply({"type": "m.room.member", "state_key": "@whatsappbot:example.org",
                 "content": {"membership": "join"}})
    bot = MAPPER.to_incoming(event({"msgtype": "m.text", "body": "Connected"},
                                   sender="@whatsappbot:example.org"), state)
    assert notice is not None and notice.automated_reason == "matrix notice"
    assert bot is not None and bot.automated_reason == "bridge bot"
    assert bot.subject == "Léa Martin · WhatsApp"
