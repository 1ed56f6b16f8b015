"""The template editor: live preview, clear errors, save, attachments, import and export."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agent_assist.core.template_context import ContextFacts, build_context
from agent_assist.services.template_store import TemplateStore
from agent_assist.storage.profile import Profile
from agent_assist.ui.templates.editor_dialog import TemplateEditorDialog


def run_now(fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
    done(fn())


def conversation_context(language: str) -> dict[str, Any]:
    return build_context(ContextFacts(language=language, customer_name="Nour Khoury",
                                      order_number="AL-10263", channel="email"))


@pytest.fixture
def dialog(qtbot: QtBot, profile: Profile) -> Iterator[TemplateEditorDialog]:
    d = TemplateEditorDialog(TemplateStore(profile), run_now,
                             preview_context=conversation_context)
    qtbot.addWidget(d)
    d.show()
    yield d


def select(dialog: TemplateEditorDialog, key: str) -> None:
    for row in range(dialog.list.count()):
        if dialog.list.item(row).data(Qt.ItemDataRole.UserRole) == key:
            dialog.list.setCurrentRow(row)
            return
    raise AssertionError(f"{key} not listed")


def test_the_preview_renders_against_the_open_conversation(
        qtbot: QtBot, dialog: TemplateEditorDialog) -> None:
    assert dialog.list.count() >= 20
    select(dialog, "late")
    tab = dialog.language_tabs["fr"]
    assert tab.preview.toPlainText().startswith("Votre commande AL-10263\n\nBonjour Nour,")
    assert tab.problem.text() == "To fill in when replying: où en est le colis, jour"
    tab.body.setPlainText("Bonjour {{ customer.first_name }}, merci !")
    qtbot.waitUntil(lambda: "Bonjour Nour, merci !" in tab.preview.toPlainText(), timeout=3000)


def test_template_errors_show_as_one_sentence_in_the_preview(
        qtbot: QtBot, dialog: TemplateEditorDialog) -> None:
    select(dialog, "ack")
    tab = dialog.language_tabs["fr"]
    tab.body.setPlainText("Bonjour {% if %}")
    qtbot.waitUntil(lambda: "Line 1 of the template has an error" in tab.problem.text(),
                    timeout=3000)
    tab.body.setPlainText("{{ ''.__class__.__mro__ }}")
    qtbot.waitUntil(lambda: "not allowed" in tab.problem.text(), timeout=3000)
    tab.body.setPlainText("{{ customer.nickname }}")
    qtbot.waitUntil(lambda: "customer.nickname" in tab.problem.text(), timeout=3000)


def test_a_new_template_with_an_attachment_is_saved(
        qtbot: QtBot, dialog: TemplateEditorDialog, profile: Profile, tmp_path: Path) -> None:
    dialog.new_template()
    dialog.key.setText("care-guide")
    dialog.shortcut.setText("care")
    dialog.names["en"].setText("Care guide")
    dialog.names["fr"].setText("Guide d'entretien")
    dialog.language_tabs["en"].body.setPlainText("Hello {{ customer.first_name }}, attached.")
    dialog.language_tabs["fr"].body.setPlainText("Bonjour {{ customer.first_name }}, ci-joint.")
    guide = tmp_path / "care.pdf"
    guide.write_bytes(b"%PDF-1.4 care")
    dialog.attach(guide)
    with qtbot.waitSignal(dialog.templates_changed, timeout=3000):
        dialog.save()
    saved = TemplateStore(profile).template("care-guide")
    assert saved is not None and saved.shortcut == "care"
    assert saved.attachments[0].filename == "care.pdf"
    assert saved.attachments[0].content_type == "application/pdf"
    assert dialog.current_key == "care-guide" and dialog.message.text() == "Saved."


def test_invalid_forms_are_refused_with_the_reason(dialog: TemplateEditorDialog,
                                                   profile: Profile) -> None:
    dialog.new_template()
    dialog.key.setText("Bad Key")
    dialog.names["en"].setText("X")
    dialog.language_tabs["en"].body.setPlainText("Hi")
    dialog.save()
    assert "must be 1–64 lower-case letters" in dialog.message.text()
    dialog.key.setText("dup")
    dialog.shortcut.setText("late")  # already the late-delivery template's shortcut
    dialog.save()
    assert "/late is already used" in dialog.message.text()
    assert TemplateStore(profile).template("dup") is None


def test_export_then_import_and_a_bad_file(qtbot: QtBot, dialog: TemplateEditorDialog,
                                           profile: Profile, tmp_path: Path) -> None:
    out = tmp_path / "templates.json"
    dialog.export_file(out)
    assert "Exported" in dialog.message.text()
    document = json.loads(out.read_text(encoding="utf-8"))
    document["templates"] = [t for t in document["templates"] if t["key"] == "ack"]
    document["templates"][0]["name"]["en"] = "Quick acknowledgement"
    out.write_text(json.dumps(document), encoding="utf-8")
    with qtbot.waitSignal(dialog.templates_changed, timeout=3000):
        dialog.import_file(out)
    assert dialog.message.text() == "Imported: 0 added, 1 replaced."
    assert TemplateStore(profile).template("ack").name("en") == "Quick acknowledgement"  # type: ignore[union-attr]
    bad = tmp_path / "bad.json"
    bad.write_text("{oops", encoding="utf-8")
    dialog.import_file(bad)
    assert "not valid JSON" in dialog.message.text()


def test_deleting_a_template(qtbot: QtBot, dialog: TemplateEditorDialog, profile: Profile) -> None:
    select(dialog, "gift")
    with qtbot.waitSignal(dialog.templates_changed, timeout=3000):
        dialog.delete_current()
    assert TemplateStore(profile).template("gift") is None
    keys = {dialog.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(dialog.list.count())}
    assert "gift" not in keys
