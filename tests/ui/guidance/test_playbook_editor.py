"""Playbooks and rules are editable in the app, validated, and restorable."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot

from agent_assist.core.detect import Rule
from agent_assist.services.playbook_store import PlaybookStore
from agent_assist.services.template_library import library
from agent_assist.storage.profile import Profile
from agent_assist.ui.guidance.playbook_editor import PlaybookEditorDialog


def run_now(fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
    done(fn())


def test_edit_a_playbook_then_restore_it(qtbot: QtBot, profile: Profile) -> None:
    store = PlaybookStore(profile)
    dialog = PlaybookEditorDialog(store, run_now)
    qtbot.addWidget(dialog)
    dialog.select("playbook", "refund")
    data = json.loads(dialog.editor.toPlainText())
    assert data["key"] == "refund" and data["steps"]["ar"]
    data["steps"]["en"] = ["Check the order.", "Refund today."]
    dialog.editor.setPlainText(json.dumps(data))
    with qtbot.waitSignal(dialog.guidance_changed, timeout=3000):
        dialog.save()
    assert dialog.message.text() == "Saved."
    edited = next(p for p in library(profile.pool.get()).playbooks.playbooks if p.key == "refund")
    assert edited.steps["en"] == ("Check the order.", "Refund today.")
    dialog.select("playbook", "refund")
    dialog.restore()
    restored = next(p for p in store.playbooks() if p.key == "refund")
    assert len(restored.steps["en"]) == 4


def test_mistakes_are_refused_with_one_sentence(qtbot: QtBot, profile: Profile) -> None:
    dialog = PlaybookEditorDialog(PlaybookStore(profile), run_now)
    qtbot.addWidget(dialog)
    dialog.select("playbook", "late-delivery")
    dialog.editor.setPlainText('{"key": "late-delivery", "name": {"en": "x"},')
    dialog.save()
    assert "not valid JSON (line 1" in dialog.message.text()
    dialog.editor.setPlainText(json.dumps({"key": "late-delivery", "name": {"en": "x"},
                                           "templates": ["nope"]}))
    dialog.save()
    assert "does not exist: 'nope'" in dialog.message.text()
    dialog.editor.setPlainText(json.dumps({"key": "other", "name": {"en": "x"}}))
    dialog.save()
    assert "key cannot change" in dialog.message.text()


def test_a_rule_edit_changes_detection(qtbot: QtBot, profile: Profile) -> None:
    store = PlaybookStore(profile)
    dialog = PlaybookEditorDialog(store, run_now)
    qtbot.addWidget(dialog)
    dialog.select("topic", "gift")
    data = json.loads(dialog.editor.toPlainText())
    data["keywords"]["fr"].append("surprise")
    dialog.editor.setPlainText(json.dumps(data, ensure_ascii=False))
    dialog.save()
    rules = library(profile.pool.get()).rules
    assert rules.detect("Une surprise pour maman").topic_keys == ("gift",)
    assert isinstance(rules.rule("gift"), Rule)
    dialog.editor.setPlainText(json.dumps({**data, "patterns": ["(broken"]}))
    dialog.save()
    assert "pattern" in dialog.message.text() and "invalid" in dialog.message.text()
