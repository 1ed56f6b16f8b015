"""The Today page's warnings speak the interface's language, numbers and names kept."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from agent_assist.services.health import HealthWarning
from agent_assist.ui.today.warning_text import warning_text
from tests.ui.i18n.conftest import I18N
from tests.ui.i18n.visible import english_patterns, untranslated

Switch = Callable[[str | None], str]

WARNINGS = [
    HealthWarning("missed_messages", "shop", "", "backfill", 3, "INBOX"),
    HealthWarning("sync_error", "shop", "", "open_accounts", detail="LOGIN failed"),
    HealthWarning("sync_stale", "shop", "", "sync_now"),
    HealthWarning("sync_stale", "shop", "", "sync_now", 3 * 3600),
    HealthWarning("outbox_failed", "", "", "open_outbox", 2),
    HealthWarning("outbox_uncertain", "", "", "open_outbox", 1),
    HealthWarning("quarantined", "", "", "open_quarantine", 4),
    HealthWarning("settings", "", "", "open_settings", detail="Opening hours overlap"),
    HealthWarning("backup_failed", "", "", "open_backups", detail="Disk full"),
]


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_kind_of_warning_is_translated(lang: str, switch: Switch) -> None:
    switch(lang)
    patterns = english_patterns(I18N / f"agent-assist_{lang}.ts")
    for warning in WARNINGS:
        text = warning_text(warning.as_json())
        assert text, warning.kind
        assert not untranslated([text], patterns), f"{warning.kind}: {text!r}"
        for kept in (warning.account, warning.detail):
            assert kept in text, f"{warning.kind}: {kept!r} lost in {text!r}"
        # Arabic says "two messages" in one word (the dual), so the number is checked in French.
        if warning.count and warning.kind != "sync_stale" and lang == "fr":
            assert str(warning.count) in text, text


def test_english_words_them_too_and_unknown_kinds_keep_their_message(switch: Switch) -> None:
    switch("en")
    assert warning_text(WARNINGS[4].as_json()) == "2 messages could not be sent."
    assert warning_text(WARNINGS[2].as_json()) == "shop has never synced."
    assert warning_text({"kind": "new_in_a_later_version", "message": "As it came."}) == \
        "As it came."
