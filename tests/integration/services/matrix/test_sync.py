"""Matrix sync against a real Synapse: receive, gaps backfilled, redelivery, bridges, restarts."""

from __future__ import annotations

import threading

import pytest

from agent_assist.channels.matrix import MatrixUnreachable
from agent_assist.core.models import Direction, HandleKind
from agent_assist.services.matrix.accounts import MatrixCredentials
from agent_assist.services.matrix.runner import MatrixRunner, matrix_runner_factory
from agent_assist.services.matrix.sync import SCOPE, MatrixSyncReport
from agent_assist.storage.blobs import AttachmentFiles
from tests.fixtures.synapse import http_json, q
from tests.fixtures.wait import wait_until
from tests.integration.services.matrix.conftest import MatrixSetup

pytestmark = pytest.mark.integration

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def test_customer_text_and_image_become_one_conversation(matrix_setup: MatrixSetup) -> None:
    pair = matrix_setup.pair
    room = pair.direct_room()
    first = pair.customer.send_text(room, "Bonjour, où est ma commande ?")
    second = pair.customer.send_image(room, PNG, "broken-vase.png", "image/png")

    report = matrix_setup.sync()  # joins the invitation, then reads the room

    assert report.joined == [room]
    assert report.new == 2
    conv = matrix_setup.conversation(room)
    assert conv.needs_reply and conv.thread_key == f"mx:{room}"
    messages = matrix_setup.messages(room)
    assert [m.message_id for m in messages] == [first, second]
    assert all(m.direction is Direction.IN for m in messages)
    assert messages[0].body_text == "Bonjour, où est ma commande ?"
    assert messages[0].sender_address == pair.customer.user_id
    (image,) = messages[1].attachments
    assert (image.filename, image.content_type, image.size) == ("broken-vase.png", "image/png",
                                                               len(PNG))
    files = AttachmentFiles(matrix_setup.workspace.profile.attachments_dir)
    assert files.get(image.sha256) == PNG
    assert matrix_setup.event_keys() == [f"mx:{matrix_setup.account.id}:{first}",
                                         f"mx:{matrix_setup.account.id}:{second}"]
    contact = matrix_setup.workspace.contact(conv.contact_id or 0)
    assert contact is not None
    assert (HandleKind.MATRIX, pair.customer.user_id) in [(h.kind, h.value)
                                                          for h in contact.handles]


def test_replayed_sync_is_counted_as_duplicates(matrix_setup: MatrixSetup) -> None:
    pair = matrix_setup.pair
    room = pair.direct_room()
    matrix_setup.sync()
    repos = matrix_setup.workspace.repos()
    before = repos.sync_state.get(matrix_setup.account.id, SCOPE)
    for i in range(5):
        pair.customer.send_text(room, f"message {i}")
    assert matrix_setup.sync().new == 5

    with repos.db.atomic():  # as if the cursor had not been committed: redeliver everything
        repos.sync_state.put(matrix_setup.account.id, SCOPE, before)
    again = matrix_setup.sync()

    assert (again.new, again.duplicates) == (0, 5)
    keys = matrix_setup.event_keys()
    assert len(keys) == len(set(keys)) == 5


def test_gap_larger_than_the_timeline_is_backfilled(matrix_setup: MatrixSetup) -> None:
    pair = matrix_setup.pair
    matrix_setup.configure(timeline_limit=3)
    room = pair.direct_room()
    matrix_setup.sync()
    sent = [pair.customer.send_text(room, f"line {i}") for i in range(40)]

    report = matrix_setup.sync()

    assert report.backfilled >= 37 and not report.errors
    assert [m.message_id for m in matrix_setup.messages(room)] == sent  # none missing, in order


def test_first_messages_before_the_shop_joined_are_kept(matrix_setup: MatrixSetup) -> None:
    """A customer writes several messages before the shop accepts the invitation."""
    pair = matrix_setup.pair
    matrix_setup.configure(timeline_limit=2)
    matrix_setup.sync()
    room = pair.direct_room()
    sent = [pair.customer.send_text(room, f"early {i}") for i in range(8)]

    matrix_setup.sync()

    assert [m.message_id for m in matrix_setup.messages(room)] == sent


def test_own_messages_from_another_device_count_as_answers(matrix_setup: MatrixSetup) -> None:
    pair = matrix_setup.pair
    room = pair.direct_room()
    pair.customer.send_text(room, "Is the blue candle in stock?")
    matrix_setup.sync()
    assert matrix_setup.conversation(room).needs_reply

    pair.shop.send_text(room, "Yes, two left!")  # the owner answered from their phone
    matrix_setup.sync()

    conv = matrix_setup.conversation(room)
    assert not conv.needs_reply
    assert [m.direction for m in matrix_setup.messages(room)] == [Direction.IN, Direction.OUT]


def test_bridged_room_is_recognised_from_its_bridge_state(matrix_setup: MatrixSetup) -> None:
    pair = matrix_setup.pair
    bridge_state = {
        "type": "m.bridge", "state_key": "whatsapp/+33612345678",
        "content": {"bridgebot": "@whatsappbot:agent-assist.test",
                    "protocol": {"id": "whatsapp", "displayname": "WhatsApp"},
                    "channel": {"id": "+33612345678"}},
    }
    room = pair.customer.create_room(invite=(pair.shop.user_id,),
                                     initial_state=(bridge_state,))
    pair.customer.send_text(room, "Hi from WhatsApp")

    matrix_setup.sync()

    conv = matrix_setup.conversation(room)
    assert "bridge:whatsapp" in conv.tags
    assert conv.subject.endswith("· WhatsApp")


def test_bridged_room_is_recognised_from_its_bot(matrix_setup: MatrixSetup) -> None:
    pair = matrix_setup.pair
    bot = pair.server.register("signalbot")  # the id mautrix-signal's bot has by default
    room = pair.customer.create_room(invite=(pair.shop.user_id, bot.user_id), is_direct=False)
    bot.join(room)
    bot.send_text(room, "Portal created")
    pair.customer.send_text(room, "Hi from Signal")

    matrix_setup.sync()

    conv = matrix_setup.conversation(room)
    assert "bridge:signal" in conv.tags
    assert conv.subject.endswith("· Signal")
    messages = matrix_setup.messages(room)
    assert [m.automated_reason for m in messages] == ["bridge bot", ""]
    assert conv.needs_reply and conv.contact_id is not None
    contact = matrix_setup.workspace.contact(conv.contact_id)
    assert contact is not None and contact.handles[0].value == pair.customer.user_id


def test_unreachable_server_fails_fast_with_a_clear_error(matrix_setup: MatrixSetup) -> None:
    server = matrix_setup.pair.server
    matrix_setup.sync()
    server.stop()
    with pytest.raises(MatrixUnreachable, match="Cannot reach the Matrix homeserver"):
        matrix_setup.sync()
    server.start()
    assert matrix_setup.sync().errors == []


def test_runner_survives_a_synapse_restart_and_resumes(matrix_setup: MatrixSetup) -> None:
    pair, server = matrix_setup.pair, matrix_setup.pair.server
    room = pair.direct_room()
    matrix_setup.sync()
    reports: list[MatrixSyncReport] = []
    errors: list[str] = []
    lock = threading.Lock()

    def notify(event: str, payload: object) -> None:
        with lock:
            if event == "synced":
                assert isinstance(payload, MatrixSyncReport)
                reports.append(payload)
            else:
                errors.append(str(payload))

    build = matrix_runner_factory(matrix_setup.workspace.profile, matrix_setup.secrets,
                                  long_poll_ms=2000)
    runner = build(matrix_setup.fresh_account(), notify)
    assert isinstance(runner, MatrixRunner)
    runner.start()
    try:
        before = pair.customer.send_text(room, "before the restart")
        wait_until(lambda: len(matrix_setup.event_keys()) == 1, timeout=30, what="first message")
        server.stop()
        wait_until(lambda: errors, timeout=30, what="the runner noticing the outage")
        server.start()
        after = pair.customer.send_text(room, "after the restart")
        wait_until(lambda: len(matrix_setup.event_keys()) == 2, timeout=60,
                   what="the message sent after the restart")
    finally:
        runner.stop()
        runner.join(15)
    assert not runner.is_alive()
    assert [m.message_id for m in matrix_setup.messages(room)] == [before, after]
    assert "Cannot reach the Matrix homeserver" in errors[0]


def test_big_group_rooms_are_not_customer_conversations(matrix_setup: MatrixSetup) -> None:
    pair = matrix_setup.pair
    matrix_setup.configure(max_room_members=3)
    crowd = [pair.server.register() for _ in range(3)]
    room = pair.customer.create_room(invite=(pair.shop.user_id,), is_direct=False)
    for person in crowd:
        pair.customer.call("POST", f"/rooms/{q(room)}/invite", {"user_id": person.user_id})
        person.join(room)
    pair.customer.send_text(room, "Hello everyone")

    report = matrix_setup.sync()

    assert report.skipped_rooms == 1 and report.new == 0
    assert matrix_setup.inbox_ids() == []


def test_revoked_access_token_is_replaced_with_the_stored_password(
    matrix_setup: MatrixSetup,
) -> None:
    pair = matrix_setup.pair
    room = pair.direct_room()
    matrix_setup.sync()
    stored = MatrixCredentials.load(matrix_setup.secrets.get(matrix_setup.account.name))
    http_json("POST", f"{pair.server.base_url}/_matrix/client/v3/logout", {},
              token=stored.access_token)  # signed out from another client
    pair.customer.send_text(room, "still there?")

    assert matrix_setup.sync().new == 1

    renewed = MatrixCredentials.load(matrix_setup.secrets.get(matrix_setup.account.name))
    assert renewed.access_token != stored.access_token
    assert renewed.password == pair.shop.password
