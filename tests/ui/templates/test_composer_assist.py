"""Templates in the composer: `/` completer, fill-in fields with Tab, language switch, stacking."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Channel, Conversation, Status
from agent_assist.core.template_context import ContextFacts, build_context
from agent_assist.services.demo_shop import load_shop
from agent_assist.services.template_store import TemplateStore
from agent_assist.storage.profile import Profile
from agent_assist.ui.composer.composer import Composer
from agent_assist.ui.templates.composer_assist import ComposerAssist
from tests.ui.conftest import type_text

FRENCH = build_context(ContextFacts(
    language="fr", customer_name="Élodie Marchand", agent_name="Camille",
    shop=load_shop()["shop"], order_number="AL-10287", wait_seconds=7200, channel="email"))


def run_now(fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
    done(fn())


@pytest.fixture
def composer(qtbot: QtBot, profile: Profile) -> Iterator[tuple[Composer, ComposerAssist]]:
    widget = Composer()
    qtbot.addWidget(widget)
    widget.set_conversation(Conversation(
        id=1, channel=Channel.EMAIL, subject="Commande AL-10287", contact_id=None,
        contact_name="Élodie Marchand", status=Status.OPEN, needs_reply=True,
        waiting_since=None, last_message_at=None, language="fr"))
    widget.resize(700, 260)
    store = TemplateStore(profile)
    assist = ComposerAssist(widget.edit, store.templates, run_now)
    assist.set_context(FRENCH, "fr")
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    widget.edit.setFocus()
    yield widget, assist


def selected(edit: QPlainTextEdit) -> str:
    return edit.textCursor().selectedText()


def test_slash_and_letters_offer_templates_and_enter_inserts_the_french_one(
        qtbot: QtBot, composer: tuple[Composer, ComposerAssist]) -> None:
    widget, assist = composer
    type_text(widget.edit, "/lat")
    popup = assist.completer.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    assert popup.currentIndex().data().startswith("/late")
    with qtbot.waitSignal(assist.inserter.inserted, timeout=3000) as blocker:
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert blocker.args == ["late", "fr"]
    text = widget.edit.toPlainText()
    assert text.startswith("Bonjour Élodie,") and "/lat" not in text
    assert "AL-10287" in text and "\n\n\n" not in text
    assert selected(widget.edit) == "[[où en est le colis]]"  # ready to be typed over
    assert not popup.isVisible()


def test_tab_jumps_between_fill_ins_and_send_waits_until_all_are_filled(
        qtbot: QtBot, composer: tuple[Composer, ComposerAssist]) -> None:
    widget, assist = composer
    allowed: list[bool] = []
    assist.send_allowed.connect(allowed.append)
    assert assist.insert_template("late")
    assert not assist.can_send() and allowed[-1] is False
    assert selected(widget.edit) == "[[où en est le colis]]"
    qtbot.keyClick(widget.edit, Qt.Key.Key_Tab)
    assert selected(widget.edit) == "[[jour]]"
    qtbot.keyClick(widget.edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert selected(widget.edit) == "[[où en est le colis]]"
    type_text(widget.edit, "au centre de tri de Lyon")
    qtbot.keyClick(widget.edit, Qt.Key.Key_Tab)
    assert selected(widget.edit) == "[[jour]]"
    with qtbot.waitSignal(assist.send_allowed, timeout=3000) as blocker:
        type_text(widget.edit, "jeudi")
    assert blocker.args == [True] and assist.can_send()
    assert "au centre de tri de Lyon" in widget.edit.toPlainText()
    # Without fields, Tab goes back to moving the focus.
    qtbot.keyClick(widget.edit, Qt.Key.Key_Tab)
    assert not widget.edit.hasFocus()


def test_fill_ins_are_highlighted(composer: tuple[Composer, ComposerAssist]) -> None:
    widget, assist = composer
    assist.insert_template("late")
    selections = widget.edit.extraSelections()
    text = widget.edit.toPlainText()
    marked = sorted(text[s.cursor.selectionStart():s.cursor.selectionEnd()] for s in selections)
    assert marked == ["[[jour]]", "[[où en est le colis]]"]
    assert all(s.format.background().color().name() == "#ffe9a8" for s in selections)


def test_one_click_language_switch_writes_arabic_right_to_left(
        qtbot: QtBot, composer: tuple[Composer, ComposerAssist]) -> None:
    widget, assist = composer
    assist.insert_template("damaged")
    switch = assist.language_switch
    assert switch.isVisibleTo(widget) or not switch.parent()  # placed by the composer later
    assert switch.buttons["fr"].isChecked()
    with qtbot.waitSignal(assist.inserter.inserted, timeout=3000) as blocker:
        qtbot.mouseClick(switch.buttons["ar"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["damaged", "ar"]
    text = widget.edit.toPlainText()
    assert text.startswith("مرحبًا Élodie،") and "Bonjour" not in text
    assert widget.edit.document().defaultTextOption().textDirection() == (
        Qt.LayoutDirection.RightToLeft)
    assert switch.buttons["ar"].isChecked()
    widget.edit.undo()  # the switch is one undoable edit
    assert widget.edit.toPlainText().startswith("Bonjour")


def test_two_templates_stack_into_one_reply(composer: tuple[Composer, ComposerAssist]) -> None:
    widget, assist = composer
    assist.insert_template("wait")
    assist.insert_template("late")
    text = widget.edit.toPlainText()
    assert text.count("Bonjour Élodie,") == 1 and text.count("Bien cordialement,") == 1
    assert text.index("vous attendez une réponse depuis 2 heures") < text.index("regrette")
    assert assist.inserter.keys == ["wait", "late"]


def test_double_colon_and_arabic_letters_find_a_template(
        qtbot: QtBot, composer: tuple[Composer, ComposerAssist]) -> None:
    widget, assist = composer
    type_text(widget.edit, "Merci ::استرد")
    popup = assist.completer.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    assert popup.currentIndex().data(Qt.ItemDataRole.UserRole + 1) in ("refund", "refund-sent")
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=3000)
    assert widget.edit.toPlainText() == "Merci ::استرد"


def test_a_slash_inside_a_word_is_just_text(
        qtbot: QtBot, composer: tuple[Composer, ComposerAssist]) -> None:
    widget, assist = composer
    type_text(widget.edit, "and/or 1/2")
    assert not assist.completer.popup_visible()
    assert widget.edit.toPlainText() == "and/or 1/2"


def test_a_past_reply_is_inserted_as_plain_text(composer: tuple[Composer, ComposerAssist]) -> None:
    widget, assist = composer
    assist.insert_text("Of course! Gift wrapping is free.")
    assert widget.edit.toPlainText() == "Of course! Gift wrapping is free."
    assert assist.can_send() and assist.inserter.keys == []
