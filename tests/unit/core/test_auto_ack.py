"""The auto-acknowledgement decision (RFC 3834 rules) and its texts, as pure functions."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from agent_assist.channels.email.mime import parse_email
from agent_assist.core.auto_ack import (
    AckFacts,
    AckVariant,
    AutoAckSettings,
    auto_ack_from_json,
    auto_ack_to_json,
    automated_address_reason,
    decide,
    pick_language,
    render_ack,
)
from agent_assist.core.business_hours import BusinessCalendar, Period, SettingsError
from agent_assist.core.models import Channel, Direction

PARIS = ZoneInfo("Europe/Paris")
SHOP = BusinessCalendar("Europe/Paris", ((Period(9 * 60, 18 * 60),),) * 5 + ((), ()))
ON = AutoAckSettings(channels=frozenset(Channel))
MONDAY_TEN = datetime(2025, 3, 3, 10, tzinfo=PARIS).timestamp()
SATURDAY = datetime(2025, 3, 8, 10, tzinfo=PARIS).timestamp()
DAY = 86400.0


def facts(**changes: object) -> AckFacts:
    base = AckFacts(
        channel=Channel.EMAIL, direction=Direction.IN, sender_address="lea@customer.test",
        automated_reason="", sent_at=MONDAY_TEN - 60, human_replied=False, last_ack_at=None,
        sender_acks_in_window=0, own_addresses=frozenset({"shop@atelier.test"}),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_a_new_customer_message_is_acknowledged_in_or_out_of_hours() -> None:
    assert decide(facts(), ON, SHOP, MONDAY_TEN).variant is AckVariant.IN_HOURS
    weekend = decide(facts(sent_at=SATURDAY - 60), ON, SHOP, SATURDAY)
    assert weekend.send and weekend.variant is AckVariant.OUT_OF_HOURS
    one_text = dataclasses.replace(ON, out_of_hours=False)
    assert decide(facts(sent_at=SATURDAY), one_text, SHOP, SATURDAY).variant is AckVariant.IN_HOURS


def test_off_by_default_and_per_channel() -> None:
    assert decide(facts(), AutoAckSettings(), SHOP, MONDAY_TEN).reason == "disabled"
    chat_only = AutoAckSettings(channels=frozenset({Channel.TELEGRAM}))
    assert decide(facts(), chat_only, SHOP, MONDAY_TEN).reason == "disabled"
    assert decide(facts(channel=Channel.TELEGRAM, sender_address="12345"), chat_only, SHOP,
                  MONDAY_TEN).send


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"direction": Direction.OUT}, "not_inbound"),
        ({"direction": Direction.AUTO}, "not_inbound"),
        ({"automated_reason": "auto-submitted: auto-replied"}, "automated"),
        ({"sender_address": "SHOP@atelier.test"}, "own_address"),
        ({"sender_address": "  "}, "no_address"),
        ({"sender_address": "no-reply@shop.test"}, "automated_sender"),
        ({"sender_address": "owner-news@lists.test"}, "automated_sender"),
        ({"sender_address": "news-request@lists.test"}, "automated_sender"),
        ({"sender_address": "MAILER-DAEMON@mx.test"}, "automated_sender"),
        ({"sent_at": MONDAY_TEN - 2 * DAY}, "too_old"),
        ({"human_replied": True}, "answered"),
        ({"last_ack_at": MONDAY_TEN - DAY}, "already_acknowledged"),
        ({"sender_acks_in_window": 3}, "rate_limited"),
    ],
)
def test_rules_that_forbid_an_acknowledgement(changes: dict[str, object], reason: str) -> None:
    decision = decide(facts(**changes), ON, SHOP, MONDAY_TEN)
    assert not decision.send and decision.reason == reason


def test_period_allows_a_new_acknowledgement_once_over() -> None:
    assert decide(facts(last_ack_at=MONDAY_TEN - 8 * DAY), ON, SHOP, MONDAY_TEN).send
    short = dataclasses.replace(ON, period_seconds=3600)
    assert decide(facts(last_ack_at=MONDAY_TEN - 7200), short, SHOP, MONDAY_TEN).send


def _mail(sender: str = "Léa <lea@customer.test>", headers: dict[str, str] | None = None,
          content_type: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "shop@atelier.test"
    msg["Subject"] = "Hello"
    msg["Message-ID"] = "<m1@customer.test>"
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content("Where is my order 1234?")
    raw = msg.as_bytes()
    if content_type:
        raw = raw.replace(b"Content-Type: text/plain; charset=\"utf-8\"",
                          f"Content-Type: {content_type}".encode())
    return raw


AUTOMATED_CORPUS = {
    "out of office": _mail(headers={"Auto-Submitted": "auto-replied"}),
    "auto generated": _mail(headers={"Auto-Submitted": "auto-generated"}),
    "x-autoreply": _mail(headers={"X-Autoreply": "yes"}),
    "null return path": _mail(headers={"Return-Path": "<>"}),
    "mailing list": _mail(headers={"List-Id": "<news.lists.test>"}),
    "bulk": _mail(headers={"List-Unsubscribe": "<mailto:u@lists.test>"}),
    "precedence": _mail(headers={"Precedence": "bulk"}),
    "noreply": _mail(sender="Shop <noreply@brand.test>"),
    "mailer daemon": _mail(sender="MAILER-DAEMON@mx.test"),
    "bounce report": _mail(content_type="multipart/report; report-type=delivery-status; "
                                        "boundary=x"),
}


@pytest.mark.parametrize("name", sorted(AUTOMATED_CORPUS))
def test_automated_mail_is_never_acknowledged(name: str) -> None:
    parsed = parse_email(AUTOMATED_CORPUS[name], f"k:{name}")
    decision = decide(facts(sender_address=parsed.sender_address,
                            automated_reason=parsed.automated_reason), ON, SHOP, MONDAY_TEN)
    assert not decision.send, (name, parsed.automated_reason)
    assert decision.reason in ("automated", "automated_sender")


def test_a_human_mail_parsed_the_same_way_is_acknowledged() -> None:
    parsed = parse_email(_mail(), "k:human")
    assert decide(facts(sender_address=parsed.sender_address,
                        automated_reason=parsed.automated_reason), ON, SHOP, MONDAY_TEN).send


def test_automated_address_reason() -> None:
    assert automated_address_reason("do-not-reply@x.test") == "no-reply address"
    assert automated_address_reason("lea.noreplyson@x.test") == ""
    assert automated_address_reason("bounces+123@x.test") == "mailing list address"
    assert automated_address_reason("lea@x.test") == ""


def test_texts_by_language_with_name_and_shop() -> None:
    text = render_ack(ON, AckVariant.IN_HOURS, "fr", name="Léa", shop="Atelier Lumière")
    assert text.startswith("Bonjour Léa,") and text.endswith("Atelier Lumière")
    assert render_ack(ON, AckVariant.IN_HOURS, "en", name="").startswith("Hello,")
    arabic = render_ack(ON, AckVariant.OUT_OF_HOURS, "ar", name="عمر")
    assert "عمر" in arabic and "مغلق" in arabic
    assert render_ack(ON, AckVariant.IN_HOURS, "de", name="Jan").startswith("Hello Jan,")


def test_pick_language() -> None:
    assert pick_language(["", "fr-FR"], ON, AckVariant.IN_HOURS) == "fr"
    assert pick_language(["de"], ON, AckVariant.IN_HOURS) == "en"
    assert pick_language(["ar", "fr"], ON, AckVariant.IN_HOURS) == "ar"


def test_settings_round_trip_and_validation() -> None:
    data = auto_ack_to_json(ON)
    again = auto_ack_from_json(data)
    assert again.channels == ON.channels and again.texts == ON.texts
    assert auto_ack_from_json({}).channels == frozenset()
    custom = auto_ack_from_json({"texts": {"in_hours": {"fr": "Merci {name} !"}},
                                 "period_hours": 24, "channels": {"email": True}})
    assert custom.period_seconds == 86400 and custom.channels == {Channel.EMAIL}
    assert render_ack(custom, AckVariant.IN_HOURS, "fr", name="Léa") == "Merci Léa !"
    for bad, needle in [
        ({"texts": {"in_hours": {"fr": "Merci {prenom}"}}}, "only {name} and {shop}"),
        ({"texts": {"in_hours": {"fr": "Merci {name"}}}, "unbalanced"),
        ({"texts": {"in_hours": {"en": " "}}}, "cannot be empty"),
        ({"channels": {"fax": True}}, "not a channel"),
        ({"sender_limit": 0}, "sender_limit"),
        ({"period_hours": -1}, "period_hours"),
    ]:
        with pytest.raises(SettingsError, match=needle):
            auto_ack_from_json(bad)
