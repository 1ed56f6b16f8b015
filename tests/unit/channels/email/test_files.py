"""Tests for reading local mail sources: .eml files, mbox, Maildir and folders of them."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest

from agent_assist.channels.email.files import (
    MailSourceError,
    RawMail,
    iter_mbox,
    iter_raw_messages,
    sniff_kind,
)

ONE = b"From: a@example.org\nSubject: one\n\nFirst body\n"
TWO = b"From: b@example.org\nSubject: two\n\nSecond body\n>From the escaped line\n"
THREE = b"From: c@example.org\nSubject: three\n\nThird\n"


def _mbox(*messages: bytes, newline: bytes = b"\n") -> bytes:
    """An mboxrd file: envelope line, body with "From " lines escaped, blank separator."""
    out = b""
    for message in messages:
        escaped = b"\n".join(
            b">" + line if line.lstrip(b">").startswith(b"From ") else line
            for line in message.split(b"\n")
        )
        out += b"From sender@example.org Tue Apr  7 10:00:00 2026\n" + escaped + b"\n"
    return out.replace(b"\n", newline)


def test_single_eml(tmp_path: Path) -> None:
    path = tmp_path / "one.eml"
    path.write_bytes(ONE)
    assert list(iter_raw_messages(path)) == [RawMail(str(path), ONE)]
    assert list(iter_raw_messages(str(path))) == [RawMail(str(path), ONE)]


def test_mbox_splits_and_unescapes(tmp_path: Path) -> None:
    path = tmp_path / "Inbox"
    path.write_bytes(_mbox(ONE, TWO, THREE))
    found = list(iter_raw_messages(path))
    assert [m.source for m in found] == [f"{path}#1", f"{path}#2", f"{path}#3"]
    assert [m.data for m in found] == [ONE, TWO, THREE]


def test_mbox_with_crlf(tmp_path: Path) -> None:
    path = tmp_path / "crlf.mbox"
    path.write_bytes(_mbox(ONE, THREE, newline=b"\r\n"))
    found = [m.data for m in iter_mbox(path)]
    assert found == [ONE.replace(b"\n", b"\r\n"), THREE.replace(b"\n", b"\r\n")]


def test_unescaped_from_in_body_does_not_split(tmp_path: Path) -> None:
    body = b"From: a@example.org\n\nHello\nFrom now on, we ship on Mondays.\n"
    path = tmp_path / "loose.mbox"
    path.write_bytes(b"From x@example.org Tue Apr  7 10:00:00 2026\n" + body)
    assert [m.data for m in iter_mbox(path)] == [body]


def test_mbox_is_streamed_not_loaded(tmp_path: Path) -> None:
    path = tmp_path / "big.mbox"
    filler = b"x" * 999 + b"\n"
    message = b"From: a@example.org\nSubject: big\n\n" + filler * 100  # ~100 KB each
    with path.open("wb") as handle:
        for _ in range(300):  # ~30 MB in all
            handle.write(b"From a@example.org Tue Apr  7 10:00:00 2026\n" + message + b"\n")
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_raw_messages(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 300
    assert peak < 3_000_000, f"peak {peak} bytes: the mbox was not streamed"


def _maildir(root: Path, messages: dict[str, bytes]) -> None:
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True)
    for name, data in messages.items():
        (root / name).write_bytes(data)


def test_maildir_reads_cur_and_new_but_not_tmp(tmp_path: Path) -> None:
    root = tmp_path / "Maildir"
    _maildir(root, {"cur/1.host:2,S": ONE, "new/2.host": TWO, "tmp/3.host": THREE})
    (root / "cur" / ".hidden").write_bytes(THREE)
    assert [m.data for m in iter_raw_messages(root)] == [ONE, TWO]


def test_maildir_plus_plus_subfolders(tmp_path: Path) -> None:
    root = tmp_path / "Maildir"
    _maildir(root, {"cur/1.host": ONE})
    _maildir(root / ".Sent", {"new/2.host": TWO})
    found = list(iter_raw_messages(root))
    assert [m.data for m in found] == [ONE, TWO]
    assert found[1].source == str(root / ".Sent" / "new" / "2.host")


def test_folder_of_mixed_sources_skips_non_mail(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes(ONE)
    (tmp_path / "b.mbox").write_bytes(_mbox(TWO, THREE))
    (tmp_path / "notes.json").write_bytes(b'{"From": "json is not mail"}\n')
    (tmp_path / "README.md").write_bytes(b"# Not mail\n")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0binary")
    (tmp_path / "odd.msg").write_bytes(b"no header line here\n")  # a mail extension: kept
    _maildir(tmp_path / "sub" / "Maildir", {"new/9.host": THREE})
    found = {m.source: m.data for m in iter_raw_messages(tmp_path)}
    assert found == {
        str(tmp_path / "a.eml"): ONE,
        f"{tmp_path / 'b.mbox'}#1": TWO,
        f"{tmp_path / 'b.mbox'}#2": THREE,
        str(tmp_path / "odd.msg"): b"no header line here\n",
        str(tmp_path / "sub" / "Maildir" / "new" / "9.host"): THREE,
    }


def test_sniff_kind(tmp_path: Path) -> None:
    for name, data, kind in [
        ("m", b"From x Tue Apr  7 10:00:00 2026\n", "mbox"),
        ("e", b"Received: from x\n", "message"),
        ("j", b'{"a": 1}\n', ""),
        ("t", b"Copyright (c) 2003: someone\n", ""),
    ]:
        (tmp_path / name).write_bytes(data)
        assert sniff_kind(tmp_path / name) == kind


def test_missing_path_is_one_clear_sentence(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.mbox"
    with pytest.raises(MailSourceError) as info:
        list(iter_raw_messages(missing))
    assert str(info.value) == f"{missing} does not exist."
    assert info.value.path == str(missing)


def test_path_through_a_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "file.eml").write_bytes(ONE)
    with pytest.raises(MailSourceError, match=r"cannot be read: not a directory\.$"):
        list(iter_raw_messages(tmp_path / "file.eml" / "inside"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file regardless of mode")
def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "secret.eml"
    path.write_bytes(ONE)
    path.chmod(0)
    with pytest.raises(MailSourceError, match=r"permission denied\.$"):
        list(iter_raw_messages(path))


def test_bad_file_in_folder_raises_or_goes_to_on_error(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes(ONE)
    (tmp_path / "b.eml").symlink_to(tmp_path / "gone.eml")  # dangling: cannot be read
    (tmp_path / "c.eml").write_bytes(THREE)
    with pytest.raises(MailSourceError, match="does not exist"):
        list(iter_raw_messages(tmp_path))
    errors: list[MailSourceError] = []
    found = [m.data for m in iter_raw_messages(tmp_path, on_error=errors.append)]
    assert found == [ONE, THREE]
    assert [e.path for e in errors] == [str(tmp_path / "b.eml")]
