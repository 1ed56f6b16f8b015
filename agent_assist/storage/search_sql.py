"""The query language's filters as SQL conditions on a message (``m``) or conversation (``c``),
or as facet words FTS5 intersects with the searched words (migration 0010's facets)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

import sqlite_utils

from agent_assist.core.search_query import Filter, QueryError, SearchQuery, Term
from agent_assist.core.textnorm import fold
from agent_assist.storage.schema.m0010_search import fold as index_fold

__all__ = ["Conditions", "conditions", "day_start", "phrase"]

UNASSIGNED = frozenset({"none", "nobody", "unassigned"})
# Filters FTS5 can answer from the facets column; the others stay SQL conditions.
FACET_KEYS = frozenset({"channel", "status", "assignee", "tag", "agent", "has", "in"})


@dataclass
class Conditions:
    """WHERE clauses by the row they test (each list's parameters in the same order), and
    facet filters as FTS5 expressions (``facets`` must match, ``excluded_facets`` not)."""

    message: list[str] = field(default_factory=list)
    message_params: list[object] = field(default_factory=list)
    conversation: list[str] = field(default_factory=list)
    conversation_params: list[object] = field(default_factory=list)
    facets: list[str] = field(default_factory=list)
    excluded_facets: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """No SQL condition (facets do not count: FTS5 applies them)."""
        return not (self.message or self.conversation)

    def on_message(self, sql: str, params: Sequence[object], negated: bool = False) -> None:
        self.message.append(_negate(sql) if negated else f"({sql})")
        self.message_params.extend(params)

    def on_conversation(self, sql: str, params: Sequence[object],
                        negated: bool = False) -> None:
        self.conversation.append(_negate(sql) if negated else f"({sql})")
        self.conversation_params.extend(params)


def _negate(sql: str) -> str:
    # IFNULL: "assignee_id IN (…)" is NULL for an unassigned conversation, and NOT NULL
    # would drop it from "-assignee:x".
    return f"NOT IFNULL(({sql}), 0)"


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def day_start(day: date) -> float:
    """Local midnight at the start of ``day`` (dates are the user's days)."""
    return datetime(day.year, day.month, day.day).timestamp()


def phrase(term: Term) -> str:
    """One term as a quoted FTS5 phrase of folded text (operators typed are just words)."""
    return '"' + index_fold(term.text).replace('"', '""') + '"' + ("*" if term.prefix else "")


def conditions(db: sqlite_utils.Database, query: SearchQuery, *,
               facets: bool = False) -> Conditions:
    """Every filter of ``query``: as SQL, or (``facets``) as facet words where it can be.

    Names of agents are looked up (a :class:`QueryError` when nobody has that name).
    """
    where = Conditions()
    for item in query.filters:
        if facets and item.key in FACET_KEYS:
            words = " OR ".join(f'"{w}"' for w in _FACETS[item.key](db, item.values))
            target = where.excluded_facets if item.negated else where.facets
            target.append(f"search_facets : ({words})")
        else:
            _SQL[item.key](db, where, item)
    if query.excluded and not query.has_words:
        # "-word" alone: FTS5 cannot match "everything but", so the exclusion is a filter.
        words = " OR ".join(phrase(t) for t in query.excluded)
        where.on_message("m.id NOT IN (SELECT rowid FROM messages_fts WHERE messages_fts "
                         "MATCH ?)", [f"{{subject body_text}} : ({words})"])
    return where


# -- as SQL ----------------------------------------------------------------------------------


def _channel(db: sqlite_utils.Database, where: Conditions, item: Filter) -> None:
    where.on_conversation(f"c.channel IN ({_marks(item.values)})", item.values, item.negated)


def _status(db: sqlite_utils.Database, where: Conditions, item: Filter) -> None:
    where.on_conversation(f"c.status IN ({_marks(item.values)})", item.values, item.negated)


def _tag(db: sqlite_utils.Database, where: Conditions, item: Filter) -> None:
    # Tags are a JSON array of strings: the quoted tag found in it is that element (a
    # quote inside a tag would be escaped). Untagged conversations are skipped through a
    # partial index (migration 0010). lower() folds ASCII case on both sides alike.
    quoted = [json.dumps(v, ensure_ascii=False) for v in item.values]
    found = " OR ".join("instr(lower(c.tags), lower(?)) > 0" for _ in quoted)
    where.on_conversation(f"c.tags != '[]' AND ({found})", quoted, item.negated)


def _contact(db: sqlite_utils.Database, where: Conditions, item: Filter) -> None:
    # A name, an address or a handle, or the start of one: "contact:lea" finds Léa Roux.
    words = " OR ".join(phrase(Term(v, prefix=True)) for v in item.values)
    where.on_conversation(
        "c.contact_id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?)",
        [words], item.negated)


def _assignee(db: sqlite_utils.Database, where: Conditions, item: Filter) -> None:
    ids = _agent_ids(db, [v for v in item.values if v.lower() not in UNASSIGNED])
    parts = [f"c.assignee_id IN ({_marks(ids)})"] if ids else []
    if any(v.lower() in UNASSIGNED for v in item.values):
        parts.append("c.assignee_id IS NULL")
    where.on_conversation(" OR ".join(parts), ids, item.negated)


def _agent(db: sqlite_utils.Database, where: Conditions, item: Filter) -> None:
    ids = _agent_ids(db, item.values)
    where.on_message(f"m.agent_id IN ({_marks(ids)})", ids, item.negated)


def _after(db: sqlite_utils.Database, where: Conditions, item: Filter) -> None:
    for value in item.values:
        where.on_message("m.sent_at >= ?", [day_start(date.fromisoformat(value))])


def _before(db: sqlite_utils.Database, where: Conditions, item: Filter) -> None:
    for value in item.values:
        where.on_message("m.sent_at < ?", [day_start(date.fromisoformat(value))])


def _has(db: sqlite_utils.Database, where: Conditions, item: Filter) -> None:
    where.on_message("m.has_attachments = 1", [], item.negated)  # the one value: attachment


def _in(db: sqlite_utils.Database, where: Conditions, item: Filter) -> None:
    where.on_message("m.direction = 'note'", [], item.negated)  # the one value: notes


_SQL: dict[str, Callable[[sqlite_utils.Database, Conditions, Filter], None]] = {
    "channel": _channel, "status": _status, "tag": _tag, "contact": _contact,
    "assignee": _assignee, "agent": _agent, "after": _after, "before": _before,
    "has": _has, "in": _in,
}


# -- as facet words (the same words migration 0010's facets_sql writes) --------------------


def _ascii_lower(text: str) -> str:
    # SQLite's lower() only folds ASCII letters: the facets were written with it.
    return "".join(c.lower() if c.isascii() else c for c in text)


def _facet_words(prefix: str) -> Callable[[sqlite_utils.Database, Sequence[str]], list[str]]:
    return lambda db, values: [prefix + v for v in values]


def _assignee_words(db: sqlite_utils.Database, values: Sequence[str]) -> list[str]:
    ids = _agent_ids(db, [v for v in values if v.lower() not in UNASSIGNED])
    nobody = ["zzanone"] if any(v.lower() in UNASSIGNED for v in values) else []
    return [f"zza{i}" for i in ids] + nobody


def _agent_words(db: sqlite_utils.Database, values: Sequence[str]) -> list[str]:
    return [f"zzw{i}" for i in _agent_ids(db, values)]


def _tag_words(db: sqlite_utils.Database, values: Sequence[str]) -> list[str]:
    return ["zzt" + _ascii_lower(v).encode("utf-8").hex() for v in values]


_FACETS: dict[str, Callable[[sqlite_utils.Database, Sequence[str]], list[str]]] = {
    "channel": _facet_words("zzc"), "status": _facet_words("zzs"),
    "assignee": _assignee_words, "agent": _agent_words, "tag": _tag_words,
    "has": lambda db, values: ["zzattachment"], "in": lambda db, values: ["zzdnote"],
}


def _agent_ids(db: sqlite_utils.Database, names: Sequence[str]) -> list[int]:
    """Agents by name: the exact name (any case or accent), else those it starts a word of."""
    agents = [(int(i), fold(n)) for i, n in db.execute("SELECT id, name FROM agents")]
    found: list[int] = []
    for name in names:
        wanted = fold(name)
        exact = [i for i, n in agents if n == wanted]
        starts = [i for i, n in agents
                  if wanted and (n.startswith(wanted) or any(w.startswith(wanted)
                                                              for w in n.split()))]
        matched = exact or starts
        if not matched:
            raise QueryError("unknown_agent", f"There is no agent called “{name}”.", value=name)
        found += [i for i in matched if i not in found]
    return found
