"""Subject normalisation used by the email threading fallback."""

from __future__ import annotations

from agent_assist.core.threading import looks_like_reply, normalize_subject, snippet


def test_prefixes_in_several_languages_are_stripped() -> None:
    assert normalize_subject("RE: Fwd: TR: Commande  AL-1") == "commande al-1"
    assert normalize_subject("رد: طلبي") == "طلبي"
    assert normalize_subject("Re[2]: Late") == "late"


def test_reply_detection() -> None:
    assert looks_like_reply("Re: hello")
    assert not looks_like_reply("Regarding my order")


def test_snippet_skips_quotes_and_truncates() -> None:
    text = "Hello\n> old quoted text\n" + "word " * 100
    result = snippet(text, 40)
    assert "quoted" not in result and len(result) <= 40 and result.endswith("…")
