"""The SLA settings dialog: defaults, editing and saving, refusing bad input without losing it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLineEdit, QPlainTextEdit, QSpinBox
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Channel
from agent_assist.services.sla import load_config
from agent_assist.services.workspace import Workspace
from agent_assist.ui.settings.hours_editor import parse_periods
from agent_assist.ui.settings.sla import SlaSettingsDialog

TODAY = date(2025, 3, 3)
CLOCK = 1_741_000_000.0


def open_dialog(qtbot: QtBot, ws: Workspace) -> SlaSettingsDialog:
    dialog = SlaSettingsDialog.for_workspace(ws, clock=lambda: CLOCK)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def child(dialog: SlaSettingsDialog, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def save(dialog: SlaSettingsDialog) -> None:
    buttons = dialog.buttons
    buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_opens_with_the_small_shop_defaults(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = open_dialog(qtbot, workspace)
    assert dialog.hours.timezone.currentText() == "Europe/Paris"
    assert child(dialog, QLineEdit, "hours_mon").text() == "09:00–12:30, 14:00–18:00"
    assert child(dialog, QLineEdit, "hours_sun").text() == ""
    assert dialog.hours.holidays.count() == 22  # this year's and next year's French holidays
    assert child(dialog, QSpinBox, "first_email").value() == 240
    assert child(dialog, QSpinBox, "first_telegram").value() == 15
    assert not child(dialog, QCheckBox, "ack_email").isChecked()  # off by default
    arabic = child(dialog, QPlainTextEdit, "ack_in_hours_ar")
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "{name}" in arabic.toPlainText()
    assert not dialog.error.isVisible()


def test_edit_and_save(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = open_dialog(qtbot, workspace)
    child(dialog, QLineEdit, "hours_mon").setText("08:00-12:00; 13:30 – 17:00")
    child(dialog, QLineEdit, "hours_sat").setText("10:00–13:00")
    child(dialog, QSpinBox, "first_email").setValue(120)
    child(dialog, QCheckBox, "business_telegram").setChecked(False)
    child(dialog, QSpinBox, "waitingDays").setValue(5)
    child(dialog, QCheckBox, "ack_email").setChecked(True)
    child(dialog, QPlainTextEdit, "ack_in_hours_fr").setPlainText("Merci {name}, à très vite !")
    dialog.hours.holidays.clear()
    dialog.hours.add_holidays([date(2025, 8, 11)])
    with qtbot.waitSignal(dialog.accepted):
        save(dialog)
    config = load_config(workspace.repos(), TODAY)
    assert config.calendar.week[0][0].start == 8 * 60
    assert len(config.calendar.week[0]) == 2 and len(config.calendar.week[5]) == 1
    assert config.calendar.holidays == {date(2025, 8, 11)}
    assert config.policies.target(Channel.EMAIL).first_seconds == 7200
    assert not config.policies.target(Channel.TELEGRAM).business_hours
    assert config.reminders.waiting_days == 5
    assert config.auto_ack.channels == {Channel.EMAIL}
    assert config.auto_ack.texts["in_hours"]["fr"] == "Merci {name}, à très vite !"  # type: ignore[index]


def test_bad_input_is_refused_in_one_sentence_and_nothing_is_lost(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = open_dialog(qtbot, workspace)
    child(dialog, QLineEdit, "hours_tue").setText("18:00–09:00")
    child(dialog, QSpinBox, "first_email").setValue(30)
    with qtbot.assertNotEmitted(dialog.accepted):
        save(dialog)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == ("On Tuesday, 09:00 is not after 18:00; a period cannot end "
                                   "before it starts (split a night across two days).")
    assert child(dialog, QLineEdit, "hours_tue").text() == "18:00–09:00"  # edits kept
    assert workspace.repos().settings.get("sla_policies") is None  # nothing half-saved
    child(dialog, QLineEdit, "hours_tue").setText("09:00")
    save(dialog)
    assert dialog.error.text() == "On Tuesday, '09:00' needs a start and an end, like 09:00–12:30."
    child(dialog, QLineEdit, "hours_tue").setText("09:00–18:00")
    child(dialog, QPlainTextEdit, "ack_out_of_hours_en").setPlainText("Hi {firstname}")
    save(dialog)
    assert "only {name} and {shop}" in dialog.error.text()
    child(dialog, QPlainTextEdit, "ack_out_of_hours_en").setPlainText("Hi {name}, we're closed.")
    with qtbot.waitSignal(dialog.accepted):
        save(dialog)


def test_public_holidays_button_and_broken_stored_settings(
    qtbot: QtBot, workspace: Workspace
) -> None:
    workspace.repos().settings.set("business_hours", {"timezone": "Nowhere/Atlantis"})
    dialog = open_dialog(qtbot, workspace)
    assert dialog.error.isVisible() and "business hours are not valid" in dialog.error.text()
    dialog.hours.holidays.clear()
    dialog.hours.holiday_date.setDate(date(2026, 1, 15))
    child(dialog, type(dialog.hours.add_public), "addPublicHolidays").click()
    assert dialog.hours.holiday_dates()[:2] == ["2026-01-01", "2026-04-06"]  # Easter Monday
    assert len(dialog.hours.holiday_dates()) == 11


def test_parse_periods() -> None:
    assert parse_periods(" 09:00 – 12:30 , 14:00-18:00 ", "Monday") == [
        ["09:00", "12:30"], ["14:00", "18:00"]]
    assert parse_periods("", "Monday") == []
