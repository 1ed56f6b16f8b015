"""Sending to Matrix rooms on a real Synapse: replies, files, idempotent retries, failures."""

from __future__ import annotations

import pytest

from agent_assist.channels.base import DeliveryFailed
from agent_assist.channels.matrix.sender import AttachmentRef, encode_payload
from agent_assist.core.models import Delivery, Direction, OutboxItem
from agent_assist.services.matrix.sending import matrix_sender
from tests.integration.services.matrix.conftest import MatrixSetup

pytestmark = pytest.mark.integration

PDF = b"%PDF-1.4\n" + b"invoice line\n" * 200
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 3


def _customer_room(setup: MatrixSetup, text: str = "Hello?") -> str:
    room = setup.pair.direct_room()
    setup.pair.customer.send_text(room, text)
    setup.sync()
    return room


def _outbox_item(setup: MatrixSetup, outbox_id: int) -> OutboxItem:
    item = setup.workspace.repos().outbox.get(outbox_id)
    assert item is not None
    return item


def test_reply_reaches_the_customer_once_and_answers(matrix_setup: MatrixSetup) -> None:
    room = _customer_room(matrix_setup, "Do you ship to Belgium?")
    matrix_setup.use_real_senders()
    conv = matrix_setup.conversation(room)

    queued = matrix_setup.workspace.reply(conv.id, "Yes, in 3 days.")
    report = matrix_setup.workspace.send_pending()

    assert report.sent == [queued.outbox_id]
    bodies = [e["content"]["body"] for e in matrix_setup.pair.customer.timeline(room)]
    assert bodies == ["Do you ship to Belgium?", "Yes, in 3 days."]
    echo = matrix_setup.sync()  # our own event comes back: it is the reply already stored
    assert echo.new == 0
    messages = matrix_setup.messages(room)
    assert [m.direction for m in messages] == [Direction.IN, Direction.OUT]
    assert messages[1].delivery is Delivery.SENT and messages[1].message_id.startswith("$")
    assert not matrix_setup.conversation(room).needs_reply


def test_retry_with_the_same_transaction_id_does_not_duplicate(
    matrix_setup: MatrixSetup,
) -> None:
    room = _customer_room(matrix_setup)
    conv = matrix_setup.conversation(room)
    queued = matrix_setup.workspace.reply(conv.id, "Sent exactly once.")
    item = _outbox_item(matrix_setup, queued.outbox_id)
    repos = matrix_setup.workspace.repos()
    seen: list[list[str]] = []
    for _attempt in range(2):  # as after a crash between the send and the SENT commit
        sender = matrix_sender(repos, matrix_setup.fresh_account(), matrix_setup.secrets)
        inner = sender.on_sent
        sender.on_sent = lambda i, ids, inner=inner: (seen.append(ids), inner and inner(i, ids))
        sender.send(item)

    assert seen[0] == seen[1]  # the homeserver answered the retry with the same event
    bodies = [e["content"]["body"] for e in matrix_setup.pair.customer.timeline(room)]
    assert bodies.count("Sent exactly once.") == 1


def test_image_and_file_are_uploaded_then_sent(matrix_setup: MatrixSetup) -> None:
    room = _customer_room(matrix_setup, "Can I have the invoice and a photo?")
    matrix_setup.use_real_senders()
    conv = matrix_setup.conversation(room)
    queued = matrix_setup.workspace.reply(conv.id, "Here they are.")
    files = matrix_setup.workspace.attachments
    refs = [AttachmentRef("vase.png", "image/png", files.put(PNG)),
            AttachmentRef("invoice.pdf", "application/pdf", files.put(PDF))]
    db = matrix_setup.workspace.profile.pool.get()
    with db.atomic():
        db.execute("UPDATE outbox SET payload = ? WHERE id = ?",
                   [encode_payload("Here they are.", refs), queued.outbox_id])

    assert matrix_setup.workspace.send_pending().sent == [queued.outbox_id]

    events = matrix_setup.pair.customer.timeline(room)[1:]
    assert [e["content"]["msgtype"] for e in events] == ["m.text", "m.image", "m.file"]
    assert [e["content"]["body"] for e in events] == ["Here they are.", "vase.png", "invoice.pdf"]
    customer = matrix_setup.pair.customer
    assert customer.download(events[1]["content"]["url"]) == PNG
    assert customer.download(events[2]["content"]["url"]) == PDF
    assert matrix_setup.sync().new == 0  # the three echoes belong to the stored reply


def test_room_we_are_not_in_fails_without_retry(matrix_setup: MatrixSetup) -> None:
    room = _customer_room(matrix_setup)
    conv = matrix_setup.conversation(room)
    queued = matrix_setup.workspace.reply(conv.id, "Anyone?")
    item = _outbox_item(matrix_setup, queued.outbox_id)
    other = matrix_setup.pair.customer.create_room(is_direct=False)  # the shop is not in it
    stray = OutboxItem(**{**{f: getattr(item, f) for f in item.__dataclass_fields__},
                          "recipients": (f"mx:{other}",)})
    sender = matrix_sender(matrix_setup.workspace.repos(), matrix_setup.fresh_account(),
                           matrix_setup.secrets)
    with pytest.raises(DeliveryFailed, match="refused") as failure:
        sender.send(stray)
    assert failure.value.retryable is False


def test_send_while_the_server_is_down_is_retried_later(matrix_setup: MatrixSetup) -> None:
    room = _customer_room(matrix_setup)
    matrix_setup.use_real_senders()
    conv = matrix_setup.conversation(room)
    queued = matrix_setup.workspace.reply(conv.id, "Back soon.")
    server = matrix_setup.pair.server
    server.stop()
    try:
        report = matrix_setup.workspace.send_pending()
    finally:
        server.start()
    assert report.retry_later == [queued.outbox_id]
    assert "Cannot reach the Matrix homeserver" in _outbox_item(
        matrix_setup, queued.outbox_id).last_error

    assert matrix_setup.workspace.send_pending().sent == [queued.outbox_id]
    bodies = [e["content"]["body"] for e in matrix_setup.pair.customer.timeline(room)]
    assert bodies.count("Back soon.") == 1
