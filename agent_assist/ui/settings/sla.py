"""The SLA settings dialog: business hours, response targets, auto-acknowledgement, reminders.

Everything is validated by the core when saving; a problem is shown as one sentence in the
dialog, which stays open with the agent's edits intact (nothing is lost).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.auto_ack import LANGUAGES, AckVariant
from agent_assist.core.business_hours import SettingsError
from agent_assist.core.models import Channel
from agent_assist.services.sla import (
    KEY_AUTO_ACK,
    KEY_BUSINESS_HOURS,
    KEY_POLICIES,
    KEY_REMINDERS,
    SlaConfig,
    load_config,
    save_config,
)
from agent_assist.services.workspace import Workspace
from agent_assist.ui.labels import channel_label
from agent_assist.ui.settings.hours_editor import BusinessHoursEditor

Values = dict[str, Any]
LANGUAGE_NAMES = {"fr": "Français", "en": "English", "ar": "العربية"}
_MAX_MINUTES = 30 * 24 * 60


def _spin(low: int, high: int, suffix: str, name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setObjectName(name)
    return spin


class SlaSettingsDialog(QDialog):
    """Edits the four SLA setting keys; ``save`` validates and stores them together."""

    def __init__(self, load: Callable[[], SlaConfig], save: Callable[[Values], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slaSettings")
        self.setWindowTitle(self.tr("Response times and business hours"))
        self.save = save
        self.hours = BusinessHoursEditor()
        tabs = QTabWidget()
        tabs.addTab(self.hours, self.tr("Business hours"))
        tabs.addTab(self._targets_tab(), self.tr("Response targets"))
        tabs.addTab(self._ack_tab(), self.tr("Automatic acknowledgement"))
        self.error = QLabel()
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0262d;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(720, 620)
        config = load()
        self.set_values(config.to_json())
        if config.problems:
            self._show_error(" ".join(config.problems))

    @classmethod
    def for_workspace(cls, workspace: Workspace, parent: QWidget | None = None,
                      clock: Callable[[], float] = time.time) -> SlaSettingsDialog:
        def load() -> SlaConfig:
            return load_config(workspace.repos(), date.fromtimestamp(clock()))

        def save(values: Values) -> object:
            return save_config(workspace.repos(), values, date.fromtimestamp(clock()))

        return cls(load, save, parent)

    # -- tabs --------------------------------------------------------------------------------

    def _targets_tab(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout()
        for column, title in enumerate((self.tr("Channel"), self.tr("First response"),
                                        self.tr("Next response"), "")):
            label = QLabel(title)
            label.setObjectName("sectionTitle")
            grid.addWidget(label, 0, column)
        self.targets: dict[Channel, tuple[QSpinBox, QSpinBox, QCheckBox]] = {}
        for row, channel in enumerate(Channel, start=1):
            first = _spin(1, _MAX_MINUTES, self.tr(" min"), f"first_{channel.value}")
            following = _spin(1, _MAX_MINUTES, self.tr(" min"), f"next_{channel.value}")
            business = QCheckBox(self.tr("in business hours"))
            business.setObjectName(f"business_{channel.value}")
            business.setToolTip(self.tr("Unticked: the clock runs around the clock."))
            self.targets[channel] = (first, following, business)
            grid.addWidget(QLabel(channel_label(channel)), row, 0)
            grid.addWidget(first, row, 1)
            grid.addWidget(following, row, 2)
            grid.addWidget(business, row, 3)
        self.at_risk = _spin(1, 99, " %", "atRiskPercent")
        self.waiting_days = _spin(0, 365, self.tr(" days"), "waitingDays")
        self.waiting_days.setSpecialValueText(self.tr("never"))
        form = QFormLayout()
        form.addRow(self.tr("Warn when this share of the target is used"), self.at_risk)
        form.addRow(self.tr("Bring back \"waiting on customer\" after"), self.waiting_days)
        note = QLabel(self.tr("The first response is due when nobody has answered yet; the "
                              "next response for every later customer message."))
        note.setObjectName("meta")
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _ack_tab(self) -> QWidget:
        page = QWidget()
        self.ack_channels: dict[Channel, QCheckBox] = {}
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("Send a short acknowledgement when a new conversation starts. "
                               "Never sent to automated mail, mailing lists or no-reply "
                               "addresses; it does not count as an answer."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for channel in Channel:
            box = QCheckBox(self.tr("On {channel}").format(channel=channel_label(channel)))
            box.setObjectName(f"ack_{channel.value}")
            self.ack_channels[channel] = box
            layout.addWidget(box)
        self.out_of_hours = QCheckBox(self.tr("Use the out-of-hours text while closed"))
        self.out_of_hours.setObjectName("ackOutOfHours")
        self.period = _spin(1, 24 * 365, self.tr(" h"), "ackPeriodHours")
        self.sender_limit = _spin(1, 100, "", "ackSenderLimit")
        form = QFormLayout()
        form.addRow(self.out_of_hours)
        form.addRow(self.tr("At most once per conversation every"), self.period)
        form.addRow(self.tr("At most this many per sender a day"), self.sender_limit)
        layout.addLayout(form)
        self.texts: dict[tuple[AckVariant, str], QPlainTextEdit] = {}
        languages = QTabWidget()
        languages.setObjectName("ackLanguages")
        for language in LANGUAGES:
            tab = QWidget()
            tab_layout = QFormLayout(tab)
            for variant, label in ((AckVariant.IN_HOURS, self.tr("During business hours")),
                                   (AckVariant.OUT_OF_HOURS, self.tr("While closed"))):
                edit = QPlainTextEdit()
                edit.setObjectName(f"ack_{variant.value}_{language}")
                if language == "ar":
                    edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
                self.texts[(variant, language)] = edit
                tab_layout.addRow(label, edit)
            languages.addTab(tab, LANGUAGE_NAMES[language])
        hint = QLabel(self.tr("{name} is replaced by the customer's first name, {shop} by the "
                              "shop's name."))
        hint.setObjectName("meta")
        layout.addWidget(languages, 1)
        layout.addWidget(hint)
        return page

    # -- values ------------------------------------------------------------------------------

    def set_values(self, values: Values) -> None:
        self.hours.set_value(values[KEY_BUSINESS_HOURS])
        policies = values[KEY_POLICIES]
        self.at_risk.setValue(int(policies["at_risk_percent"]))
        for channel, (first, following, business) in self.targets.items():
            target = policies["channels"].get(channel.value, {})
            first.setValue(int(target.get("first_minutes", 240)))
            following.setValue(int(target.get("next_minutes", first.value())))
            business.setChecked(bool(target.get("business_hours", True)))
        self.waiting_days.setValue(int(values[KEY_REMINDERS]["waiting_days"]))
        ack = values[KEY_AUTO_ACK]
        for channel, box in self.ack_channels.items():
            box.setChecked(bool(ack["channels"].get(channel.value, False)))
        self.out_of_hours.setChecked(bool(ack["out_of_hours"]))
        self.period.setValue(round(ack["period_hours"]))
        self.sender_limit.setValue(int(ack["sender_limit"]))
        for (variant, language), edit in self.texts.items():
            edit.setPlainText(ack["texts"].get(variant.value, {}).get(language, ""))
        self._extra_ack = {k: ack[k] for k in ("sender_window_hours", "max_age_hours",
                                               "fallback_language") if k in ack}

    def values(self) -> Values:
        """The edited settings in stored form (SettingsError for unreadable hours)."""
        texts: dict[str, dict[str, str]] = {}
        for (variant, language), edit in self.texts.items():
            texts.setdefault(variant.value, {})[language] = edit.toPlainText().strip()
        return {
            KEY_BUSINESS_HOURS: self.hours.value(),
            KEY_POLICIES: {
                "at_risk_percent": self.at_risk.value(),
                "channels": {
                    channel.value: {"first_minutes": first.value(),
                                    "next_minutes": following.value(),
                                    "business_hours": business.isChecked()}
                    for channel, (first, following, business) in self.targets.items()
                },
            },
            KEY_REMINDERS: {"waiting_days": self.waiting_days.value()},
            KEY_AUTO_ACK: {
                **self._extra_ack,
                "channels": {c.value: box.isChecked() for c, box in self.ack_channels.items()},
                "out_of_hours": self.out_of_hours.isChecked(),
                "period_hours": self.period.value(),
                "sender_limit": self.sender_limit.value(),
                "texts": texts,
            },
        }

    def accept(self) -> None:
        try:
            self.save(self.values())
        except SettingsError as exc:
            self._show_error(str(exc))
            return
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
