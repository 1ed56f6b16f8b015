"""Attachments: save-as by default, Open asks, executables are never opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Attachment
from agent_assist.storage.blobs import AttachmentFiles
from agent_assist.ui.attachments import AttachmentActions, AttachmentStrip, is_executable


@pytest.mark.parametrize(
    ("name", "content_type", "head"),
    [
        ("setup.exe", "application/octet-stream", b""),
        ("Invoice.pdf.EXE", "application/pdf", b""),
        ("invoice\u202efdp.exe", "application/pdf", b""),  # shown as "invoiceexe.pdf"
        ("update.msi. . ", "application/octet-stream", b""),
        ("run.sh", "text/plain", b""),
        ("script.PS1", "text/plain", b""),
        ("shortcut.lnk", "application/octet-stream", b""),
        ("launcher.desktop", "text/plain", b""),
        ("tool.jar", "application/zip", b""),
        ("harmless.txt", "application/x-msdownload", b""),
        ("notes.txt", "text/javascript; charset=utf-8", b""),
        ("photo.jpg", "image/jpeg", b"MZ\x90\x00"),
        ("readme", "text/plain", b"#!/bin/sh"),
    ],
)
def test_programs_and_scripts_are_recognised(name: str, content_type: str, head: bytes) -> None:
    assert is_executable(name, content_type, head)


@pytest.mark.parametrize(
    ("name", "content_type"),
    [("invoice.pdf", "application/pdf"), ("photo.jpeg", "image/jpeg"),
     ("commande.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
     ("وصل.pdf", "application/pdf"), ("archive.exe.pdf", "application/pdf")],
)
def test_documents_are_not_programs(name: str, content_type: str) -> None:
    assert not is_executable(name, content_type, b"%PDF-1.7")


class Dialogs:
    """Scripted answers instead of modal dialogs, recording what was asked."""

    def __init__(self, tmp_path: Path, *, confirm: bool = True, save_as: str = "") -> None:
        self.answer, self.save_as = confirm, save_as
        self.asked: list[str] = []
        self.informed: list[str] = []
        self.suggested: list[str] = []
        self.opened: list[Path] = []
        self.temp = tmp_path / "tmp"
        self.temp.mkdir()

    def actions(self, files: AttachmentFiles) -> AttachmentActions:
        return AttachmentActions(
            files, confirm=lambda _p, _t, text: self.asked.append(text) or self.answer,
            choose_path=lambda _p, _t, suggested: self.suggested.append(suggested)
            or self.save_as,
            inform=lambda _p, _t, text: self.informed.append(text),
            open_file=lambda path: self.opened.append(path) or True, temp_root=self.temp,
        )


def stored(tmp_path: Path, name: str, data: bytes,
           content_type: str = "application/pdf") -> tuple[AttachmentFiles, Attachment]:
    files = AttachmentFiles(tmp_path / "attachments")
    digest = files.put(data)
    return files, Attachment(1, 1, name, content_type, len(data), digest)


def test_an_executable_is_never_opened_and_nothing_is_written(tmp_path: Path) -> None:
    files, attachment = stored(tmp_path, "facture.pdf.exe", b"MZ\x90\x00rest")
    dialogs = Dialogs(tmp_path)
    assert dialogs.actions(files).open(attachment) is None
    assert dialogs.opened == [] and dialogs.asked == []  # refused before asking
    assert "facture.pdf.exe" in dialogs.informed[0]
    assert list(dialogs.temp.iterdir()) == []


def test_open_asks_first_and_a_no_opens_nothing(tmp_path: Path) -> None:
    files, attachment = stored(tmp_path, "invoice.pdf", b"%PDF-1.7 ...")
    dialogs = Dialogs(tmp_path, confirm=False)
    assert dialogs.actions(files).open(attachment) is None
    assert len(dialogs.asked) == 1 and "invoice.pdf" in dialogs.asked[0]
    assert dialogs.opened == []


def test_open_writes_a_read_only_copy_under_a_safe_name(tmp_path: Path) -> None:
    files, attachment = stored(tmp_path, "../../etc/passwd.pdf", b"%PDF-1.7 data")
    dialogs = Dialogs(tmp_path)
    path = dialogs.actions(files).open(attachment)
    assert path is not None and dialogs.opened == [path]
    assert path.name == "passwd.pdf" and dialogs.temp in path.parents
    assert path.read_bytes() == b"%PDF-1.7 data"
    assert not path.stat().st_mode & 0o222


def test_save_suggests_a_safe_name_and_writes_the_exact_bytes(tmp_path: Path) -> None:
    files, attachment = stored(tmp_path, "C:\\Users\\x\\commande\u202e.pdf", b"\x00\x01data")
    target = tmp_path / "out" / "mine.pdf"
    target.parent.mkdir()
    dialogs = Dialogs(tmp_path, save_as=str(target))
    actions = dialogs.actions(files)
    assert actions.save(attachment) == target
    assert Path(dialogs.suggested[0]).name == "commande.pdf"
    assert target.read_bytes() == b"\x00\x01data"


def test_save_cancelled_writes_nothing(tmp_path: Path) -> None:
    files, attachment = stored(tmp_path, "a.pdf", b"x")
    dialogs = Dialogs(tmp_path, save_as="")
    assert dialogs.actions(files).save(attachment) is None


def test_a_missing_file_is_one_sentence(qtbot: QtBot, tmp_path: Path) -> None:
    files = AttachmentFiles(tmp_path / "attachments")
    attachment = Attachment(1, 1, "lost.pdf", "application/pdf", 3, "ab" * 32)
    actions = Dialogs(tmp_path).actions(files)
    with qtbot.waitSignal(actions.message) as said:
        assert actions.open(attachment) is None
    assert "lost.pdf" in said.args[0] and said.args[1] is True


def test_strip_saves_on_click_and_disables_open_for_programs(
    qtbot: QtBot, tmp_path: Path
) -> None:
    files = AttachmentFiles(tmp_path / "attachments")
    pdf = Attachment(1, 1, "invoice.pdf", "application/pdf", 3, files.put(b"pdf"))
    exe = Attachment(2, 1, "tool.exe", "application/octet-stream", 2, files.put(b"MZ"))
    logo = Attachment(3, 1, "logo.png", "image/png", 3, files.put(b"png"), inline=True)
    target = tmp_path / "saved.pdf"
    dialogs = Dialogs(tmp_path, save_as=str(target))
    strip = AttachmentStrip([pdf, exe, logo], dialogs.actions(files))
    qtbot.addWidget(strip)
    assert len(strip.buttons) == 2  # the inline image is part of the body
    strip.buttons[0].click()
    assert target.read_bytes() == b"pdf"
    menus = [b.menu() for b in strip.buttons]
    assert all(m is not None for m in menus)
    opens = [next(a for a in m.actions() if "Open" in a.text()) for m in menus if m]
    assert opens[0].isEnabled() and not opens[1].isEnabled()
