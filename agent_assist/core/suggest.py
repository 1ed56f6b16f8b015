"""Rank reply templates for a situation: playbook advice, triggers and text similarity.

Each template earns points for every reason it fits (recommended by the chosen playbook,
a topic or tone it is written for, the shop being closed, a missing order number, words
shared with the customer's message), and keeps those reasons so the panel can explain
the order. The variant in the customer's language is chosen; another language costs
points but is still offered, so every conversation gets at least one template.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from agent_assist.core.guidance import TemplateSuggestion, Why
from agent_assist.core.playbooks import Playbook
from agent_assist.core.templates import Template, pick_language

__all__ = ["ORDER_TOPICS", "SuggestionInput", "rank_templates"]

# Topics where we usually need the order number to do anything.
ORDER_TOPICS = frozenset({
    "delivery", "refund", "damaged", "cancellation", "invoice", "return", "exchange",
    "address", "order_change",
})
PLAYBOOK_POINTS = 20.0
PLAYBOOK_STEP = 3.0
TOPIC_POINTS = 20.0
MAIN_TOPIC_BONUS = 5.0
SIDE_TOPIC_POINTS = 12.0
TONE_POINTS = 15.0
SIGNAL_POINTS = 12.0
OUT_OF_HOURS_POINTS = 12.0
ORDER_NUMBER_POINTS = 18.0
WAIT_POINTS = 10.0
SIMILARITY_POINTS = 8.0
SHOWN_SIMILARITY = 0.5  # only a close match is worth naming as a reason
UNFIT_RECOMMENDATION = 3.0  # recommended, but written for another situation
OTHER_LANGUAGE_PENALTY = 8.0
MIN_SCORE = 5.0


@dataclass(frozen=True, slots=True)
class SuggestionInput:
    """The parts of a situation that template ranking looks at."""

    language: str
    topics: Mapping[str, tuple[str, ...]]  # in detection order: the first is the main one
    tones: Mapping[str, tuple[str, ...]]
    signals: Mapping[str, tuple[str, ...]]
    out_of_hours: bool = False
    order_number: str = ""
    wait_minutes: float | None = None


def _trigger_reasons(t: Template, s: SuggestionInput) -> tuple[float, list[Why]]:
    score, why = 0.0, []
    trig = t.triggers
    main_topic = next(iter(s.topics), "")
    for topic in trig.get("topics", ()) or ():
        if topic in s.topics:
            words = s.topics[topic]
            # The customer's main subject counts fully; side topics only help a little.
            points = (TOPIC_POINTS + MAIN_TOPIC_BONUS if topic == main_topic
                      else SIDE_TOPIC_POINTS)
            score += points + min(len(words), 3)
            why.append(Why("topic", topic, words))
    for tone in trig.get("tones", ()) or ():
        if tone in s.tones:
            score += TONE_POINTS
            why.append(Why("tone", tone, s.tones[tone]))
    for signal in trig.get("signals", ()) or ():
        if signal in s.signals:
            score += SIGNAL_POINTS
            why.append(Why("signal", signal, s.signals[signal]))
    if trig.get("out_of_hours") and s.out_of_hours:
        score += OUT_OF_HOURS_POINTS
        why.append(Why("out_of_hours"))
    if trig.get("needs_order_number") and not s.order_number and ORDER_TOPICS & set(s.topics):
        score += ORDER_NUMBER_POINTS
        why.append(Why("no_order_number"))
    minimum = trig.get("min_wait_minutes")
    if minimum is not None and s.wait_minutes is not None and s.wait_minutes >= float(minimum):
        score += WAIT_POINTS
        why.append(Why("wait", str(int(s.wait_minutes))))
    return score, why


def rank_templates(
    templates: Sequence[Template],
    situation: SuggestionInput,
    *,
    playbook: Playbook | None = None,
    similarity: Mapping[tuple[str, str], float] | None = None,
    limit: int = 8,
    name_language: str = "",
) -> list[TemplateSuggestion]:
    """The best templates, best first; never empty when the library has a fallback.

    ``name_language`` is the agent's language for template names (the variant itself
    follows the customer's language).
    """
    similarity = similarity or {}
    best_similarity = max(similarity.values(), default=0.0)
    recommended = {key: i for i, key in enumerate(playbook.templates)} if playbook else {}
    wanted = situation.language.split("-")[0] if situation.language else ""
    chosen_language: dict[tuple[str, ...], str] = {}
    scored: list[tuple[float, str, Template, str, list[Why]]] = []
    for t in templates:
        languages = t.languages
        if not languages:
            continue
        language = chosen_language.get(languages)
        if language is None:
            language = chosen_language[languages] = pick_language(languages, situation.language)
        score, why = _trigger_reasons(t, situation)
        if t.key in recommended and playbook is not None:
            conditional = any(k != "fallback" for k in t.triggers)
            points = max(PLAYBOOK_POINTS - PLAYBOOK_STEP * recommended[t.key], 8.0)
            score += points if why or not conditional else UNFIT_RECOMMENDATION
            why.insert(0, Why("playbook", playbook.key))
        sim = similarity.get((t.key, language), 0.0)
        if sim > 0 and best_similarity > 0:
            ratio = sim / best_similarity
            score += SIMILARITY_POINTS * ratio
            if ratio >= SHOWN_SIMILARITY:
                why.append(Why("similar"))
        if wanted and language != wanted:
            score -= OTHER_LANGUAGE_PENALTY
        fallback = bool(t.triggers.get("fallback"))
        if fallback:
            score += 1.0
        if score >= MIN_SCORE or fallback:
            scored.append((score, t.key, t, language, why))
    scored.sort(key=lambda s: (-s[0], s[1]))
    return [
        TemplateSuggestion(
            key=t.key, name=t.name(name_language or language), language=language,
            languages=t.languages, category=t.category, shortcut=t.shortcut, score=score,
            reasons=tuple(why), has_attachments=bool(t.attachments),
        )
        for score, _key, t, language, why in scored[:limit]
    ]
