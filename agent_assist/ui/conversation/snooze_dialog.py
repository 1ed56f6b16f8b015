"""Snooze until…: later today, tomorrow morning, next week, or a chosen date and time."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MORNING_HOUR = 9
LATER_TODAY_HOURS = 3
LAST_LATER_TODAY_HOUR = 21  # after this, "later today" would be tonight: not offered


def _tr(text: str) -> str:
    return QCoreApplication.translate("SnoozeDialog", text)


def snooze_presets(now: datetime) -> list[tuple[str, datetime]]:
    """The preset moments, in local time, never in the past."""
    presets: list[tuple[str, datetime]] = []
    later = (now + timedelta(hours=LATER_TODAY_HOURS)).replace(minute=0, second=0,
                                                               microsecond=0)
    if later.date() == now.date() and later.hour <= LAST_LATER_TODAY_HOUR:
        presets.append((_tr("Later today"), later))
    tomorrow = (now + timedelta(days=1)).replace(hour=MORNING_HOUR, minute=0, second=0,
                                                 microsecond=0)
    presets.append((_tr("Tomorrow morning"), tomorrow))
    days = 7 - now.weekday()  # next Monday (a full week ahead when today is Monday)
    monday = (now + timedelta(days=days)).replace(hour=MORNING_HOUR, minute=0, second=0,
                                                  microsecond=0)
    presets.append((_tr("Next week"), monday))
    return presets


def _qdt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


class SnoozeDialog(QDialog):
    """One click on a preset snoozes; or pick a custom moment and press Snooze."""

    def __init__(self, now: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until…"))
        self.until: datetime | None = None
        now = now or datetime.now()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Bring this conversation back:")))
        self.preset_buttons: list[QPushButton] = []
        for label, moment in snooze_presets(now):
            when = QLocale().toString(_qdt(moment), "ddd d MMM, HH:mm")
            button = QPushButton(f"{label} — {when}")
            button.clicked.connect(lambda _=False, m=moment: self._choose(m))
            layout.addWidget(button)
            self.preset_buttons.append(button)
        custom = QHBoxLayout()
        custom.addWidget(QLabel(self.tr("Custom:")))
        self.custom_edit = QDateTimeEdit(_qdt(now + timedelta(days=1)))
        self.custom_edit.setCalendarPopup(True)
        self.custom_edit.setMinimumDateTime(_qdt(now + timedelta(minutes=1)))
        custom.addWidget(self.custom_edit, 1)
        layout.addLayout(custom)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.snooze_button = buttons.addButton(self.tr("Snooze"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._choose_custom)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _choose(self, moment: datetime) -> None:
        self.until = moment
        self.accept()

    def _choose_custom(self) -> None:
        self._choose(datetime.fromtimestamp(self.custom_edit.dateTime().toSecsSinceEpoch()))

    def until_timestamp(self) -> float | None:
        return self.until.timestamp() if self.until is not None else None


def ask_snooze_until(parent: QWidget | None = None) -> float | None:
    """Show the dialog; the chosen moment as epoch seconds, or None when cancelled."""
    dialog = SnoozeDialog(parent=parent)
    return dialog.until_timestamp() if dialog.exec() == QDialog.DialogCode.Accepted else None
