"""Tests for the tiny fr/en/ar language guess."""

from __future__ import annotations

import pytest

from agent_assist.core.language import SUPPORTED_LANGUAGES, detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Bonjour, je voudrais savoir où en est ma commande. Merci beaucoup", "fr"),
        ("Bonjour merci", "fr"),
        ("Est-ce que vous livrez à Lyon ? J'ai besoin du colis avant vendredi.", "fr"),
        ("Hello, I would like to know where my order is. Thanks", "en"),
        ("Hi, do you ship to Canada? I need it before Friday.", "en"),
        ("مرحبا، أريد أن أعرف أين طلبي. شكرا", "ar"),
        ("السلام عليكم، هل المنتج iPhone 15 متوفر؟", "ar"),  # Latin product names inside
        ("", ""),
        ("ok", ""),
        ("Merci!", ""),  # one word is not enough to be sure
        ("12345 !!! ???", ""),
        ("Hallo, ich möchte wissen, wo meine Bestellung ist. Danke", ""),
        ("Hola, quiero saber dónde está mi pedido. Gracias", ""),
        ("Hallo Stoiko, alles klar, deine Reply Mail war jetzt nicht dabei", ""),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language
    assert language == "" or language in SUPPORTED_LANGUAGES


def test_quoted_reply_is_ignored() -> None:
    text = (
        "Merci, je vais attendre la livraison alors.\n\n"
        "> Hello, thank you for your order. It will ship on Monday and you will get\n"
        "> a tracking number by email when it leaves the warehouse. Best regards\n"
    )
    assert detect_language(text) == "fr"


def test_only_the_start_of_long_text_is_read() -> None:
    text = "Bonjour, je voudrais une facture pour ma commande. " * 40 + "the and is " * 500
    assert detect_language(text) == "fr"
