"""Outbox: frozen payloads, the state machine, failures and uncertainty."""

from __future__ import annotations

import email

import pytest

from agent_assist.channels.base import DeliveryFailed, DeliveryUncertain
from agent_assist.core.models import Channel, Delivery, IncomingMessage, OutboxItem
from agent_assist.services.workspace import Workspace
from agent_assist.storage.repositories import InboxQuery, Repos
from agent_assist.storage.repositories.outbox import IllegalTransition


class ScriptedSender:
    """Raises the given outcomes in order (None = delivered)."""

    def __init__(self, *outcomes: Exception | None) -> None:
        self.outcomes = list(outcomes)
        self.calls: list[OutboxItem] = []

    def send(self, item: OutboxItem) -> None:
        self.calls.append(item)
        outcome = self.outcomes.pop(0)
        if outcome is not None:
            raise outcome


def make_workspace(workspace: Workspace, sender: ScriptedSender) -> Workspace:
    workspace.sender_factory = lambda repos, item: sender
    return workspace


def waiting_conversation(workspace: Workspace) -> int:
    result = workspace.ingestor().ingest(
        IncomingMessage(
            provider_key="k1", channel=Channel.EMAIL, sender_address="lea@example.com",
            subject="Where is AL-10234?", body_text="Hello, where is my order?",
            message_id="orig@example.com", sent_at=1000.0, language="en",
        )
    )
    return result.conversation_id or 0


def test_reply_freezes_threaded_mime_and_leaves_needs_reply(workspace: Workspace) -> None:
    sender = ScriptedSender(None)
    ws = make_workspace(workspace, sender)
    conv_id = waiting_conversation(ws)
    assert conv_id in ws.inbox_ids(InboxQuery("needs_reply"))
    queued = ws.reply(conv_id, "It leaves today.")
    assert conv_id not in ws.inbox_ids(InboxQuery("needs_reply"))
    report = ws.send_pending()
    assert report.sent == [queued.outbox_id]
    parsed = email.message_from_bytes(sender.calls[0].payload)
    assert parsed["In-Reply-To"] == "<orig@example.com>"
    assert parsed["Subject"] == "Re: Where is AL-10234?"
    assert parsed.is_multipart() and parsed.get_content_type() == "multipart/alternative"
    out = ws.messages(conv_id)[-1]
    assert out.delivery is Delivery.SENT


def test_retryable_failure_requeues_then_permanent_failure_returns_to_queue(
    workspace: Workspace,
) -> None:
    sender = ScriptedSender(
        DeliveryFailed("connection refused", retryable=True),
        DeliveryFailed("550 no such user", retryable=False),
    )
    ws = make_workspace(workspace, sender)
    conv_id = waiting_conversation(ws)
    queued = ws.reply(conv_id, "Hello")
    assert ws.send_pending().retry_later == [queued.outbox_id]
    assert ws.send_pending().failed == [queued.outbox_id]
    item = ws.repos().outbox.get(queued.outbox_id)
    assert item is not None and item.state is Delivery.FAILED and "550" in item.last_error
    # A failed reply answers nobody: the customer is back in Needs reply.
    assert conv_id in ws.inbox_ids(InboxQuery("needs_reply"))


def test_uncertain_is_never_retried_automatically(workspace: Workspace) -> None:
    sender = ScriptedSender(DeliveryUncertain("timeout after final dot"))
    ws = make_workspace(workspace, sender)
    queued = ws.reply(waiting_conversation(ws), "Hello")
    assert ws.send_pending().uncertain == [queued.outbox_id]
    assert ws.send_pending().sent == []  # nothing QUEUED any more
    assert len(sender.calls) == 1


def test_crash_while_sending_becomes_uncertain_on_recovery(workspace: Workspace) -> None:
    ws = make_workspace(workspace, ScriptedSender())
    queued = ws.reply(waiting_conversation(ws), "Hello")
    repos: Repos = ws.repos()
    with repos.db.atomic():
        repos.outbox.transition(queued.outbox_id, Delivery.SENDING)
    assert ws.recover_outbox() == [queued.outbox_id]
    item = repos.outbox.get(queued.outbox_id)
    assert item is not None and item.state is Delivery.UNCERTAIN


def test_state_machine_rejects_illegal_moves(workspace: Workspace) -> None:
    ws = make_workspace(workspace, ScriptedSender(None))
    queued = ws.reply(waiting_conversation(ws), "Hello")
    ws.send_pending()
    with pytest.raises(IllegalTransition):
        ws.repos().outbox.transition(queued.outbox_id, Delivery.QUEUED)


def test_arabic_reply_is_marked_right_to_left(workspace: Workspace) -> None:
    sender = ScriptedSender(None)
    ws = make_workspace(workspace, sender)
    conv = ws.ingestor().ingest(
        IncomingMessage(
            provider_key="ar1", channel=Channel.EMAIL, sender_address="nour@example.com",
            subject="طلبي", body_text="أين طلبي؟", language="ar", sent_at=1.0,
        )
    )
    ws.reply(conv.conversation_id or 0, "طلبك في الطريق")
    ws.send_pending()
    parsed = email.message_from_bytes(sender.calls[0].payload)
    html = next(p for p in parsed.walk() if p.get_content_type() == "text/html")
    assert 'dir="rtl"' in html.get_payload(decode=True).decode()
