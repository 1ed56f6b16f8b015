"""The search query language: what each piece of text means, and what is refused (and why)."""

from __future__ import annotations

from datetime import date

import pytest

from agent_assist.core.search_query import (
    Filter,
    QueryError,
    SearchQuery,
    Term,
    format_filter,
    parse,
    parse_day,
    replace_filter,
)

TODAY = date(2026, 3, 15)


def words(query: SearchQuery) -> list[list[str]]:
    return [[t.text for t in group] for group in query.groups]


@pytest.mark.parametrize(("text", "groups", "excluded"), [
    ("refund", [["refund"]], []),
    ("late parcel", [["late"], ["parcel"]], []),
    ('"late parcel" refund', [["late parcel"], ["refund"]], []),
    ("refund OR remboursement", [["refund", "remboursement"]], []),
    ("refund OR remboursement OR استرداد colis", [["refund", "remboursement", "استرداد"],
                                                 ["colis"]], []),
    ("refund -spam", [["refund"]], ["spam"]),
    ('colis -"pas reçu"', [["colis"]], ["pas reçu"]),
    ("OR refund OR", [["refund"]], []),  # a dangling OR is no operator
    ("or refund", [["or"], ["refund"]], []),  # lower case: a word
    ("Re: commande", [["Re:"], ["commande"]], []),  # pasted from a subject: text
    ("https://shop.example/order/12", [["https://shop.example/order/12"]], []),
    ("10:30 rendez-vous", [["10:30"], ["rendez-vous"]], []),
    ("... !!! -", [], []),  # punctuation alone finds nothing
    ("commande n°١٢٣", [["commande"], ["n°١٢٣"]], []),
    ("مَرْحَبًا بِكُم", [["مَرْحَبًا"], ["بِكُم"]], []),
    ('"تأخر الطلب" -إلغاء', [["تأخر الطلب"]], ["إلغاء"]),
    ("l'été élégant", [["l'été"], ["élégant"]], []),
])
def test_words_phrases_or_and_exclusions(text: str, groups: list[list[str]],
                                         excluded: list[str]) -> None:
    query = parse(text, TODAY)
    assert words(query) == groups
    assert [t.text for t in query.excluded] == excluded
    assert query.filters == ()


def test_phrases_and_prefixes_are_marked_as_such() -> None:
    query = parse('livr* "late parc"* -remb*', TODAY)
    assert query.groups == ((Term("livr", prefix=True),),
                            (Term("late parc", phrase=True, prefix=True),))
    assert query.excluded == (Term("remb", prefix=True),)


@pytest.mark.parametrize(("text", "expected"), [
    ("channel:email", Filter("channel", ("email",))),
    ("Channel:EMAIL", Filter("channel", ("email",))),
    ("channel:email,telegram", Filter("channel", ("email", "telegram"))),
    ("channel:chat", Filter("channel", ("demo_chat",))),
    ("-channel:matrix", Filter("channel", ("matrix",), negated=True)),
    ("status:waiting", Filter("status", ("waiting",))),
    ("agent:Yasmine", Filter("agent", ("Yasmine",))),
    ('assignee:"Léa Roux"', Filter("assignee", ("Léa Roux",))),
    ("assignee:none", Filter("assignee", ("none",))),
    ("contact:lea@example.com", Filter("contact", ("lea@example.com",))),
    ("contact:أمل", Filter("contact", ("أمل",))),
    ("has:attachment", Filter("has", ("attachment",))),
    ("has:attachments", Filter("has", ("attachment",))),
    ("-has:attachment", Filter("has", ("attachment",), negated=True)),
    ('tag:"late parcel"', Filter("tag", ("late parcel",))),
    ("tag:vip,gros-client", Filter("tag", ("vip", "gros-client"))),
    ("tag:عاجل", Filter("tag", ("عاجل",))),
    ("in:notes", Filter("in", ("notes",))),
    ("is:note", Filter("in", ("notes",))),
    ("after:2026-01-31", Filter("after", ("2026-01-31",))),
    ("from:2026/1/5", Filter("after", ("2026-01-05",))),
    ("before:2026-02", Filter("before", ("2026-02-01",))),
    ("after:today", Filter("after", ("2026-03-15",))),
    ("after:yesterday", Filter("after", ("2026-03-14",))),
    ("after:7d", Filter("after", ("2026-03-08",))),
    ("after:2w", Filter("after", ("2026-03-01",))),
    ("before:1m", Filter("before", ("2026-02-15",))),
    ("before:1y", Filter("before", ("2025-03-15",))),
])
def test_each_filter_and_its_normalized_values(text: str, expected: Filter) -> None:
    query = parse(f"colis {text}", TODAY)
    assert query.filters == (expected,)
    assert words(query) == [["colis"]]


def test_repeated_filters_accept_any_of_their_values_and_dates_narrow() -> None:
    query = parse("channel:email channel:telegram after:2026-01-01 after:2026-02-01 "
                  "before:2026-03-01 before:2026-02-20", TODAY)
    assert query.values("channel") == ["email", "telegram"]
    assert query.after == date(2026, 2, 1)  # the latest "after" is the one that counts
    assert query.before == date(2026, 2, 20)


def test_filters_alone_and_exclusions_alone_are_queries() -> None:
    assert parse("has:attachment channel:email", TODAY).has_words is False
    assert not parse("has:attachment channel:email", TODAY).is_empty
    only_not = parse("-spam", TODAY)
    assert not only_not.has_words and not only_not.is_empty
    assert parse("   ", TODAY).is_empty


@pytest.mark.parametrize(("text", "code", "mentions"), [
    ("refund colour:red", "unknown_filter", "colour:"),
    ("prix:12", "unknown_filter", "prix:"),
    ("channel:", "empty_filter", "channel:email"),
    ("tag:,", "empty_filter", "tag:vip"),
    ("channel:fax", "bad_value", "email, telegram, matrix, demo_chat"),
    ("status:done", "bad_value", "open, waiting, snoozed, closed"),
    ("has:photo", "bad_value", "attachment"),
    ("in:subject", "bad_value", "notes"),
    ("after:2026-02-30", "bad_date", "2026-02-30"),
    ("before:soon", "bad_date", "soon"),
    ("after:demain", "bad_date", "demain"),
    ("from:lea@example.com", "from_person", "contact:lea@example.com"),
    ("-after:7d", "negated_date", "before:"),
    ("after:2026-03-01 before:2026-03-01", "date_order", "2026-03-01"),
])
def test_what_cannot_be_honoured_is_one_clear_sentence(text: str, code: str,
                                                       mentions: str) -> None:
    with pytest.raises(QueryError) as raised:
        parse(f"commande {text}", TODAY)
    message = str(raised.value)
    assert raised.value.code == code
    assert mentions in message
    assert message.endswith(".") and message.count(". ") == 0  # one sentence
    assert all(f"{{{key}}}" not in message for key in raised.value.params)


def test_an_unknown_filter_names_the_ones_that_exist_and_the_way_out() -> None:
    with pytest.raises(QueryError) as raised:
        parse("refund colour:red", TODAY)
    assert raised.value.params == {"name": "colour"}
    assert "channel:" in str(raised.value) and "quotes" in str(raised.value)
    # …and in quotes it is text.
    assert words(parse('refund "colour:red"', TODAY)) == [["refund"], ["colour:red"]]


@pytest.mark.parametrize(("value", "expected"), [
    ("2026-01-31", date(2026, 1, 31)), ("2026/12/1", date(2026, 12, 1)),
    ("2026-02", date(2026, 2, 1)), ("TODAY", TODAY), ("3d", date(2026, 3, 12)),
    ("1m", date(2026, 2, 15)), ("13m", date(2025, 2, 15)),
    ("2026-13-01", None), ("2026-02-29", None), ("tomorrow", None), ("", None),
])
def test_days(value: str, expected: date | None) -> None:
    assert parse_day(value, TODAY) == expected


def test_a_month_back_from_the_31st_lands_on_the_last_day_of_a_shorter_month() -> None:
    assert parse_day("1m", date(2026, 3, 31)) == date(2026, 2, 28)


@pytest.mark.parametrize(("text", "key", "values", "expected"), [
    ("refund", "channel", ["email"], "refund channel:email"),
    ("refund channel:telegram status:open", "channel", ["email"],
     "refund status:open channel:email"),
    ("refund channel:email", "channel", [], "refund"),
    ("refund -channel:email", "channel", ["telegram"], "refund -channel:email channel:telegram"),
    ("colis from:2026-01-01", "after", ["2026-02-01"], "colis after:2026-02-01"),
    ('"late parcel" tag:x', "tag", ["colis perdu"], '"late parcel" tag:"colis perdu"'),
    ("", "has", ["attachment"], "has:attachment"),
    ("مرحبا contact:أمل", "contact", ["سارة"], "مرحبا contact:سارة"),
])
def test_replace_filter_rewrites_only_that_filter(text: str, key: str, values: list[str],
                                                 expected: str) -> None:
    rewritten = replace_filter(text, key, values)
    assert rewritten == expected
    if rewritten:
        parse(rewritten, TODAY)  # what the filter row writes always parses back


def test_format_filter_quotes_what_would_otherwise_split() -> None:
    assert format_filter("tag", ["vip"]) == "tag:vip"
    assert format_filter("tag", ["a,b"]) == 'tag:"a,b"'
    assert format_filter("contact", ['Léa "the" Roux']) == 'contact:"Léa the Roux"'
    assert format_filter("channel", ["email", "telegram"]) == "channel:email,telegram"
    assert parse(format_filter("tag", ["a,b"]), TODAY).values("tag") == ["a,b"]
