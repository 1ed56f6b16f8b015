"""Playbooks: what to do for a situation, as data, and the rules that pick one.

A playbook has a name, steps, a checklist and do/don't advice in each language, the
templates it recommends, and triggers. ``triggers`` are alternatives (any one makes the
playbook a candidate); ``when`` lists conditions that must all hold. The highest score
wins: the playbook's priority plus the weight of every trigger that fired, and every
match carries the reasons (with the customer's own words) so the panel can show them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from agent_assist.core.detect import Prepared, Rule, RuleError, RuleSet

__all__ = [
    "Playbook",
    "PlaybookMatch",
    "PlaybookSet",
    "Reason",
    "Situation",
]

LANGUAGES = ("en", "fr", "ar")
TRIGGER_KEYS = (
    "topics", "tones", "signals", "keywords", "patterns", "channels", "min_wait_minutes",
    "tags", "repeat_contact", "out_of_hours", "needs_reply", "always",
)
# How much each kind of evidence adds to a candidate's score (priority dominates).
WEIGHTS = {
    "topics": 10.0, "tones": 12.0, "signals": 8.0, "keywords": 8.0, "patterns": 6.0,
    "channels": 2.0, "min_wait_minutes": 6.0, "tags": 6.0, "repeat_contact": 10.0,
    "out_of_hours": 10.0, "needs_reply": 1.0, "always": 0.0,
}


@dataclass(frozen=True, slots=True)
class Situation:
    """What guidance knows about the open conversation, in matchable form."""

    language: str = ""
    channel: str = ""
    text: str = ""
    topics: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    tones: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    signals: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    wait_minutes: float | None = None
    tags: tuple[str, ...] = ()
    repeat_contact: bool = False
    out_of_hours: bool = False
    needs_reply: bool = False


@dataclass(frozen=True, slots=True)
class Reason:
    """One trigger that fired: its kind, what it named, and the words that matched."""

    kind: str
    key: str = ""
    words: tuple[str, ...] = ()


def _texts(data: Any) -> dict[str, tuple[str, ...]]:
    if not isinstance(data, Mapping):
        return {}
    return {str(k): tuple(str(x) for x in v) for k, v in data.items() if isinstance(v, list)}


@dataclass(frozen=True, slots=True)
class Playbook:
    """One situation's advice in several languages, with its triggers."""

    key: str
    names: Mapping[str, str]
    summary: Mapping[str, str] = field(default_factory=dict)
    steps: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    checklist: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    do: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    dont: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    templates: tuple[str, ...] = ()
    triggers: Mapping[str, Any] = field(default_factory=dict)
    when: Mapping[str, Any] = field(default_factory=dict)
    priority: float = 0.0
    enabled: bool = True

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get("en") or self.key

    def localized(self, field_name: str, language: str) -> tuple[str, ...]:
        values: Mapping[str, tuple[str, ...]] = getattr(self, field_name)
        return values.get(language) or values.get("en") or ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Playbook:
        key = str(data.get("key", "")).strip()
        if not key:
            raise RuleError("A playbook has no key.")
        names = data.get("name", {})
        if isinstance(names, str):
            names = {"en": names}
        if not isinstance(names, Mapping) or not any(names.values()):
            raise RuleError(f"The playbook {key!r} has no name.")
        for part in ("triggers", "when"):
            section = data.get(part, {})
            if not isinstance(section, Mapping):
                raise RuleError(f"The {part} of playbook {key!r} must be an object.")
            unknown = sorted(set(section) - set(TRIGGER_KEYS))
            if unknown:
                raise RuleError(f"The playbook {key!r} has an unknown trigger {unknown[0]!r}.")
        summary = data.get("summary", {})
        return cls(
            key=key, names={str(k): str(v) for k, v in names.items()},
            summary={str(k): str(v) for k, v in summary.items()}
            if isinstance(summary, Mapping) else {},
            steps=_texts(data.get("steps")), checklist=_texts(data.get("checklist")),
            do=_texts(data.get("do")), dont=_texts(data.get("dont")),
            templates=tuple(str(t) for t in data.get("templates", ())),
            triggers=dict(data.get("triggers", {})), when=dict(data.get("when", {})),
            priority=float(data.get("priority", 0)), enabled=bool(data.get("enabled", True)),
        )

    def to_dict(self) -> dict[str, Any]:
        def lists(m: Mapping[str, tuple[str, ...]]) -> dict[str, list[str]]:
            return {k: list(v) for k, v in m.items()}

        return {
            "key": self.key, "name": dict(self.names), "summary": dict(self.summary),
            "priority": self.priority, "enabled": self.enabled,
            "steps": lists(self.steps), "checklist": lists(self.checklist),
            "do": lists(self.do), "dont": lists(self.dont), "templates": list(self.templates),
            "triggers": dict(self.triggers), "when": dict(self.when),
        }


@dataclass(frozen=True, slots=True)
class PlaybookMatch:
    """A candidate playbook, its score and why it was chosen."""

    playbook: Playbook
    score: float
    reasons: tuple[Reason, ...]


class PlaybookSet:
    """Playbooks compiled for matching (their keyword triggers share one rule index)."""

    def __init__(self, playbooks: Iterable[Playbook]) -> None:
        self.playbooks = tuple(p for p in playbooks if p.enabled)
        rules: list[Rule] = []
        for pb in self.playbooks:
            for section in ("triggers", "when"):
                spec = pb.triggers if section == "triggers" else pb.when
                keywords = spec.get("keywords") or {}
                patterns = spec.get("patterns") or ()
                if keywords or patterns:
                    rules.append(Rule.from_dict("signal", {
                        "key": f"{section}:{pb.key}", "keywords": keywords,
                        "patterns": list(patterns),
                    }))
        self._words = RuleSet(rules)

    def match(self, situation: Situation, prepared: Prepared | None = None
              ) -> list[PlaybookMatch]:
        """Every candidate, best first (ties: higher priority, then key).

        ``prepared`` is ``situation.text`` already cut into words (saves the work twice).
        """
        hits: dict[str, tuple[str, ...]] = {}
        if self._words.rules:  # no playbook has keyword triggers: skip the scan
            words = self._words.combine(self._words.hits(prepared or situation.text))
            hits = {m.key: m.words for m in words.signals}
        found: list[PlaybookMatch] = []
        for pb in self.playbooks:
            conditions = _evaluate(pb.when, situation, hits.get(f"when:{pb.key}", ()))
            if pb.when and any(r is None for r in conditions.values()):
                continue
            fired = _evaluate(pb.triggers, situation, hits.get(f"triggers:{pb.key}", ()))
            reasons = [r for kind, r in fired.items() if r is not None and kind != "always"]
            if not reasons and not pb.triggers.get("always"):
                continue
            score = pb.priority + sum(
                WEIGHTS[kind] + _strength(r) for kind, r in fired.items() if r is not None
            )
            found.append(PlaybookMatch(pb, score, tuple(reasons)))
        found.sort(key=lambda m: (-m.score, -m.playbook.priority, m.playbook.key))
        return found

    def best(self, situation: Situation) -> PlaybookMatch | None:
        matches = self.match(situation)
        return matches[0] if matches else None

    def get(self, key: str) -> Playbook | None:
        return next((p for p in self.playbooks if p.key == key), None)


def _strength(reason: Reason) -> float:
    return min(len(reason.words), 5) * 0.5


def _named(kind: str, wanted: Sequence[str], found: Mapping[str, tuple[str, ...]]) -> Reason | None:
    for key in wanted:
        if key in found:
            return Reason(kind, key, found[key])
    return None


def _evaluate(spec: Mapping[str, Any], s: Situation,
              words: tuple[str, ...]) -> dict[str, Reason | None]:
    """For each trigger in ``spec``: the reason it holds, or None when it does not."""
    result: dict[str, Reason | None] = {}
    for kind, value in spec.items():
        reason: Reason | None = None
        if kind == "topics":
            reason = _named(kind, value, s.topics)
        elif kind == "tones":
            reason = _named(kind, value, s.tones)
        elif kind == "signals":
            reason = _named(kind, value, s.signals)
        elif kind in ("keywords", "patterns"):
            reason = Reason(kind, "", words) if words else None
        elif kind == "channels":
            reason = Reason(kind, s.channel) if s.channel in value else None
        elif kind == "tags":
            tag = next((t for t in s.tags if t in value), None)
            reason = Reason(kind, tag) if tag else None
        elif kind == "min_wait_minutes":
            ok = s.wait_minutes is not None and s.wait_minutes >= float(value)
            reason = Reason(kind, str(int(s.wait_minutes or 0))) if ok else None
        elif kind in ("repeat_contact", "out_of_hours", "needs_reply"):
            reason = Reason(kind) if bool(getattr(s, kind)) == bool(value) else None
        elif kind == "always":
            reason = Reason(kind) if value else None
        result[kind] = reason
    # Keywords and patterns share one detection: report them once.
    if "keywords" in result and "patterns" in result and result["keywords"] is not None:
        result["patterns"] = None
    return result
