"""Validate the demo shop's content (resources/demo/shop.json) with the stdlib only.

The demo is the first thing a new user sees, so the file is held to the same standard as
code: a stable schema, enough conversations in every language, channel and waiting state to
exercise the inbox, honest language labels, and timelines that make sense.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

SHOP_JSON = Path(__file__).resolve().parents[3] / "resources" / "demo" / "shop.json"

CHANNELS = {"email", "chat"}
LANGUAGES = {"fr", "en", "ar"}
STATUSES = {"open", "waiting", "snoozed", "closed"}
DIRECTIONS = {"in", "out", "note"}
PUBLIC = {"in", "out"}  # what the customer sees; notes are internal

HOUR = 60
DAY = 24 * HOUR

# Who can answer in which language (Yasmine speaks Arabic and French).
AGENT_LANGUAGES = {"Camille": {"fr", "en"}, "Yasmine": {"fr", "ar"}}

KEY_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TAG_RE = KEY_RE
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+'-]+@(?:[A-Za-z0-9-]+\.)+example$")
EMAIL_IN_TEXT_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]+")
HANDLE_RE = re.compile(r"^(?:@[a-z0-9._]+|\+\d[\d ]{7,16}\d)$")
ORDER_RE = re.compile(r"\bAL-\d+\b")
ORDER_OK_RE = re.compile(r"^AL-\d{5}$")
TRACKING_RE = re.compile(r"\b6A\d+\b")
TRACKING_OK_RE = re.compile(r"^6A\d{11}$")
ARABIC_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
LATIN_LETTER_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ]")
EMOJI_RE = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
WORD_RE = re.compile(r"[a-zàâäçéèêëîïôöùûüœ]+")

# Small, disjoint stopword lists: enough to tell French from English in a few lines.
FRENCH_WORDS = set(
    (
        "le la les de des du et est je vous nous pour pas une un que qui dans sur avec mon ma "
        "mes votre vos merci bonjour bonsoir ce au aux il elle ne à ça oui mais très bien "
        "commande colis"
    ).split()
)
ENGLISH_WORDS = set(
    (
        "the and is i you we for not an that with in my your thanks thank hello hi it to of "
        "be have our this yes please order parcel would could will"
    ).split()
)

# Chat lines are short; emails are a few lines with a greeting and a sign-off.
MAX_CHAT_CHARS = 320
MAX_EMAIL_CHARS = 1500

# Replies must never push the problem onto someone else.
BLAME_PHRASES = (
    "not our fault",
    "not our responsibility",
    "contact the carrier",
    "contact the courier",
    "pas de notre faute",
    "pas notre faute",
    "la faute du transporteur",
    "contactez le transporteur",
    "ليس خطأنا",
    "ليست مسؤوليتنا",
    "تواصل مع شركة الشحن",
)

# Topics the demo must show so every part of the product has something to work on.
REQUIRED_TAGS = set(
    (
        "delivery refund return damaged wrong-item stock order-change cancellation invoice "
        "address gift care shipping complaint review thanks follow-up out-of-hours "
        "repeat-customer"
    ).split()
)


@cache
def load() -> dict[str, Any]:
    raw = SHOP_JSON.read_bytes()
    return json.loads(raw.decode("utf-8"))


def conversations() -> list[dict[str, Any]]:
    return load()["conversations"]


def conv_ids() -> list[str]:
    return [str(c.get("key", i)) for i, c in enumerate(conversations())]


def public(conv: dict[str, Any]) -> list[dict[str, Any]]:
    return [m for m in conv["messages"] if m["direction"] in PUBLIC]


def needs_reply(conv: dict[str, Any]) -> bool:
    """The customer spoke last on an open, human conversation."""
    msgs = public(conv)
    return (
        not conv["automated"]
        and conv["status"] == "open"
        and bool(msgs)
        and msgs[-1]["direction"] == "in"
    )


def waiting_minutes(conv: dict[str, Any]) -> int:
    """How long the oldest unanswered customer message has been waiting."""
    msgs = public(conv)
    unanswered: list[dict[str, Any]] = []
    for m in reversed(msgs):
        if m["direction"] != "in":
            break
        unanswered.append(m)
    return int(unanswered[-1]["minutes_ago"])


def bucket(conv: dict[str, Any]) -> str:
    if conv["automated"]:
        return "automated"
    if conv["status"] == "closed":
        return "closed"
    if conv["status"] == "snoozed":
        return "snoozed"
    if conv["status"] == "waiting":
        return "waiting_on_customer"
    if needs_reply(conv):
        w = waiting_minutes(conv)
        if w < HOUR:
            return "needs_reply_under_1h"
        if w < DAY:
            return "needs_reply_1h_to_1d"
        return "needs_reply_over_1d"
    return "answered"


def language_scores(text: str) -> tuple[int, int]:
    words = WORD_RE.findall(text.lower())
    fr = sum(w in FRENCH_WORDS for w in words)
    en = sum(w in ENGLISH_WORDS for w in words)
    return fr, en


# --------------------------------------------------------------------------- file & shop


def test_file_is_pretty_printed_utf8() -> None:
    raw = SHOP_JSON.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "no BOM"
    text = raw.decode("utf-8")
    assert "\n  " in text, "expected an indented (pretty-printed) file"
    assert "\\u06" not in text, "Arabic should be stored as UTF-8, not \\u escapes"
    assert set(load()) >= {"shop", "agents", "conversations"}


def test_shop_block() -> None:
    shop = load()["shop"]
    for field in ("name", "email", "hours", "timezone", "website", "return_policy_url"):
        assert isinstance(shop.get(field), str) and shop[field].strip(), field
    assert shop["name"] == "Atelier Lumière"
    assert shop["email"] == "support@atelier-lumiere.example"
    assert shop["timezone"] == "Europe/Paris"
    assert shop["website"] == "https://atelier-lumiere.example"
    assert shop["return_policy_url"].startswith(shop["website"] + "/")
    signature = shop["signature"]
    assert set(signature) == LANGUAGES
    assert all(isinstance(s, str) and s.strip() for s in signature.values())
    assert ARABIC_RE.search(signature["ar"])
    assert not ARABIC_RE.search(signature["fr"] + signature["en"])


def test_agents() -> None:
    agents = load()["agents"]
    assert {(a["name"], a["role"]) for a in agents} == {("Camille", "owner"), ("Yasmine", "agent")}


# --------------------------------------------------------------------------- per conversation


@pytest.mark.parametrize("conv", conversations(), ids=conv_ids())
def test_conversation_schema(conv: dict[str, Any]) -> None:
    assert KEY_RE.match(conv["key"]), conv["key"]
    assert conv["channel"] in CHANNELS
    assert conv["language"] in LANGUAGES
    assert conv["status"] in STATUSES
    assert isinstance(conv["subject"], str)
    if conv["channel"] == "email":
        assert conv["subject"].strip(), "email conversations need a subject"
    assert isinstance(conv["automated"], bool)
    assert isinstance(conv["tags"], list) and conv["tags"]
    assert all(isinstance(t, str) and TAG_RE.match(t) for t in conv["tags"]), conv["tags"]
    assert len(set(conv["tags"])) == len(conv["tags"])

    customer = conv["customer"]
    assert isinstance(customer.get("name"), str) and customer["name"].strip()
    if conv["channel"] == "email":
        assert EMAIL_RE.match(customer.get("email", "")), customer
    else:
        assert HANDLE_RE.match(customer.get("chat_handle", "")), customer
        if "email" in customer:
            assert EMAIL_RE.match(customer["email"]), customer
    if conv["automated"]:
        assert conv["channel"] == "email"
        assert all(m["direction"] == "in" for m in conv["messages"])


@pytest.mark.parametrize("conv", conversations(), ids=conv_ids())
def test_messages_are_well_formed_and_chronological(conv: dict[str, Any]) -> None:
    msgs = conv["messages"]
    assert msgs, "a conversation needs at least one message"
    assert msgs[0]["direction"] == "in", "the customer (or sender) opens every conversation"
    agents = {a["name"] for a in load()["agents"]}
    previous = None
    for m in msgs:
        assert m["direction"] in DIRECTIONS
        assert isinstance(m["text"], str) and m["text"].strip() == m["text"] and m["text"]
        minutes = m["minutes_ago"]
        assert isinstance(minutes, int) and not isinstance(minutes, bool) and minutes > 0
        if previous is not None:
            assert minutes < previous, f"{conv['key']}: messages must be in chronological order"
        previous = minutes
        if m["direction"] == "in":
            assert "agent" not in m
        else:
            assert m.get("agent") in agents, m
        limit = MAX_CHAT_CHARS if conv["channel"] == "chat" else MAX_EMAIL_CHARS
        assert len(m["text"]) <= limit, f"{conv['key']}: message too long for {conv['channel']}"


@pytest.mark.parametrize("conv", conversations(), ids=conv_ids())
def test_language_label_is_honest(conv: dict[str, Any]) -> None:
    lang = conv["language"]
    msgs = public(conv)
    if lang == "ar":
        for m in msgs:
            assert ARABIC_RE.search(m["text"]), f"{conv['key']}: no Arabic in {m['text']!r}"
        text = " ".join(m["text"] for m in msgs)
        assert len(ARABIC_RE.findall(text)) > len(LATIN_LETTER_RE.findall(text))
        return
    for m in msgs:
        assert not ARABIC_RE.search(m["text"]), f"{conv['key']}: Arabic in a {lang} conversation"
        fr, en = language_scores(m["text"])
        own, other = (fr, en) if lang == "fr" else (en, fr)
        assert own >= other, f"{conv['key']}: looks like the wrong language: {m['text']!r}"
    fr, en = language_scores(" ".join(m["text"] for m in msgs))
    own, other = (fr, en) if lang == "fr" else (en, fr)
    assert own >= 2 and own > 2 * other, f"{conv['key']}: fr={fr} en={en}"


@pytest.mark.parametrize("conv", conversations(), ids=conv_ids())
def test_replies_speak_the_customers_language(conv: dict[str, Any]) -> None:
    for m in conv["messages"]:
        if m["direction"] == "out":
            assert conv["language"] in AGENT_LANGUAGES[m["agent"]], (conv["key"], m["agent"])


@pytest.mark.parametrize("conv", conversations(), ids=conv_ids())
def test_identifiers_look_real(conv: dict[str, Any]) -> None:
    blob = " ".join([conv["subject"], *(m["text"] for m in conv["messages"])])
    for order in ORDER_RE.findall(blob):
        assert ORDER_OK_RE.match(order), order
    for tracking in TRACKING_RE.findall(blob):
        assert TRACKING_OK_RE.match(tracking), tracking
    for address in EMAIL_IN_TEXT_RE.findall(blob):
        assert address.endswith(".example"), address
    for url in re.findall(r"https?://[^\s)]+", blob):
        assert re.match(r"https?://[a-z0-9.-]+\.example(?:/|$)", url), url


@pytest.mark.parametrize("conv", conversations(), ids=conv_ids())
def test_replies_never_blame_someone_else(conv: dict[str, Any]) -> None:
    for m in conv["messages"]:
        if m["direction"] == "out":
            lowered = m["text"].lower()
            assert not any(p in lowered for p in BLAME_PHRASES), (conv["key"], m["text"])


# --------------------------------------------------------------------------- the whole set


def test_keys_are_unique() -> None:
    keys = [c["key"] for c in conversations()]
    assert len(keys) == len(set(keys))


def test_counts_by_language_and_channel() -> None:
    convs = conversations()
    assert len(convs) >= 78
    by_lang = Counter(c["language"] for c in convs)
    by_channel = Counter(c["channel"] for c in convs)
    for lang in LANGUAGES:
        assert by_lang[lang] >= 20, by_lang
    assert by_channel["email"] >= 25, by_channel
    assert by_channel["chat"] >= 25, by_channel


def test_every_waiting_bucket_is_represented() -> None:
    counts = Counter(bucket(c) for c in conversations())
    for name in (
        "needs_reply_under_1h",
        "needs_reply_1h_to_1d",
        "needs_reply_over_1d",
        "answered",
        "waiting_on_customer",
        "closed",
        "snoozed",
    ):
        assert counts[name] >= 1, (name, counts)
    # Roughly the mix of a real small-shop inbox on a busy day.
    needing = sum(v for k, v in counts.items() if k.startswith("needs_reply"))
    assert 30 <= needing <= 42, counts
    assert counts["answered"] + counts["waiting_on_customer"] >= 15, counts
    assert counts["closed"] >= 10, counts
    assert counts["snoozed"] >= 3, counts
    assert 2 <= counts["automated"] <= 4, counts


def test_waiting_on_customer_means_we_spoke_last() -> None:
    for conv in conversations():
        if conv["status"] == "waiting":
            assert public(conv)[-1]["direction"] == "out", conv["key"]


def test_closed_with_customer_last_is_a_thank_you() -> None:
    closing_thanks = [
        c for c in conversations() if c["status"] == "closed" and public(c)[-1]["direction"] == "in"
    ]
    assert len(closing_thanks) >= 2, "some resolved conversations should end with a thank-you"
    for conv in closing_thanks:
        assert "thanks" in conv["tags"], conv["key"]


def test_required_topics_are_covered() -> None:
    tags = {t for c in conversations() for t in c["tags"]}
    assert tags >= REQUIRED_TAGS, REQUIRED_TAGS - tags


def test_internal_notes_and_emojis_are_present() -> None:
    msgs = [m for c in conversations() for m in c["messages"]]
    notes = [m for m in msgs if m["direction"] == "note"]
    assert len(notes) >= 3
    assert {m["agent"] for m in notes} == set(AGENT_LANGUAGES), "both agents leave notes"
    assert sum(bool(EMOJI_RE.search(m["text"])) for m in msgs) >= 5


def test_arabic_text_embeds_order_numbers_and_emails() -> None:
    arabic = [m["text"] for c in conversations() if c["language"] == "ar" for m in public(c)]
    assert any(ORDER_RE.search(t) for t in arabic), "mixed-direction order numbers"
    assert any(EMAIL_IN_TEXT_RE.search(t) for t in arabic), "mixed-direction email addresses"


def test_repeat_customer_wrote_twice_within_a_week() -> None:
    first_seen: dict[str, list[int]] = {}
    for conv in conversations():
        if conv["channel"] == "email" and not conv["automated"]:
            first = conv["messages"][0]["minutes_ago"]
            first_seen.setdefault(conv["customer"]["email"].lower(), []).append(first)
    repeats = [
        times
        for times in first_seen.values()
        if len(times) >= 2 and max(times) - min(times) <= 7 * DAY
    ]
    assert repeats, "expected one customer with two email conversations within a week"


def test_a_customer_wrote_by_email_and_by_chat() -> None:
    by_email = {
        (c["customer"]["name"], c["customer"]["email"].lower())
        for c in conversations()
        if c["channel"] == "email"
    }
    chat_profiles = {
        (c["customer"]["name"], c["customer"]["email"].lower())
        for c in conversations()
        if c["channel"] == "chat" and "email" in c["customer"]
    }
    assert by_email & chat_profiles, "same name and email on an email and a chat conversation"
