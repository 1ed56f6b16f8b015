"""The values a template can use: customer, agent, shop, conversation and custom fields.

Empty values are left out on purpose so that ``{{ customer.first_name | default("…") }}``
falls back, and a template naming a missing value without a fallback gets a clear error
instead of silently printing nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from agent_assist.core.opening_hours import OpeningHours, describe

__all__ = ["ContextFacts", "build_context", "find_order_number", "humanize_wait"]

_ORDER_PATTERNS = (
    re.compile(r"\b([A-Z]{2,5}-\d{3,10})\b"),  # AL-10234, CMD-2024
    re.compile(
        r"(?i)(?:order|commande|cmd|طلب|الطلب|طلبي)\s*(?:n[°ºo]\.?|no\.?|number|numéro|num\.?|رقم)?"
        r"\s*[:#]?\s*([A-Z]{0,4}-?\d{4,12})\b"
    ),
    re.compile(r"#\s?(\d{4,12})\b"),
)


def find_order_number(texts: Iterable[str], shop_pattern: str = "") -> str:
    """The first order number in ``texts`` (newest first), or "" when none is found."""
    patterns: list[re.Pattern[str]] = []
    if shop_pattern:
        try:
            patterns.append(re.compile(shop_pattern))
        except re.error:
            pass  # a broken shop pattern must not break guidance; the defaults still apply
    patterns.extend(_ORDER_PATTERNS)
    for text in texts:
        for pattern in patterns:
            m = pattern.search(text)
            if m:
                return (m.group(1) if m.groups() else m.group(0)).strip()
    return ""


_UNITS = {
    "en": (("minute", "minutes"), ("hour", "hours"), ("day", "days")),
    "fr": (("minute", "minutes"), ("heure", "heures"), ("jour", "jours")),
}
# Arabic counts: 1, 2 (dual), 3–10 (plural), 11+ (singular accusative).
_ARABIC_UNITS = (
    ("دقيقة واحدة", "دقيقتين", "دقائق", "دقيقة"),
    ("ساعة واحدة", "ساعتين", "ساعات", "ساعة"),
    ("يوم واحد", "يومين", "أيام", "يومًا"),
)
_LESS_THAN_A_MINUTE = {"en": "less than a minute", "fr": "moins d'une minute", "ar": "أقل من دقيقة"}


def humanize_wait(seconds: float, language: str) -> str:
    """A wait as customers say it: "35 minutes", "2 heures", "يومين"."""
    language = language if language in ("en", "fr", "ar") else "en"
    if seconds < 60:
        return _LESS_THAN_A_MINUTE[language]
    minutes = int(seconds // 60)
    if minutes < 60:
        unit, n = 0, minutes
    elif minutes < 48 * 60:
        unit, n = 1, minutes // 60
    else:
        unit, n = 2, minutes // (24 * 60)
    if language == "ar":
        one, two, few, many = _ARABIC_UNITS[unit]
        if n == 1:
            return one
        if n == 2:
            return two
        return f"{n} {few if n <= 10 else many}"
    singular, plural = _UNITS[language][unit]
    return f"{n} {singular if n == 1 else plural}"


@dataclass(frozen=True)
class ContextFacts:
    """What the caller knows about the conversation; :func:`build_context` shapes it."""

    language: str
    customer_name: str = ""
    customer_handles: Sequence[str] = ()
    customer_language: str = ""
    agent_name: str = ""
    agent_signatures: Mapping[str, str] = field(default_factory=dict)
    shop: Mapping[str, Any] = field(default_factory=dict)
    subject: str = ""
    order_number: str = ""
    wait_seconds: float | None = None
    channel: str = ""
    conversation_id: int | None = None
    custom: Mapping[str, Any] = field(default_factory=dict)


def _present(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v not in ("", None, [], (), {})}


def _localized(value: Any, language: str) -> Any:
    """A per-language mapping ({"fr": …, "en": …}) becomes the text for ``language``."""
    if isinstance(value, Mapping) and value and all(len(str(k)) <= 5 for k in value):
        return value.get(language) or value.get("en") or next(iter(value.values()))
    return value


_described: dict[tuple[str, str, str, str], str] = {}


def _hours_text(text: str, zone: str, structured: str, lang: str,
                shop: Mapping[str, Any]) -> str:
    key = (text, zone, structured, lang)
    if key not in _described:  # parsed once per distinct setting and language
        if len(_described) > 64:
            _described.clear()
        hours = OpeningHours.from_shop(shop)
        _described[key] = describe(hours, lang) if hours.known else ""
    return _described[key]


def build_context(facts: ContextFacts) -> dict[str, Any]:
    """The template variables: ``customer``, ``agent``, ``shop``, ``conversation``, ``custom``."""
    lang = facts.language
    name = facts.customer_name.strip()
    first_name = name.split()[0] if name else ""
    emails = [h for h in facts.customer_handles if "@" in h and not h.startswith("@")]
    customer = _present({
        "name": name, "first_name": first_name, "handles": list(facts.customer_handles),
        "email": emails[0] if emails else "", "language": facts.customer_language,
    })
    shop: dict[str, Any] = {}
    for key, value in facts.shop.items():
        if key in ("opening_hours", "signature", "order_number_pattern"):
            continue
        shop[str(key)] = _localized(value, lang)
    described = _hours_text(str(facts.shop.get("hours", "") or ""),
                            str(facts.shop.get("timezone", "") or ""),
                            repr(facts.shop.get("opening_hours")), lang, facts.shop)
    if described:  # the hours in the customer's language, not the shop owner's
        shop["hours"] = described
    shop_signature = _localized(facts.shop.get("signature", ""), lang)
    signature = facts.agent_signatures.get(lang) or shop_signature or ""
    agent = _present({
        "name": facts.agent_name or str(shop.get("name", "")),
        # A chat message doesn't carry an email signature block.
        "signature": signature if facts.channel == "email" else "",
    })
    conversation = _present({
        "id": facts.conversation_id, "subject": facts.subject,
        "order_number": facts.order_number, "channel": facts.channel,
        "wait": humanize_wait(facts.wait_seconds, lang) if facts.wait_seconds else "",
        "wait_minutes": int(facts.wait_seconds // 60) if facts.wait_seconds else None,
    })
    return {
        "customer": customer, "agent": agent, "shop": _present(shop),
        "conversation": conversation, "custom": _present(dict(facts.custom)),
        "language": lang,
    }
