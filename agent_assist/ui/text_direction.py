"""Which way text runs: from its first strong character, else from its language."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt

RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})


def is_rtl_text(text: str, language: str = "") -> bool:
    """Unicode bidi rule P2/P3: the first strong character decides; the language breaks ties."""
    for ch in text[:2000]:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return language.split("-")[0].lower() in RTL_LANGUAGES


def direction_for(text: str, language: str = "") -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if is_rtl_text(text, language) else (
        Qt.LayoutDirection.LeftToRight
    )


def is_rtl_language(language: str | None) -> bool:
    return bool(language) and str(language).split("-")[0].lower() in RTL_LANGUAGES
