"""Topic, tone and signal detection in French, English and Arabic, with the words why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent_assist.core.detect import Rule, RuleError, RuleSet, customer_text
from agent_assist.core.textnorm import arabic_stems, fold, fold_word

RULES = Path(__file__).resolve().parents[3] / "resources" / "guidance" / "rules.json"


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return RuleSet.from_data(json.loads(RULES.read_text(encoding="utf-8")))


@pytest.mark.parametrize(("raw", "folded"), [
    ("REMBOURSEMENT", "remboursement"),
    ("Reçu", "recu"),
    ("Œuvre", "oeuvre"),
    ("café", "cafe"),  # decomposed accent
    ("إسْتِرْدَاد", "استرداد"),  # hamza under alef + harakat
    ("أمس", "امس"),
    ("آسف", "اسف"),
    ("مكسورة", "مكسوره"),  # taa marbuta
    ("الـــطلب", "الطلب"),  # tatweel
    ("مستوى", "مستوي"),  # alef maqsura
    ("مسؤول", "مسوول"),
    ("١٢٣", "123"),
])
def test_folding(raw: str, folded: str) -> None:
    assert fold_word(raw) == folded


def test_words_split_on_elisions_and_keep_their_offsets() -> None:
    assert fold("J'ai reçu l'Annulation") == "j ai recu l annulation"
    assert arabic_stems("والمبلغ") == ("والمبلغ", "مبلغ", "المبلغ")
    assert arabic_stems("ال") == ("ال",)


@pytest.mark.parametrize(("text", "topic", "words"), [
    ("Bonjour, je voudrais être remboursée, le vase ne me plaît pas.", "refund", {"remboursée"}),
    ("I'd like a REFUND please", "refund", {"REFUND"}),
    ("أريد إسترداد المبلغ من فضلك", "refund", {"إسترداد"}),
    ("متى يصلني المبلغ المسترد؟", "refund", {"المسترد"}),
    ("Ma commande n'est toujours pas arrivée, le suivi ne bouge plus", "delivery",
     {"suivi"}),
    ("My parcel still hasn't arrived and the tracking is stuck", "delivery",
     {"hasn't arrived", "tracking", "stuck"}),
    ("لم يصلني الطرد بعد، والتتبع لا يعمل", "delivery", {"لم يصلني"}),
    ("Le vase est arrivé cassé et une tasse est ébréchée", "damaged", {"cassé", "ébréchée"}),
    ("The bowl arrived chipped", "damaged", {"chipped"}),
    ("وصلت المزهرية مكسورة", "damaged", {"مكسورة"}),
    ("Pouvez-vous annuler ma commande ?", "cancellation", {"annuler"}),
    ("أريد إلغاء طلبي", "cancellation", {"إلغاء"}),
    ("Could you send a VAT invoice?", "invoice", {"VAT", "invoice"}),
    ("أرجو إرسال فاتورة باسم الشركة", "invoice", {"فاتورة"}),
    ("Le mug Brume est en rupture de stock ?", "stock", {"rupture", "stock"}),
    ("هل يمكن الدفع عند الاستلام؟", "payment", {"الدفع", "عند الاستلام"}),
    ("J'ai déménagé, voici ma nouvelle adresse", "address", {"nouvelle adresse"}),
    ("I received the wrong size", "wrong_item", {"wrong size"}),
])
def test_topics_in_three_languages_show_the_words_that_matched(
        rules: RuleSet, text: str, topic: str, words: set[str]) -> None:
    found = {m.key: m for m in rules.detect(text).topics}
    assert topic in found, found.keys()
    assert words <= set(found[topic].words)


@pytest.mark.parametrize(("text", "tone", "word"), [
    ("C'est inadmissible, je vais laisser un avis sur Google", "angry", "inadmissible"),
    ("C'est inadmissible, je vais laisser un avis sur Google", "public_threat", "laisser un avis"),
    ("This is unacceptable. I'll post about it on Instagram", "public_threat", "Instagram"),
    ("This is unacceptable. I'll post about it on Instagram", "angry", "unacceptable"),
    ("هذا غير مقبول وسأكتب تقييمًا سيئًا", "angry", "غير مقبول"),
    ("هذا غير مقبول وسأكتب تقييمًا سيئًا", "public_threat", "تقييمًا"),
    ("C'est urgent, j'en ai besoin au plus vite", "urgent", "au plus vite"),
    ("أحتاجه بسرعة، الأمر عاجل", "urgent", "عاجل"),
    ("Merci beaucoup, c'est parfait !", "thankful", "Merci"),
    ("شكرًا جزيلًا", "thankful", "شكرًا"),
    ("Hello?\nJust checking someone got this", "chasing", "Just checking"),
    ("I am VERY VERY ANGRY about this", "angry", "VERY VERY ANGRY"),
])
def test_tones_with_reasons(rules: RuleSet, text: str, tone: str, word: str) -> None:
    found = {m.key: m for m in rules.detect(text).tones}
    assert tone in found, found.keys()
    assert word in found[tone].words


def test_quiet_messages_have_no_angry_tone(rules: RuleSet) -> None:
    for text in ("Bonjour, avez-vous un paquet cadeau ?", "Hello, do you ship to Canada?",
                 "Ok thank you, that's a relief", "مرحبًا، هل تقبلون الدفع عبر PayPal؟"):
        assert "angry" not in rules.detect(text).tone_keys, text


def test_agent_scoped_signals_only_read_our_reply(rules: RuleSet) -> None:
    customer_only = rules.detect("I'll wait for your answer")
    assert "promise" not in customer_only.signal_keys
    both = rules.detect("Where is it?", agent_text="I'll send the tracking number tomorrow.")
    assert "promise" in both.signal_keys
    assert "I'll" in both.words_for("promise")
    assert "promise" in rules.detect("", agent_text="سأرسل إليك رقم التتبع غدًا").signal_keys


def test_prefixes_phrases_and_patterns() -> None:
    rs = RuleSet([
        Rule("topic", "refund", keywords={"fr": ("rembours*", "argent en retour")}),
        Rule("tone", "caps", patterns=(r"\b[A-Z]{4,}\b",)),
        Rule("topic", "short", keywords={"en": ("ok*",)}),  # too short to be a prefix
    ])
    d = rs.detect("Je veux mon argent en retour, REMBOURSEZ-moi, okay ?")
    assert set(d.words_for("refund")) == {"argent en retour", "REMBOURSEZ"}
    assert d.words_for("caps") == ("REMBOURSEZ",)  # case-sensitive unless (?i)
    assert d.words_for("short") == ()


def test_a_disabled_rule_and_a_min_score(rules: RuleSet) -> None:
    rs = RuleSet([Rule("topic", "refund", keywords={"en": ("refund",)}, enabled=False),
                  Rule("topic", "stock", keywords={"en": ("stock", "sold out")}, min_score=2)])
    assert rs.detect("refund").topics == ()
    assert rs.detect("in stock?").topic_keys == ()
    assert rs.detect("sold out, back in stock?").topic_keys == ("stock",)


def test_bad_rules_are_refused_with_one_sentence() -> None:
    with pytest.raises(RuleError, match="pattern"):
        Rule.from_dict("topic", {"key": "x", "patterns": ["(unclosed"]})
    with pytest.raises(RuleError, match="no key"):
        Rule.from_dict("tone", {"keywords": {}})


def test_rules_round_trip(rules: RuleSet) -> None:
    again = RuleSet.from_data(rules.to_data())
    assert [r.to_dict() for r in again.rules] == [r.to_dict() for r in rules.rules]


def test_customer_text_drops_quoted_history() -> None:
    body = ("Thanks, that's perfect!\n\nOn Mon, 3 Jun 2024, Camille wrote:\n"
            "> I'll refund you today")
    assert "refund" not in customer_text([body])
    french = "Merci !\nLe lun. 3 juin 2024, Camille a écrit :\n> remboursement"
    assert "remboursement" not in customer_text([french], "Sujet")
    assert customer_text([french], "Sujet").startswith("Sujet")


def test_every_shipped_rule_has_three_languages_and_labels(rules: RuleSet) -> None:
    for rule in rules.rules:
        assert {"en", "fr", "ar"} <= set(rule.labels), rule.key
        if rule.keywords:
            assert {"en", "fr", "ar"} <= set(rule.keywords), rule.key
