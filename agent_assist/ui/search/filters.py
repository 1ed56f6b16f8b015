"""The filter popover: picks channel, status, agent, dates, attachments, tag and contact, and
writes them into the search text as query-language filters (the text stays the search)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.models import Channel, Status
from agent_assist.core.search_query import QueryError, SearchQuery, parse, replace_filter
from agent_assist.ui.labels import channel_label, status_label


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class FilterPopover(QDialog):
    """A small form under the Filters button; Apply rewrites only the filters it shows.

    Negated filters and everything else typed in the box are left as they are.
    """

    applied = Signal(str)  # the new search text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("searchFilters")
        self.setWindowTitle(self.tr("Search filters"))
        self._text = ""
        self.channel = self._combo([(self.tr("Any channel"), "")] +
                                   [(channel_label(c), c.value) for c in Channel])
        self.status = self._combo([(self.tr("Any status"), "")] +
                                  [(status_label(s), s.value) for s in Status])
        self.agent = self._combo([(self.tr("Anyone"), "")])
        self.assignee = self._combo([(self.tr("Anyone"), ""), (self.tr("Nobody"), "none")])
        self.tag = QComboBox()
        self.tag.setEditable(True)
        self.tag.addItem("")
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Name, address or handle"))
        self.attachment = QCheckBox(self.tr("With an attachment"))
        self.notes = QCheckBox(self.tr("Internal notes only"))
        self.use_from, self.date_from = QCheckBox(self.tr("From")), QDateEdit()
        self.use_to, self.date_to = QCheckBox(self.tr("To")), QDateEdit()
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")  # what the query language reads back
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        self._build()

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for label, value in items:
            combo.addItem(label, value)
        return combo

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Written by"), self.agent)
        form.addRow(self.tr("Assigned to"), self.assignee)
        form.addRow(self.tr("Customer"), self.contact)
        form.addRow(self.tr("Tag"), self.tag)
        dates = QHBoxLayout()
        for widget in (self.use_from, self.date_from, self.use_to, self.date_to):
            dates.addWidget(widget)
        form.addRow(self.tr("Dates"), dates)
        form.addRow("", self.attachment)
        form.addRow("", self.notes)
        buttons = QDialogButtonBox()
        apply = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        clear = QPushButton(self.tr("Clear filters"))
        buttons.addButton(clear, QDialogButtonBox.ButtonRole.ResetRole)
        apply.setDefault(True)
        apply.clicked.connect(self.apply)
        clear.clicked.connect(self.clear)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    # -- filling ---------------------------------------------------------------------------

    def set_choices(self, agents: list[str], tags: list[str]) -> None:
        """The agents and the tags in use (loaded off the GUI thread)."""
        for combo, first in ((self.agent, 1), (self.assignee, 2)):
            chosen = combo.currentData()
            while combo.count() > first:
                combo.removeItem(first)
            for name in agents:
                combo.addItem(name, name)
            self._select(combo, chosen or "")
        typed = self.tag.currentText()
        self.tag.clear()
        self.tag.addItems(["", *tags])
        self.tag.setCurrentText(typed)

    def show_for(self, text: str, today: date, anchor: QWidget) -> None:
        """Fill the form from ``text`` and open under ``anchor`` (its trailing edge in RTL)."""
        self.load(text, today)
        self.adjustSize()
        below = anchor.mapToGlobal(QPoint(0, anchor.height()))
        if anchor.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            below.setX(anchor.mapToGlobal(QPoint(anchor.width(), 0)).x() - self.width())
        self.move(below)
        self.show()
        self.channel.setFocus(Qt.FocusReason.PopupFocusReason)

    def load(self, text: str, today: date) -> None:
        """Set every field from the filters in ``text`` (a text with an error: as far as
        it goes, the box already says what is wrong)."""
        self._text = text
        try:
            query = parse(text, today)
        except QueryError:
            query = SearchQuery()
        first = {key: (query.values(key) or [""])[0]
                 for key in ("channel", "status", "agent", "assignee", "tag", "contact")}
        self._select(self.channel, first["channel"])
        self._select(self.status, first["status"])
        self._select(self.agent, first["agent"], add=True)
        self._select(self.assignee, first["assignee"], add=True)
        self.tag.setCurrentText(first["tag"])
        self.contact.setText(first["contact"])
        self.attachment.setChecked(bool(query.values("has")))
        self.notes.setChecked(bool(query.values("in")))
        after, before = query.after, query.before
        self.use_from.setChecked(after is not None)
        self.date_from.setDate(_qdate(after or today))
        self.use_to.setChecked(before is not None)  # "before" is exclusive: To is the day before
        self.date_to.setDate(_qdate(before - timedelta(days=1) if before else today))

    def _select(self, combo: QComboBox, value: str, *, add: bool = False) -> None:
        index = combo.findData(value)
        if index < 0 and add and value:
            combo.addItem(value, value)  # a name typed in the box that is not listed
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    # -- writing ---------------------------------------------------------------------------

    def chosen(self) -> dict[str, list[str]]:
        """Each filter key the form shows and the values chosen ([] removes it)."""
        def one(value: object) -> list[str]:
            return [str(value)] if value else []

        before = _pydate(self.date_to.date()) + timedelta(days=1)
        return {
            "channel": one(self.channel.currentData()),
            "status": one(self.status.currentData()),
            "agent": one(self.agent.currentData()),
            "assignee": one(self.assignee.currentData()),
            "contact": one(self.contact.text().strip()),
            "tag": one(self.tag.currentText().strip()),
            "has": ["attachment"] if self.attachment.isChecked() else [],
            "in": ["notes"] if self.notes.isChecked() else [],
            "after": one(_pydate(self.date_from.date()).isoformat()
                         if self.use_from.isChecked() else ""),
            "before": one(before.isoformat() if self.use_to.isChecked() else ""),
        }

    def result_text(self) -> str:
        text = self._text
        for key, values in self.chosen().items():
            text = replace_filter(text, key, values)
        return text

    def apply(self) -> None:
        self.applied.emit(self.result_text())
        self.accept()

    def clear(self) -> None:
        """Every field back to "any", then apply: the words typed stay."""
        for combo in (self.channel, self.status, self.agent, self.assignee):
            combo.setCurrentIndex(0)
        self.tag.setCurrentText("")
        self.contact.clear()
        for check in (self.attachment, self.notes, self.use_from, self.use_to):
            check.setChecked(False)
        self.apply()
