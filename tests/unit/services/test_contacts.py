"""One customer across channels: suggestions, merge, split, dismissal, audit."""

from __future__ import annotations

import itertools
import time

import pytest

from agent_assist.core.models import Channel, Direction, Handle, HandleKind, IncomingMessage
from agent_assist.services.contacts import (
    ContactError,
    ContactService,
    normalize_email,
    normalize_name,
    normalize_phone,
)
from agent_assist.services.workspace import Workspace

_keys = itertools.count(1)


def write(ws: Workspace, channel: Channel, kind: HandleKind, address: str, name: str,
          text: str = "Hello") -> int:
    """A customer message through the real ingest path; returns its conversation id."""
    chat = channel is not Channel.EMAIL
    result = ws.ingestor().ingest(IncomingMessage(
        provider_key=f"t:{next(_keys)}", channel=channel, sender_address=address,
        sender_name=name, handle_kind=kind, body_text=text, sent_at=time.time() - 60,
        thread_key=f"{channel.value}:{address}" if chat else "",
        message_id="" if chat else f"m{next(_keys)}@x.test", subject="" if chat else "Order",
    ))
    assert result.conversation_id is not None
    return result.conversation_id


def contact_of(ws: Workspace, conversation_id: int) -> int:
    conv = ws.conversation(conversation_id)
    assert conv is not None and conv.contact_id is not None
    return conv.contact_id


@pytest.mark.parametrize(("raw", "expected"), [
    ("+33 6 12-34-56-78", "+33612345678"), ("0033 6 12 34 56 78", "+33612345678"),
    ("(555) 010-9999", "5550109999"), ("12", ""), ("call me", ""),
])
def test_normalize_phone(raw: str, expected: str) -> None:
    assert normalize_phone(raw) == expected


def test_normalize_email_and_name() -> None:
    assert normalize_email("  Lea@Example.COM ") == "lea@example.com"
    assert normalize_email("not-an-address") == normalize_email("@") == ""
    assert normalize_name("  Léa   ROUX ") == normalize_name("lea roux") == "lea roux"
    assert normalize_name("O'Brien-Smith") == "o brien smith"


def test_same_email_phone_and_name_are_suggested_strongest_first(workspace: Workspace) -> None:
    ws = workspace
    email = contact_of(ws, write(ws, Channel.EMAIL, HandleKind.EMAIL, "lea@example.com",
                                 "Léa Roux"))
    telegram = contact_of(ws, write(ws, Channel.TELEGRAM, HandleKind.TELEGRAM, "501", "Lea Roux"))
    matrix = contact_of(ws, write(ws, Channel.MATRIX, HandleKind.MATRIX, "@wa_33612:bridge.test",
                                  "L. R."))
    repos = ws.repos()
    service = ContactService(repos)
    with repos.db.atomic():
        assert service.record_detail(matrix, "email", "LEA@example.com ", "matrix")
        assert not service.record_detail(matrix, "email", "lea@example.com", "matrix")  # known
        assert service.record_detail(telegram, "phone", "+33 6 12 34 56 78", "telegram")
        repos.contacts.add_handle(matrix, HandleKind.PHONE, "0033612345678")
    found = service.suggestions()
    by_pair = {s.pair: s for s in found}
    assert set(by_pair) == {
        tuple(sorted((email, matrix))), tuple(sorted((telegram, matrix))),
        tuple(sorted((email, telegram))),
    }
    assert by_pair[tuple(sorted((email, matrix)))].reasons == ("same_email",)
    assert by_pair[tuple(sorted((telegram, matrix)))].shared == ("+33612345678",)
    assert by_pair[tuple(sorted((email, telegram)))].reasons == ("same_name",)
    assert [s.strong for s in found] == [True, True, False]


def test_common_names_and_unrelated_contacts_are_not_suggested(workspace: Workspace) -> None:
    ws = workspace
    for i in range(6):  # six different "Ana"s say nothing about identity
        write(ws, Channel.EMAIL, HandleKind.EMAIL, f"ana{i}@example.com", "Ana")
    write(ws, Channel.TELEGRAM, HandleKind.TELEGRAM, "900", "Bo")  # too short to compare
    write(ws, Channel.EMAIL, HandleKind.EMAIL, "bo@example.com", "Bo")
    write(ws, Channel.EMAIL, HandleKind.EMAIL, "zoe@example.com", "Zoé Martin")
    assert ContactService(ws.repos()).suggestions() == []


def test_merge_moves_everything_and_is_audited(workspace: Workspace) -> None:
    ws = workspace
    conv_email = write(ws, Channel.EMAIL, HandleKind.EMAIL, "lea@example.com", "Léa Roux")
    conv_tg = write(ws, Channel.TELEGRAM, HandleKind.TELEGRAM, "501", "Léa")
    keep, other = contact_of(ws, conv_email), contact_of(ws, conv_tg)
    repos = ws.repos()
    service = ContactService(repos)
    with repos.db.atomic():
        service.record_detail(other, "telegram_username", "@learoux", "telegram")
    merged = service.merge(keep, other, agent_id=None)
    assert merged.name == "Léa Roux"
    assert {h.kind for h in merged.handles} == {HandleKind.EMAIL, HandleKind.TELEGRAM}
    assert repos.contacts.get(other) is None
    assert {c.id for c in service.history(keep)} == {conv_email, conv_tg}
    assert {c.channel for c in service.history(keep)} == {Channel.EMAIL, Channel.TELEGRAM}
    assert service.details(keep) == [("telegram_username", "@learoux", "telegram")]
    assert repos.audit.list()[0].action == "contact:merge"
    # A later Telegram message from the same person lands on the merged contact.
    later = write(ws, Channel.TELEGRAM, HandleKind.TELEGRAM, "501", "Léa", "Any news?")
    assert contact_of(ws, later) == keep
    assert service.suggestions() == []


def test_split_gives_handles_and_their_conversations_to_a_new_contact(
    workspace: Workspace,
) -> None:
    ws = workspace
    conv_email = write(ws, Channel.EMAIL, HandleKind.EMAIL, "sam@example.com", "Sam Lee")
    conv_tg = write(ws, Channel.TELEGRAM, HandleKind.TELEGRAM, "777", "Sam")
    repos = ws.repos()
    service = ContactService(repos)
    keep = service.merge(contact_of(ws, conv_email), contact_of(ws, conv_tg))
    telegram = Handle(HandleKind.TELEGRAM, "777")
    created = service.split(keep.id, [telegram], "Samira (Telegram)")
    assert created.handles == (telegram,)
    assert contact_of(ws, conv_tg) == created.id
    assert contact_of(ws, conv_email) == keep.id
    assert repos.contacts.get(keep.id).handles == (  # type: ignore[union-attr]
        Handle(HandleKind.EMAIL, "sam@example.com"),)
    assert repos.audit.list()[0].action == "contact:split"
    # Split means "two people": the same-name evidence must not bring them back.
    write(ws, Channel.EMAIL, HandleKind.EMAIL, "other@example.com", "Samira (Telegram)")
    assert all(set(s.pair) != {keep.id, created.id} for s in service.suggestions())


def test_split_and_merge_refuse_impossible_requests(workspace: Workspace) -> None:
    ws = workspace
    only = contact_of(ws, write(ws, Channel.EMAIL, HandleKind.EMAIL, "x@example.com", "X Y"))
    service = ContactService(ws.repos())
    email = Handle(HandleKind.EMAIL, "x@example.com")
    with pytest.raises(ContactError, match="at least one"):
        service.split(only, [email], "Someone")
    with pytest.raises(ContactError, match="no longer belong"):
        service.split(only, [Handle(HandleKind.TELEGRAM, "1")], "Someone")
    with pytest.raises(ContactError, match="name"):
        service.split(only, [email], "  ")
    with pytest.raises(ContactError, match="two different"):
        service.merge(only, only)
    with pytest.raises(ContactError, match="no longer exists"):
        service.merge(only, 9999)
    assert ws.repos().contacts.count() == 1


def test_dismissed_pairs_stay_dismissed(workspace: Workspace) -> None:
    ws = workspace
    a = contact_of(ws, write(ws, Channel.EMAIL, HandleKind.EMAIL, "jo@a.test", "Jo Martin"))
    b = contact_of(ws, write(ws, Channel.TELEGRAM, HandleKind.TELEGRAM, "42", "Jo Martin"))
    service = ContactService(ws.repos())
    assert [s.pair for s in service.suggestions()] == [tuple(sorted((a, b)))]
    service.dismiss(b, a)
    assert service.suggestions() == []
    assert ws.repos().audit.list()[0].action == "contact:not_same"


def test_incoming_outbound_only_conversation_follows_its_recipient(workspace: Workspace) -> None:
    ws = workspace
    inbound = write(ws, Channel.TELEGRAM, HandleKind.TELEGRAM, "55", "Kim Park")
    contact = contact_of(ws, inbound)
    result = ws.ingestor().ingest(IncomingMessage(
        provider_key="out:1", channel=Channel.EMAIL, sender_address="shop@x.test",
        direction=Direction.OUT, recipients=["kim@example.com"], subject="Your order",
        body_text="It left today.", message_id="o1@x.test", sent_at=time.time(),
    ))
    outbound_contact = contact_of(ws, result.conversation_id or 0)
    service = ContactService(ws.repos())
    merged = service.merge(contact, outbound_contact)
    created = service.split(merged.id, [Handle(HandleKind.EMAIL, "kim@example.com")], "Kim P.")
    assert contact_of(ws, result.conversation_id or 0) == created.id
    assert contact_of(ws, inbound) == merged.id
