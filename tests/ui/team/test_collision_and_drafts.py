"""The collision banner, the confirmation before a late send, drafts, and client windows."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Channel, Delivery, Direction
from agent_assist.services.collision import CollisionGuard, SendCheck
from agent_assist.services.drafts import DraftStore
from agent_assist.services.roles import ClientWorkspace
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.ui.main_window import MainWindow
from agent_assist.ui.team.client import mark_client_window
from agent_assist.ui.team.collision_banner import NewerMessagesDialog, presence_text
from tests.ui.conftest import add_message, type_text
from tests.ui.team.conftest import RigFactory, Staff


def chat(workspace: Workspace, text: str = "Bonjour, mon colis ?", ago: float = 600) -> int:
    return add_message(workspace, channel=Channel.DEMO_CHAT, sender="lea", name="Léa Roux",
                       text=text, ago=ago)


def test_the_banner_shows_who_else_is_replying(profile: Profile, workspace: Workspace,
                                               staff: Staff, make_rig: RigFactory,
                                               qtbot: QtBot) -> None:
    cid = chat(workspace)
    rig = make_rig(workspace, staff.camille, "1234")
    rig.window.inbox.select_id(cid)
    banner = rig.ui.banner
    assert banner.isHidden()
    other = CollisionGuard(profile.pool.get(), window_id="yasmine-window")
    other.heartbeat(cid, staff.yasmine.id)
    qtbot.waitUntil(lambda: banner.label.text() == "Yasmine is replying…", timeout=5000)
    assert not banner.isHidden()
    other.stop(cid)
    qtbot.waitUntil(banner.isHidden, timeout=5000)


def test_typing_announces_presence_and_saves_the_draft(
    profile: Profile, workspace: Workspace, staff: Staff, make_rig: RigFactory, qtbot: QtBot
) -> None:
    cid = chat(workspace)
    writer = make_rig(workspace, staff.camille, "1234")
    reader = make_rig(workspace, staff.yasmine)
    writer.window.inbox.select_id(cid)
    reader.window.inbox.select_id(cid)
    type_text(writer.window.composer.edit, "Bonjour Léa")
    qtbot.waitUntil(lambda: reader.ui.banner.label.text() == "Camille is replying…",
                    timeout=5000)
    draft = DraftStore(profile.pool.get()).get(cid, staff.camille.id)
    assert draft is not None and draft.body == "Bonjour Léa"
    # Emptying the composer withdraws both.
    writer.window.composer.edit.clear()
    qtbot.waitUntil(reader.ui.banner.isHidden, timeout=5000)
    assert DraftStore(profile.pool.get()).get(cid, staff.camille.id) is None


def test_a_late_send_is_shown_and_must_be_confirmed(
    profile: Profile, workspace: Workspace, staff: Staff, make_rig: RigFactory, qtbot: QtBot
) -> None:
    cid = chat(workspace)
    asked: list[SendCheck] = []
    answers = [False]

    def confirm(parent: QWidget | None, check: SendCheck, names: dict[int, str]) -> bool:
        asked.append(check)
        return answers.pop(0)

    rig = make_rig(workspace, staff.camille, "1234", confirm=confirm)
    rig.window.inbox.select_id(cid)
    type_text(rig.window.composer.edit, "Il part demain.")
    # Meanwhile Yasmine answers from another window and Léa writes again.
    workspace.reply(cid, "Il est parti ce matin !", agent_id=staff.yasmine.id)
    chat(workspace, "Merci !", ago=0)
    qtbot.keyClick(rig.window.composer.edit, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    assert [m.body_text for m in asked[0].replies_by_others] == ["Il est parti ce matin !"]
    assert [m.body_text for m in asked[0].customer] == ["Merci !"]
    mine = [m for m in workspace.messages(cid)
            if m.direction is Direction.OUT and m.agent_id == staff.camille.id]
    assert mine == []  # "Go back": nothing sent, the draft is still there
    assert rig.window.composer.text() == "Il part demain."
    # Sending again: what was shown is not asked about a second time.
    qtbot.keyClick(rig.window.composer.edit, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    mine = [m for m in workspace.messages(cid)
            if m.direction is Direction.OUT and m.agent_id == staff.camille.id]
    assert [m.body_text for m in mine] == ["Il part demain."]
    assert DraftStore(profile.pool.get()).get(cid, staff.camille.id) is None


def test_nothing_new_sends_without_asking(workspace: Workspace, staff: Staff,
                                          make_rig: RigFactory, qtbot: QtBot) -> None:
    cid = chat(workspace)

    def confirm(parent: QWidget | None, check: SendCheck, names: dict[int, str]) -> bool:
        raise AssertionError("nothing arrived: no question")

    rig = make_rig(workspace, staff.yasmine, confirm=confirm)
    rig.window.inbox.select_id(cid)
    type_text(rig.window.composer.edit, "Bonjour !")
    rig.window.composer.submit()
    assert [m.body_text for m in workspace.messages(cid) if m.direction is Direction.OUT] == [
        "Bonjour !"]


def test_a_saved_draft_comes_back_after_a_crash(profile: Profile, workspace: Workspace,
                                                staff: Staff, make_rig: RigFactory) -> None:
    cid = chat(workspace)
    started = time.time() - 120
    DraftStore(profile.pool.get()).save(cid, staff.yasmine.id, "Bonjour Léa, votre colis",
                                        started_at=started)
    rig = make_rig(workspace, staff.yasmine)
    rig.window.inbox.select_id(cid)
    assert rig.window.composer.text() == "Bonjour Léa, votre colis"
    assert rig.ui.guard.started[cid] == started  # the pre-send check starts from then


def test_switching_agents_files_the_draft_under_its_author(
    profile: Profile, workspace: Workspace, staff: Staff, make_rig: RigFactory
) -> None:
    cid = chat(workspace)
    rig = make_rig(workspace, staff.yasmine)
    rig.window.inbox.select_id(cid)
    type_text(rig.window.composer.edit, "Yasmine's half reply")
    rig.ui.switch_to(staff.camille)
    rig.ui.overlay.panel.password.setText("1234")
    rig.ui.overlay.panel.submit()
    assert rig.window.agent_id == staff.camille.id
    assert rig.window.composer.text() == ""  # Camille does not see (or send) Yasmine's words
    drafts = DraftStore(profile.pool.get())
    kept = drafts.get(cid, staff.yasmine.id)
    assert kept is not None and kept.body == "Yasmine's half reply"
    assert drafts.get(cid, staff.camille.id) is None
    rig.ui.switcher.rebuild()
    rig.ui.switcher.switch_actions()["Yasmine"].trigger()
    assert rig.window.composer.text() == "Yasmine's half reply"


def test_presence_sentences() -> None:
    from agent_assist.core.team import Presence

    def row(agent_id: int, name: str, window: str) -> Presence:
        return Presence(1, agent_id, name, window, "replying", 0.0, 0.0)

    assert presence_text([], 1) == ""
    assert presence_text([row(2, "Yasmine", "a")], 1) == "Yasmine is replying…"
    assert presence_text([row(2, "Yasmine", "a"), row(3, "Nadia", "b"), row(2, "Yasmine", "c")],
                         1) == "Yasmine, Nadia are replying…"
    assert presence_text([row(1, "Camille", "b")], 1) == (
        "You are also writing here in another window.")


def test_the_confirmation_lists_what_arrived(workspace: Workspace, staff: Staff,
                                             qtbot: QtBot) -> None:
    cid = chat(workspace)
    started = time.time()
    workspace.reply(cid, "Déjà répondu", agent_id=staff.yasmine.id)
    chat(workspace, "Allô ?", ago=0)
    check = CollisionGuard(workspace.profile.pool.get()).check_before_send(
        cid, started, staff.camille.id)
    dialog = NewerMessagesDialog(check, {staff.yasmine.id: "Yasmine"})
    qtbot.addWidget(dialog)
    texts = [dialog.items.item(i).text() for i in range(dialog.items.count())]
    assert len(texts) == 2
    assert any(t.startswith("Reply by Yasmine") and "Déjà répondu" in t for t in texts)
    assert any(t.startswith("Customer (Léa Roux)") and "Allô ?" in t for t in texts)
    assert dialog.back_button.isDefault()  # Enter does not send by accident


def test_a_client_window_is_labelled_and_never_sends(profile: Profile, qtbot: QtBot,
                                                     qapp: QApplication) -> None:
    workspace = ClientWorkspace(profile)
    cid = chat(workspace)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    note = mark_client_window(window, "4242")
    assert "client window" in window.windowTitle()
    assert note.text().startswith("Client window") and "4242" in note.text()
    assert window.statusBar().findChild(QLabel, "clientWindowNote") is note
    workspace.reply(cid, "Queued here", agent_id=None)
    assert workspace.send_pending().sent == []
    assert workspace.recover_outbox() == []
    out = [m for m in workspace.messages(cid) if m.direction is Direction.OUT]
    assert [m.delivery for m in out] == [Delivery.QUEUED]  # the engine will send it
    window.close()
