"""Conversation threading rules for email: subject normalisation and reply detection."""

from __future__ import annotations

import re

# Reply/forward prefixes in the languages our shops write in (and their mail clients).
_PREFIX = re.compile(
    r"^\s*((re|fw|fwd|tr|aw|wg|sv|vs|rif|antw|réf|ref|رد|إعادة توجيه|توجيه)"
    r"\s*(\[\d+\])?\s*[:：]\s*)+",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")


def strip_reply_prefixes(subject: str) -> str:
    """'Re: RE: Fwd: Late order' -> 'Late order'."""
    return _PREFIX.sub("", subject or "").strip()


def normalize_subject(subject: str) -> str:
    """A comparison key: prefixes stripped, case folded, whitespace collapsed."""
    return _SPACES.sub(" ", strip_reply_prefixes(subject)).casefold()


def looks_like_reply(subject: str) -> bool:
    return bool(_PREFIX.match(subject or ""))


def snippet(text: str, length: int = 140) -> str:
    """One line preview of a message body, ignoring quoted lines."""
    lines = [ln for ln in (text or "").splitlines() if not ln.lstrip().startswith(">")]
    flat = _SPACES.sub(" ", " ".join(lines)).strip()
    return flat if len(flat) <= length else flat[: length - 1].rstrip() + "…"
