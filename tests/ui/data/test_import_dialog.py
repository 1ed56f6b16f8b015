"""File > Import mail: real mbox, Maildir and corpus imports on their own thread; cancel and
resume without duplicates; clear errors; the window stays usable meanwhile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from agent_assist.services.export import export_to
from agent_assist.services.importer import BATCH, ImportCounts, ImportProgress, import_paths
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.ui.data.import_dialog import ImportDialog
from agent_assist.ui.main_window import MainWindow
from tests.fixtures.mail_files import corpus_dir, emails, write_maildir, write_mbox
from tests.ui.conftest import WindowFactory

TIMEOUT_MS = 120_000  # a loaded CI machine; the imports here take a few seconds


def open_import(window: MainWindow) -> ImportDialog:
    dialog = window.data.open_import()  # type: ignore[attr-defined]
    assert isinstance(dialog, ImportDialog)
    return dialog


def run_import(qtbot: QtBot, dialog: ImportDialog) -> ImportCounts:
    with qtbot.waitSignal(dialog.import_finished, timeout=TIMEOUT_MS) as finished:
        dialog.start_button.click()
    counts = finished.args[0]
    assert isinstance(counts, ImportCounts)
    qtbot.waitUntil(lambda: not dialog.running, timeout=TIMEOUT_MS)
    return counts


def test_the_file_menu_offers_import_export_and_quarantine_above_quit(
    make_window: WindowFactory, workspace: Workspace
) -> None:
    window = make_window(workspace)
    file_menu = window.menuBar().findChild(QMenu, "menu-file")
    assert isinstance(file_menu, QMenu)
    names = [a.objectName() for a in file_menu.actions() if a.objectName()]
    assert names.index("action-import") < names.index("action-export") < names.index(
        "action-quarantine") < names.index("action-quit")
    found = window.findChild(QAction, "action-import")
    assert isinstance(found, QAction)
    found.trigger()
    assert window.data.import_dialog.isVisible()  # type: ignore[attr-defined]


def test_mbox_and_maildir_import_with_live_counts_then_the_inbox_shows_them(
    qtbot: QtBot, make_window: WindowFactory, workspace: Workspace, tmp_path: Path
) -> None:
    window = make_window(workspace)
    mbox = write_mbox(tmp_path / "archive.mbox", emails(BATCH + 40))
    maildir = write_maildir(tmp_path / "Maildir", emails(30, start=1000))
    dialog = open_import(window)
    dialog.add_paths([mbox, maildir, mbox])  # the same source twice is listed once
    assert dialog.source_paths() == [str(mbox), str(maildir)]
    seen: list[ImportProgress] = []
    dialog.progressed.connect(seen.append)
    counts = run_import(qtbot, dialog)
    assert (counts.imported, counts.duplicates, counts.quarantined) == (BATCH + 70, 0, 0)
    assert seen and seen[0].counts.imported == BATCH  # live counts after the first batch
    assert dialog.imported_label.text() == f"{BATCH + 70:,}"
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum()
    assert "Import finished" in dialog.summary_label.text()
    assert not dialog.view_quarantine_button.isVisible()
    window.nav.select_key("all")
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == BATCH + 70, timeout=TIMEOUT_MS)
    dialog.restart()
    again = run_import(qtbot, dialog)
    assert (again.imported, again.duplicates) == (0, BATCH + 70)


def test_the_shared_corpus_imports_and_quarantined_mail_can_be_viewed(
    qtbot: QtBot, make_window: WindowFactory, workspace: Workspace, tmp_path: Path
) -> None:
    window = make_window(workspace)
    garbage = tmp_path / "broken.eml"
    garbage.write_bytes(b"\x00\xff" * 60)
    dialog = open_import(window)
    dialog.add_paths([corpus_dir(), garbage])
    counts = run_import(qtbot, dialog)
    assert counts.imported > 100 and counts.quarantined >= 1
    assert workspace.repos().messages.count() == counts.imported
    assert dialog.view_quarantine_button.isVisibleTo(dialog)
    assert "kept with their exact bytes" in dialog.summary_label.text()
    dialog.view_quarantine_button.click()
    quarantine = window.data.quarantine_dialog  # type: ignore[attr-defined]
    assert quarantine.isVisible() and quarantine.model.rowCount() == counts.quarantined


def test_cancel_keeps_what_was_imported_and_a_second_run_adds_the_rest_once(
    qtbot: QtBot, make_window: WindowFactory, workspace: Workspace, tmp_path: Path
) -> None:
    total = BATCH * 8
    mbox = write_mbox(tmp_path / "big.mbox", emails(total))
    window = make_window(workspace)
    dialog = open_import(window)
    dialog.add_paths([mbox])

    def cancel_after_the_first_batch(progress: ImportProgress) -> None:
        if progress.counts.imported and dialog.cancel_button.isEnabled():
            dialog.cancel_button.click()

    dialog.progressed.connect(cancel_after_the_first_batch)
    first = run_import(qtbot, dialog)
    dialog.progressed.disconnect(cancel_after_the_first_batch)
    assert first.cancelled and 0 < first.imported < total
    assert workspace.repos().messages.count() == first.imported
    assert "Import stopped" in dialog.summary_label.text()
    assert "nothing is imported twice" in dialog.summary_label.text()
    dialog.restart()
    second = run_import(qtbot, dialog)
    assert (second.imported, second.duplicates) == (total - first.imported, first.imported)
    assert workspace.repos().messages.count() == total


def test_the_window_keeps_writing_while_an_import_runs(
    qtbot: QtBot, make_window: WindowFactory, workspace: Workspace, tmp_path: Path
) -> None:
    mbox = write_mbox(tmp_path / "big.mbox", emails(BATCH * 6))
    window = make_window(workspace)
    dialog = open_import(window)
    dialog.add_paths([mbox])
    notes: list[int] = []

    def note_while_importing(progress: ImportProgress) -> None:
        if not notes and progress.counts.imported:
            cid = workspace.repos().db.execute("SELECT min(id) FROM conversations").fetchone()[0]
            notes.append(workspace.note(cid, "Reply written during the import"))
            assert dialog.running  # the import was still going when the note was stored

    dialog.progressed.connect(note_while_importing)
    dialog.close()  # hiding the dialog does not stop the import
    with qtbot.waitSignal(dialog.import_finished, timeout=TIMEOUT_MS):
        dialog.start()
    assert notes and not dialog.isVisible()
    assert "Import finished" in window.message.text()


def test_a_source_that_is_not_mail_is_one_sentence_and_nothing_is_imported(
    qtbot: QtBot, make_window: WindowFactory, workspace: Workspace, tmp_path: Path
) -> None:
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    window = make_window(workspace)
    dialog = open_import(window)
    dialog.add_paths([write_mbox(tmp_path / "ok.mbox", emails(3)), picture])
    run_import(qtbot, dialog)
    assert dialog.pages.currentIndex() == 0 and dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == ("photo.png is not mail: choose .eml files, mbox files, "
                                   "Maildir folders or an Agent Assist JSON export.")
    assert workspace.repos().messages.count() == 0
    assert dialog.source_paths()  # the list is kept, to fix and try again


def test_files_and_folders_are_chosen_in_any_mix(
    make_window: WindowFactory, workspace: Workspace, tmp_path: Path
) -> None:
    window = make_window(workspace)
    dialog = open_import(window)
    dialog.choose_files = lambda _parent: [str(tmp_path / "a.mbox"), str(tmp_path / "b.eml")]
    dialog.choose_folder = lambda _parent: str(tmp_path / "Maildir")
    assert not dialog.start_button.isEnabled()
    dialog.add_files_button.click()
    dialog.add_folder_button.click()
    assert dialog.source_paths() == [str(tmp_path / n) for n in ("a.mbox", "b.eml", "Maildir")]
    dialog.sources.item(1).setSelected(True)
    dialog.remove_button.click()
    assert dialog.source_paths() == [str(tmp_path / "a.mbox"), str(tmp_path / "Maildir")]
    assert dialog.start_button.isEnabled()


def test_the_dialog_mirrors_in_right_to_left(
    qapp: QApplication, make_window: WindowFactory, workspace: Workspace, qtbot: QtBot
) -> None:
    window = make_window(workspace)
    positions = {}
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        qapp.setLayoutDirection(direction)
        dialog = ImportDialog(workspace.profile, window)
        qtbot.addWidget(dialog)
        dialog.add_paths(["/tmp/x.mbox"])
        dialog.show()
        qtbot.waitExposed(dialog)
        positions[direction] = (dialog.add_files_button.geometry().x(),
                                dialog.remove_button.geometry().x())
        dialog.hide()
    ltr_first, ltr_last = positions[Qt.LayoutDirection.LeftToRight]
    rtl_first, rtl_last = positions[Qt.LayoutDirection.RightToLeft]
    assert ltr_first < ltr_last and rtl_first > rtl_last


def test_a_problem_met_part_way_is_one_sentence_and_what_came_before_stays(
    qtbot: QtBot, make_window: WindowFactory, workspace: Workspace, tmp_path: Path
) -> None:
    source = Profile.create_or_open(tmp_path / "source")
    try:
        import_paths(source, [write_mbox(tmp_path / "in.mbox", emails(3))])
        export_to(Workspace(source).repos(), Workspace(source).attachments, "json",
                  tmp_path / "all.json")
    finally:
        source.close()
    lines = (tmp_path / "all.json").read_text("utf-8").splitlines(keepends=True)
    lines[3] = lines[3][:40] + "\n"  # the second conversation is cut short
    (tmp_path / "all.json").write_text("".join(lines), "utf-8")
    window = make_window(workspace)
    dialog = open_import(window)
    dialog.add_paths([tmp_path / "all.json"])
    counts = run_import(qtbot, dialog)
    assert counts.imported == 1 == workspace.repos().messages.count()
    summary = dialog.summary_label.text().splitlines()
    assert summary[0].startswith(f"{tmp_path / 'all.json'} is not a valid Agent Assist export")
    assert summary[1] == "Before that: imported: 1 · already there: 0 · quarantined: 0. " \
        "What was imported stays."
