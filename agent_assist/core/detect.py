"""Topic, tone and signal detection with transparent rules the shop can edit.

A rule is a list of keywords per language (folded, so accents, case and Arabic letter
variants do not matter; ``word*`` matches a prefix; several words make a phrase) plus
optional regular expressions. Detection returns the words that matched, so the guidance
panel can always show *why* it says "refund" or "angry".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from agent_assist.core.textnorm import Token, arabic_stems, fold_word, is_arabic_word, tokens

__all__ = [
    "Detection",
    "Match",
    "Prepared",
    "Rule",
    "RuleError",
    "RuleSet",
    "customer_text",
    "merge_hits",
]

KINDS = ("topic", "tone", "signal")
Hits = dict[int, list[str]]  # rule index -> the words (as written) that matched
_BUCKET = 3  # prefix keywords are indexed by their first letters to keep matching fast
_MAX_TEXT = 4000
_MAX_WORDS_SHOWN = 6
_QUOTE_HINT = re.compile(r">|wrote:|crit\s*:|-{2,}|كتب")
_QUOTE_START = re.compile(
    r"(?im)^(?:>|on .{3,200} wrote:\s*$|le .{3,200} a [ée]crit\s*:\s*$|-{2,}\s*original message"
    r"|-{2,}\s*message d'origine|في .{3,200} كتب)"
)


class RuleError(ValueError):
    """A rule file or edited rule is invalid; the message says which and why."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One topic, tone or signal: keywords per language and optional regex patterns."""

    kind: str
    key: str
    labels: Mapping[str, str] = field(default_factory=dict)
    keywords: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    patterns: tuple[str, ...] = ()
    weight: float = 1.0
    min_score: float = 1.0
    scope: str = "customer"  # signals may look at our own last reply instead ("agent")
    enabled: bool = True

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels.get("en") or self.key

    @classmethod
    def from_dict(cls, kind: str, data: Mapping[str, Any]) -> Rule:
        key = str(data.get("key", "")).strip()
        if not key:
            raise RuleError(f"A {kind} rule has no key.")
        if kind not in KINDS:
            raise RuleError(f"Unknown rule kind {kind!r} for {key!r}.")
        keywords = {
            str(lang): tuple(str(w).strip() for w in words if str(w).strip())
            for lang, words in dict(data.get("keywords", {})).items()
        }
        patterns = tuple(str(p) for p in data.get("patterns", ()))
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise RuleError(f"The pattern {pattern!r} of {key!r} is invalid: {exc}.") from exc
        return cls(
            kind=kind, key=key, labels={str(k): str(v) for k, v in data.get("label", {}).items()},
            keywords=keywords, patterns=patterns, weight=float(data.get("weight", 1.0)),
            min_score=float(data.get("min_score", 1.0)), scope=str(data.get("scope", "customer")),
            enabled=bool(data.get("enabled", True)),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key, "label": dict(self.labels),
            "keywords": {lang: list(words) for lang, words in self.keywords.items()},
            "patterns": list(self.patterns), "weight": self.weight,
            "min_score": self.min_score, "scope": self.scope, "enabled": self.enabled,
        }


@dataclass(frozen=True, slots=True)
class Match:
    """A detected topic, tone or signal and the words (as written) that triggered it."""

    kind: str
    key: str
    words: tuple[str, ...]
    score: float
    rule: Rule

    def label(self, language: str) -> str:
        return self.rule.label(language)


@dataclass(frozen=True, slots=True)
class Detection:
    """Everything detected in one text, strongest first within each kind."""

    topics: tuple[Match, ...] = ()
    tones: tuple[Match, ...] = ()
    signals: tuple[Match, ...] = ()

    @property
    def topic_keys(self) -> tuple[str, ...]:
        return tuple(m.key for m in self.topics)

    @property
    def tone_keys(self) -> tuple[str, ...]:
        return tuple(m.key for m in self.tones)

    @property
    def signal_keys(self) -> tuple[str, ...]:
        return tuple(m.key for m in self.signals)

    def words_for(self, key: str) -> tuple[str, ...]:
        for m in (*self.topics, *self.tones, *self.signals):
            if m.key == key:
                return m.words
        return ()


@dataclass(frozen=True, slots=True)
class _Keyword:
    rule: int
    parts: tuple[str, ...]  # folded words; a trailing "*" on a part means prefix


def _part_matches(part: str, forms: Sequence[str]) -> bool:
    if part.endswith("*"):
        stem = part[:-1]
        return any(f.startswith(stem) for f in forms)
    return part in forms


class RuleSet:
    """Rules compiled for fast matching: a word index, prefix buckets and phrases."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules: tuple[Rule, ...] = tuple(r for r in rules if r.enabled)
        exact: dict[str, list[_Keyword]] = {}
        prefix: dict[str, list[_Keyword]] = {}
        self._exact: dict[str, tuple[_Keyword, ...]] = {}
        self._prefix: dict[str, tuple[_Keyword, ...]] = {}
        self._patterns: list[tuple[int, re.Pattern[str]]] = []
        for index, rule in enumerate(self.rules):
            for words in rule.keywords.values():
                for word in words:
                    self._index(index, word, exact, prefix)
            for pattern in rule.patterns:
                self._patterns.append((index, re.compile(pattern)))
        self._exact = {k: tuple(v) for k, v in exact.items()}
        self._prefix = {k: tuple(v) for k, v in prefix.items()}
        # One index per scope, so matching never looks at the other scope's keywords.
        self._by_scope: dict[str, tuple[dict[str, tuple[_Keyword, ...]],
                                        dict[str, tuple[_Keyword, ...]]]] = {}
        for scope in {r.scope for r in self.rules}:
            self._by_scope[scope] = (
                {k: v for k, v in ((k, tuple(e for e in es if self.rules[e.rule].scope == scope))
                                   for k, es in self._exact.items()) if v},
                {k: v for k, v in ((k, tuple(e for e in es if self.rules[e.rule].scope == scope))
                                   for k, es in self._prefix.items()) if v},
            )

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> RuleSet:
        """Build from the JSON layout of ``resources/guidance/rules.json``."""
        rules: list[Rule] = []
        for kind in KINDS:
            for item in data.get(f"{kind}s", ()):
                rules.append(Rule.from_dict(kind, item))
        return cls(rules)

    def to_data(self) -> dict[str, Any]:
        return {
            f"{kind}s": [r.to_dict() for r in self.rules if r.kind == kind] for kind in KINDS
        }

    def rule(self, key: str) -> Rule | None:
        return next((r for r in self.rules if r.key == key), None)

    def _index(self, rule: int, keyword: str, exact: dict[str, list[_Keyword]],
               prefix: dict[str, list[_Keyword]]) -> None:
        # Keywords are cut into words exactly like the text ("i'll" -> i, ll), so elisions
        # and hyphens match; a trailing "*" applies to the last word of its piece.
        parts_list: list[str] = []
        for piece in keyword.split():
            starred = piece.endswith("*")
            words = [t.folded for t in tokens(piece.rstrip("*"))]
            if words and starred:
                words[-1] += "*"
            parts_list.extend(words)
        parts = tuple(parts_list)
        if not parts:
            return
        entry = _Keyword(rule, parts)
        first = parts[0]
        if first.endswith("*") and len(first) - 1 >= _BUCKET:
            prefix.setdefault(first[:_BUCKET], []).append(entry)
        else:
            # A very short prefix ("ok*") would match too much: treat it as a whole word.
            exact.setdefault(first.rstrip("*"), []).append(entry)

    def detect(self, text: str, agent_text: str = "") -> Detection:
        """Topics and tones of the customer's ``text``; agent-scoped signals of ``agent_text``."""
        found = self.hits(text)
        if agent_text:
            found = merge_hits(found, self.hits(agent_text, scope="agent"))
        return self.combine(found)

    def hits(self, text: str | Prepared, scope: str = "customer") -> Hits:
        """Raw matches of one text (rule index -> words): combine several with merge_hits."""
        found: Hits = {}
        prepared = text if isinstance(text, Prepared) else Prepared.of(text)
        raw, toks, forms = prepared.text, prepared.tokens, prepared.forms
        exact, prefix = self._by_scope.get(scope, ({}, {}))
        count = len(toks)
        for i, token_forms in enumerate(forms):
            for form in token_forms:
                # Most words match nothing: two dictionary misses and on to the next word.
                for candidates, checked in ((exact.get(form), True),
                                            (prefix.get(form[:_BUCKET]), False)):
                    if not candidates:
                        continue
                    for kw in candidates:
                        n = len(kw.parts)
                        if i + n > count:
                            continue
                        if n == 1 and checked and not kw.parts[0].endswith("*"):
                            pass  # found by the exact word itself
                        elif not all(_part_matches(p, forms[i + j])
                                     for j, p in enumerate(kw.parts)):
                            continue
                        found.setdefault(kw.rule, []).append(
                            _surface(raw, toks[i], toks[i + n - 1]))
        for index, pattern in self._patterns:
            if self.rules[index].scope != scope:
                continue
            for m in pattern.finditer(raw):
                value = next((g for g in m.groups() if g), None) or m.group(0)
                if value.strip():
                    found.setdefault(index, []).append(value.strip())
        return found

    def combine(self, found: Hits) -> Detection:
        """Turn raw hits into scored matches, strongest first within each kind."""
        by_kind: dict[str, list[Match]] = {k: [] for k in KINDS}
        for index, words in found.items():
            rule = self.rules[index]
            distinct = list(dict.fromkeys(words))
            score = rule.weight * len({fold_word(w) for w in distinct})
            if score >= rule.min_score:
                by_kind[rule.kind].append(
                    Match(rule.kind, rule.key, tuple(distinct[:_MAX_WORDS_SHOWN]), score, rule)
                )
        ordered = {k: tuple(sorted(v, key=lambda m: (-m.score, m.key))) for k, v in by_kind.items()}
        return Detection(ordered["topic"], ordered["tone"], ordered["signal"])



def merge_hits(*parts: Hits) -> Hits:
    merged: Hits = {}
    for part in parts:
        for index, words in part.items():
            merged.setdefault(index, []).extend(words)
    return merged


def _forms(token: Token) -> tuple[str, ...]:
    return arabic_stems(token.folded) if is_arabic_word(token.folded) else (token.folded,)




@dataclass(frozen=True, slots=True)
class Prepared:
    """A text cut into words once, so several rule sets and searches can share the work."""

    text: str
    tokens: tuple[Token, ...]
    forms: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, text: str) -> Prepared:
        text = text[:_MAX_TEXT]
        toks = tuple(tokens(text))
        return cls(text, toks, tuple(_forms(t) for t in toks))


def _surface(text: str, first: Token, last: Token) -> str:
    return text[first.start:last.end]


def customer_text(messages: Sequence[str], subject: str = "") -> str:
    """What the customer is asking now: their newest messages without quoted history."""
    parts = [subject] if subject else []
    for body in messages:
        # The quote regex is only worth running when a quote marker can be there at all.
        cut = _QUOTE_START.search(body) if _QUOTE_HINT.search(body) else None
        parts.append(body[: cut.start()] if cut else body)
    return "\n".join(parts)
