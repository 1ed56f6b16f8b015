"""The snooze dialog's presets and the guidance panel's customer card."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from agent_assist.services.workspace import Workspace
from agent_assist.ui.conversation.snooze_dialog import SnoozeDialog, snooze_presets
from agent_assist.ui.guidance.panel import GuidancePanel
from tests.ui.conftest import add_message


def test_presets_are_later_today_tomorrow_morning_and_next_monday() -> None:
    wednesday_morning = datetime(2026, 11, 18, 10, 20)
    assert [(label, moment) for label, moment in snooze_presets(wednesday_morning)] == [
        ("Later today", datetime(2026, 11, 18, 13, 0)),
        ("Tomorrow morning", datetime(2026, 11, 19, 9, 0)),
        ("Next week", datetime(2026, 11, 23, 9, 0)),
    ]
    late = snooze_presets(datetime(2026, 11, 23, 20, 0))  # a Monday evening
    assert [label for label, _ in late] == ["Tomorrow morning", "Next week"]
    assert late[1][1] == datetime(2026, 11, 30, 9, 0)  # a full week, not today


def test_dialog_preset_click_and_custom_moment(qtbot: QtBot) -> None:
    now = datetime(2026, 11, 18, 10, 20)
    dialog = SnoozeDialog(now)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(dialog.preset_buttons[1], Qt.MouseButton.LeftButton)
    assert dialog.until == datetime(2026, 11, 19, 9, 0)
    assert dialog.result() == QDialog.DialogCode.Accepted
    custom = SnoozeDialog(now)
    qtbot.addWidget(custom)
    moment = datetime(2026, 12, 1, 15, 30)
    custom.custom_edit.setDateTime(custom.custom_edit.dateTime().fromSecsSinceEpoch(
        int(moment.timestamp())))
    with qtbot.waitSignal(custom.accepted, timeout=1000):
        custom.snooze_button.click()
    assert custom.until_timestamp() == moment.timestamp()


def test_customer_card(workspace: Workspace, qtbot: QtBot) -> None:
    cid = add_message(workspace, name="Amira Haddad", sender="amira@example.com",
                      text="مرحبا، أين طلبي؟", language="ar", ago=5 * 3600)
    add_message(workspace, name="Amira Haddad", sender="amira@example.com",
                subject="Another question", text="Hello again", ago=60)
    panel = GuidancePanel(workspace)
    qtbot.addWidget(panel)
    assert not panel.details.isVisibleTo(panel)
    panel.set_conversation(workspace.conversation(cid))
    assert panel.title.text() == "Amira Haddad"
    assert panel.handles.text() == "amira@example.com"
    assert panel.language.text() == "Arabic (العربية)"
    assert panel.history.text() == "2 in total"
    assert panel.wait.text() == "5 h"
    panel.set_conversation(None)
    assert panel.title.text() == "No conversation selected"
