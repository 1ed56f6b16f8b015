"""File > Export: the open conversation, the current list (a view or search results) or
everything, as JSON, CSV or mbox, off the GUI thread; JSON comes back in whole."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from agent_assist.channels.email.files import iter_raw_messages
from agent_assist.services.importer import import_paths
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.ui.data.export_dialog import ExportDialog, ExportResult
from agent_assist.ui.main_window import MainWindow
from tests.fixtures.mail_files import emails, write_mbox
from tests.ui.backups.conftest import sign_in_as_agent
from tests.ui.conftest import WindowFactory, make_inbox

TIMEOUT_MS = 60_000


def shop(workspace: Workspace, tmp_path: Path, count: int = 6) -> list[bytes]:
    """Customer emails (imported from an mbox, so with raw bytes) and a few chats."""
    raws = list(emails(count))
    import_paths(workspace.profile, [write_mbox(tmp_path / "in.mbox", raws)])
    make_inbox(workspace)
    return raws


def open_export(window: MainWindow) -> ExportDialog:
    dialog = window.data.open_export()  # type: ignore[attr-defined]
    assert isinstance(dialog, ExportDialog)
    return dialog


def export(qtbot: QtBot, dialog: ExportDialog, scope: str, fmt: str, path: Path) -> object:
    dialog.scope_button(scope).setChecked(True)
    dialog.format_button(fmt).setChecked(True)
    dialog.choose_path = lambda _parent, _suggested, _filter: str(path)
    with qtbot.waitSignal(dialog.export_finished, timeout=TIMEOUT_MS) as done:
        dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=TIMEOUT_MS)
    return done.args[0]


def conversations_in(path: Path) -> list[dict[str, object]]:
    return json.loads(path.read_text("utf-8"))["conversations"]


def test_the_open_conversation_as_json(
    qtbot: QtBot, make_window: WindowFactory, workspace: Workspace, tmp_path: Path
) -> None:
    shop(workspace, tmp_path)
    window = make_window(workspace)
    cid = window.inbox.model.ids()[1]
    window.open_conversation(cid)
    dialog = open_export(window)
    assert dialog.scope_button("open").isChecked()  # what is open is the first guess
    result = export(qtbot, dialog, "open", "json", tmp_path / "one.json")
    assert isinstance(result, ExportResult) and result.messages == 1
    (record,) = conversations_in(tmp_path / "one.json")
    assert record["subject"] == workspace.conversation(cid).subject  # type: ignore[union-attr]
    assert "Exported 1 message(s) to" in dialog.message.text()


def test_the_current_view_and_search_results_as_csv(
    qtbot: QtBot, make_window: WindowFactory, workspace: Workspace, tmp_path: Path
) -> None:
    shop(workspace, tmp_path)
    window = make_window(workspace)
    window.nav.select_key("all")
    listed = set(window.inbox.model.ids())
    dialog = open_export(window)
    assert not dialog.scope_button("open").isEnabled()  # nothing is open
    assert dialog.scope_button("list").text().startswith(f"The {len(listed)} conversation")
    export(qtbot, dialog, "list", "csv", tmp_path / "view.csv")
    rows = list(csv.DictReader((tmp_path / "view.csv").open(encoding="utf-8")))
    assert {int(r["conversation_id"]) for r in rows} == listed
    window.search_box.setText("teapot")
    window.search()
    qtbot.waitUntil(window.inbox.is_searching)
    found = {r[0] for r in workspace.repos().db.execute(
        "SELECT conversation_id FROM messages WHERE subject LIKE '%teapot%' "
        "OR body_text LIKE '%teapot%'")}
    assert len(found) == 3  # two imported emails and Ben's
    dialog = open_export(window)
    assert "search results" in dialog.scope_button("list").text()
    export(qtbot, dialog, "list", "csv", tmp_path / "found.csv")
    rows = list(csv.DictReader((tmp_path / "found.csv").open(encoding="utf-8")))
    assert {int(r["conversation_id"]) for r in rows} == found


def test_everything_as_mbox_holds_each_email_byte_exact(
    qtbot: QtBot, make_window: WindowFactory, workspace: Workspace, tmp_path: Path
) -> None:
    raws = shop(workspace, tmp_path)
    window = make_window(workspace)
    dialog = open_export(window)
    result = export(qtbot, dialog, "all", "mbox", tmp_path / "all.mbox")
    assert isinstance(result, ExportResult) and result.messages == len(raws)  # chats: no email
    assert sorted(m.data for m in iter_raw_messages(tmp_path / "all.mbox")) == sorted(raws)
    assert f"Exported {len(raws)} email(s)" in dialog.message.text()


def test_everything_as_json_comes_back_whole_through_the_import_dialog(
    qtbot: QtBot, make_window: WindowFactory, workspace: Workspace, tmp_path: Path
) -> None:
    shop(workspace, tmp_path)
    window = make_window(workspace)
    out = tmp_path / "everything.json"
    export(qtbot, open_export(window), "all", "json", out)
    other = Profile.create_or_open(tmp_path / "other")
    try:
        other_window = make_window(Workspace(other))
        importer = other_window.data.open_import()  # type: ignore[attr-defined]
        importer.add_paths([out])
        with qtbot.waitSignal(importer.import_finished, timeout=TIMEOUT_MS) as done:
            importer.start_button.click()
        assert done.args[0].imported == workspace.repos().messages.count()
        qtbot.waitUntil(lambda: not importer.running, timeout=TIMEOUT_MS)
        again = tmp_path / "again.json"
        export(qtbot, open_export(other_window), "all", "json", again)
        key = lambda c: c["messages"][0]["provider_key"]  # noqa: E731
        assert sorted(conversations_in(out), key=key) == sorted(conversations_in(again), key=key)
        other_window.shutdown()
    finally:
        other.close()


def test_an_export_can_be_cancelled_and_leaves_no_file(
    qtbot: QtBot, make_window: WindowFactory, workspace: Workspace, tmp_path: Path
) -> None:
    import_paths(workspace.profile, [write_mbox(tmp_path / "in.mbox", emails(800))])
    window = make_window(workspace)
    dialog = open_export(window)

    def cancel_once(done: int, total: int) -> None:
        if dialog.cancel_button.isVisible():
            dialog.cancel_button.click()

    dialog.progressed.connect(cancel_once)
    assert export(qtbot, dialog, "all", "json", tmp_path / "all.json") is None
    assert dialog.message.text() == "Export cancelled: nothing was written."
    assert not (tmp_path / "all.json").exists() and not list(tmp_path.glob("*.partial"))


def test_a_folder_that_cannot_be_written_is_one_sentence(
    qtbot: QtBot, make_window: WindowFactory, workspace: Workspace, tmp_path: Path
) -> None:
    shop(workspace, tmp_path, 2)
    (tmp_path / "file").write_text("in the way")
    window = make_window(workspace)
    dialog = open_export(window)
    assert export(qtbot, dialog, "all", "csv", tmp_path / "file" / "out.csv") is None
    assert dialog.message.text().startswith("The export failed: Cannot write")
    assert dialog.message.text().endswith("not a directory.")
    assert dialog.export_button.isEnabled()


def test_only_an_owner_can_export(make_window: WindowFactory, workspace: Workspace) -> None:
    window = make_window(workspace)
    entry = window.findChild(QAction, "action-export")
    assert isinstance(entry, QAction)
    entry.trigger()  # a solo shop without passwords: the person at the desk owns it
    assert window.data.export_dialog is not None  # type: ignore[attr-defined]
    window.data.export_dialog.close()  # type: ignore[attr-defined]
    window.data.export_dialog = None  # type: ignore[attr-defined]
    sign_in_as_agent(window)
    entry.trigger()
    assert window.data.export_dialog is None  # type: ignore[attr-defined]
    assert window.message.text() == "Only an owner can export the shop's data."
