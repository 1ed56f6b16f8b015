"""Manage the team: owners add agents, set roles, PINs and activity; everyone edits their own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.permissions import Action, PermissionDenied, Role
from agent_assist.core.team import Agent
from agent_assist.services.agents import AgentError
from agent_assist.services.assignment import Assignment
from agent_assist.services.session import Session, SessionError

SIGNATURE_LANGUAGES = ("en", "fr", "ar", "es", "de", "it")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Agents", text)


class AgentsDialog(QDialog):
    """Everything goes through AgentService with the signed-in agent as the actor, so a
    refused action is refused by the service even if a control were enabled by mistake."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Agents"))
        self.session = session
        self.agents: list[Agent] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("agentsTable")
        self.table.setHorizontalHeaderLabels(
            [_tr("Name"), _tr("Role"), _tr("Active"), _tr("PIN"), _tr("On duty")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.owner_note = QLabel(_tr("Only an owner can add, change or deactivate agents; you "
                                     "can change your own PIN and signatures."))
        self.owner_note.setObjectName("meta")
        self.owner_note.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.owner_note)
        layout.addWidget(self._selected_box())
        layout.addWidget(self._signature_box())
        layout.addWidget(self._add_box())
        layout.addWidget(self._settings_box())
        layout.addWidget(self.message)
        self.table.itemSelectionChanged.connect(self._update_controls)
        self.resize(620, 600)
        self.reload()

    # -- construction -------------------------------------------------------------------------

    def _selected_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Selected agent"))
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("pinEdit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setPlaceholderText(_tr("New PIN or password (empty: none)"))
        self.pin_button = QPushButton(_tr("Set PIN"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("renameEdit")
        self.name_edit.setPlaceholderText(_tr("New name"))
        self.rename_button = QPushButton(_tr("Rename"))
        self.role_button = QPushButton()
        self.active_button = QPushButton()
        grid = QVBoxLayout(box)
        for widgets in ((self.pin_edit, self.pin_button, self.role_button, self.active_button),
                        (self.name_edit, self.rename_button)):
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget)
            grid.addLayout(row)
        self.rename_button.clicked.connect(self.rename)
        self.pin_button.clicked.connect(self.set_pin)
        self.role_button.clicked.connect(self.toggle_role)
        self.active_button.clicked.connect(self.toggle_active)
        return box

    def _signature_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Signature"))
        self.sig_language = QComboBox()
        self.sig_language.setEditable(True)
        self.sig_language.addItems(SIGNATURE_LANGUAGES)
        self.sig_text = QPlainTextEdit()
        self.sig_text.setMaximumHeight(70)
        self.sig_button = QPushButton(_tr("Save signature"))
        form = QFormLayout(box)
        form.addRow(_tr("Language"), self.sig_language)
        form.addRow(_tr("Text"), self.sig_text)
        form.addRow("", self.sig_button)
        self.sig_language.currentTextChanged.connect(lambda _: self._show_signature())
        self.sig_button.clicked.connect(self.save_signature)
        return box

    def _add_box(self) -> QGroupBox:
        self.add_box = QGroupBox(_tr("Add an agent"))
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newAgentName")
        self.new_role = QComboBox()
        self.new_role.addItem(_tr("Agent"), Role.AGENT.value)
        self.new_role.addItem(_tr("Owner"), Role.OWNER.value)
        self.new_pin = QLineEdit()
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pin.setPlaceholderText(_tr("PIN or password (optional)"))
        self.add_button = QPushButton(_tr("Add"))
        self.add_button.setObjectName("addAgentButton")
        row = QHBoxLayout(self.add_box)
        for widget in (self.new_name, self.new_role, self.new_pin, self.add_button):
            row.addWidget(widget)
        self.add_button.clicked.connect(self.add_agent)
        return self.add_box

    def _settings_box(self) -> QGroupBox:
        self.settings_box = QGroupBox(_tr("Team settings"))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(0, 24 * 60)
        self.idle_minutes.setSpecialValueText(_tr("never"))
        self.idle_minutes.setSuffix(_tr(" min"))
        self.idle_minutes.setValue(self.session.idle_lock_minutes())
        self.round_robin = QCheckBox(_tr("Give new conversations to the agents on duty in turn"))
        self.round_robin.setChecked(bool(Assignment(self.session.db()).round_robin()["enabled"]))
        self.settings_button = QPushButton(_tr("Save settings"))
        form = QFormLayout(self.settings_box)
        form.addRow(_tr("Lock after being idle for"), self.idle_minutes)
        form.addRow("", self.round_robin)
        form.addRow("", self.settings_button)
        self.settings_button.clicked.connect(self.save_settings)
        return self.settings_box

    # -- state ----------------------------------------------------------------------------------

    def is_owner(self) -> bool:
        return self.session.can(Action.MANAGE_AGENTS)

    def reload(self) -> None:
        chosen = self.selected()
        keep = chosen.id if chosen is not None else self.session.agent_id
        self.agents = self.session.service().list()
        self.table.setRowCount(len(self.agents))
        yes, no = _tr("yes"), _tr("no")
        for row, agent in enumerate(self.agents):
            cells = (agent.name, _tr("Owner") if agent.is_owner else _tr("Agent"),
                     yes if agent.active else no, yes if agent.has_password else no,
                     yes if agent.on_duty else no)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, agent.id)
                self.table.setItem(row, column, item)
            if agent.id == keep:
                self.table.selectRow(row)
        self._update_controls()

    def selected(self) -> Agent | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not 0 <= rows[0].row() < len(self.agents):
            return None
        return self.agents[rows[0].row()]

    def select_name(self, name: str) -> None:
        for row, agent in enumerate(self.agents):
            if agent.name == name:
                self.table.selectRow(row)

    def _update_controls(self) -> None:
        owner = self.is_owner()
        agent = self.selected()
        is_self = agent is not None and agent.id == self.session.agent_id
        self.owner_note.setVisible(not owner)
        self.add_box.setEnabled(owner)
        self.settings_box.setEnabled(self.session.can(Action.MANAGE_TEAM_SETTINGS))
        self.role_button.setEnabled(owner and agent is not None)
        self.active_button.setEnabled(owner and agent is not None)
        self.pin_button.setEnabled(agent is not None and (owner or is_self))
        self.pin_edit.setEnabled(self.pin_button.isEnabled())
        self.sig_button.setEnabled(agent is not None and (owner or is_self))
        self.rename_button.setEnabled(self.sig_button.isEnabled())
        self.name_edit.setEnabled(self.sig_button.isEnabled())
        self.sig_text.setReadOnly(not self.sig_button.isEnabled())
        if agent is not None:
            self.role_button.setText(_tr("Make agent") if agent.is_owner else _tr("Make owner"))
            self.active_button.setText(_tr("Deactivate") if agent.active else _tr("Reactivate"))
        self._show_signature()

    def _show_signature(self) -> None:
        agent = self.selected()
        language = self.sig_language.currentText().strip().lower()
        self.sig_text.setPlainText(agent.signatures.get(language, "") if agent else "")

    # -- actions ----------------------------------------------------------------------------------

    def _run(self, action: str, fn: Callable[[], object]) -> bool:
        try:
            fn()
        except (AgentError, PermissionDenied, SessionError) as exc:
            self.message.setObjectName("statusError")
            self.message.setText(str(exc))
            return False
        self.message.setObjectName("statusInfo")
        self.message.setText(action)
        self.session.refresh_current()
        self.reload()
        return True

    def save_settings(self) -> None:
        minutes, rotate = self.idle_minutes.value(), self.round_robin.isChecked()
        session = self.session

        def save() -> None:
            session.set_idle_lock_minutes(minutes)
            Assignment(session.db()).set_round_robin(rotate, actor=session.current)

        self._run(_tr("Settings saved."), save)

    def add_agent(self) -> None:
        name, role, pin = self.new_name.text(), Role(self.new_role.currentData()), \
            self.new_pin.text()
        service, actor = self.session.service(), self.session.current
        if self._run(_tr("Agent added."),
                     lambda: service.add(name, role, password=pin, actor=actor)):
            self.new_name.clear()
            self.new_pin.clear()

    def set_pin(self) -> None:
        agent, pin = self.selected(), self.pin_edit.text()
        if agent is None:
            return
        service, actor = self.session.service(), self.session.current
        if self._run(_tr("PIN changed.") if pin else _tr("PIN removed."),
                     lambda: service.set_password(agent.id, pin, actor=actor)):
            self.pin_edit.clear()

    def rename(self) -> None:
        agent, name = self.selected(), self.name_edit.text()
        if agent is None:
            return
        service, actor = self.session.service(), self.session.current
        if self._run(_tr("Renamed."), lambda: service.rename(agent.id, name, actor=actor)):
            self.name_edit.clear()

    def toggle_role(self) -> None:
        agent = self.selected()
        if agent is None:
            return
        role = Role.AGENT if agent.is_owner else Role.OWNER
        service, actor = self.session.service(), self.session.current
        self._run(_tr("Role changed."), lambda: service.set_role(agent.id, role, actor=actor))

    def toggle_active(self) -> None:
        agent = self.selected()
        if agent is None:
            return
        service, actor = self.session.service(), self.session.current
        self._run(_tr("Saved."),
                  lambda: service.set_active(agent.id, not agent.active, actor=actor))

    def save_signature(self) -> None:
        agent = self.selected()
        if agent is None:
            return
        language, text = self.sig_language.currentText(), self.sig_text.toPlainText()
        service, actor = self.session.service(), self.session.current
        self._run(_tr("Signature saved."),
                  lambda: service.set_signature(agent.id, language, text, actor=actor))
