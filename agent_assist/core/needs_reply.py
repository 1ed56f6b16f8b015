"""The needs-reply rule: who spoke last, with what, and since when the customer waits."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from agent_assist.core.models import Delivery, Direction

# Short closing words after which a resolved conversation should stay resolved.
# Kept deliberately small and per language: a real question must always reopen.
_THANKS_WORDS = {
    # English
    "thanks", "thank", "you", "thx", "ty", "cheers", "great", "perfect", "ok", "okay",
    "much", "so", "a", "lot", "many", "awesome", "brilliant", "lovely", "wonderful", "got",
    "it", "noted", "all", "good", "fine", "super", "very", "again", "have", "nice", "day",
    "received", "bye", "kind", "regards", "best", "cool", "excellent", "amazing",
    # French
    "merci", "beaucoup", "mille", "fois", "parfait", "génial", "top", "d'accord",
    "daccord", "dac", "très", "bien", "reçu", "bonne", "journée", "soirée", "encore",
    "cordialement", "bises", "nickel", "impeccable", "c'est", "noté", "à", "vous", "aussi",
    "excellente", "formidable", "tout", "bon", "bonjour", "au", "revoir",
    # Arabic
    "شكرا", "شكراً", "شكرًا", "جزيلا", "جزيلاً", "جزيلًا", "مشكور", "مشكورة", "تمام", "ممتاز",
    "حسنا", "حسناً", "طيب", "جزاك", "جزاكم", "الله", "خيرا", "خيراً", "وصل", "وصلت", "رائع",
    "يعطيك", "العافية", "لك", "لكم", "كثيرا", "كثيراً", "مع", "السلامة", "أوكي", "اوكي",
}
_WORD = re.compile(r"[\w'’]+", re.UNICODE)
_TRIVIAL_MAX_WORDS = 8


def is_trivial_closing(text: str) -> bool:
    """True for a bare thank-you, OK or emoji that needs no answer of its own.

    A question mark, a digit (order numbers) or any word outside the closing vocabulary
    makes it real content: better a false "needs reply" than a customer left unanswered.
    """
    stripped = text.strip()
    if not stripped:
        return True
    if "?" in stripped or "؟" in stripped or any(ch.isdigit() for ch in stripped):
        return False
    words = [w.replace("’", "'").lower() for w in _WORD.findall(stripped)]
    if len(words) > _TRIVIAL_MAX_WORDS:
        return False
    if not words:
        # Only emoji / punctuation.
        return all(
            unicodedata.category(ch)[0] in "SPZC" or ch in "\ufe0f\u200d" for ch in stripped
        )
    return all(w in _THANKS_WORDS for w in words)


@dataclass(frozen=True, slots=True)
class MessageFact:
    """What the rule needs to know about one message."""

    direction: Direction
    sent_at: float
    automated: bool = False
    text: str = ""
    delivery: Delivery | None = None


@dataclass(frozen=True, slots=True)
class ReplyState:
    """Whether the customer awaits an answer, and since when (oldest unanswered message)."""

    needs_reply: bool
    waiting_since: float | None


def reply_state(facts: Sequence[MessageFact]) -> ReplyState:
    """Apply the rule to a conversation's messages in chronological order.

    - Our reply (OUT) answers everything before it, unless its delivery FAILED.
    - Notes and automatic acknowledgements (AUTO) answer nothing.
    - Automated inbound mail (bounces, lists, auto-replies) never starts a clock.
    - A trivial "thanks" right after our answer does not reopen the conversation;
      the same words opening a conversation, or following an unanswered message, do count.
    """
    waiting_since: float | None = None
    answered_once = False
    for fact in facts:
        if fact.direction is Direction.OUT:
            if fact.delivery is not Delivery.FAILED:
                waiting_since = None
                answered_once = True
        elif fact.direction is Direction.IN:
            if fact.automated:
                continue
            if waiting_since is None:
                if answered_once and is_trivial_closing(fact.text):
                    continue
                waiting_since = fact.sent_at
    return ReplyState(needs_reply=waiting_since is not None, waiting_since=waiting_since)
