"""Conversation → Forget this customer…: the dialog says exactly what goes, asks for a tick,
deletes exactly that customer's data, audits it, refreshes the inbox; owners only."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Channel, IncomingAttachment, IncomingMessage
from agent_assist.services.workspace import Workspace
from agent_assist.storage.repositories import InboxQuery
from agent_assist.ui.features.backups import forget_customer
from agent_assist.ui.main_window import MainWindow
from agent_assist.ui.privacy.forget_dialog import ForgetContactDialog
from tests.ui.backups.conftest import sign_in_as_agent, status_text
from tests.ui.conftest import make_inbox


def ana_with_more(workspace: Workspace) -> dict[str, int]:
    """Ana: two conversations (one with a photo), two messages; Ben and Léa untouched."""
    ids = make_inbox(workspace)
    result = workspace.ingestor().ingest(IncomingMessage(
        provider_key="test:photo", channel=Channel.EMAIL, sender_address="ana@example.com",
        sender_name="Ana Lopez", subject="Broken lid", body_text="Photo attached.",
        raw=b"From: ana@example.com\r\nSubject: Broken lid\r\n\r\nPhoto attached.\r\n",
        sent_at=workspace.clock() - 60, message_id="lid@example.com",
        attachments=[IncomingAttachment("lid.jpg", "image/jpeg", b"\xff\xd8 jpeg bytes")]))
    assert result.conversation_id is not None and result.conversation_id != ids["ana"]
    return {**ids, "ana_lid": result.conversation_id}


def forget_action(window: MainWindow) -> QAction:
    found = window.findChild(QAction, "action-forget-customer")
    assert isinstance(found, QAction)
    return found


def open_dialog(window: MainWindow, conversation_id: int) -> ForgetContactDialog:
    window.open_conversation(conversation_id)
    forget_customer(window)
    dialog = window.forget_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, ForgetContactDialog) and dialog.isVisible()
    return dialog


def contact_of(workspace: Workspace, conversation_id: int) -> int:
    conv = workspace.conversation(conversation_id)
    assert conv is not None and conv.contact_id is not None
    return conv.contact_id


def test_the_action_needs_an_open_conversation(window: MainWindow, workspace: Workspace) -> None:
    ids = make_inbox(workspace)
    window.open_conversation(ids["ben"])
    assert forget_action(window).isEnabled()
    assert "Forget this customer…" in [
        a.text() for a in window.menuBar().actions()[1].menu().actions()]  # Conversation


def test_the_dialog_says_what_goes_and_needs_a_tick(
        qtbot: QtBot, window: MainWindow, workspace: Workspace) -> None:
    ids = ana_with_more(workspace)
    dialog = open_dialog(window, ids["ana"])
    qtbot.addWidget(dialog)
    counts = dialog.findChild(QLabel, "forgetCounts")
    assert counts is not None
    assert counts.text().splitlines() == [
        "• 2 conversations", "• 2 messages", "• 1 attachment",
        "• their contact details: ana@example.com"]
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Delete Ana Lopez and everything about them?" in texts
    assert "recorded in the audit log" in texts and "mail server" in texts
    assert not dialog.delete_button.isEnabled()
    dialog.confirm.setChecked(True)
    assert dialog.delete_button.isEnabled()


def test_deleting_removes_exactly_that_customer_and_is_audited(
        qtbot: QtBot, window: MainWindow, workspace: Workspace) -> None:
    ids = ana_with_more(workspace)
    ana = contact_of(workspace, ids["ana"])
    others = {contact_of(workspace, ids["ben"]), contact_of(workspace, ids["lea"])}
    messages_before = workspace.repos().messages.count()
    dialog = open_dialog(window, ids["ana"])
    dialog.confirm.setChecked(True)
    dialog.delete_button.click()  # ImmediateExecutor: the deletion has run when this returns
    repos = workspace.repos()
    assert workspace.contact(ana) is None
    assert repos.db.execute("SELECT count(*) FROM conversations WHERE contact_id = ?",
                            [ana]).fetchone()[0] == 0
    assert repos.messages.count() == messages_before - 2
    assert {c for c in others if workspace.contact(c) is not None} == others
    assert set(workspace.inbox_ids(InboxQuery("all"))) == {ids["ben"], ids["lea"]}
    assert repos.db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert not [p for p in workspace.attachments.root.rglob("*") if p.is_file()]  # photo gone
    (entry,) = [e for e in repos.audit.list() if e.action == "contact:forget"]
    assert entry.subject_id == ana
    assert entry.details == {"conversations": 2, "messages": 2, "attachments": 1, "files": 1}
    assert window.open_id is None and window.conversation.conversation is None
    model = window.inbox.model  # the inbox list was refreshed
    assert {model.id_at(row) for row in range(model.rowCount())} == {ids["ben"], ids["lea"]}
    assert status_text(window) == ("Customer deleted: 2 conversations, 2 messages. Recorded in "
                                   "the audit log.")


def test_cancel_keeps_everything(window: MainWindow, workspace: Workspace) -> None:
    ids = ana_with_more(workspace)
    before = workspace.repos().messages.count()
    dialog = open_dialog(window, ids["ana"])
    dialog.confirm.setChecked(True)
    dialog.reject()
    assert workspace.repos().messages.count() == before
    assert not [e for e in workspace.repos().audit.list() if e.action == "contact:forget"]


def test_an_agent_cannot_forget_a_customer(window: MainWindow, workspace: Workspace) -> None:
    ids = make_inbox(workspace)
    sign_in_as_agent(window)
    window.open_conversation(ids["ana"])
    forget_customer(window)
    assert getattr(window, "forget_dialog", None) is None
    assert status_text(window) == "Only an owner can delete a customer's data."
    assert workspace.contact(contact_of(workspace, ids["ana"])) is not None
