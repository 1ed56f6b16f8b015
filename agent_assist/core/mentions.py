"""@mentions in internal notes: find ``@Name`` for any script (Latin, Arabic, Devanagari…)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# Inside a name these join two name characters (Jean-Luc, O'Neil, J.Doe), never end one.
_JOINERS = frozenset("-.'’_\u200c\u200d")  # ZWNJ/ZWJ shape Persian and Indic names


@dataclass(frozen=True, slots=True)
class Mention:
    """One ``@name`` in a text: the name as written and its span (the ``@`` included)."""

    name: str
    start: int
    end: int


def _is_name_char(ch: str) -> bool:
    # Letters, combining marks (Arabic harakat, Indic vowel signs) and digits: str.isalnum()
    # misses the marks, which would cut "यास्मीन" in the middle.
    return unicodedata.category(ch)[0] in "LMN"


def _at_boundary_before(text: str, index: int) -> bool:
    """An ``@`` starts a mention only after a space or punctuation (not inside an address)."""
    return index == 0 or not (_is_name_char(text[index - 1]) or text[index - 1] in _JOINERS)


def _ends_name(text: str, index: int) -> bool:
    return index >= len(text) or not _is_name_char(text[index])


def normalize_name(name: str) -> str:
    """The comparison key of a name: NFC, case-folded, inner whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def parse_mentions(text: str) -> list[Mention]:
    """Every ``@word`` (a single-word name) in ``text``, when the team's names are unknown."""
    text = unicodedata.normalize("NFC", text)
    found: list[Mention] = []
    i = 0
    while i < len(text):
        if text[i] == "@" and _at_boundary_before(text, i):
            j = i + 1
            while j < len(text) and (
                _is_name_char(text[j])
                or (text[j] in _JOINERS and j + 1 < len(text) and _is_name_char(text[j + 1]))
            ):
                j += 1
            if j > i + 1:
                found.append(Mention(text[i + 1 : j], i, j))
                i = j
                continue
        i += 1
    return found


def find_mentions(text: str, names: Iterable[str]) -> list[Mention]:
    """Mentions of the given team ``names`` (longest match wins, case-insensitive).

    Names may hold spaces ("@Anne Marie"); a match must end where the name ends, so
    "@Camillette" does not mention Camille.
    """
    text = unicodedata.normalize("NFC", text)
    folded = text.casefold()
    # casefold() may change lengths (ß -> ss); then fall back to comparing slice by slice.
    same_length = len(folded) == len(text)
    candidates = sorted(
        {unicodedata.normalize("NFC", n).strip() for n in names if n.strip()},
        key=len, reverse=True,
    )
    found: list[Mention] = []
    i = 0
    while i < len(text):
        if text[i] != "@" or not _at_boundary_before(text, i):
            i += 1
            continue
        match = _match_at(text, folded if same_length else None, i + 1, candidates)
        if match is None:
            i += 1
            continue
        end = i + 1 + len(match)
        found.append(Mention(match, i, end))
        i = end
    return found


def _match_at(text: str, folded: str | None, start: int, candidates: list[str]) -> str | None:
    for name in candidates:
        end = start + len(name)
        if end > len(text) or not _ends_name(text, end):
            continue
        chunk = folded[start:end] if folded is not None else text[start:end].casefold()
        if chunk == name.casefold():
            return name
    return None


def mentioned_names(text: str, names: Iterable[str]) -> list[str]:
    """The distinct team names mentioned in ``text``, in order of first mention."""
    seen: dict[str, None] = {}
    for mention in find_mentions(text, names):
        seen.setdefault(mention.name, None)
    return list(seen)


def partial_mention(text: str, cursor: int) -> str | None:
    """The name being typed right before ``cursor`` after an ``@`` (for completion), or None."""
    i = cursor
    while i > 0 and (_is_name_char(text[i - 1]) or text[i - 1] in _JOINERS):
        i -= 1
    if i > 0 and text[i - 1] == "@" and _at_boundary_before(text, i - 1):
        return text[i:cursor]
    return None
