"""Whether to acknowledge a customer's message automatically, and with which text.

The rules follow RFC 3834 (automatic responses to email): never answer automated mail
(``Auto-Submitted``, bounces, lists, bulk, no-reply senders) nor our own addresses,
answer a conversation at most once per period, and limit how often one sender hears
from the responder. An acknowledgement never counts as the human answer.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from agent_assist.core.business_hours import BusinessCalendar, SettingsError, is_open
from agent_assist.core.models import Channel, Direction

__all__ = [
    "AckDecision",
    "AckFacts",
    "AckVariant",
    "AutoAckSettings",
    "auto_ack_from_json",
    "auto_ack_to_json",
    "automated_address_reason",
    "decide",
    "pick_language",
    "render_ack",
]

PLACEHOLDERS = ("name", "shop")
LANGUAGES = ("fr", "en", "ar")
_HOUR = 3600


class AckVariant(StrEnum):
    """Which text goes out: during business hours, or while the shop is closed."""

    IN_HOURS = "in_hours"
    OUT_OF_HOURS = "out_of_hours"


DEFAULT_TEXTS: dict[AckVariant, dict[str, str]] = {
    AckVariant.IN_HOURS: {
        "fr": "Bonjour {name},\n\nMerci pour votre message : nous l'avons bien reçu et nous "
        "vous répondons très vite.\n\n{shop}",
        "en": "Hello {name},\n\nThank you for your message: we have received it and will "
        "answer you shortly.\n\n{shop}",
        "ar": "مرحباً {name}،\n\nشكراً على رسالتك، لقد وصلتنا وسنرد عليك قريباً.\n\n{shop}",
    },
    AckVariant.OUT_OF_HOURS: {
        "fr": "Bonjour {name},\n\nMerci pour votre message. Notre boutique est fermée pour "
        "le moment ; nous vous répondrons dès notre retour.\n\n{shop}",
        "en": "Hello {name},\n\nThank you for your message. We are closed right now and will "
        "answer you as soon as we are back.\n\n{shop}",
        "ar": "مرحباً {name}،\n\nشكراً على رسالتك. متجرنا مغلق حالياً، وسنرد عليك فور "
        "عودتنا.\n\n{shop}",
    },
}


@dataclass(frozen=True)
class AutoAckSettings:
    """Off by default; per channel, with texts per language and anti-loop limits."""

    channels: frozenset[Channel] = frozenset()
    out_of_hours: bool = True
    period_seconds: int = 7 * 24 * _HOUR
    sender_limit: int = 3
    sender_window_seconds: int = 24 * _HOUR
    #: Older messages (an account's first sync, an import) are never acknowledged.
    max_age_seconds: int = 24 * _HOUR
    fallback_language: str = "en"
    texts: Mapping[AckVariant, Mapping[str, str]] = field(
        default_factory=lambda: {v: dict(t) for v, t in DEFAULT_TEXTS.items()}
    )

    def enabled(self, channel: Channel) -> bool:
        return channel in self.channels


@dataclass(frozen=True, slots=True)
class AckFacts:
    """What the decision looks at for one newly stored message."""

    channel: Channel
    direction: Direction
    sender_address: str
    automated_reason: str
    sent_at: float
    human_replied: bool
    last_ack_at: float | None
    sender_acks_in_window: int
    own_addresses: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class AckDecision:
    """``send`` with the variant, or a reason code for not acknowledging."""

    send: bool
    reason: str
    variant: AckVariant | None = None


_NOREPLY = re.compile(
    r"(?:^|[-_.+])(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply)(?:[-_.+]|$)"
)
_DAEMONS = frozenset({"mailer-daemon", "postmaster", "listserv", "majordomo", "bounce", "bounces"})


def automated_address_reason(address: str) -> str:
    """RFC 3834 section 2: addresses an automatic responder must leave alone ("" if fine)."""
    local = address.strip().strip("<>").rsplit("@", 1)[0].lower()
    if not local:
        return ""
    if local in _DAEMONS:
        return f"system address ({local})"
    if local.startswith("owner-") or local.endswith("-request") or local.startswith("bounce"):
        return "mailing list address"
    if _NOREPLY.search(local):
        return "no-reply address"
    return ""


def decide(
    facts: AckFacts, settings: AutoAckSettings, calendar: BusinessCalendar, now: float
) -> AckDecision:
    """Apply the rules in order; the first that forbids wins."""
    if facts.direction is not Direction.IN:
        return AckDecision(False, "not_inbound")
    if not settings.enabled(facts.channel):
        return AckDecision(False, "disabled")
    if facts.automated_reason:
        return AckDecision(False, "automated")
    address = facts.sender_address.strip().lower()
    if not address:
        return AckDecision(False, "no_address")
    if facts.channel is Channel.EMAIL and automated_address_reason(address):
        return AckDecision(False, "automated_sender")
    if address in facts.own_addresses:
        return AckDecision(False, "own_address")
    if now - facts.sent_at > settings.max_age_seconds:
        return AckDecision(False, "too_old")
    if facts.human_replied:
        return AckDecision(False, "answered")
    if facts.last_ack_at is not None and now - facts.last_ack_at < settings.period_seconds:
        return AckDecision(False, "already_acknowledged")
    if facts.sender_acks_in_window >= settings.sender_limit:
        return AckDecision(False, "rate_limited")
    closed = settings.out_of_hours and not is_open(now, calendar)
    return AckDecision(True, "send", AckVariant.OUT_OF_HOURS if closed else AckVariant.IN_HOURS)


def pick_language(candidates: Sequence[str], settings: AutoAckSettings,
                  variant: AckVariant) -> str:
    """The first candidate (message, conversation, contact) we have a text for."""
    texts = settings.texts.get(variant, {})
    for code in candidates:
        code = (code or "").split("-")[0].lower()
        if code and texts.get(code, "").strip():
            return code
    return settings.fallback_language


def render_ack(settings: AutoAckSettings, variant: AckVariant, language: str, *,
               name: str = "", shop: str = "") -> str:
    """The acknowledgement text; an unknown name leaves a clean greeting ("Hello,")."""
    texts = settings.texts.get(variant, {})
    template = texts.get(language, "").strip() or texts.get(settings.fallback_language, "")
    if not name.strip():
        template = template.replace(" {name}", "").replace("{name}", "")
    text = template.format_map({"name": name.strip(), "shop": shop.strip()})
    return text.strip()


# -- settings -------------------------------------------------------------------------------


def _check_template(variant: str, language: str, text: str) -> None:
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]
    except ValueError as exc:
        raise SettingsError(
            f"The {language} {variant.replace('_', '-')} text has an unbalanced brace."
        ) from exc
    for name in fields:
        if name not in PLACEHOLDERS:
            raise SettingsError(
                f"The {language} {variant.replace('_', '-')} text uses {{{name}}}; only "
                "{name} and {shop} can be filled in."
            )


def _hours(data: Mapping[str, Any], key: str, default: int, low: int, high: int) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise SettingsError(f"'{key}' must be a number between {low} and {high}.")
    return int(value * _HOUR)


def auto_ack_from_json(data: Mapping[str, Any]) -> AutoAckSettings:
    """Validate the stored auto-acknowledgement settings (missing keys take defaults)."""
    if not isinstance(data, Mapping):
        raise SettingsError("Auto-acknowledgement settings must be a settings object.")
    channels_raw = data.get("channels", {})
    if not isinstance(channels_raw, Mapping):
        raise SettingsError("Auto-acknowledgement needs a 'channels' object of on/off values.")
    channels: set[Channel] = set()
    for name, on in channels_raw.items():
        try:
            channel = Channel(name)
        except ValueError as exc:
            raise SettingsError(f"'{name}' is not a channel.") from exc
        if on:
            channels.add(channel)
    texts: dict[AckVariant, dict[str, str]] = {v: dict(t) for v, t in DEFAULT_TEXTS.items()}
    texts_raw = data.get("texts", {})
    if not isinstance(texts_raw, Mapping):
        raise SettingsError("Auto-acknowledgement texts must be a settings object.")
    for variant_name, per_language in texts_raw.items():
        try:
            variant = AckVariant(variant_name)
        except ValueError as exc:
            raise SettingsError(f"'{variant_name}' is not an acknowledgement text kind.") from exc
        if not isinstance(per_language, Mapping):
            raise SettingsError(f"The {variant_name} texts must map languages to texts.")
        for language, text in per_language.items():
            if not isinstance(text, str):
                raise SettingsError(f"The {language} {variant_name} text must be text.")
            _check_template(variant_name, str(language), text)
            texts[variant][str(language)] = text
    fallback = str(data.get("fallback_language", "en"))
    for variant, per_language in texts.items():
        if not per_language.get(fallback, "").strip():
            raise SettingsError(
                f"The {variant.value.replace('_', '-')} text in {fallback} (the fallback "
                "language) cannot be empty."
            )
    limit = data.get("sender_limit", 3)
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 100:
        raise SettingsError("'sender_limit' must be a whole number between 1 and 100.")
    return AutoAckSettings(
        channels=frozenset(channels),
        out_of_hours=bool(data.get("out_of_hours", True)),
        period_seconds=_hours(data, "period_hours", 168, 1, 24 * 365),
        sender_limit=limit,
        sender_window_seconds=_hours(data, "sender_window_hours", 24, 1, 24 * 30),
        max_age_seconds=_hours(data, "max_age_hours", 24, 1, 24 * 30),
        fallback_language=fallback,
        texts=texts,
    )


def auto_ack_to_json(settings: AutoAckSettings) -> dict[str, Any]:
    return {
        "channels": {c.value: c in settings.channels for c in Channel},
        "out_of_hours": settings.out_of_hours,
        "period_hours": settings.period_seconds / _HOUR,
        "sender_limit": settings.sender_limit,
        "sender_window_hours": settings.sender_window_seconds / _HOUR,
        "max_age_hours": settings.max_age_seconds / _HOUR,
        "fallback_language": settings.fallback_language,
        "texts": {v.value: dict(t) for v, t in settings.texts.items()},
    }
