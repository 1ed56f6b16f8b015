""""How we answered similar messages before": FTS5 over past customer messages.

Ranking every match by BM25 costs time proportional to how common the words are (tens of
milliseconds on a large inbox), so the search asks FTS5 for the most *recent* messages
sharing at least two of the customer's most distinctive words (which FTS5 answers
lazily, newest first, and stops early), then re-ranks those few candidates by word
overlap and follows each one to the reply we sent after it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

import sqlite_utils

from agent_assist.core.detect import Prepared
from agent_assist.core.guidance import PastReply
from agent_assist.core.search_query import Term
from agent_assist.core.textnorm import fold_word, has_arabic, tokens
from agent_assist.storage.repositories.guidance import GuidanceReads
from agent_assist.storage.search_sql import phrase

__all__ = ["query_terms", "similar_replies"]

CANDIDATES = 12  # each candidate is a row read: few, recent ones are enough
RECENT_WINDOW = 50_000  # messages: "before" means fairly recently, where possible
SCANNED = 30  # newest FTS matches looked at (ours and automated ones are skipped)
MAX_TERMS = 4  # words in the FTS query (as pairs: 6 alternatives)
SCORING_TERMS = 8
ENOUGH = 4  # candidates from the precise query before trying the wider one
_MIN_SIMILARITY = 0.25
_STOP = frozenset(fold_word(w) for w in """
    hello hi dear thanks thank please would could should there their this that these those
    with have from your yours about just what when where which been were will they them then
    than some more also very order orders regards best wishes kind sent know like want need
    into only other here still again today tomorrow yesterday week morning evening
    bonjour bonsoir salut merci pour vous votre vos nous notre avec dans mais cette sont avez
    être avoir fait très bien plus comme commande cordialement madame monsieur bonne journée
    quand aussi encore depuis tout toute tous elle leur pouvez pourriez voudrais souhaite
    serait avant après chez entre sans sous vers alors donc ainsi même faire peux savoir
    مرحبا شكرا السلام عليكم الطلب طلبي هل من في على إلى الى عن مع هذا هذه التي الذي لكن
    أنا انا كان كانت يمكن يمكنني أرجو ارجو تحياتي جزيلا منذ بعد قبل لقد وقد حتى أي اي
""".split())
_MAX_TEXT = 1200


def query_terms(text: str | Prepared, prefer: Iterable[str] = ()) -> list[str]:
    """The customer's most distinctive words (as written), best first.

    Longer words first (rarer, so both more telling and cheaper to search), with a nudge
    for words the rules matched (``prefer``: they carry the topic). Numbers and
    identifiers are skipped: an order number only ever matches the same order.
    """
    preferred = {fold_word(w) for phrase in prefer for w in phrase.split()}
    seen: set[str] = set()
    scored: list[tuple[int, int, str]] = []
    words = text.tokens if isinstance(text, Prepared) else tuple(tokens(text[:_MAX_TEXT]))
    for position, token in enumerate(words):
        folded = token.folded
        minimum = 3 if has_arabic(folded) else 4
        if (len(folded) < minimum or folded in _STOP or folded in seen
                or any(c.isdigit() for c in folded)):
            continue
        seen.add(folded)
        # Longer words are rarer (cheaper and more telling to search); a word the rules
        # matched counts as three letters longer, since it carries the topic.
        length = len(folded) + (3 if folded in preferred else 0)
        scored.append((-length, position, token.surface.lower()))
    scored.sort()
    return [surface for _, _, surface in scored]


def _quoted(term: str) -> str:
    # The index holds folded text (Arabic letter variants, harakat): search's own quoting.
    return phrase(Term(term))


def _fts_queries(terms: list[str]) -> list[str]:
    """A precise query first (the two most distinctive words together), then a wider one."""
    queries = [f"{_quoted(terms[0])} AND {_quoted(terms[1])}"]
    if len(terms) > 2:
        queries.append(" OR ".join(
            f"({_quoted(a)} AND {_quoted(b)})"
            for a, b in itertools.combinations(terms[:MAX_TERMS], 2)))
    return queries


def _attempts(terms: list[str], newest: int) -> list[tuple[str, int]]:
    """Recent messages first, with the precise then the wider query; then all messages."""
    recent = max(0, newest - RECENT_WINDOW)
    queries = _fts_queries(terms)
    tries = [(q, recent) for q in queries]
    if recent > 0:
        tries += [(q, 0) for q in queries]
    return tries


def similar_replies(
    db: sqlite_utils.Database, conversation_id: int, terms: Sequence[str], *, limit: int = 3,
) -> list[PastReply]:
    """Our past replies to customer messages sharing ``terms`` (from :func:`query_terms`)."""
    terms = list(terms)
    if len(terms) < 2:  # one shared word is not "similar"
        return []
    reads = GuidanceReads(db)
    rows: list[tuple[int, int, float, str]] = []
    for query, since in _attempts(terms, reads.newest_message_id()):
        # Two steps keep the work bounded: FTS5 hands over matching rowids without touching
        # the table, then only those rows are read and filtered (a join would read every
        # match until enough pass, e.g. thousands of copies of a bounce).
        ids = reads.matching_ids(query, since, SCANNED)
        rows = reads.customer_messages(ids, conversation_id, CANDIDATES, _MAX_TEXT)
        if len(rows) >= ENOUGH:
            break
    # Score by how many of the customer's distinctive words each candidate contains: a
    # substring test on lower-cased text, far cheaper than tokenizing every candidate.
    scoring = terms[:SCORING_TERMS]
    scored: list[tuple[float, int, int, float, str]] = []
    seen_texts: set[str] = set()
    for mid, cid, sent_at, body in rows:
        key = " ".join(body.split()).casefold()
        if key in seen_texts:
            continue  # the same message again (a copy, a template) adds nothing
        seen_texts.add(key)
        score = sum(1 for term in scoring if term in key) / len(scoring)
        if score >= _MIN_SIMILARITY:
            scored.append((score, mid, cid, sent_at, body))
    scored.sort(key=lambda s: (-s[0], -s[1]))
    found: list[PastReply] = []
    seen_replies: set[str] = set()
    for score, mid, cid, sent_at, body in scored[: limit * 3]:
        reply = reads.reply_after(cid, sent_at)
        if reply is None or not reply[1].strip():
            continue
        reply_key = " ".join(reply[1].split())
        if reply_key in seen_replies:
            continue
        seen_replies.add(reply_key)
        found.append(PastReply(cid, mid, body.strip(), reply[0], reply[1].strip(), reply[2], score))
        if len(found) >= limit:
            break
    return found
