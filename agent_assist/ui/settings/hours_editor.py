"""Editing business hours: a time zone, opening periods per weekday, and holiday dates."""

from __future__ import annotations

import re
import zoneinfo
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.business_hours import (
    WEEKDAYS,
    SettingsError,
    french_public_holidays,
)

_ISO = Qt.ItemDataRole.UserRole
_SPLIT_PERIODS = re.compile(r"[,;]")
_SPLIT_RANGE = re.compile(r"\s*[-–—]\s*")


def periods_text(periods: list[list[str]]) -> str:
    """[["09:00", "12:30"], ["14:00", "18:00"]] -> "09:00–12:30, 14:00–18:00"."""
    return ", ".join(f"{start}–{end}" for start, end in periods)


def parse_periods(text: str, day: str) -> list[list[str]]:
    """The inverse of :func:`periods_text`; times themselves are validated by the core."""
    periods: list[list[str]] = []
    for chunk in _SPLIT_PERIODS.split(text):
        chunk = chunk.strip()
        if not chunk:
            continue
        parts = _SPLIT_RANGE.split(chunk)
        if len(parts) != 2 or not all(parts):
            raise SettingsError(QCoreApplication.translate(
                "BusinessHoursEditor",
                "On {day}, '{chunk}' needs a start and an end, like 09:00–12:30.",
            ).format(day=day, chunk=chunk))
        periods.append([parts[0].strip(), parts[1].strip()])
    return periods


def _zones() -> list[str]:
    return sorted(z for z in zoneinfo.available_timezones()
                  if "/" in z and not z.startswith(("Etc/", "posix/", "right/", "SystemV/")))


class BusinessHoursEditor(QWidget):
    """``set_value``/``value`` speak the stored JSON form of ``core.business_hours``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timezone = QComboBox()
        self.timezone.setObjectName("timezone")
        self.timezone.setEditable(True)
        self.timezone.addItems(_zones())
        self.days: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Time zone"), self.timezone)
        locale = QLocale()
        for index, key in enumerate(WEEKDAYS, start=1):
            edit = QLineEdit()
            edit.setObjectName(f"hours_{key}")
            edit.setPlaceholderText(self.tr("closed"))
            edit.setToolTip(self.tr("Opening periods, e.g. 09:00–12:30, 14:00–18:00. "
                                    "Leave empty when closed."))
            self.days[key] = edit
            form.addRow(locale.dayName(index, QLocale.FormatType.LongFormat).capitalize(), edit)
        self.holidays = QListWidget()
        self.holidays.setObjectName("holidays")
        self.holiday_date = QDateEdit(QDate.currentDate())
        self.holiday_date.setCalendarPopup(True)
        add = QPushButton(self.tr("Add holiday"))
        remove = QPushButton(self.tr("Remove"))
        self.add_public = QPushButton(self.tr("Add French public holidays"))
        self.add_public.setObjectName("addPublicHolidays")
        add.clicked.connect(lambda: self.add_holidays([self.holiday_date.date().toPython()]))
        remove.clicked.connect(self._remove_selected)
        self.add_public.clicked.connect(self._add_public_holidays)
        buttons = QHBoxLayout()
        for widget in (self.holiday_date, add, remove, self.add_public):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        title = QLabel(self.tr("Holidays (closed all day)"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        layout.addWidget(self.holidays, 1)
        layout.addLayout(buttons)

    def set_value(self, data: dict[str, Any]) -> None:
        self.timezone.setCurrentText(str(data.get("timezone", "")))
        week = data.get("week", {})
        for key, edit in self.days.items():
            edit.setText(periods_text(week.get(key, [])))
        self.holidays.clear()
        self.add_holidays(date.fromisoformat(d) for d in data.get("holidays", []))

    def value(self) -> dict[str, Any]:
        """The edited hours as stored JSON; raises SettingsError for unreadable periods."""
        locale = QLocale(QLocale.Language.English)
        return {
            "timezone": self.timezone.currentText().strip(),
            "week": {
                key: parse_periods(edit.text(), locale.dayName(i, QLocale.FormatType.LongFormat))
                for i, (key, edit) in enumerate(self.days.items(), start=1)
            },
            "holidays": self.holiday_dates(),
        }

    def holiday_dates(self) -> list[str]:
        items = (self.holidays.item(i) for i in range(self.holidays.count()))
        return sorted(str(item.data(_ISO)) for item in items)

    def add_holidays(self, days: Any) -> None:
        known = set(self.holiday_dates())
        locale = QLocale()
        for day in sorted(set(days)):
            iso = day.isoformat()
            if iso in known:
                continue
            known.add(iso)
            item = QListWidgetItem(locale.toString(QDate(day), QLocale.FormatType.LongFormat))
            item.setData(_ISO, iso)
            self.holidays.addItem(item)
        # Keep the list in date order (the display text does not sort chronologically).
        items = sorted((self.holidays.takeItem(0) for _ in range(self.holidays.count())),
                       key=lambda it: str(it.data(_ISO)))
        for item in items:
            self.holidays.addItem(item)

    def _remove_selected(self) -> None:
        for item in self.holidays.selectedItems():
            self.holidays.takeItem(self.holidays.row(item))

    def _add_public_holidays(self) -> None:
        year = self.holiday_date.date().year()
        self.add_holidays(french_public_holidays([year]))
