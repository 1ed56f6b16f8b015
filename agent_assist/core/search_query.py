"""The search query language: words, "phrases", prefix*, OR, -exclusions and key:value filters.

    refund "late parcel" livr* -spam channel:email,telegram status:open after:7d
    agent:Yasmine assignee:none contact:lea@example.com has:attachment tag:vip in:notes

Free words must all match (``OR`` between two words accepts either); a ``-`` excludes a
word or negates a filter. A filter named twice, or with comma-separated values, accepts
any of its values. ``agent:`` is who *wrote* a message (their replies and notes);
``assignee:`` is who a conversation is assigned to. ``after:``/``from:`` include the day
given, ``before:`` excludes it. Anything the parser cannot honour is a :class:`QueryError`
(one sentence), never silently dropped. Pure: no I/O; "today" comes from the caller.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from agent_assist.core.models import Channel, Status

__all__ = [
    "FILTER_KEYS",
    "Filter",
    "QueryError",
    "SearchQuery",
    "Term",
    "format_filter",
    "parse",
    "parse_day",
    "replace_filter",
]

# Canonical key -> what the user may type for it.
FILTER_KEYS: dict[str, tuple[str, ...]] = {
    "channel": ("channel",),
    "status": ("status",),
    "agent": ("agent",),
    "assignee": ("assignee",),
    "contact": ("contact",),
    "after": ("after", "from"),
    "before": ("before",),
    "has": ("has",),
    "tag": ("tag",),
    "in": ("in", "is"),
}
_ALIASES = {alias: key for key, aliases in FILTER_KEYS.items() for alias in aliases}
_CHANNEL_ALIASES = {"mail": "email", "chat": "demo_chat", "demo": "demo_chat"}
_CHOICES: dict[str, dict[str, str]] = {
    "channel": {**{c.value: c.value for c in Channel}, **_CHANNEL_ALIASES},
    "status": {s.value: s.value for s in Status},
    "has": {"attachment": "attachment", "attachments": "attachment"},
    "in": {"notes": "notes", "note": "notes"},
}
_EXAMPLES = {"channel": "channel:email", "status": "status:open", "agent": "agent:Yasmine",
             "assignee": "assignee:Yasmine", "contact": "contact:lea@example.com",
             "after": "after:2026-01-31", "before": "before:2026-01-31",
             "has": "has:attachment", "tag": "tag:vip", "in": "in:notes"}
_DATE_KEYS = ("after", "before")
_FILTER = re.compile(r"([A-Za-z]+):(.*)", re.DOTALL)
_ISO_DAY = re.compile(r"(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?")
_RELATIVE = re.compile(r"(\d{1,4})([dwmy])")
_WORDY = re.compile(r"[^\W_]", re.UNICODE)


class QueryError(ValueError):
    """A query that cannot be run as typed: one English sentence, plus a code and the
    values the UI needs to say the same in the user's language."""

    def __init__(self, code: str, message: str, **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


@dataclass(frozen=True, slots=True)
class Term:
    """Words to find: one word, or a "quoted phrase"; ``prefix`` when typed with a ``*``."""

    text: str
    phrase: bool = False
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Filter:
    """``key:value[,value…]`` with its canonical key and normalized values."""

    key: str
    values: tuple[str, ...]
    negated: bool = False


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """A parsed query: every group must match (one of its terms), no excluded term may."""

    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()
    filters: tuple[Filter, ...] = ()

    @property
    def has_words(self) -> bool:
        return bool(self.groups)

    @property
    def is_empty(self) -> bool:
        return not (self.groups or self.excluded or self.filters)

    def values(self, key: str) -> list[str]:
        """The values of the positive filters on ``key``, in order, without repeats."""
        found = [v for f in self.filters if f.key == key and not f.negated for v in f.values]
        return list(dict.fromkeys(found))

    @property
    def after(self) -> date | None:
        """The first day included (the latest of several ``after:``)."""
        days = [date.fromisoformat(v) for v in self.values("after")]
        return max(days) if days else None

    @property
    def before(self) -> date | None:
        """The first day excluded (the earliest of several ``before:``)."""
        days = [date.fromisoformat(v) for v in self.values("before")]
        return min(days) if days else None


# -- scanning --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "word", "phrase", "filter" or "or"
    text: str  # the words, or the filter's value
    start: int
    end: int
    key: str = ""  # a filter's key as typed
    negated: bool = False
    prefix: bool = False
    quoted_value: bool = False


def _scan(text: str) -> Iterator[_Token]:
    """Tokens with their place in ``text`` (so the filter row can rewrite just its own)."""
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        start = i
        negated = text[i] == "-" and i + 1 < n and not text[i + 1].isspace()
        if negated:
            i += 1
        if text[i] == '"':
            close = text.find('"', i + 1)
            end = n if close < 0 else close + 1
            inner = text[i + 1:close if close >= 0 else n]
            prefix = end < n and text[end] == "*"
            end += 1 if prefix else 0
            yield _Token("phrase", inner, start, end, negated=negated, prefix=prefix)
            i = end
            continue
        end = i
        while end < n and not text[end].isspace():
            end += 1
        chunk = text[i:end]
        match = _FILTER.fullmatch(chunk)
        if match and _is_filter(match.group(1), match.group(2)):
            value, quoted = match.group(2), False
            if value.startswith('"'):  # key:"a value with spaces"
                close = text.find('"', i + len(match.group(1)) + 2)
                end = n if close < 0 else close + 1
                value = text[i + len(match.group(1)) + 2:close if close >= 0 else n]
                quoted = True
            yield _Token("filter", value, start, end, key=match.group(1), negated=negated,
                         quoted_value=quoted)
        elif chunk == "OR" and not negated:
            yield _Token("or", chunk, start, end)
        else:
            prefix = chunk.endswith("*")
            yield _Token("word", chunk.rstrip("*"), start, end, negated=negated, prefix=prefix)
        i = end


def _is_filter(key: str, value: str) -> bool:
    if value.startswith("//"):
        return False  # a URL is text
    # "Re:" or "Fwd:" pasted from a subject is text; a known key without a value is a
    # mistake worth a sentence.
    return bool(value) or key.lower() in _ALIASES


# -- parsing ---------------------------------------------------------------------------------


def parse(text: str, today: date) -> SearchQuery:
    """Parse what the user typed; raises :class:`QueryError` for what cannot be honoured."""
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    filters: list[Filter] = []
    join_next = False
    for token in _scan(text):
        if token.kind == "or":
            join_next = bool(groups)
            continue
        if token.kind == "filter":
            filters.append(_filter(token, today))
            join_next = False
            continue
        term = Term(token.text.strip(), token.kind == "phrase", token.prefix)
        if not _WORDY.search(term.text):
            continue  # punctuation alone finds nothing
        if token.negated:
            excluded.append(term)
        elif join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    query = SearchQuery(tuple(tuple(g) for g in groups), tuple(excluded), tuple(filters))
    after, before = query.after, query.before
    if after is not None and before is not None and after >= before:
        raise QueryError("date_order",
                         f"No message can be on or after {after} and before {before}.",
                         after=after.isoformat(), before=before.isoformat())
    return query


def _filter(token: _Token, today: date) -> Filter:
    typed = token.key.lower()
    key = _ALIASES.get(typed)
    if key is None:
        raise QueryError(
            "unknown_filter",
            f"There is no “{token.key}:” filter; use channel:, status:, agent:, assignee:, "
            "contact:, after:, before:, has:attachment, tag: or in:notes (or put the words "
            "in quotes).", name=token.key)
    raw = [token.text.strip()] if token.quoted_value else token.text.split(",")
    values = [v.strip() for v in raw if v.strip()]
    if not values:
        raise QueryError("empty_filter",
                         f"“{token.key}:” needs a value, for example {_EXAMPLES[key]}.",
                         name=token.key, example=_EXAMPLES[key])
    if key in _DATE_KEYS:
        if token.negated:
            raise QueryError(
                "negated_date", "A date filter cannot be negated: use before: instead of "
                "-after:, and after: instead of -before:.")
        return Filter(key, tuple(_day(typed, v, today).isoformat() for v in values))
    if key in _CHOICES:
        values = [_choice(key, token.key, v) for v in values]
    return Filter(key, tuple(values), token.negated)


def _choice(key: str, typed: str, value: str) -> str:
    found = _CHOICES[key].get(value.lower())
    if found is None:
        choices = ", ".join(dict.fromkeys(_CHOICES[key].values()))
        raise QueryError("bad_value", f"“{value}” is not a value of {typed}:; use {choices}.",
                         name=typed, value=value, choices=choices)
    return found


def _day(typed: str, value: str, today: date) -> date:
    day = parse_day(value, today)
    if day is not None:
        return day
    if typed == "from" and ("@" in value or not any(c.isdigit() for c in value)):
        raise QueryError(
            "from_person", f"“from:” takes a date; to find what {value} wrote, use "
            f"contact:{value}.", value=value)
    raise QueryError(
        "bad_date", f"“{value}” is not a date for {typed}:; use a date like 2026-01-31, "
        "today, yesterday or 7d.", name=typed, value=value)


def parse_day(value: str, today: date) -> date | None:
    """``2026-01-31`` (or ``2026/1/31``, ``2026-01``), ``today``, ``yesterday``, or ``7d``,
    ``2w``, ``3m``, ``1y`` ago; None when it is none of them or no such day exists."""
    value = value.strip().lower()
    if value == "today":
        return today
    if value == "yesterday":
        return today - timedelta(days=1)
    if match := _RELATIVE.fullmatch(value):
        count, unit = int(match.group(1)), match.group(2)
        if unit in "dw":
            return today - timedelta(days=count * (7 if unit == "w" else 1))
        months = count * (12 if unit == "y" else 1)
        return _months_before(today, months)
    if match := _ISO_DAY.fullmatch(value):
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3) or 1))
        except ValueError:
            return None
    return None


def _months_before(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    if year < 1:
        return date(1, 1, 1)
    last_day = (date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month + 1, min(day.day, last_day))


# -- writing filters back into the text (the filter row) -----------------------------------


def format_filter(key: str, values: Sequence[str]) -> str:
    """``key:value`` as the parser reads it back (quoted when a value has spaces)."""
    cleaned = [v.replace('"', "").strip() for v in values if v.strip()]
    if len(cleaned) == 1 and (any(c.isspace() or c == "," for c in cleaned[0])):
        return f'{key}:"{cleaned[0]}"'
    return f"{key}:" + ",".join(cleaned)


def replace_filter(text: str, key: str, values: Sequence[str]) -> str:
    """``text`` with its positive ``key`` filters (any alias) replaced by ``values``.

    Everything else the user typed stays as it was; no values removes the filter.
    """
    kept: list[str] = []
    position = 0
    for token in _scan(text):
        if (token.kind == "filter" and not token.negated
                and _ALIASES.get(token.key.lower()) == key):
            kept.append(text[position:token.start])
            position = token.end
    kept.append(text[position:])
    words = " ".join("".join(kept).split())
    added = format_filter(key, values) if any(v.strip() for v in values) else ""
    return " ".join(part for part in (words, added) if part)
