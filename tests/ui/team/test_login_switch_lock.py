"""Who is working: login (skipped for a solo owner), quick switch, idle lock, mentions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Direction
from agent_assist.core.permissions import Role
from agent_assist.services.agents import AgentService
from agent_assist.services.session import Session
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.ui.team.login import LoginDialog, LoginPanel, ask_who_is_working
from agent_assist.ui.team.switcher import IdleLock
from tests.ui.conftest import add_message, show_active, type_text
from tests.ui.team.conftest import FAST, RigFactory, Staff


def never(dialog: LoginDialog) -> int:
    raise AssertionError("a solo owner must never see the login screen")


def test_a_solo_owner_never_sees_a_login_screen(profile: Profile, qtbot: QtBot) -> None:
    AgentService(profile.pool.get(), params=FAST).add("Camille", Role.OWNER)
    sign_in = ask_who_is_working(Session(profile.pool.get, params=FAST), exec_dialog=never)
    assert sign_in is not None and sign_in.agent.name == "Camille" and sign_in.automatic


def test_a_new_profile_signs_its_first_owner_in(profile: Profile, qtbot: QtBot) -> None:
    sign_in = ask_who_is_working(Session(profile.pool.get, params=FAST), exec_dialog=never)
    assert sign_in is not None and sign_in.agent.role is Role.OWNER


def test_two_agents_are_asked_and_a_wrong_pin_is_refused(
    profile: Profile, staff: Staff, qtbot: QtBot
) -> None:
    def answer(dialog: LoginDialog) -> int:
        qtbot.addWidget(dialog)
        panel = dialog.panel
        names = [panel.agent_list.item(i).text() for i in range(panel.agent_list.count())]
        assert names == ["Camille · PIN", "Nadia · PIN", "Yasmine"]
        panel.select(staff.nadia.id)
        assert panel.password.isEnabled()
        qtbot.keyClicks(panel.password, "0000")
        qtbot.keyClick(panel.password, Qt.Key.Key_Return)
        assert panel.error.text() == "Wrong PIN or password for Nadia."
        assert dialog.result_sign_in is None
        panel.password.clear()
        qtbot.keyClicks(panel.password, "5678")
        qtbot.keyClick(panel.password, Qt.Key.Key_Return)
        return int(dialog.result())

    sign_in = ask_who_is_working(Session(profile.pool.get, params=FAST), exec_dialog=answer)
    assert sign_in is not None and sign_in.agent.id == staff.nadia.id


def test_an_agent_without_pin_signs_in_by_choosing_their_name(
    profile: Profile, staff: Staff, qtbot: QtBot
) -> None:
    session = Session(profile.pool.get, params=FAST)
    panel = LoginPanel(session)
    qtbot.addWidget(panel)
    panel.select(staff.yasmine.id)
    assert not panel.password.isEnabled()
    with qtbot.waitSignal(panel.signed_in) as blocker:
        panel.button.click()
    assert blocker.args[0].agent.name == "Yasmine"


def test_quick_switch_stamps_the_next_reply_with_the_new_agent(
    workspace: Workspace, staff: Staff, make_rig: RigFactory, qtbot: QtBot
) -> None:
    cid = add_message(workspace)
    rig = make_rig(workspace, staff.camille, "1234")
    assert rig.window.agent_id == staff.camille.id
    assert rig.ui.switcher.text() == "Camille"
    rig.ui.switcher.rebuild()
    switch = rig.ui.switcher.switch_actions()
    assert sorted(switch) == ["Nadia", "Yasmine"]
    switch["Yasmine"].trigger()  # no PIN: at once
    assert rig.window.agent_id == staff.yasmine.id
    assert rig.ui.switcher.text() == "Yasmine"
    rig.window.open_conversation(cid)
    rig.window.submit("On its way!", False)
    replies = [m for m in workspace.messages(cid) if m.direction is Direction.OUT]
    assert [m.agent_id for m in replies] == [staff.yasmine.id]


def test_switching_to_an_agent_with_a_pin_asks_for_it(
    workspace: Workspace, staff: Staff, make_rig: RigFactory, qtbot: QtBot
) -> None:
    rig = make_rig(workspace, staff.yasmine)
    show_active(rig.window, qtbot)
    rig.ui.switch_to(staff.nadia)
    overlay = rig.ui.overlay
    assert overlay.isVisible() and overlay.geometry() == rig.window.rect()
    assert overlay.panel.selected() is not None
    assert overlay.panel.selected().id == staff.nadia.id  # type: ignore[union-attr]
    qtbot.keyClicks(overlay.panel.password, "1111")
    qtbot.keyClick(overlay.panel.password, Qt.Key.Key_Return)
    assert overlay.isVisible() and "Wrong PIN" in overlay.panel.error.text()
    assert rig.window.agent_id == staff.yasmine.id
    overlay.panel.password.clear()
    qtbot.keyClicks(overlay.panel.password, "5678")
    qtbot.keyClick(overlay.panel.password, Qt.Key.Key_Return)
    assert not overlay.isVisible()
    assert rig.window.agent_id == staff.nadia.id


def test_idle_lock_covers_the_window_and_unlocks_with_a_pin(
    workspace: Workspace, staff: Staff, make_rig: RigFactory, qtbot: QtBot
) -> None:
    cid = add_message(workspace)
    rig = make_rig(workspace, staff.nadia, "5678", idle_ms=600_000)
    assert rig.ui.idle.timer.interval() == 600_000  # armed with the configured delay
    show_active(rig.window, qtbot)
    rig.window.inbox.select_id(cid)
    with qtbot.waitSignal(rig.ui.idle.idle, timeout=5000):
        rig.ui.idle.set_interval(100)  # then nobody touches anything for 0.1 s
    assert rig.team.session.locked
    assert rig.ui.overlay.isVisible()
    assert rig.ui.overlay.geometry() == rig.window.rect()
    assert not rig.ui.idle.timer.isActive()  # no second lock on top of the first
    # Nothing behind the lock takes input: no typing, no shortcut, no sending.
    composer = rig.window.composer
    type_text(composer.edit, "sneaky")
    composer.edit.setPlainText("typed before")  # (programmatic text is not user input)
    qtbot.keyClick(composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [m for m in workspace.messages(cid) if m.direction is Direction.OUT] == []
    assert "sneaky" not in composer.text()
    composer.edit.clear()
    panel = rig.ui.overlay.panel
    assert panel.selected() is not None and panel.selected().id == staff.nadia.id  # type: ignore[union-attr]
    qtbot.keyClicks(panel.password, "5678")
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert not rig.ui.overlay.isVisible() and not rig.team.session.locked
    assert rig.ui.idle.timer.isActive()  # counting again
    entries = [r[0] for r in workspace.profile.pool.get().execute(
        "SELECT action FROM audit_log ORDER BY id")]
    assert entries[-2:] == ["session:lock", "session:unlock"]


def test_a_solo_owner_is_never_locked(profile: Profile, workspace: Workspace,
                                      make_rig: RigFactory, qtbot: QtBot) -> None:
    owner = AgentService(profile.pool.get(), params=FAST).add("Camille", Role.OWNER)
    rig = make_rig(workspace, owner, idle_ms=50)
    assert not rig.ui.idle.enabled
    rig.ui.lock()  # even "Lock now" has nothing to protect
    assert not rig.ui.overlay.isVisible() and not rig.team.session.locked


def test_user_input_restarts_the_idle_countdown(qtbot: QtBot, qapp: QApplication) -> None:
    lock = IdleLock(60_000)
    try:
        widget = QListWidget()
        qtbot.addWidget(widget)
        qtbot.waitUntil(lambda: lock.timer.remainingTime() < 59_900, timeout=5000)
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down,
                                                 Qt.KeyboardModifier.NoModifier))
        assert lock.timer.remainingTime() > 59_900
        qtbot.waitUntil(lambda: lock.timer.remainingTime() < 59_900, timeout=5000)
        click = QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(QPoint(3, 3)),
                            QPointF(QPoint(3, 3)), Qt.MouseButton.LeftButton,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget.viewport(), click)
        assert lock.timer.remainingTime() > 59_900
        lock.set_interval(0)
        assert not lock.enabled and not lock.timer.isActive()
    finally:
        lock.remove()


def test_mentions_are_shown_when_the_agent_switches_in(
    workspace: Workspace, staff: Staff, make_rig: RigFactory, qtbot: QtBot
) -> None:
    cid = add_message(workspace, subject="Broken vase")
    rig = make_rig(workspace, staff.camille, "1234")
    rig.team.mentions().note(cid, "@Yasmine please call her back", agent_id=staff.camille.id)
    rig.ui.switcher.rebuild()
    rig.ui.switcher.switch_actions()["Yasmine"].trigger()
    dialog = rig.ui.mentions_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.items.count() == 1
    item = dialog.items.item(0)
    assert "Camille" in item.text() and "Broken vase" in item.text()
    dialog.items.itemActivated.emit(item)
    assert rig.window.open_id == cid
    dialog.close()
    # Seen: switching away and back shows nothing new.
    rig.ui.switcher.rebuild()
    rig.ui.switch_to(staff.camille)
    rig.ui.overlay.panel.password.setText("1234")
    rig.ui.overlay.panel.submit()
    rig.ui.switcher.rebuild()
    rig.ui.switcher.switch_actions()["Yasmine"].trigger()
    assert rig.ui.mentions_dialog is dialog  # no new dialog
