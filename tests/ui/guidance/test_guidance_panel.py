"""The guidance panel computes off the GUI thread, drops stale results, and inserts replies."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from agent_assist.core.guidance import Guidance
from agent_assist.core.models import Conversation
from agent_assist.services.demo_shop import build_demo
from agent_assist.services.template_store import TemplateStore
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.ui.bridge import TaskRunner, WorkerThread
from agent_assist.ui.guidance.guidance_panel import GuidancePanel


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    """A real worker thread, as in the app (results come back through queued signals)."""
    task_runner = TaskRunner(WorkerThread())
    yield task_runner
    task_runner.shutdown()


def background(runner: TaskRunner) -> Callable[[Callable[[], Any], Callable[[Any], None]], None]:
    return lambda fn, done: runner.run(fn, on_done=done)


@pytest.fixture
def demo(profile: Profile) -> Workspace:
    build_demo(profile)
    return Workspace(profile)


def conversation(workspace: Workspace, subject: str) -> Conversation:
    row = workspace.profile.pool.get().execute(
        "SELECT id FROM conversations WHERE subject = ?", [subject]).fetchone()
    conv = workspace.conversation(int(row[0]))
    assert conv is not None
    return conv


def texts(panel: GuidancePanel) -> str:
    return "\n".join(label.text() for label in panel.findChildren(QLabel))


def test_the_panel_shows_customer_situation_playbook_and_suggestions(
        qtbot: QtBot, demo: Workspace, runner: TaskRunner) -> None:
    store = TemplateStore(demo.profile)
    panel = GuidancePanel(store.guidance, background(runner))
    qtbot.addWidget(panel)
    conv = conversation(demo, "Commande AL-10255")
    with qtbot.waitSignal(panel.updated, timeout=10_000) as blocker:
        panel.set_conversation(conv)
    assert blocker.args == [conv.id]
    shown = texts(panel)
    assert "Public complaint: take it seriously, move it private" in shown
    assert "“Instagram”" in shown and "“laisse un avis”" in shown  # why the tone was detected
    assert "@" in shown  # the customer's handle
    assert panel.playbook_section is not None and panel.playbook_section.checkboxes
    assert panel.suggestions is not None and panel.suggestions.template_buttons


def test_set_conversation_returns_before_guidance_is_ready(
        qtbot: QtBot, demo: Workspace, runner: TaskRunner) -> None:
    store = TemplateStore(demo.profile)
    release = threading.Event()

    def slow(cid: int) -> Guidance:
        assert release.wait(10), "the test never released the computation"
        return store.guidance(cid)

    panel = GuidancePanel(slow, background(runner))
    qtbot.addWidget(panel)
    conv = conversation(demo, "Paquet cadeau")
    with qtbot.waitSignal(panel.updated, timeout=10_000):
        panel.set_conversation(conv)  # returns at once although the worker is blocked
        assert panel.status.text() == "Reading the conversation…"
        assert panel.guidance is None
        release.set()
    assert panel.guidance is not None and panel.guidance.conversation_id == conv.id


def test_results_for_a_conversation_already_left_are_dropped(
        qtbot: QtBot, demo: Workspace, runner: TaskRunner) -> None:
    store = TemplateStore(demo.profile)
    first_may_finish = threading.Event()
    first = conversation(demo, "Paquet cadeau")
    second = conversation(demo, "Dishwasher?")
    applied: list[int] = []

    def compute(cid: int) -> Guidance:
        if cid == first.id:
            assert first_may_finish.wait(10)
        return store.guidance(cid)

    panel = GuidancePanel(compute, background(runner))
    panel.guidance_ready.connect(lambda g: applied.append(g.conversation_id))
    qtbot.addWidget(panel)
    panel.set_conversation(first)
    panel.set_conversation(second)  # the agent moved on while the first was computing
    first_may_finish.set()
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: bool(applied), timeout=10_000)
    assert applied == [second.id]
    assert panel.guidance is not None and panel.guidance.conversation_id == second.id


def test_clicks_insert_a_template_or_a_past_reply(
        qtbot: QtBot, demo: Workspace, runner: TaskRunner) -> None:
    store = TemplateStore(demo.profile)
    panel = GuidancePanel(store.guidance, lambda fn, done: done(fn()))
    qtbot.addWidget(panel)
    conv = conversation(demo, "Commande AL-10287 toujours pas reçue")
    panel.set_conversation(conv)
    assert panel.suggestions is not None
    first = panel.suggestions.template_buttons[0]
    with qtbot.waitSignal(panel.template_chosen, timeout=3000) as chosen:
        qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert chosen.args == ["late", "fr"]
    assert "topic Late or missing delivery" in first.toolTip()  # says why it is suggested


def test_past_replies_come_second_and_can_be_inserted(
        qtbot: QtBot, profile: Profile, runner: TaskRunner) -> None:
    build_demo(profile, size=200)  # variations of the scripts: similar past conversations
    workspace = Workspace(profile)
    panel = GuidancePanel.for_store(TemplateStore(profile), background(runner))
    qtbot.addWidget(panel)
    ids = [r[0] for r in profile.pool.get().execute(
        "SELECT id FROM conversations WHERE subject = 'Chipped bowl in my order' ORDER BY id")]
    order: list[str] = []
    panel.updated.connect(lambda _cid: order.append("cards"))
    panel.replies_updated.connect(lambda _cid: order.append("replies"))
    with qtbot.waitSignal(panel.replies_updated, timeout=10_000):
        panel.set_conversation(workspace.conversation(ids[-1]))
    assert order == ["cards", "replies"]
    assert panel.suggestions is not None and panel.suggestions.reply_buttons
    assert panel.playbook_section is not None  # the other cards were left in place
    with qtbot.waitSignal(panel.reply_chosen, timeout=3000) as chosen:
        qtbot.mouseClick(panel.suggestions.reply_buttons[0], Qt.MouseButton.LeftButton)
    assert chosen.args[0].strip()


def test_checklist_ticks_survive_a_refresh(qtbot: QtBot, demo: Workspace) -> None:
    store = TemplateStore(demo.profile)
    panel = GuidancePanel(store.guidance, lambda fn, done: done(fn()))
    qtbot.addWidget(panel)
    conv = conversation(demo, "Commande AL-10287 toujours pas reçue")
    panel.set_conversation(conv)
    assert panel.playbook_section is not None
    panel.playbook_section.checkboxes[0].setChecked(True)
    panel.refresh()
    boxes = panel.playbook_section.findChildren(QCheckBox)
    assert boxes[0].isChecked() and not boxes[1].isChecked()


def test_a_failure_is_shown_in_the_panel_not_raised(qtbot: QtBot, demo: Workspace) -> None:
    def broken(_cid: int) -> Guidance:
        raise RuntimeError("the disk is on fire")

    panel = GuidancePanel(broken, lambda fn, done: done(fn()))
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.updated, timeout=3000):
        panel.set_conversation(conversation(demo, "Paquet cadeau"))
    assert panel.status.text() == "Guidance is unavailable: the disk is on fire"
    panel.set_conversation(None)
    assert panel.status.text() == "Open a conversation to see what to do."
