"""Assign a conversation: to me, to someone, or to nobody (a tool button with a menu)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from agent_assist.core.team import Agent

UNASSIGN = -1  # action data for "Unassigned" (None cannot travel through QAction.data)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Assign", text)


class AssignMenu(QMenu):
    """Emits ``assign_requested(agent_id or None)``."""

    assign_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("A&ssign"), parent)
        self.setObjectName("menu-assign")
        # QMenu.clear() deletes the actions the menu owns: keep these under another parent.
        self._keep = QObject(self)
        self.me_action = QAction(_tr("Assign to me"), self._keep)
        self.me_action.setShortcut(QKeySequence("A"))  # like E, H, W for the status
        # A lambda, not self._to_me: QMenu drops every connection from an action to the
        # menu itself when clear() removes that action, and update_for() clears.
        self.me_action.triggered.connect(lambda: self._to_me())
        self.none_action = QAction(_tr("Unassigned"), self._keep)
        self.none_action.setCheckable(True)
        self.none_action.triggered.connect(lambda: self.assign_requested.emit(None))
        self.me: int | None = None
        self.assignee: int | None = None
        self.agents: list[Agent] = []

    def update_for(self, agents: list[Agent], assignee_id: int | None, me: int | None, *,
                   has_conversation: bool = True) -> None:
        """Rebuild for a conversation assigned to ``assignee_id``, seen by agent ``me``."""
        self.agents, self.assignee, self.me = list(agents), assignee_id, me
        self.clear()
        self.addAction(self.me_action)
        self.me_action.setEnabled(has_conversation and me is not None and assignee_id != me)
        self.addSection(_tr("Assign to"))
        for agent in agents:
            action = self.addAction(agent.name)
            action.setCheckable(True)
            action.setChecked(agent.id == assignee_id)
            action.setEnabled(has_conversation)
            action.setData(agent.id)
            action.triggered.connect(lambda _=False, i=agent.id: self.assign_requested.emit(i))
        self.addSeparator()
        self.addAction(self.none_action)
        self.none_action.setChecked(assignee_id is None)
        self.none_action.setEnabled(has_conversation)

    def agent_actions(self) -> dict[str, QAction]:
        return {a.text(): a for a in self.actions() if isinstance(a.data(), int)}

    def _to_me(self) -> None:
        if self.me is not None:
            self.assign_requested.emit(self.me)


class AssignButton(QToolButton):
    """"Assigned to Yasmine ▾" in the toolbar; disabled while no conversation is open."""

    assign_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignButton")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.menu_ = AssignMenu(self)
        self.setMenu(self.menu_)
        self.menu_.assign_requested.connect(self.assign_requested)
        self.update_for([], None, None, has_conversation=False)

    def update_for(self, agents: list[Agent], assignee_id: int | None, me: int | None, *,
                   has_conversation: bool = True) -> None:
        self.menu_.update_for(agents, assignee_id, me, has_conversation=has_conversation)
        names = {a.id: a.name for a in agents}
        if assignee_id is None:
            self.setText(_tr("Unassigned"))
        elif assignee_id == me:
            self.setText(_tr("Assigned to me"))
        else:
            self.setText(_tr("Assigned to {name}").format(name=names.get(assignee_id, "?")))
        self.setEnabled(has_conversation)
