"""@mentions in notes, for names in any script, without catching e-mail addresses."""

from __future__ import annotations

from agent_assist.core.mentions import (
    find_mentions,
    mentioned_names,
    normalize_name,
    parse_mentions,
    partial_mention,
)

TEAM = ["Camille", "Yasmine", "ياسمين", "Anne Marie", "Anne", "यास्मीन", "Jean-Luc", "Ólafur"]


def test_latin_names_case_insensitive() -> None:
    assert mentioned_names("@camille can you check? thanks @YASMINE", TEAM) == ["Camille", "Yasmine"]


def test_arabic_and_devanagari_names() -> None:
    # Devanagari vowel signs are combining marks: the whole name must still match.
    assert mentioned_names("شكرا @ياسمين، هل يمكنك الرد؟", TEAM) == ["ياسمين"]
    assert mentioned_names("कृपया @यास्मीन देखें", TEAM) == ["यास्मीन"]


def test_longest_name_wins_and_names_with_spaces() -> None:
    assert mentioned_names("@Anne Marie will call", TEAM) == ["Anne Marie"]
    assert mentioned_names("@Anne will call", TEAM) == ["Anne"]


def test_a_name_must_end_where_the_mention_ends() -> None:
    assert mentioned_names("@Camillette is not on the team", TEAM) == []
    assert mentioned_names("@Jean-Luc, and @Jean-Lucas", TEAM) == ["Jean-Luc"]


def test_email_addresses_are_not_mentions() -> None:
    assert mentioned_names("write to camille@shop.example or yasmine@x.fr", TEAM) == []
    assert parse_mentions("mail ana@example.com now") == []


def test_spans_and_duplicates() -> None:
    text = "@Yasmine: see @Camille's note, and @yasmine again."
    spans = find_mentions(text, TEAM)
    assert [(m.name, text[m.start : m.end]) for m in spans] == [
        ("Yasmine", "@Yasmine"), ("Camille", "@Camille"), ("Yasmine", "@yasmine")]
    assert mentioned_names(text, TEAM) == ["Yasmine", "Camille"]


def test_decomposed_input_matches_composed_names() -> None:
    decomposed = "@O\u0301lafur please"  # O + combining acute
    assert mentioned_names(decomposed, TEAM) == ["Ólafur"]
    assert normalize_name("  Ó\u0301lafur ") != normalize_name("Ólafur")  # different letters
    assert normalize_name("  ANNE   marie ") == normalize_name("Anne Marie")


def test_parse_without_a_team_takes_single_words() -> None:
    found = parse_mentions("ping @ياسمين and @Jean-Luc. Also @ alone and @x")
    assert [m.name for m in found] == ["ياسمين", "Jean-Luc", "x"]


def test_partial_mention_for_completion() -> None:
    text = "hello @Yas"
    assert partial_mention(text, len(text)) == "Yas"
    assert partial_mention("hello @", 7) == ""
    assert partial_mention("mail ana@exa", 12) is None
    assert partial_mention("no mention here", 5) is None
