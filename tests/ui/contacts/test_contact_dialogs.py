"""Reviewing merge suggestions and splitting a contact, through the real services."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Channel, HandleKind
from agent_assist.services.workspace import Workspace
from agent_assist.ui.bridge import ImmediateExecutor, TaskRunner
from agent_assist.ui.contacts.merge_dialog import MergeSuggestionsDialog
from agent_assist.ui.contacts.split_dialog import SplitContactDialog
from tests.ui.conftest import add_message


@pytest.fixture
def tasks(qtbot: QtBot) -> TaskRunner:
    return TaskRunner(ImmediateExecutor())


def contact_of(workspace: Workspace, conversation_id: int) -> int:
    conv = workspace.conversation(conversation_id)
    assert conv is not None and conv.contact_id is not None
    return conv.contact_id


def two_lea(workspace: Workspace) -> tuple[int, int]:
    email = add_message(workspace, sender="lea@example.com", name="Léa Roux")
    chat = add_message(workspace, sender="501", name="Lea Roux", channel=Channel.TELEGRAM,
                       text="Bonjour !")
    return email, chat


def test_merge_from_the_dialog(qtbot: QtBot, workspace: Workspace, tasks: TaskRunner) -> None:
    email, chat = two_lea(workspace)
    dialog = MergeSuggestionsDialog(workspace, tasks)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "same name"
    assert dialog.merge_button.isEnabled()
    with qtbot.waitSignal(dialog.contactsChanged, timeout=5000):
        dialog.merge_button.click()
    assert contact_of(workspace, email) == contact_of(workspace, chat)
    assert dialog.table.rowCount() == 0 and not dialog.empty.isHidden()
    assert "Merged into Léa Roux" in dialog.status.text()
    assert not dialog.merge_button.isEnabled()


def test_not_the_same_person_is_remembered(qtbot: QtBot, workspace: Workspace,
                                           tasks: TaskRunner) -> None:
    email, chat = two_lea(workspace)
    dialog = MergeSuggestionsDialog(workspace, tasks)
    qtbot.addWidget(dialog)
    dialog.dismiss_button.click()
    assert dialog.table.rowCount() == 0
    assert contact_of(workspace, email) != contact_of(workspace, chat)
    again = MergeSuggestionsDialog(workspace, tasks)
    qtbot.addWidget(again)
    assert again.table.rowCount() == 0


def test_split_from_the_dialog(qtbot: QtBot, workspace: Workspace, tasks: TaskRunner) -> None:
    email, chat = two_lea(workspace)
    merger = MergeSuggestionsDialog(workspace, tasks)
    qtbot.addWidget(merger)
    merger.merge_button.click()
    contact = workspace.contact(contact_of(workspace, email))
    assert contact is not None and len(contact.handles) == 2
    dialog = SplitContactDialog(workspace, tasks, contact)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()  # nothing ticked
    chat_row = next(i for i in range(dialog.handles.count())
                    if dialog.handles.item(i).data(Qt.ItemDataRole.UserRole).kind
                    is not HandleKind.EMAIL)
    dialog.handles.item(chat_row).setCheckState(Qt.CheckState.Checked)
    dialog.name.setText("Léa (Telegram)")
    with qtbot.waitSignal(dialog.contactsChanged, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    new_contact = workspace.contact(contact_of(workspace, chat))
    assert new_contact is not None and new_contact.id != contact.id
    assert [h.value for h in new_contact.handles] == ["501"]
    assert contact_of(workspace, email) == contact.id


def test_split_refuses_taking_every_address(qtbot: QtBot, workspace: Workspace,
                                            tasks: TaskRunner) -> None:
    conv = add_message(workspace, sender="solo@example.com", name="Solo")
    contact = workspace.contact(contact_of(workspace, conv))
    assert contact is not None
    dialog = SplitContactDialog(workspace, tasks, contact)
    qtbot.addWidget(dialog)
    dialog.handles.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.name.setText("Other")
    with qtbot.waitSignal(dialog.failed, timeout=5000) as failed:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "at least one address" in failed.args[0]
    assert workspace.repos().contacts.count() == 1
