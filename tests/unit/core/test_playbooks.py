"""Playbook triggers and choice, the shipped playbooks, opening hours, template ranking."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent_assist.core.detect import RuleError
from agent_assist.core.opening_hours import OpeningHours, describe
from agent_assist.core.playbooks import Playbook, PlaybookSet, Situation
from agent_assist.core.suggest import SuggestionInput, rank_templates
from agent_assist.core.templates import Template

RESOURCES = Path(__file__).resolve().parents[3] / "resources"
PARIS = ZoneInfo("Europe/Paris")


def load(folder: str) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((RESOURCES / folder).glob("*.json"))]


@pytest.fixture(scope="module")
def playbooks() -> PlaybookSet:
    return PlaybookSet(Playbook.from_dict(d) for d in load("playbooks"))


@pytest.fixture(scope="module")
def templates() -> list[Template]:
    return [Template.from_dict(d) for d in load("templates")]


def pb(key: str, priority: float = 0, **triggers: object) -> Playbook:
    when = triggers.pop("when", {})
    return Playbook.from_dict({"key": key, "name": {"en": key}, "priority": priority,
                               "triggers": triggers, "when": when})


def test_each_trigger_kind_fires_with_its_reason() -> None:
    s = PlaybookSet([
        pb("topic", topics=["refund"]), pb("tone", tones=["angry"]),
        pb("kw", keywords={"fr": ["colis perdu"], "ar": ["ضاع*"], "en": ["lost parcel"]}),
        pb("pattern", patterns=[r"AL-\d+"]), pb("wait", min_wait_minutes=60),
        pb("tag", tags=["vip"]), pb("repeat", repeat_contact=True),
        pb("ooh", out_of_hours=True), pb("never", topics=["invoice"]),
    ])
    situation = Situation(
        language="fr", channel="email", text="Mon colis perdu AL-123, ضاع الطرد",
        topics={"refund": ("remboursement",)}, tones={"angry": ("inadmissible",)},
        wait_minutes=90, tags=("vip",), repeat_contact=True, out_of_hours=True,
    )
    found = {m.playbook.key: m for m in s.match(situation)}
    assert set(found) == {"topic", "tone", "kw", "pattern", "wait", "tag", "repeat", "ooh"}
    assert found["topic"].reasons[0].words == ("remboursement",)
    assert set(found["kw"].reasons[0].words) == {"colis perdu", "ضاع"}
    assert found["pattern"].reasons[0].words == ("AL-123",)


def test_when_conditions_must_all_hold_and_priority_decides() -> None:
    s = PlaybookSet([
        pb("chat-only", 50, topics=["refund"], when={"channels": ["demo_chat"]}),
        pb("refund", 40, topics=["refund"]),
        pb("fallback", 1, always=True),
    ])
    email = Situation(channel="email", topics={"refund": ("refund",)})
    assert [m.playbook.key for m in s.match(email)] == ["refund", "fallback"]
    chat = Situation(channel="demo_chat", topics={"refund": ("refund",)})
    assert s.best(chat).playbook.key == "chat-only"  # type: ignore[union-attr]
    assert s.best(Situation()).playbook.key == "fallback"  # type: ignore[union-attr]


def test_unknown_triggers_are_refused() -> None:
    with pytest.raises(RuleError, match="unknown trigger"):
        pb("x", topicz=["refund"])


def test_shipped_playbooks_are_complete_in_three_languages(
        playbooks: PlaybookSet, templates: list[Template]) -> None:
    keys = {p.key for p in playbooks.playbooks}
    assert len(keys) >= 12
    assert {"acknowledge-fast", "own-the-problem", "apologise-specifically",
            "next-step-with-time", "de-escalate", "public-complaint", "follow-up-promise",
            "out-of-hours", "refund", "damaged-item", "late-delivery", "repeat-contact"} <= keys
    template_keys = {t.key for t in templates}
    for p in playbooks.playbooks:
        for lang in ("en", "fr", "ar"):
            assert p.names.get(lang) and p.summary.get(lang), (p.key, lang)
            for part in ("steps", "checklist", "do", "dont"):
                assert p.localized(part, lang), (p.key, part, lang)
                assert len(getattr(p, part)[lang]) == len(getattr(p, part)["en"]), (p.key, part)
        assert p.templates and set(p.templates) <= template_keys, p.key


@pytest.mark.parametrize(("situation", "expected"), [
    (Situation(tones={"angry": ("غير مقبول",)}, topics={"delivery": ("تأخر",)}), "de-escalate"),
    (Situation(tones={"angry": ("x",), "public_threat": ("Instagram",)}), "public-complaint"),
    (Situation(topics={"delivery": ("late", "tracking")}), "late-delivery"),
    (Situation(topics={"refund": ("remboursement",), "delivery": ("suivi",)}), "refund"),
    (Situation(topics={"damaged": ("cassé",)}), "damaged-item"),
    (Situation(signals={"promise": ("I'll",)}, topics={"delivery": ("late",)}),
     "follow-up-promise"),
    (Situation(repeat_contact=True, topics={"stock": ("stock",)}), "repeat-contact"),
    (Situation(out_of_hours=True, topics={"gift": ("cadeau",)}), "out-of-hours"),
    (Situation(topics={"wrong_item": ("wrong size",)}), "apologise-specifically"),
    (Situation(signals={"third_party": ("courier",)}), "own-the-problem"),
    (Situation(topics={"invoice": ("facture",)}), "next-step-with-time"),
    (Situation(), "acknowledge-fast"),
])
def test_the_right_shipped_playbook_wins(playbooks: PlaybookSet, situation: Situation,
                                         expected: str) -> None:
    best = playbooks.best(situation)
    assert best is not None and best.playbook.key == expected


def test_opening_hours_from_the_shop_text_and_structured() -> None:
    hours = OpeningHours.from_shop({"hours": "Mon–Fri 09:00–18:00, Sat 10:00–13:00",
                                    "timezone": "Europe/Paris"})
    tuesday_11 = datetime(2025, 6, 3, 11, 0, tzinfo=PARIS).timestamp()
    tuesday_20 = datetime(2025, 6, 3, 20, 0, tzinfo=PARIS).timestamp()
    sunday = datetime(2025, 6, 8, 11, 0, tzinfo=PARIS).timestamp()
    saturday_12 = datetime(2025, 6, 7, 12, 30, tzinfo=PARIS).timestamp()
    assert hours.is_open(tuesday_11) and hours.is_open(saturday_12)
    assert not hours.is_open(tuesday_20) and not hours.is_open(sunday)
    assert describe(hours, "en") == "Mon–Fri 09:00–18:00, Sat 10:00–13:00"
    assert describe(hours, "fr") == "du lundi au vendredi de 9 h à 18 h, le samedi de 10 h à 13 h"
    assert describe(hours, "ar") == ("من الاثنين إلى الجمعة من 09:00 إلى 18:00، والسبت "
                                     "من 10:00 إلى 13:00")
    structured = OpeningHours.from_shop({"opening_hours": {"sun": [["10:00", "12:00"]]},
                                         "timezone": "Europe/Paris"})
    assert structured.is_open(sunday) and not structured.is_open(tuesday_11)
    assert not OpeningHours.from_shop({"hours": "whenever we can"}).known
    assert OpeningHours.from_shop({"hours": "lundi-vendredi 9h-17h", "timezone": "Nowhere/X"}).known


def ranked(templates: list[Template], playbooks: PlaybookSet, language: str,
           **kw: object) -> list[str]:
    situation = Situation(language=language, **kw)  # type: ignore[arg-type]
    best = playbooks.best(situation)
    result = rank_templates(
        templates,
        SuggestionInput(language, situation.topics, situation.tones, situation.signals,
                        situation.out_of_hours, "", situation.wait_minutes),
        playbook=best.playbook if best else None,
    )
    assert all(s.language == language for s in result[:3])
    return [s.key for s in result]


def test_ranking_puts_the_topic_template_first(templates: list[Template],
                                               playbooks: PlaybookSet) -> None:
    assert ranked(templates, playbooks, "fr", topics={"refund": ("remboursée",)})[0] == "refund"
    assert ranked(templates, playbooks, "en", topics={"delivery": ("late",)})[0] == "late"
    assert ranked(templates, playbooks, "ar", topics={"damaged": ("مكسورة",)})[0] == "damaged"
    assert ranked(templates, playbooks, "fr", out_of_hours=True)[0] == "ooh"
    angry = ranked(templates, playbooks, "ar", tones={"public_threat": ("انستغرام",)})
    assert "review" in angry[:2]
    assert ranked(templates, playbooks, "en")[0] == "ack"  # nothing detected: the fallback


def test_ranking_asks_for_the_order_number_only_when_missing(templates: list[Template]) -> None:
    def keys(order: str) -> list[str]:
        return [s.key for s in rank_templates(
            templates, SuggestionInput("en", {"delivery": ("late",)}, {}, {}, False, order))]
    assert "order-number" in keys("")
    assert "order-number" not in keys("AL-10234")


def test_a_missing_language_falls_back_but_costs_points(templates: list[Template]) -> None:
    only_fr = Template.from_dict({"key": "fr-only", "name": "FR", "triggers": {"topics": ["gift"]},
                                  "variants": {"fr": {"body": "Bonjour"}}})
    result = rank_templates([*templates, only_fr],
                            SuggestionInput("en", {"gift": ("gift",)}, {}, {}))
    by_key = {s.key: s for s in result}
    assert by_key["fr-only"].language == "fr"
    assert by_key["gift"].score > by_key["fr-only"].score
