"""The main window on the demo shop in French and Arabic: nothing left in English, mirrored,
keyboard-complete, with accessible buttons and a visible focus."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMainWindow, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from agent_assist.services.workspace import Workspace
from agent_assist.ui import app_style
from agent_assist.ui.i18n import ENDONYMS, FSI, format_when
from agent_assist.ui.main_window import MainWindow
from agent_assist.ui.shortcuts import install_keyboard
from tests.ui.conftest import show_active
from tests.ui.i18n.conftest import I18N
from tests.ui.i18n.visible import english_patterns, untranslated, visible_texts

Build = Callable[[], MainWindow]
Switch = Callable[[str | None], str]


def open_first(window: MainWindow) -> int:
    cid = window.inbox.model.id_at(0)
    assert cid is not None
    window.inbox.select_id(cid)
    return cid


def left_of(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, QPoint(0, 0)).x()


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_no_english_text_is_left_on_screen(lang: str, switch: Switch, demo_window: Build,
                                           qtbot: QtBot) -> None:
    switch(lang)
    window = demo_window()
    install_keyboard(window)
    open_first(window)
    show_active(window, qtbot)
    # Customer data (names, subjects, message bodies) may be in any language.
    data = (window.conversation.thread_view.body, window.conversation.header.subject,
            window.conversation.header.contact)
    texts = visible_texts(window, skip=data)
    texts += visible_texts(window.conversation.thread_view.body)  # its meta lines, checked
    found = untranslated([t for t in texts if t], english_patterns(I18N / f"agent-assist_{lang}.ts"))
    assert not found, "shown untranslated:\n" + "\n".join(found)
    assert len(texts) > 60  # the walk really saw the window


def test_the_check_notices_english_text(switch: Switch, demo_window: Build,
                                       qtbot: QtBot) -> None:
    switch("fr")
    window = demo_window()
    show_active(window, qtbot)
    window.search_box.setPlaceholderText("Search all messages  ( / )")  # as if tr() were missing
    window.composer.hint.setText("Reply to Ana by Email")
    texts = visible_texts(window)
    found = untranslated(texts, english_patterns(I18N / "agent-assist_fr.ts"))
    assert any("Search all messages" in f for f in found)
    assert any("Reply to Ana by Email" in f for f in found)


def test_arabic_mirrors_the_window_and_keeps_latin_text_readable(
    switch: Switch, demo_window: Build, qtbot: QtBot
) -> None:
    switch("ar")
    window = demo_window()
    cid = open_first(window)
    show_active(window, qtbot)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Reading order right to left: navigation, then the list, then the conversation.
    nav, inbox = left_of(window.nav, window), left_of(window.inbox, window)
    conversation = left_of(window.conversation, window)
    assert nav > inbox > conversation
    assert nav > window.width() // 2
    # The search box sits on the leading (right) side of the toolbar.
    assert left_of(window.search_box, window) > window.width() // 2
    conv = window.workspace.conversation(cid)
    assert conv is not None
    hint = window.composer.hint.text()
    name = conv.contact_name
    if name and not any("\u0600" <= ch <= "\u06ff" for ch in name):
        assert f"{FSI}{name}" in hint  # a Latin name inside an Arabic sentence is isolated
    assert hint.startswith("الرد على")
    message = window.workspace.messages(cid)[-1]
    labels = [w.text() for w in window.conversation.thread_view.body.findChildren(QWidget)
              if hasattr(w, "text") and isinstance(w.text(), str)]
    assert any(format_when(message.sent_at) in text for text in labels)


def test_the_cheat_sheet_opens_on_question_mark_and_lists_every_shortcut(
    switch: Switch, demo_window: Build, qtbot: QtBot
) -> None:
    switch("fr")
    window = demo_window()
    keyboard = install_keyboard(window)
    assert install_keyboard(window) is keyboard  # installing twice would make keys ambiguous
    show_active(window, qtbot)
    window.inbox.focus_list()
    QTest.keyClick(window.inbox.view, "?")
    dialog = keyboard.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Raccourcis clavier"
    rows = dict(dialog.rows())
    assert rows["E"] == "Clôturer" and rows["J / Bas"] == "Conversation suivante"
    shortcuts = {a.shortcut().toString() for a in window.findChildren(type(window.status_actions.close))
                 if not a.shortcut().isEmpty()}
    listed = " ".join(rows)
    missing = [s for s in shortcuts if s and s.replace("Shift", "Maj") not in listed]
    assert not missing, missing
    dialog.close()
    # A US keyboard sends "?" with Shift held: that opens it too.
    QTest.keyClick(window.inbox.view, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    assert keyboard.dialog is not None and keyboard.dialog is not dialog
    assert keyboard.dialog.isVisible()
    keyboard.dialog.close()


def test_every_action_is_reachable_from_the_keyboard(switch: Switch, demo_window: Build) -> None:
    switch("ar")
    window = demo_window()
    install_keyboard(window)
    in_menus = set()
    for top in window.menuBar().actions():
        assert "&" in top.text(), f"menu {top.text()!r} has no Alt mnemonic"
        menu = top.menu()
        if menu is not None:
            in_menus |= {id(a) for a in menu.actions()}
    assert len(in_menus) >= 6  # File, Conversation… really hold the actions
    toggles = {id(bar.toggleViewAction()) for bar in window.findChildren(QToolBar)}
    for action in window.findChildren(type(window.status_actions.close)):
        if (action.isSeparator() or not action.text() or action.menu() is not None
                or id(action) in toggles or not action.associatedObjects()):
            continue  # separators, submenus, toolbar toggles, actions not placed anywhere
        if id(action) not in in_menus and action.isVisible():
            assert not action.shortcut().isEmpty(), f"{action.text()!r}: no shortcut, no menu"


def test_keys_reply_note_views_and_panes(switch: Switch, demo_window: Build,
                                         qtbot: QtBot, qapp: QApplication) -> None:
    switch("en")
    window = demo_window()
    keyboard = install_keyboard(window)
    open_first(window)
    show_active(window, qtbot)
    window.inbox.focus_list()
    QTest.keyClick(window.inbox.view, Qt.Key.Key_N)
    assert window.composer.is_note() and window.composer.edit.hasFocus()
    window.inbox.focus_list()
    QTest.keyClick(window.inbox.view, Qt.Key.Key_R)
    assert not window.composer.is_note() and window.composer.edit.hasFocus()
    QTest.keyClick(window.composer.edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.current_key() == "waiting" and window.inbox.view.hasFocus()
    visited = []
    for _ in keyboard.panes():
        QTest.keyClick(qapp.focusWidget() or window, Qt.Key.Key_F6)
        visited.append(qapp.focusWidget())
    assert visited[0] is window.conversation.thread_view  # after the list comes the thread
    assert window.composer.edit in visited and window.nav in visited
    QTest.keyClick(qapp.focusWidget() or window, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert qapp.focusWidget() is visited[-2]


def test_buttons_have_names_and_focus_is_visible(switch: Switch, demo_window: Build,
                                                 qtbot: QtBot, qapp: QApplication) -> None:
    switch("fr")
    app_style.apply_style(qapp)  # what ensure_app() does for the real app
    window = demo_window()
    open_first(window)
    show_active(window, qtbot)
    nameless = [b.objectName() or type(b).__name__ for b in window.findChildren(QAbstractButton)
                if b.isVisibleTo(window) and not b.text().strip() and not b.accessibleName()]
    assert not nameless, f"icon-only buttons without an accessible name: {nameless}"
    view = window.inbox.view
    window.composer.edit.setFocus()
    before = view.grab().toImage()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    after = view.grab().toImage()
    ring = QColor(app_style.ACCENT)
    middle = view.height() // 2
    assert after.pixelColor(0, middle) == ring  # a 2 px accent ring while focused
    assert before.pixelColor(0, middle) != ring


def test_the_language_dialog_saves_the_choice_for_the_next_start(
    switch: Switch, qtbot: QtBot, private_settings: object
) -> None:
    from agent_assist.ui import i18n
    from agent_assist.ui.settings.language import LanguageDialog

    switch("fr")
    dialog = LanguageDialog(stored=None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Langue"
    assert dialog.buttons["ar"].text() == "العربية"  # each language in its own words
    assert dialog.note.text() == "C'est la langue utilisée actuellement." or dialog.effective() != "fr"
    dialog.buttons["ar"].setChecked(True)
    assert "prochain démarrage" in dialog.note.text()  # said honestly: applies after restart
    assert dialog.chosen() == "ar"
    dialog.buttons["system"].setChecked(True)
    assert dialog.chosen() is None
    i18n.store_language("ar")
    assert LanguageDialog(stored=i18n.stored_language()).chosen() == "ar"
    assert isinstance(QMainWindow, type)


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_dialogs_speak_the_language_too(lang: str, switch: Switch, demo: Workspace,
                                         qtbot: QtBot) -> None:
    from agent_assist.ui.about import AboutDialog
    from agent_assist.ui.conversation.snooze_dialog import SnoozeDialog
    from agent_assist.ui.settings.language import LanguageDialog
    from agent_assist.ui.settings.sla import SlaSettingsDialog
    from agent_assist.ui.shortcuts import ShortcutsDialog, fixed_shortcuts

    switch(lang)
    dialogs = [AboutDialog(demo.profile.root), SnoozeDialog(datetime(2024, 3, 5, 10, 0)),
               SlaSettingsDialog.for_workspace(demo), LanguageDialog(),
               ShortcutsDialog(fixed_shortcuts())]
    patterns = english_patterns(I18N / f"agent-assist_{lang}.ts")
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        # Language names in their own words (a language menu must be readable by anyone).
        texts = [t for t in visible_texts(dialog) if t not in ENDONYMS.values()]
        assert len(texts) > 3, type(dialog).__name__
        found = untranslated(texts, patterns)
        assert not found, f"{type(dialog).__name__} shows untranslated:\n" + "\n".join(found)
        dialog.close()
