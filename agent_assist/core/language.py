"""Tiny dependency-free language guess for the shop's languages: Arabic, French, English."""

from __future__ import annotations

import re

__all__ = ["SUPPORTED_LANGUAGES", "detect_language"]

SUPPORTED_LANGUAGES = ("ar", "fr", "en")

# Looking at the start of a message is enough and keeps long emails cheap.
_MAX_CHARS = 1000
_MIN_LETTERS = 6
# Customers often mix a few Latin words (product names, emails) into Arabic text.
_ARABIC_SHARE = 0.3
_MIN_DENSITY = 0.12

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[a-zàâäçéèêëîïôöùûüÿœæ]+")
_FRENCH_ACCENTS = re.compile(r"[àâçéèêëîïôùûœ]")
_QUOTED_LINE = re.compile(r"(?m)^[ \t]*>.*$")

# Words frequent in one language and rare in the other ("a", "on", "me" are in both).
_FRENCH = frozenset(
    """le la les un une des du et est sont pour pas que qui dans sur avec vous nous je
    il elle ce cette ces mais ou au aux mon ma mes votre vos ton ta tes merci bonjour
    bonsoir salut ne plus très bien oui non aussi comme être avoir fait été suis avez
    peux pouvez voudrais commande reçu cordialement madame monsieur svp car donc leur""".split()
)
_ENGLISH = frozenset(
    """the and is are to of for you your with this that it not have has be we my at from
    please thanks thank hello hi would could can will was were do does did what when
    where how why there their they our order received regards dear sir yes no just
    about if but so get any all been""".split()
)


def detect_language(text: str) -> str:
    """Return "ar", "fr" or "en" for the text's language, or "" when unsure or too short."""
    sample = text[:_MAX_CHARS]
    if ">" in sample:
        sample = _QUOTED_LINE.sub("", sample)  # quoted replies are someone else's words
    if _ARABIC.search(sample):  # counting letters is only worth it when Arabic is present
        letters = len(_LETTER.findall(sample))
        if letters >= _MIN_LETTERS and len(_ARABIC.findall(sample)) >= letters * _ARABIC_SHARE:
            return "ar"
    lowered = sample.lower()
    words = _WORD.findall(lowered)
    if sum(map(len, words)) < _MIN_LETTERS:
        return ""
    french = english = 0
    for word in words:
        if word in _FRENCH:
            french += 1
        elif word in _ENGLISH:
            english += 1
    # Accents are strong evidence for French but English text quotes names like "café".
    french += min(len(_FRENCH_ACCENTS.findall(lowered)), 3 + french)
    # Real French or English prose is dense in these words; German or Spanish text that
    # borrows a few English words ("Reply", "Mail") is not, and must stay unknown.
    if french == english or max(french, english) < max(2, len(words) * _MIN_DENSITY):
        return ""
    return "fr" if french > english else "en"
