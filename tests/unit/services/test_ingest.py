"""Ingest: threading into conversations, duplicates, reopen rules, contacts."""

from __future__ import annotations

from agent_assist.core.models import Channel, Direction, HandleKind, IncomingMessage, Status
from agent_assist.services.workspace import Workspace
from agent_assist.storage.repositories import InboxQuery


def email(key: str, *, mid: str, text: str = "Hello", subject: str = "Order AL-1",
          sender: str = "lea@example.com", irt: str = "", at: float = 1000.0,
          automated: str = "") -> IncomingMessage:
    return IncomingMessage(
        provider_key=key, channel=Channel.EMAIL, sender_address=sender, sender_name="Léa",
        subject=subject, body_text=text, message_id=mid, in_reply_to=irt,
        references=[irt] if irt else [], sent_at=at, automated_reason=automated,
        raw=f"Subject: {subject}\n\n{text}".encode(),
    )


def test_replies_thread_by_headers_and_redelivery_is_a_duplicate(workspace: Workspace) -> None:
    ing = workspace.ingestor()
    first = ing.ingest(email("k1", mid="a@x"))
    second = ing.ingest(email("k2", mid="b@x", irt="a@x", subject="Re: something else", at=2000))
    again = ing.ingest(email("k1", mid="a@x"))
    assert second.conversation_id == first.conversation_id
    assert again.duplicate and workspace.repos().messages.count() == 2
    conv = workspace.conversation(first.conversation_id or 0)
    assert conv is not None and conv.needs_reply and conv.waiting_since == 1000.0
    assert conv.message_count == 2


def test_subject_fallback_is_conservative(workspace: Workspace) -> None:
    ing = workspace.ingestor()
    a = ing.ingest(email("k1", mid="a@x", subject="Broken vase"))
    same = ing.ingest(email("k2", mid="b@x", subject="RE: broken  vase", at=1100))
    other_person = ing.ingest(
        email("k3", mid="c@x", subject="Re: Broken vase", sender="omar@example.com", at=1200)
    )
    not_a_reply = ing.ingest(email("k4", mid="d@x", subject="Broken vase", at=1300))
    assert same.conversation_id == a.conversation_id
    assert other_person.conversation_id != a.conversation_id
    assert not_a_reply.conversation_id != a.conversation_id


def test_one_contact_per_address_case_insensitive(workspace: Workspace) -> None:
    ing = workspace.ingestor()
    ing.ingest(email("k1", mid="a@x", sender="Lea@Example.com"))
    ing.ingest(email("k2", mid="b@x", sender="lea@example.com", subject="Another"))
    repos = workspace.repos()
    assert repos.contacts.count() == 1
    assert repos.contacts.find_by_handle(HandleKind.EMAIL, "LEA@example.COM") is not None


def test_automated_mail_is_visible_but_needs_no_reply(workspace: Workspace) -> None:
    result = workspace.ingestor().ingest(email("k1", mid="a@x", automated="list"))
    conv = workspace.conversation(result.conversation_id or 0)
    assert conv is not None and not conv.needs_reply and conv.automated
    assert result.conversation_id in workspace.inbox_ids(InboxQuery("all"))


def test_real_follow_up_reopens_closed_but_thanks_does_not(workspace: Workspace) -> None:
    workspace.clock = lambda: 2000.0  # our reply lands between the customer's messages
    ing = workspace.ingestor()
    conv_id = ing.ingest(email("k1", mid="a@x")).conversation_id or 0
    workspace.reply(conv_id, "Your parcel leaves today.")
    workspace.set_status(conv_id, Status.CLOSED)
    ing.ingest(email("k2", mid="b@x", irt="a@x", text="Merci beaucoup !", at=3000))
    conv = workspace.conversation(conv_id)
    assert conv is not None and conv.status is Status.CLOSED and not conv.needs_reply
    ing.ingest(email("k3", mid="c@x", irt="b@x", text="It arrived broken, what now?", at=4000))
    conv = workspace.conversation(conv_id)
    assert conv is not None and conv.status is Status.OPEN and conv.needs_reply


def test_chat_messages_thread_by_thread_key(workspace: Workspace) -> None:
    ing = workspace.ingestor()
    msgs = [
        IncomingMessage(
            provider_key=f"chat:{i}", channel=Channel.DEMO_CHAT, sender_address="@amira",
            handle_kind=HandleKind.DEMO, body_text=f"msg {i}", sent_at=100.0 + i,
            thread_key="room-1", direction=Direction.IN,
        )
        for i in range(3)
    ]
    results = ing.ingest_many(msgs)
    assert len({r.conversation_id for r in results}) == 1
