"""The auto-acknowledger on the demo chat channel: once per conversation, never an answer."""

from __future__ import annotations

import itertools
import json
from datetime import date

from agent_assist.core.models import Channel, Delivery, Direction, HandleKind, IncomingMessage
from agent_assist.services.auto_ack import AutoAcknowledger
from agent_assist.services.sla import save_config
from agent_assist.services.status import status_report
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile

NOW = 1_741_000_000.0
_keys = itertools.count(1)


def chat(ws: Workspace, sender: str, text: str, at: float, language: str = "") -> int:
    result = ws.ingestor().ingest(IncomingMessage(
        provider_key=f"c:{next(_keys)}", channel=Channel.DEMO_CHAT, sender_address=sender,
        sender_name=f"{sender.title()} Martin", handle_kind=HandleKind.DEMO, body_text=text,
        sent_at=at, thread_key=f"chat:{sender}", language=language,
    ))
    assert result.conversation_id is not None
    return result.conversation_id


def enable(ws: Workspace, **extra: object) -> None:
    save_config(ws.repos(), {"auto_ack": {"channels": {"demo_chat": True}, "out_of_hours": False,
                                          **extra}}, date(2025, 3, 3))


def acknowledger(ws: Workspace, now: float = NOW) -> AutoAcknowledger:
    return AutoAcknowledger(ws.repos(), ws.ingestor(), lambda: now)


def test_one_acknowledgement_per_new_conversation_and_it_is_no_answer(profile: Profile) -> None:
    ws = Workspace(profile, clock=lambda: NOW)
    enable(ws)
    ws.repos().settings.set("shop", {"name": "Atelier Lumière"})
    cid = chat(ws, "lea", "Bonjour, ma commande est-elle partie ?", NOW - 30, language="fr")
    chat(ws, "lea", "C'est pour un cadeau !", NOW - 20, language="fr")
    outcomes = acknowledger(ws).acknowledge_pending()
    assert [o.decision for o in outcomes] == ["send", "already_acknowledged"]
    assert acknowledger(ws).acknowledge_pending() == []  # each message is considered once
    messages = ws.messages(cid)
    [auto] = [m for m in messages if m.direction is Direction.AUTO]
    assert auto.body_text.startswith("Bonjour Lea,") and "Atelier Lumière" in auto.body_text
    conv = ws.conversation(cid)
    assert conv is not None and conv.needs_reply and conv.waiting_since == NOW - 30
    report = ws.send_pending()
    assert len(report.sent) == 1
    [item] = ws.demo_sender.delivered
    assert json.loads(item.payload) == {"text": auto.body_text}
    assert item.recipients == ("chat:lea",)
    conv = ws.conversation(cid)
    assert conv is not None and conv.needs_reply  # still waiting for a human
    assert ws.messages(cid)[-1].delivery is Delivery.SENT
    assert status_report(ws.repos(), NOW)["auto_acks_today"] == 1


def test_off_old_and_rate_limited(profile: Profile) -> None:
    ws = Workspace(profile, clock=lambda: NOW)
    chat(ws, "omar", "Hello?", NOW - 10)
    assert [o.decision for o in acknowledger(ws).acknowledge_pending()] == ["disabled"]
    enable(ws, sender_limit=2)
    # Turning it on later does not acknowledge what was already considered.
    assert acknowledger(ws).acknowledge_pending() == []
    chat(ws, "ines", "Old question", NOW - 3 * 86400)  # e.g. a first sync of old history
    # Three separate chats from one sender (new thread each time): the third is limited.
    for n in range(3):
        ws.ingestor().ingest(IncomingMessage(
            provider_key=f"c:{next(_keys)}", channel=Channel.DEMO_CHAT, sender_address="spam",
            handle_kind=HandleKind.DEMO, body_text=f"Question {n}", sent_at=NOW - 5 + n,
            thread_key=f"room:{n}",
        ))
    decisions = [o.decision for o in acknowledger(ws).acknowledge_pending()]
    assert decisions == ["too_old", "send", "send", "rate_limited"]
    assert ws.repos().db.execute(
        "SELECT count(*) FROM messages WHERE direction = 'auto'").fetchone()[0] == 2


def test_after_a_human_reply_follow_ups_are_not_acknowledged(profile: Profile) -> None:
    ws = Workspace(profile, clock=lambda: NOW)
    enable(ws)
    cid = chat(ws, "lea", "Hi!", NOW - 600)
    acknowledger(ws, NOW - 590).acknowledge_pending()
    ws.reply(cid, "Hello Léa, how can I help?")
    chat(ws, "lea", "Do you ship to Morocco?", NOW - 5)
    assert [o.decision for o in acknowledger(ws).acknowledge_pending()] == ["answered"]
