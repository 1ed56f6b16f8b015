"""The audit log: who did what and when, filterable by agent and by date."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.team import Agent
from agent_assist.storage.repositories.audit import AuditEntry

Loader = Callable[[int | None, float | None, float | None], list[AuditEntry]]
ModelIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("when", "agent", "action", "subject", "details")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Audit", text)


def action_label(action: str, details: dict[str, object], names: dict[int, str]) -> str:
    """A readable sentence fragment for an audit action code."""
    def name_of(key: str) -> str:
        value = details.get(key)
        return names.get(value, str(value)) if isinstance(value, int) else _tr("nobody")

    if action == "reply":
        return _tr("Replied")
    if action == "note":
        return _tr("Added an internal note")
    if action.startswith("status:"):
        return _tr("Set status to {status}").format(status=action.split(":", 1)[1])
    if action == "assign":
        text = _tr("Assigned to {name}").format(name=name_of("to"))
        return text + (_tr(" (round-robin)") if details.get("rule") == "round_robin" else "")
    if action == "unassign":
        return _tr("Unassigned")
    labels = {
        "agent:add": _tr("Added an agent"), "agent:deactivate": _tr("Deactivated an agent"),
        "agent:activate": _tr("Reactivated an agent"), "agent:role": _tr("Changed a role"),
        "agent:password": _tr("Changed a PIN or password"),
        "agent:signature": _tr("Changed a signature"), "agent:rename": _tr("Renamed an agent"),
        "agent:duty": _tr("Changed duty"),
        "session:sign_in": _tr("Signed in"), "session:switch": _tr("Switched in"),
        "session:unlock": _tr("Unlocked"), "session:lock": _tr("Locked the window"),
        "session:sign_out": _tr("Signed out"), "session:refused": _tr("Wrong PIN or password"),
        "settings:round_robin": _tr("Changed round-robin"),
        "settings:idle_lock": _tr("Changed the idle lock"),
    }
    return labels.get(action, action)


class AuditModel(QAbstractTableModel):
    """Rows of :class:`AuditEntry`, newest first, as the repository returns them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[AuditEntry] = []
        self.names: dict[int, str] = {}

    def set_entries(self, entries: list[AuditEntry], names: dict[int, str]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.names = dict(names)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return (_tr("When"), _tr("Agent"), _tr("Action"), _tr("Conversation / item"),
                _tr("Details"))[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        if role == Qt.ItemDataRole.ToolTipRole and column == "details":
            return json.dumps(entry.details, ensure_ascii=False, indent=1)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "when":
            return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(entry.at)),
                                      QLocale.FormatType.ShortFormat)
        if column == "agent":
            return entry.agent_name or _tr("System")
        if column == "action":
            return action_label(entry.action, entry.details, self.names)
        if column == "subject":
            return (f"{entry.subject_type} {entry.subject_id}"
                    if entry.subject_type and entry.subject_id is not None else "")
        details = {k: v for k, v in entry.details.items() if k not in ("message",)}
        return json.dumps(details, ensure_ascii=False) if details else ""


def _day_start(day: QDate) -> float:
    """Local midnight at the start of ``day`` (the audit filter is in the shop's local time)."""
    return datetime(day.year(), day.month(), day.day()).timestamp()


class AuditView(QWidget):
    """Filters (agent, from, to) over a table; ``loader`` reads the matching entries."""

    EVERYONE = -1

    def __init__(self, loader: Loader, agents: list[Agent],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.agent_filter = QComboBox()
        self.agent_filter.setObjectName("auditAgent")
        self.agent_filter.addItem(_tr("Everyone"), self.EVERYONE)
        for agent in agents:
            self.agent_filter.addItem(agent.name, agent.id)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        refresh = QPushButton(_tr("Refresh"))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(_tr("Agent")))
        filters.addWidget(self.agent_filter)
        filters.addWidget(QLabel(_tr("From")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(_tr("To")))
        filters.addWidget(self.date_to)
        filters.addStretch(1)
        filters.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.names = {a.id: a.name for a in agents}
        self.agent_filter.currentIndexChanged.connect(lambda _: self.reload())
        self.date_from.dateChanged.connect(lambda _: self.reload())
        self.date_to.dateChanged.connect(lambda _: self.reload())
        refresh.clicked.connect(self.reload)
        self.reload()

    def filters(self) -> tuple[int | None, float, float]:
        agent = self.agent_filter.currentData()
        agent_id = None if agent in (None, self.EVERYONE) else int(agent)
        since = _day_start(self.date_from.date())
        until = _day_start(self.date_to.date().addDays(1))  # the whole "to" day included
        return agent_id, since, until

    def reload(self) -> None:
        agent_id, since, until = self.filters()
        self.model.set_entries(self.loader(agent_id, since, until), self.names)
        self.count.setText(QCoreApplication.translate("Audit", "%n entries", None,
                                                      self.model.rowCount()))


class AuditDialog(QDialog):
    """The audit view in its own window (owners only; the caller checks)."""

    def __init__(self, loader: Loader, agents: list[Agent],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Audit log"))
        self.view = AuditView(loader, agents, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.resize(900, 520)
