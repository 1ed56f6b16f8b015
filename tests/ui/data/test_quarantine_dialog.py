"""File > Quarantined messages: the list, the raw bytes, "Save raw…" and "Try again"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from agent_assist.services.importer import import_key, import_paths
from agent_assist.services.quarantine import PREVIEW_BYTES
from agent_assist.services.workspace import Workspace
from agent_assist.ui.data.quarantine_dialog import QuarantineDialog
from agent_assist.ui.main_window import MainWindow
from tests.fixtures.mail_files import customer_email, emails, write_mbox
from tests.ui.conftest import WindowFactory

GARBAGE = b"\x00\xff" * 60


def open_quarantine(window: MainWindow) -> QuarantineDialog:
    dialog = window.data.open_quarantine()  # type: ignore[attr-defined]
    assert isinstance(dialog, QuarantineDialog)
    return dialog


def quarantine_readable(workspace: Workspace, raw: bytes) -> None:
    """What an older version of the parser could not read but this one can."""
    repos = workspace.repos()
    with repos.db.atomic():
        repos.quarantine.add(import_key(raw), raw, "The old parser gave up.", source="old.mbox#9")


def test_list_raw_bytes_and_save(
    make_window: WindowFactory, workspace: Workspace, tmp_path: Path
) -> None:
    import_paths(workspace.profile, [write_mbox(tmp_path / "in.mbox", [*emails(2), GARBAGE])])
    window = make_window(workspace)
    dialog = open_quarantine(window)
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert dialog.model.rowCount() == 1
    assert dialog.intro.text().startswith("1 message(s) could not be read")
    row = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert "in.mbox#3" in row[1] and "binary" in row[2] and row[3]
    raw = workspace.repos().quarantine.raw(dialog.model.item(0).id)  # type: ignore[union-attr]
    assert raw is not None and raw.startswith(GARBAGE)  # as read from the mbox
    assert dialog.raw_view.toPlainText() == raw.decode("utf-8", "replace")
    assert dialog.raw_view.isReadOnly() and not dialog.raw_note.text()
    assert dialog.retry_button.isEnabled()  # an email: it can be read again
    dialog.choose_path = lambda _parent, _suggested: str(tmp_path / "saved.eml")
    dialog.save_button.click()
    assert (tmp_path / "saved.eml").read_bytes() == raw
    assert dialog.message.text().startswith("Saved ")
    dialog.choose_path = lambda _parent, _suggested: str(tmp_path / "saved.eml" / "x.eml")
    dialog.save_button.click()
    assert dialog.message.text().startswith("Cannot write ")


def test_a_big_raw_message_is_shown_in_part(
    make_window: WindowFactory, workspace: Workspace
) -> None:
    big = b"\x00" + b"A" * (PREVIEW_BYTES * 2)
    repos = workspace.repos()
    with repos.db.atomic():
        repos.quarantine.add(import_key(big), big, "Too strange.", source="big.eml")
    dialog = open_quarantine(make_window(workspace))
    assert len(dialog.raw_view.toPlainText()) == PREVIEW_BYTES
    assert dialog.raw_note.text().startswith("Showing the first")


def test_try_again_stores_what_can_now_be_read_and_keeps_the_rest(
    qtbot: QtBot, make_window: WindowFactory, workspace: Workspace, tmp_path: Path
) -> None:
    import_paths(workspace.profile, [write_mbox(tmp_path / "in.mbox", [GARBAGE])])
    readable = customer_email(4)
    quarantine_readable(workspace, readable)
    window = make_window(workspace)
    window.nav.select_key("all")
    before = window.inbox.model.rowCount()
    dialog = open_quarantine(window)
    assert dialog.model.rowCount() == 2
    garbage_row = next(r for r in range(2) if "binary" in dialog.model.item(r).error)
    dialog.select_row(garbage_row)
    dialog.retry_button.click()
    assert dialog.message.text().startswith("Still unreadable: ")
    assert dialog.model.rowCount() == 2
    dialog.select_row(1 - garbage_row)
    with qtbot.waitSignal(dialog.stored) as stored:
        dialog.retry_button.click()
    assert isinstance(stored.args[0], int)
    assert dialog.model.rowCount() == 1
    assert "left the quarantine" in dialog.message.text()
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == before + 1)
    assert window.inbox.model.row_of(stored.args[0]) >= 0


def test_a_chat_event_can_be_saved_but_not_read_again(
    make_window: WindowFactory, workspace: Workspace
) -> None:
    repos = workspace.repos()
    with repos.db.atomic():
        repos.quarantine.add("tg:1:77", b'{"update_id": 77, "odd": true}', "Not understood.",
                             source="telegram")
    dialog = open_quarantine(make_window(workspace))
    assert dialog.save_button.isEnabled() and not dialog.retry_button.isEnabled()
    assert '"update_id": 77' in dialog.raw_view.toPlainText()


def test_right_to_left_mirrors_the_list_and_still_shows_the_first_item(
    qapp: QApplication, make_window: WindowFactory, workspace: Workspace, tmp_path: Path
) -> None:
    import_paths(workspace.profile, [write_mbox(tmp_path / "in.mbox", [GARBAGE])])
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    dialog = open_quarantine(make_window(workspace))
    assert dialog.isRightToLeft() and dialog.selected() is not None
    assert dialog.raw_view.toPlainText().startswith(GARBAGE.decode("utf-8", "replace"))
    assert dialog.raw_view.layoutDirection() == Qt.LayoutDirection.LeftToRight  # raw mail


def test_the_today_page_points_at_new_quarantined_mail_until_it_is_opened(
    make_window: WindowFactory, workspace: Workspace
) -> None:
    window = make_window(workspace)
    today = window.today  # type: ignore[attr-defined]

    def quarantine_buttons() -> list[QPushButton]:
        return [b for b in today.warning_buttons if b.objectName() == "action_open_quarantine"]

    today.refresh()
    assert quarantine_buttons() == []
    quarantine_readable(workspace, customer_email(7))
    today.refresh()
    (button,) = quarantine_buttons()
    button.click()
    dialog = window.data.quarantine_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, QuarantineDialog) and dialog.isVisible()
    assert dialog.model.rowCount() == 1
    # Opening the quarantine marked the item seen and refreshed the page (worker, then GUI).
    assert quarantine_buttons() == []
