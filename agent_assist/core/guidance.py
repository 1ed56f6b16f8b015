"""What the guidance panel shows for one conversation, as plain data (JSON-ready)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "CustomerCard",
    "Detected",
    "Guidance",
    "PastConversation",
    "PastReply",
    "PlaybookCard",
    "Situation",
    "TemplateSuggestion",
    "Why",
]


@dataclass(frozen=True, slots=True)
class Why:
    """One reason for a suggestion: a kind ("topic", "tone", "playbook"…), a key, words."""

    kind: str
    key: str = ""
    words: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "key": self.key, "words": list(self.words)}


@dataclass(frozen=True, slots=True)
class Detected:
    """A detected topic or tone with its label and the customer's words that matched."""

    key: str
    label: str
    words: tuple[str, ...]
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "words": list(self.words),
                "score": round(self.score, 2)}


@dataclass(frozen=True, slots=True)
class PastConversation:
    """An earlier conversation of the same customer and how it ended."""

    id: int
    subject: str
    channel: str
    outcome: str  # needs_reply | answered | waiting_on_customer | snoozed | closed
    last_message_at: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "subject": self.subject, "channel": self.channel,
                "outcome": self.outcome, "last_message_at": self.last_message_at}


@dataclass(frozen=True, slots=True)
class CustomerCard:
    """Who the customer is: every handle, language, history, notes, repeat contact."""

    contact_id: int | None
    name: str
    handles: tuple[tuple[str, str], ...]  # (kind, value)
    language: str
    notes: str
    past: tuple[PastConversation, ...]
    total_conversations: int
    repeat_contact: bool  # another conversation within the last 7 days
    team_notes: tuple[str, ...] = ()  # this conversation's internal notes, newest first

    def to_dict(self) -> dict[str, Any]:
        return {
            "contact_id": self.contact_id, "name": self.name,
            "handles": [{"kind": k, "value": v} for k, v in self.handles],
            "language": self.language, "notes": self.notes,
            "past": [p.to_dict() for p in self.past],
            "total_conversations": self.total_conversations,
            "repeat_contact": self.repeat_contact, "team_notes": list(self.team_notes),
        }


@dataclass(frozen=True, slots=True)
class Situation:
    """Wait, language, topics and tone of the conversation right now."""

    language: str
    channel: str
    needs_reply: bool
    waiting_seconds: float | None
    topics: tuple[Detected, ...]
    tones: tuple[Detected, ...]
    out_of_hours: bool
    order_number: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "language": self.language, "channel": self.channel, "needs_reply": self.needs_reply,
            "waiting_seconds": self.waiting_seconds, "out_of_hours": self.out_of_hours,
            "order_number": self.order_number,
            "topics": [t.to_dict() for t in self.topics],
            "tones": [t.to_dict() for t in self.tones],
        }


@dataclass(frozen=True, slots=True)
class PlaybookCard:
    """The chosen playbook, in the agent's language, and why it was chosen."""

    key: str
    name: str
    summary: str
    steps: tuple[str, ...]
    checklist: tuple[str, ...]
    do: tuple[str, ...]
    dont: tuple[str, ...]
    templates: tuple[str, ...]
    reasons: tuple[Why, ...]
    score: float = 0.0
    alternatives: tuple[tuple[str, str], ...] = ()  # (key, name) of the runners-up

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key, "name": self.name, "summary": self.summary,
            "steps": list(self.steps), "checklist": list(self.checklist),
            "do": list(self.do), "dont": list(self.dont), "templates": list(self.templates),
            "reasons": [r.to_dict() for r in self.reasons], "score": round(self.score, 2),
            "alternatives": [{"key": k, "name": n} for k, n in self.alternatives],
        }


@dataclass(frozen=True, slots=True)
class TemplateSuggestion:
    """A ranked template, with the variant chosen for the customer's language."""

    key: str
    name: str
    language: str
    languages: tuple[str, ...]
    category: str
    shortcut: str
    score: float
    reasons: tuple[Why, ...]
    has_attachments: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key, "name": self.name, "language": self.language,
            "languages": list(self.languages), "category": self.category,
            "shortcut": self.shortcut, "score": round(self.score, 2),
            "reasons": [r.to_dict() for r in self.reasons],
            "has_attachments": self.has_attachments,
        }


@dataclass(frozen=True, slots=True)
class PastReply:
    """How we answered a similar customer message before (insertable as is)."""

    conversation_id: int
    customer_message_id: int
    customer_text: str
    reply_message_id: int
    reply_text: str
    replied_at: float
    similarity: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "conversation_id": self.conversation_id,
            "customer_message_id": self.customer_message_id,
            "customer_text": self.customer_text, "reply_message_id": self.reply_message_id,
            "reply_text": self.reply_text, "replied_at": self.replied_at,
            "similarity": round(self.similarity, 3),
        }


@dataclass(frozen=True, slots=True)
class Guidance:
    """Everything the right-hand panel shows for one conversation."""

    conversation_id: int
    language: str
    situation: Situation
    customer: CustomerCard
    playbook: PlaybookCard | None
    templates: tuple[TemplateSuggestion, ...]
    similar_replies: tuple[PastReply, ...]
    context: dict[str, Any] = field(default_factory=dict)  # template variables
    computed_at: float = 0.0
    automated: bool = False
    search_terms: tuple[str, ...] = ()  # the customer's distinctive words, for past replies

    @property
    def topics(self) -> tuple[Detected, ...]:
        return self.situation.topics

    @property
    def tones(self) -> tuple[Detected, ...]:
        return self.situation.tones

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``agent-assist guidance --json``."""
        return {
            "conversation_id": self.conversation_id,
            "language": self.language,
            "topics": [t.to_dict() for t in self.situation.topics],
            "tone": [t.to_dict() for t in self.situation.tones],
            "situation": self.situation.to_dict(),
            "playbook": self.playbook.to_dict() if self.playbook else None,
            "templates": [t.to_dict() for t in self.templates],
            "similar_replies": [r.to_dict() for r in self.similar_replies],
            "customer": self.customer.to_dict(),
            "computed_at": self.computed_at,
        }
