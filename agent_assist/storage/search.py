"""Full-text search over messages (FTS5): safe query building and ranked hits."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlite_utils

_TOKEN = re.compile(r'"([^"]+)"|(\S+)')
_WORD_CHARS = re.compile(r"[\w]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One matching message with a highlighted snippet ([…] marks the match)."""

    conversation_id: int
    message_id: int
    subject: str
    snippet: str
    sent_at: float
    direction: str


def to_fts_query(text: str) -> str:
    """Turn what a person types into a safe FTS5 expression.

    Every word is quoted (so operators and punctuation in user input cannot break the
    query); "quoted phrases" stay phrases; a trailing * keeps prefix search.
    """
    parts: list[str] = []
    for phrase, word in _TOKEN.findall(text):
        if phrase:
            words = _WORD_CHARS.findall(phrase)
            if words:
                parts.append('"' + " ".join(words) + '"')
            continue
        prefix = word.endswith("*")
        for w in _WORD_CHARS.findall(word):
            parts.append(f'"{w}"' + ("*" if prefix else ""))
    return " ".join(parts)


def search(db: sqlite_utils.Database, text: str, limit: int = 50) -> list[SearchHit]:
    query = to_fts_query(text)
    if not query:
        return []
    rows = db.execute(
        "SELECT m.conversation_id, m.id, m.subject, "
        "snippet(messages_fts, 1, '[', ']', '…', 12), m.sent_at, m.direction "
        "FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
        "WHERE messages_fts MATCH ? ORDER BY messages_fts.rank LIMIT ?",
        [query, limit],
    ).fetchall()
    return [SearchHit(*r) for r in rows]
