"""Text folding for matching across spellings: French accents, Arabic letter variants.

Customers write "remboursement", "REMBOURSEMENT" or "rembourssement"; "إسترداد" or
"استرداد"; with or without diacritics and tatweel. Rules and searches compare folded
forms, while the original words are kept so the UI can show exactly what matched.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = [
    "Token",
    "arabic_stems",
    "fold",
    "fold_word",
    "has_arabic",
    "is_arabic_word",
    "tokens",
]

_ARABIC_CHAR = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# Harakat, Quranic marks, superscript alef and tatweel carry no meaning for matching.
_ARABIC_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_MAP = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",  # alef with hamza/madda/wasla -> bare alef
        "ة": "ه",  # taa marbuta is written as haa by many people
        "ى": "ي",  # alef maqsura and yaa are confused in everyday typing
        "ؤ": "و", "ئ": "ي",  # hamza seats
        "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4",
        "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
        "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4",
        "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    }
)
_LATIN_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss"})
# Letters and digits, with the combining marks inside words (harakat, decomposed accents);
# apostrophes split French elisions ("l'annulation" -> l, annulation).
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_WORD_WITH_MARKS = re.compile(rf"(?:[^\W_]|[{_MARKS}])+")
_WORD = re.compile(r"[^\W_]+")  # the common case, much faster than the alternation
_HAS_MARK = re.compile(rf"[{_MARKS}]")
# Clitics glued to the front of Arabic words: conjunctions, prepositions, the article.
_ARABIC_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_MIN_STEM = 2


def has_arabic(text: str) -> bool:
    return _ARABIC_CHAR.search(text) is not None


def is_arabic_word(word: str) -> bool:
    """Cheap test for one word (its first letter decides)."""
    return bool(word) and ("\u0600" <= word[0] <= "\u08ff" or "\ufb50" <= word[0] <= "\ufeff")


def fold_word(word: str) -> str:
    """One word folded: lower case, no Latin accents, Arabic letters unified."""
    word = word.casefold()
    if word.isascii():  # most words: nothing else to do
        return word
    word = word.translate(_LATIN_LIGATURES)
    if has_arabic(word):
        return _ARABIC_MARKS.sub("", word).translate(_ARABIC_MAP)
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """The whole text folded word by word, words joined by single spaces."""
    return " ".join(t.folded for t in tokens(text))


@dataclass(frozen=True, slots=True)
class Token:
    """A word as written (``surface``) and folded, with its place in the text."""

    surface: str
    folded: str
    start: int
    end: int


def tokens(text: str) -> Iterator[Token]:
    """The words of ``text`` in order (offsets point into the original text)."""
    pattern = _WORD_WITH_MARKS if _HAS_MARK.search(text) else _WORD
    for match in pattern.finditer(text):
        surface = match.group()
        folded = fold_word(surface)
        if folded:
            yield Token(surface, folded, match.start(), match.end())


def arabic_stems(folded: str) -> tuple[str, ...]:
    """The folded word and its forms without a leading clitic ("والمبلغ" -> "المبلغ", "مبلغ")."""
    forms = [folded]
    for prefix in _ARABIC_PREFIXES:
        if folded.startswith(prefix) and len(folded) - len(prefix) >= _MIN_STEM:
            stem = folded[len(prefix):]
            if stem not in forms:
                forms.append(stem)
    return tuple(forms)
