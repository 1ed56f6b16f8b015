"""Guidance for one conversation: situation, customer card, playbook, templates, past replies.

Everything here is a read of a handful of rows plus in-memory matching against the cached
library, so it stays a small fraction of the time it takes to open the conversation even
on a large inbox (see ``bench/guidance.py``). Safe to call from any thread: it uses only
the connection it is given.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from agent_assist.core.business_hours import calendar_from_json, is_open
from agent_assist.core.detect import Detection, Match, Prepared, customer_text, merge_hits
from agent_assist.core.guidance import (
    CustomerCard,
    Detected,
    Guidance,
    PastConversation,
    PastReply,
    PlaybookCard,
    Situation,
    Why,
)
from agent_assist.core.language import detect_language
from agent_assist.core.opening_hours import OpeningHours
from agent_assist.core.playbooks import PlaybookMatch
from agent_assist.core.playbooks import Situation as PlaybookSituation
from agent_assist.core.suggest import SuggestionInput, rank_templates
from agent_assist.core.template_context import ContextFacts, build_context, find_order_number
from agent_assist.services.similar_replies import query_terms, similar_replies
from agent_assist.services.template_library import Library, library
from agent_assist.storage.repositories import Repos
from agent_assist.storage.repositories.guidance import GuidanceReads, RecentMessage
from agent_assist.storage.repositories.templates import TemplateRepo, search_words

__all__ = ["GuidanceError", "guidance_for", "past_replies"]

REPEAT_WINDOW = 7 * 24 * 3600
CHASE_GAP = 3600  # two customer messages an hour apart with no answer = writing again
RECENT_MESSAGES = 16  # enough for the latest turns, our last reply and the notes
MESSAGE_CHARS = 4000  # the start of a message says what it is about
PAST_SHOWN = 8
TEMPLATE_TERMS = 5  # customer words compared with the templates (FTS5 OR query)
OpenCheck = Callable[[float], bool]


class GuidanceError(LookupError):
    """Guidance cannot be computed (e.g. the conversation is gone); one sentence."""


def _turns(messages: Sequence[RecentMessage]
           ) -> tuple[list[RecentMessage], list[RecentMessage], RecentMessage | None]:
    """All customer messages, the customer's latest turn, and our latest reply."""
    inbound = [m for m in messages if m.direction == "in" and not m.automated]
    last_out = next((m for m in reversed(messages) if m.direction == "out"), None)
    after = [m for m in inbound if last_out is None or m.sent_at >= last_out.sent_at]
    if not after and inbound:  # we answered last: the customer's last turn still matters
        last = inbound[-1]
        earlier_out = [m for m in messages if m.direction == "out" and m.sent_at <= last.sent_at]
        start = earlier_out[-1].sent_at if earlier_out else float("-inf")
        after = [m for m in inbound if m.sent_at >= start]
    return inbound, after, last_out


def _detected(matches: Sequence[Match], language: str) -> tuple[Detected, ...]:
    return tuple(Detected(m.key, m.label(language), m.words, m.score) for m in matches)


_SETTING_KEYS = ("shop", "business_hours", "template_fields")
_parsed: dict[tuple[str, ...], tuple[dict[str, Any], OpenCheck | None, dict[str, Any]]] = {}


def _state(repos: Repos) -> tuple[int, tuple[dict[str, Any], OpenCheck | None, dict[str, Any]]]:
    """The library's change counter and the settings guidance uses, in one read.

    Settings are parsed once per stored value (they rarely change).
    """
    revision, key = GuidanceReads(repos.db).state(_SETTING_KEYS)
    cached = _parsed.get(key)
    if cached is None:
        shop_raw, hours_raw, fields_raw = (json.loads(v) for v in key)
        shop, shop_check = _shop(shop_raw)
        fields = dict(fields_raw) if isinstance(fields_raw, dict) else {}
        if len(_parsed) > 16:
            _parsed.clear()
        cached = _parsed[key] = (shop, _calendar_check(hours_raw) or shop_check, fields)
    return revision, cached


def _calendar_check(raw: Any) -> OpenCheck | None:
    if not isinstance(raw, dict) or not raw:
        return None
    try:
        calendar = calendar_from_json(raw)
    except ValueError:
        return None
    return lambda at: is_open(at, calendar)


def _shop(raw: Any) -> tuple[dict[str, Any], OpenCheck | None]:
    shop = dict(raw) if isinstance(raw, dict) else {}
    hours = OpeningHours.from_shop(shop)
    return shop, (hours.is_open if hours.known else None)


def _outcome(status: str, needs_reply: bool) -> str:
    if status == "open":
        return "needs_reply" if needs_reply else "answered"
    return {"waiting": "waiting_on_customer"}.get(status, status)


def _customer_card(reads: GuidanceReads, contact_id: int | None, conversation_id: int,
                   name: str, now: float, notes: list[str]) -> CustomerCard:
    facts = reads.contact(contact_id, conversation_id, PAST_SHOWN) if contact_id else None
    if facts is None:
        return CustomerCard(None, name, (), "", "", (), 1, False, tuple(notes))
    past = tuple(PastConversation(o[0], o[1], o[2], _outcome(o[3], o[4]), o[5])
                 for o in facts.others)
    repeat = any(p.last_message_at is not None and now - p.last_message_at <= REPEAT_WINDOW
                 for p in past)
    return CustomerCard(
        contact_id=facts.id, name=facts.name or name, handles=facts.handles,
        language=facts.language, notes=facts.notes, past=past,
        total_conversations=1 + facts.other_count, repeat_contact=repeat,
        team_notes=tuple(notes),
    )


def _playbook_card(match: PlaybookMatch | None, others: Sequence[PlaybookMatch],
                   language: str) -> PlaybookCard | None:
    if match is None:
        return None
    pb = match.playbook
    return PlaybookCard(
        key=pb.key, name=pb.name(language),
        summary=pb.summary.get(language) or pb.summary.get("en", ""),
        steps=pb.localized("steps", language), checklist=pb.localized("checklist", language),
        do=pb.localized("do", language), dont=pb.localized("dont", language),
        templates=pb.templates,
        reasons=tuple(Why(r.kind, r.key, r.words) for r in match.reasons),
        score=match.score,
        alternatives=tuple((m.playbook.key, m.playbook.name(language)) for m in others),
    )


def guidance_for(
    repos: Repos, conversation_id: int, now: float, *, ui_language: str = "en",
    agent_id: int | None = None, is_open_at: OpenCheck | None = None,
    lib: Library | None = None, similar: bool = True,
) -> Guidance:
    """Compute the guidance panel's content for one conversation at time ``now``."""
    conv = repos.conversations.get(conversation_id)
    if conv is None:
        raise GuidanceError(f"There is no conversation {conversation_id} in this profile.")
    revision, (shop, shop_check, custom) = _state(repos)
    lib = lib or library(repos.db, revision=revision)
    reads = GuidanceReads(repos.db)
    messages = reads.recent_messages(conversation_id, RECENT_MESSAGES, MESSAGE_CHARS)
    inbound, turn, last_out = _turns(messages)
    recent = inbound[-6:]
    turn_text = customer_text([m.text for m in turn])
    topic_text = customer_text([m.text for m in recent], conv.subject)
    notes = [m.text for m in reversed(messages) if m.direction == "note"][:3]

    card = _customer_card(reads, conv.contact_id, conv.id, conv.contact_name, now, notes)
    language = (conv.language or card.language or detect_language(turn_text or topic_text)
                or ui_language)
    rules = lib.rules
    # Each customer message is cut into words and scanned once: topics come from the recent
    # messages and the subject, tone from the latest turn only (their mood now).
    prepared = {m.id: Prepared.of(customer_text([m.text])) for m in [*recent, *turn]}
    per_message = {mid: rules.hits(p) for mid, p in prepared.items()}
    subject_hits = rules.hits(conv.subject) if conv.subject else {}
    topics = rules.combine(merge_hits(subject_hits, *(per_message[m.id] for m in recent)))
    turn_hits = [per_message[m.id] for m in turn]
    if last_out is not None:
        turn_hits.append(rules.hits(last_out.text, scope="agent"))
    mood: Detection = rules.combine(merge_hits(*turn_hits))
    turn_prepared = (prepared[turn[0].id] if len(turn) == 1
                     else Prepared.of(turn_text or topic_text))
    check = is_open_at or shop_check
    out_of_hours = bool(check is not None and not check(now))
    waiting = (now - conv.waiting_since if conv.status.value == "open" and conv.needs_reply
               and conv.waiting_since else None)
    chased = len(turn) >= 2 and turn[-1].sent_at - turn[0].sent_at >= CHASE_GAP
    order_number = find_order_number(
        [m.text for m in reversed(inbound)] + [conv.subject],
        str(shop.get("order_number_pattern", "") or ""))

    topic_words = {m.key: m.words for m in topics.topics}
    tone_words = {m.key: m.words for m in mood.tones}
    signal_words = {m.key: m.words for m in mood.signals}
    situation = PlaybookSituation(
        language=language, channel=conv.channel.value, text=turn_text or topic_text,
        topics=topic_words, tones=tone_words, signals=signal_words,
        wait_minutes=None if waiting is None else waiting / 60, tags=conv.tags,
        repeat_contact=card.repeat_contact or chased, out_of_hours=out_of_hours,
        needs_reply=conv.needs_reply,
    )
    matches = lib.playbooks.match(situation, turn_prepared)
    best = matches[0] if matches else None
    playbook = _playbook_card(best, matches[1:3], ui_language)

    prefer = [w for m in topics.topics for w in m.words]
    terms = query_terms(turn_prepared, prefer)
    words = search_words(" ".join(terms[:TEMPLATE_TERMS]))
    similarity = TemplateRepo(repos.db).search(words) if words else {}
    templates = rank_templates(
        lib.templates,
        SuggestionInput(language, topic_words, tone_words, signal_words, out_of_hours,
                        order_number, situation.wait_minutes),
        playbook=best.playbook if best else None, similarity=similarity,
        name_language=ui_language,
    )
    agent_name, signatures = (reads.agent(agent_id) if agent_id is not None else None) or ("", {})
    context = build_context(ContextFacts(
        language=language, customer_name=card.name or conv.contact_name,
        customer_handles=[v for _, v in card.handles], customer_language=card.language,
        agent_name=agent_name, agent_signatures=signatures, shop=shop, subject=conv.subject,
        order_number=order_number, wait_seconds=waiting, channel=conv.channel.value
        if conv.channel.value == "email" else "chat",
        conversation_id=conv.id, custom=custom,
    ))
    result = Guidance(
        conversation_id=conv.id, language=language,
        situation=Situation(
            language=language, channel=conv.channel.value, needs_reply=conv.needs_reply,
            waiting_seconds=waiting, topics=_detected(topics.topics, ui_language),
            tones=_detected(mood.tones, ui_language), out_of_hours=out_of_hours,
            order_number=order_number,
        ),
        customer=card, playbook=playbook, templates=tuple(templates), similar_replies=(),
        context=context, computed_at=now, automated=conv.automated, search_terms=tuple(terms),
    )
    if not similar:
        return result
    return replace(result, similar_replies=past_replies(repos, result))


def past_replies(repos: Repos, guidance: Guidance) -> tuple[PastReply, ...]:
    """"How we answered similar messages before", for guidance already computed.

    Separate so the panel can show the rest first and add these a moment later.
    """
    if guidance.automated:  # bounces and newsletters have no human answer worth copying
        return ()
    return tuple(similar_replies(repos.db, guidance.conversation_id, guidance.search_terms))
