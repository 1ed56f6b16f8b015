"""Full-text search (FTS5) over messages and contacts, with the query's filters in the same SQL.

Words are matched over the folded index of migration 0010 (the query is folded the same
way) and ranked by BM25, subject words weighing double. Filters on what a message or its
conversation *is* (channel, status, assignee, tag, agent, attachment, note) are facet
words FTS5 intersects with the searched words; dates and contacts are WHERE clauses of the
same statement. Either way a filter never hides a match beyond a first page. Filters alone
list conversations, most recent first. The words also find customers by name, address or
chat handle: their conversations come first.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import sqlite_utils

from agent_assist.core.search_query import QueryError, SearchQuery, parse
from agent_assist.core.textnorm import tokens
from agent_assist.storage.search_sql import Conditions, conditions, phrase

__all__ = [
    "MARK_END",
    "MARK_START",
    "QueryError",
    "SearchHit",
    "count_conversations",
    "fts_expression",
    "known_tags",
    "search",
    "to_fts_query",
]

# Around each match in a snippet: control characters no message text contains, so the
# UI can escape the text first and then mark the matches.
MARK_START, MARK_END = "\x02", "\x03"
_SNIPPET_WORDS = 14
_PLAIN_CHARS = 160
# Messages the SQL filters allow, below which they are used as a set of ids: with words
# (each match is tested against the set), and alone (their conversations are listed).
FEW = 20_000
FEW_ALONE = 2_000
_TEXT = "{subject body_text}"  # the searched words never match the facets column
_BY_CONVERSATION = "idx_msg_conv"  # messages(conversation_id, sent_at), migration 0001
_BY_RECENCY = "idx_conv_recent"  # conversations(last_message_at), migration 0001

Subquery = tuple[str, list[object]]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A matching message, or (``kind`` "contact") a conversation whose customer matched."""

    conversation_id: int
    message_id: int | None
    subject: str
    snippet: str  # MARK_START … MARK_END around the matched words
    sent_at: float
    direction: str
    kind: str = "message"

    def marked(self, start: str = "[", end: str = "]") -> str:
        """The snippet with the matches between ``start`` and ``end``."""
        return self.snippet.replace(MARK_START, start).replace(MARK_END, end)

    @property
    def plain(self) -> str:
        return self.marked("", "")


def _parsed(text: str | SearchQuery, today: date | None) -> SearchQuery:
    return text if isinstance(text, SearchQuery) else parse(text, today or date.today())


def fts_expression(query: SearchQuery) -> str:
    """The FTS5 expression for the query's words, any column ('' when none to look for).

    Every term is a quoted phrase, so operators and punctuation typed by the user cannot
    break it; "l'été" or "AL-1023" become phrases of their words.
    """
    groups = [" OR ".join(phrase(t) for t in group) for group in query.groups]
    positive = " AND ".join(f"({g})" if " OR " in g else g for g in groups)
    if positive and query.excluded:
        return f"({positive}) NOT ({' OR '.join(phrase(t) for t in query.excluded)})"
    return positive


def _messages_match(query: SearchQuery, where: Conditions) -> str:
    """Words in the subject or body, facets in theirs; then what must not match."""
    groups = [" OR ".join(phrase(t) for t in group) for group in query.groups]
    words = " AND ".join(f"({g})" for g in groups)
    parts = [f"{_TEXT} : ({words})", *where.facets]
    expression = " AND ".join(parts)
    excluded = [f"{_TEXT} : ({' OR '.join(phrase(t) for t in query.excluded)})"
                if query.excluded else "", *where.excluded_facets]
    for item in filter(None, excluded):
        expression = f"({expression}) NOT {item}"
    return expression


def to_fts_query(text: str, today: date | None = None) -> str:
    """The FTS5 expression searched in messages for typed words (filters aside)."""
    query = _parsed(text, today)
    return _messages_match(query, Conditions()) if query.has_words else ""


def search(db: sqlite_utils.Database, text: str | SearchQuery, limit: int = 50, *,
           today: date | None = None) -> list[SearchHit]:
    """Contacts matching the words first, then messages by rank; raises QueryError."""
    query = _parsed(text, today)
    if query.is_empty or limit < 1:
        return []
    if not query.has_words:
        where = conditions(db, query)
        return _by_filters(db, where, _allowed(db, where, FEW_ALONE), limit)
    hits = _contact_hits(db, query, conditions(db, query), limit)
    where = conditions(db, query, facets=True)
    hits += _message_hits(db, _messages_match(query, where), where, _allowed(db, where),
                          limit)
    return hits[:limit]


def count_conversations(db: sqlite_utils.Database, text: str | SearchQuery, *,
                        today: date | None = None) -> int:
    """How many conversations the query finds (saved searches show it)."""
    query = _parsed(text, today)
    if query.is_empty:
        return 0
    if not query.has_words:
        return _count_by_filters(db, conditions(db, query))
    contacts_sql, contacts_params = _contacts_sql(fts_expression(query),
                                                  conditions(db, query), "c.id")
    where = conditions(db, query, facets=True)
    messages_sql, messages_params = _messages_sql(
        _messages_match(query, where), where, "m.conversation_id", _allowed(db, where))
    return int(db.execute(f"SELECT count(*) FROM ({messages_sql} UNION {contacts_sql})",
                          messages_params + contacts_params).fetchone()[0])


def _count_by_filters(db: sqlite_utils.Database, where: Conditions) -> int:
    # Counting sees every match: from the messages the filters allow (their indexes find
    # them) rather than by testing every conversation.
    if not where.message:
        sql = f"SELECT count(*) FROM conversations c WHERE {' AND '.join(where.conversation)}"
        return int(db.execute(sql, where.conversation_params).fetchone()[0])
    join = " JOIN conversations c ON c.id = m.conversation_id" if where.conversation else ""
    clauses = " AND ".join([*where.message, *where.conversation])
    return int(db.execute(
        f"SELECT count(DISTINCT m.conversation_id) FROM messages m{join} WHERE {clauses}",
        [*where.message_params, *where.conversation_params]).fetchone()[0])


# -- statements ------------------------------------------------------------------------------


def _allowed(db: sqlite_utils.Database, where: Conditions, few: int = FEW) -> Subquery | None:
    """The ids of the messages the SQL filters allow, as a subquery, when they are few.

    A narrow filter (a few days, one customer) would otherwise be tested on every match
    of a common word, or every conversation walked to find its few; a set of a few
    thousand ids is built in milliseconds. Counting stops at ``few`` + 1, so a broad
    filter costs only that.
    """
    if where.empty:
        return None
    join = " JOIN conversations c ON c.id = m.conversation_id" if where.conversation else ""
    sql = (f"SELECT m.id FROM messages m{join} WHERE "
           f"{' AND '.join([*where.message, *where.conversation])}")
    params = [*where.message_params, *where.conversation_params]
    count = db.execute(f"SELECT count(*) FROM ({sql} LIMIT {few + 1})", params).fetchone()[0]
    return (sql, params) if count <= few else None


def _messages_sql(match: str, where: Conditions, columns: str,
                  allowed: Subquery | None) -> Subquery:
    if allowed is not None:
        # "+" keeps SQLite from handing each id to FTS5 as a lookup (a query each): the
        # ids become a set tested on the rows FTS5 hands over.
        return (f"SELECT {columns} FROM messages_fts CROSS JOIN messages m "
                "ON m.id = messages_fts.rowid WHERE messages_fts MATCH ? AND "
                f"+messages_fts.rowid IN ({allowed[0]})", [match, *allowed[1]])
    # CROSS JOIN keeps FTS5 the outer loop: it hands rows over in rank order, so a broad
    # filter only costs the rows looked at until the page is full.
    joins = " CROSS JOIN conversations c ON c.id = m.conversation_id" if where.conversation else ""
    clauses = ["messages_fts MATCH ?", *where.message, *where.conversation]
    sql = (f"SELECT {columns} FROM messages_fts CROSS JOIN messages m "
           f"ON m.id = messages_fts.rowid{joins} WHERE {' AND '.join(clauses)}")
    return sql, [match, *where.message_params, *where.conversation_params]


def _exists_message(where: Conditions) -> Subquery:
    if not where.message:
        return "", []
    # INDEXED BY: without statistics SQLite may prefer a filter's own index (one agent's
    # messages, all of them) over the conversation's few messages, for every conversation.
    return (f"EXISTS (SELECT 1 FROM messages m INDEXED BY {_BY_CONVERSATION} "
            f"WHERE m.conversation_id = c.id AND "
            f"{' AND '.join(where.message)})", list(where.message_params))


def _contacts_sql(match: str, where: Conditions, columns: str) -> Subquery:
    exists, exists_params = _exists_message(where)
    clauses = ["contacts_fts MATCH ?", *where.conversation, *filter(None, [exists])]
    sql = (f"SELECT {columns} FROM contacts_fts CROSS JOIN conversations c "
           f"ON c.contact_id = contacts_fts.rowid WHERE {' AND '.join(clauses)}")
    return sql, [match, *where.conversation_params, *exists_params]


def _conversations_sql(where: Conditions, columns: str, allowed: Subquery | None) -> Subquery:
    if allowed is not None:
        return (f"SELECT {columns} FROM conversations c WHERE c.id IN (SELECT "
                f"conversation_id FROM messages WHERE id IN ({allowed[0]}))", allowed[1])
    # Many allowed: walk conversations newest first (the caller orders by recency) and
    # stop once the page is full; a status index would make SQLite test them all, then sort.
    exists, exists_params = _exists_message(where)
    clauses = [*where.conversation, *filter(None, [exists])] or ["1"]
    sql = (f"SELECT {columns} FROM conversations c INDEXED BY {_BY_RECENCY} "
           f"WHERE {' AND '.join(clauses)}")
    return sql, [*where.conversation_params, *exists_params]


# -- hits ------------------------------------------------------------------------------------


def _snippet(column: int) -> str:
    return (f"snippet(messages_fts, {column}, '{MARK_START}', '{MARK_END}', '…', "
            f"{_SNIPPET_WORDS})")


def _message_hits(db: sqlite_utils.Database, match: str, where: Conditions,
                  allowed: Subquery | None, limit: int) -> list[SearchHit]:
    # Both snippets: FTS5's own choice of column could fall on the facets.
    sql, params = _messages_sql(
        match, where, f"m.conversation_id, m.id, m.subject, {_snippet(0)}, {_snippet(1)}, "
        "m.sent_at, m.direction", allowed)
    rows = db.execute(f"{sql} ORDER BY messages_fts.rank LIMIT ?", [*params, limit])
    return [SearchHit(cid, mid, subject, body if MARK_START in body or MARK_START not in
                      subject_snippet else subject_snippet, sent_at, direction)
            for cid, mid, subject, subject_snippet, body, sent_at, direction in rows]


def _contact_hits(db: sqlite_utils.Database, query: SearchQuery, where: Conditions,
                  limit: int) -> list[SearchHit]:
    sql, params = _contacts_sql(fts_expression(query), where,
                                "c.id, c.contact_id, c.subject, c.last_message_at")
    rows = db.execute(f"{sql} ORDER BY c.last_message_at DESC LIMIT ?",
                      [*params, limit]).fetchall()
    if not rows:
        return []
    wanted = _folded_terms(query)
    cards = _contact_cards(db, [int(r[1]) for r in rows])
    return [SearchHit(int(cid), None, subject, _highlight(cards.get(int(contact), ""), wanted),
                      float(last or 0.0), "", "contact")
            for cid, contact, subject, last in rows]


def _contact_cards(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, str]:
    """"Name · handle, handle" per contact, as stored (never the folded copy)."""
    unique = sorted(set(ids))
    rows = db.execute(
        "SELECT c.id, c.name, (SELECT group_concat(value, ', ') FROM contact_handles "
        f"WHERE contact_id = c.id) FROM contacts c WHERE c.id IN ({', '.join('?' * len(unique))})",
        unique).fetchall()
    return {int(i): " · ".join(p for p in (name or "", handles or "") if p)
            for i, name, handles in rows}


def _folded_terms(query: SearchQuery) -> list[tuple[str, bool]]:
    """Each searched word folded, and whether it may be a prefix (the last of a term)."""
    found: list[tuple[str, bool]] = []
    for group in query.groups:
        for term in group:
            words = [t.folded for t in tokens(term.text)]  # folded as the index folds
            found += [(w, term.prefix and i == len(words) - 1) for i, w in enumerate(words)]
    return found


def _highlight(text: str, wanted: list[tuple[str, bool]]) -> str:
    """Mark the words of ``text`` the query asked for (FTS5 only marks its own copy)."""
    out: list[str] = []
    position = 0
    for token in tokens(text):
        word = token.folded
        if any(word == w or (prefix and word.startswith(w)) for w, prefix in wanted):
            out += [text[position:token.start], MARK_START, token.surface, MARK_END]
            position = token.end
    out.append(text[position:])
    return "".join(out)


def _by_filters(db: sqlite_utils.Database, where: Conditions, allowed: Subquery | None,
                limit: int) -> list[SearchHit]:
    """Filters alone: matching conversations, most recent first, each at its newest
    matching message."""
    sql, params = _conversations_sql(where, "c.id", allowed)
    ids = [int(r[0]) for r in db.execute(
        f"{sql} ORDER BY c.last_message_at DESC LIMIT ?", [*params, limit]).fetchall()]
    if not ids:
        return []
    # One statement for every conversation: a filter's subquery is built once.
    clauses = " AND ".join([f"m.conversation_id IN ({', '.join('?' * len(ids))})",
                            *where.message])
    newest: dict[int, tuple[int, str, str, float, str]] = {}
    for cid, mid, subject, body, sent_at, direction in db.execute(
            f"SELECT m.conversation_id, m.id, m.subject, substr(m.body_text, 1, {_PLAIN_CHARS}), "
            f"m.sent_at, m.direction FROM messages m INDEXED BY {_BY_CONVERSATION} "
            f"WHERE {clauses}",
            [*ids, *where.message_params]):
        if cid not in newest or sent_at > newest[cid][3]:
            newest[cid] = (mid, subject, body, sent_at, direction)
    return [SearchHit(cid, int(m[0]), m[1], " ".join(str(m[2]).split()), m[3], m[4])
            for cid in ids if (m := newest.get(cid)) is not None]


def known_tags(db: sqlite_utils.Database) -> list[str]:
    """Every tag in use, sorted (the filter popover offers them)."""
    # Distinct tag *sets* through the partial index: far fewer than conversations.
    found: set[str] = set()
    for (tags,) in db.execute("SELECT DISTINCT tags FROM conversations WHERE tags != '[]'"):
        try:
            found.update(str(t) for t in json.loads(tags) if str(t).strip())
        except (ValueError, TypeError):
            continue  # a hand-edited row: its tags cannot be offered
    return sorted(found, key=str.casefold)
