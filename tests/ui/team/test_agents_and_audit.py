"""Owner-only actions in the UI, the agents dialog, the audit view and the assign menu."""

from __future__ import annotations

import time

from PySide6.QtCore import QDate
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from agent_assist.core.permissions import Action, Role
from agent_assist.services.agents import AgentService
from agent_assist.services.session import Session
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories.audit import AuditEntry
from agent_assist.storage.repositories.team import AuditQueryRepo
from agent_assist.ui.team.agents_dialog import AgentsDialog
from agent_assist.ui.team.audit_view import AuditModel, AuditView, action_label
from tests.ui.conftest import add_message
from tests.ui.team.conftest import FAST, RigFactory, Staff


def _session(profile: Profile, agent_id: int, password: str = "") -> Session:
    session = Session(profile.pool.get, params=FAST)
    session.sign_in(agent_id, password)
    return session


def test_an_agent_cannot_manage_agents_in_the_dialog(profile: Profile, staff: Staff,
                                                     qtbot: QtBot) -> None:
    dialog = AgentsDialog(_session(profile, staff.yasmine.id))
    qtbot.addWidget(dialog)
    assert not dialog.add_box.isEnabled()
    assert not dialog.owner_note.isHidden()
    dialog.select_name("Camille")
    assert not dialog.role_button.isEnabled() and not dialog.active_button.isEnabled()
    assert not dialog.pin_button.isEnabled()  # not her PIN
    dialog.select_name("Yasmine")
    assert dialog.pin_button.isEnabled() and dialog.sig_button.isEnabled()  # her own
    # Even if a control were enabled by mistake, the service refuses.
    dialog.add_box.setEnabled(True)
    dialog.new_name.setText("Eve")
    dialog.add_agent()
    assert dialog.message.text() == "Yasmine is not an owner: only an owner can add, change " \
        "or deactivate agents."
    assert AgentService(profile.pool.get()).by_name("Eve") is None


def test_an_owner_adds_and_deactivates_agents(profile: Profile, staff: Staff,
                                              qtbot: QtBot) -> None:
    dialog = AgentsDialog(_session(profile, staff.camille.id, "1234"))
    qtbot.addWidget(dialog)
    assert dialog.add_box.isEnabled() and dialog.owner_note.isHidden()
    dialog.new_name.setText("Omar")
    dialog.new_pin.setText("4321")
    dialog.add_button.click()
    assert dialog.message.text() == "Agent added."
    service = AgentService(profile.pool.get())
    omar = service.by_name("Omar")
    assert omar is not None and omar.has_password and service.verify(omar.id, "4321")
    dialog.select_name("Omar")
    assert dialog.active_button.text() == "Deactivate"
    dialog.active_button.click()
    omar = service.by_name("Omar")
    assert omar is not None and not omar.active
    dialog.select_name("Camille")
    dialog.name_edit.setText("Camille Roux")
    dialog.rename_button.click()
    assert service.by_name("Camille Roux") is not None
    assert dialog.session.current is not None
    assert dialog.session.current.name == "Camille Roux"  # the session follows
    dialog.select_name("Yasmine")
    dialog.sig_language.setCurrentText("fr")
    dialog.sig_text.setPlainText("Yasmine — Atelier Lumière")
    dialog.sig_button.click()
    yasmine = service.by_name("Yasmine")
    assert yasmine is not None and yasmine.signatures == {"fr": "Yasmine — Atelier Lumière"}
    audit = [(e.action, e.agent_name) for e in audit_entries(profile)]
    assert ("agent:add", "Camille Roux") in audit
    assert ("agent:deactivate", "Camille Roux") in audit
    assert ("agent:signature", "Camille Roux") in audit


def audit_entries(profile: Profile) -> list[AuditEntry]:
    return AuditQueryRepo(profile.pool.get()).entries()


def test_the_audit_log_is_refused_to_agents_and_shown_to_owners(
    workspace: Workspace, staff: Staff, make_rig: RigFactory, qtbot: QtBot
) -> None:
    rig = make_rig(workspace, staff.yasmine)
    rig.ui.switcher.rebuild()
    assert not rig.ui.switcher.audit_action.isEnabled()
    assert rig.ui.show_audit() is None
    assert rig.window.message.text() == "Only an owner can see the audit log."
    rig.ui.switch_to(staff.camille)
    rig.ui.overlay.panel.password.setText("1234")
    rig.ui.overlay.panel.submit()
    rig.ui.switcher.rebuild()
    assert rig.ui.switcher.audit_action.isEnabled()
    dialog = rig.ui.show_audit()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.view.model.rowCount() > 0
    dialog.close()


def test_audit_view_filters_by_agent_and_date(profile: Profile, workspace: Workspace,
                                              staff: Staff, qtbot: QtBot) -> None:
    cid = add_message(workspace)
    workspace.note(cid, "Yasmine's note", agent_id=staff.yasmine.id)
    workspace.note(cid, "Camille's note", agent_id=staff.camille.id)
    long_ago = time.time() - 90 * 86400
    profile.pool.get().execute(
        "INSERT INTO audit_log (at, agent_id, action) VALUES (?, ?, 'reply')",
        [long_ago, staff.yasmine.id])
    def loader(agent_id: int | None, since: float | None,
               until: float | None) -> list[AuditEntry]:
        return AuditQueryRepo(profile.pool.get()).entries(agent_id=agent_id, since=since,
                                                          until=until)

    agents = AgentService(profile.pool.get()).list()
    view = AuditView(loader, agents)
    qtbot.addWidget(view)
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    everyone = view.model.rowCount()
    assert everyone >= 5  # three agents added + two notes, not the 90-day-old reply
    view.agent_filter.setCurrentIndex(view.agent_filter.findText("Yasmine"))
    texts = [view.model.data(view.model.index(r, 2)) for r in range(view.model.rowCount())]
    assert texts == ["Added an internal note"]
    assert view.model.data(view.model.index(0, 1)) == "Yasmine"
    view.date_from.setDate(QDate.currentDate().addDays(-120))
    assert view.model.rowCount() == 2  # the old reply is in range now
    view.date_to.setDate(QDate.currentDate().addDays(-60))
    assert [view.model.data(view.model.index(r, 2)) for r in range(view.model.rowCount())] == [
        "Replied"]
    assert view.count.text().startswith("1 ")


def test_audit_model_passes_the_model_tester(qtbot: QtBot) -> None:
    model = AuditModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    entries = [AuditEntry(i, 1_700_000_000.0 + i, 1, "Camille", "assign", "conversation", i,
                          {"from": None, "to": 2}) for i in range(50)]
    model.set_entries(entries, {1: "Camille", 2: "Yasmine"})
    assert model.rowCount() == 50 and model.columnCount() == 5
    assert model.data(model.index(0, 2)) == "Assigned to Yasmine"
    assert model.data(model.index(0, 3)) == "conversation 0"
    model.set_entries([], {})
    assert model.rowCount() == 0


def test_action_labels() -> None:
    names = {1: "Camille", 2: "Yasmine"}
    assert action_label("status:closed", {}, names) == "Set status to closed"
    assert action_label("assign", {"to": 2, "rule": "round_robin"}, names) == (
        "Assigned to Yasmine (round-robin)")
    assert action_label("unassign", {"to": None}, names) == "Unassigned"
    assert action_label("something:new", {}, names) == "something:new"


def test_assign_menu_assigns_and_stamps(workspace: Workspace, staff: Staff,
                                        make_rig: RigFactory, qtbot: QtBot) -> None:
    cid = add_message(workspace)
    rig = make_rig(workspace, staff.yasmine)
    button = rig.ui.assign_button
    assert not button.isEnabled()
    rig.window.inbox.select_id(cid)
    assert rig.window.open_id == cid
    assert button.isEnabled() and button.text() == "Unassigned"
    button.menu_.me_action.trigger()
    conv = workspace.conversation(cid)
    assert conv is not None and conv.assignee_id == staff.yasmine.id
    assert button.text() == "Assigned to me"
    button.menu_.agent_actions()["Camille"].trigger()
    assert button.text() == "Assigned to Camille"
    button.menu_.none_action.trigger()
    conv = workspace.conversation(cid)
    assert conv is not None and conv.assignee_id is None
    trail = [(e.action, e.agent_name) for e in reversed(audit_entries(workspace.profile))
             if e.subject_type == "conversation" and e.subject_id == cid]
    assert trail == [("assign", "Yasmine"), ("assign", "Yasmine"), ("unassign", "Yasmine")]


def test_owner_only_actions_follow_the_role(profile: Profile, workspace: Workspace,
                                            qtbot: QtBot, make_rig: RigFactory) -> None:
    service = AgentService(profile.pool.get(), params=FAST)
    owner = service.add("Camille", Role.OWNER)
    agent = service.add("Yasmine", actor=owner)
    rig = make_rig(workspace, agent)
    for action in (Action.MANAGE_TEMPLATES, Action.MANAGE_ACCOUNTS, Action.VIEW_SECRETS,
                   Action.MANAGE_SLA, Action.MANAGE_PLAYBOOKS):
        assert not rig.team.session.can(action)
    assert rig.team.session.can(Action.USE_TEMPLATES)
    rig.ui.switcher.rebuild()
    assert not rig.ui.switcher.audit_action.isEnabled()


def test_team_settings_are_for_owners(profile: Profile, staff: Staff, qtbot: QtBot) -> None:
    from agent_assist.services.assignment import Assignment

    as_agent = AgentsDialog(_session(profile, staff.yasmine.id))
    qtbot.addWidget(as_agent)
    assert not as_agent.settings_box.isEnabled()
    as_agent.idle_minutes.setValue(1)
    as_agent.save_settings()  # forced: the service still refuses
    assert "not an owner" in as_agent.message.text()
    owner = AgentsDialog(_session(profile, staff.camille.id, "1234"))
    qtbot.addWidget(owner)
    assert owner.settings_box.isEnabled() and owner.idle_minutes.value() == 10
    owner.idle_minutes.setValue(3)
    owner.round_robin.setChecked(True)
    owner.settings_button.click()
    assert owner.message.text() == "Settings saved."
    assert owner.session.idle_lock_minutes() == 3
    assert Assignment(profile.pool.get()).round_robin()["enabled"]


def test_keyboard_assign_to_me_and_lock(workspace: Workspace, staff: Staff,
                                        make_rig: RigFactory, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMenu

    from tests.ui.conftest import show_active

    cid = add_message(workspace)
    rig = make_rig(workspace, staff.nadia, "5678")
    show_active(rig.window, qtbot)
    titles = [a.text() for a in rig.window.menuBar().actions()]
    assert "&Team" in titles and "A&ssign" in titles  # every team action is in a menu
    assert rig.window.findChild(QMenu, "menu-team") is rig.ui.switcher.menu_
    rig.window.inbox.select_id(cid)
    rig.window.inbox.view.setFocus()
    qtbot.keyClick(rig.window.inbox.view, Qt.Key.Key_A)
    conv = workspace.conversation(cid)
    assert conv is not None and conv.assignee_id == staff.nadia.id
    qtbot.keyClick(rig.window.inbox.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert rig.ui.overlay.isVisible() and rig.team.session.locked
