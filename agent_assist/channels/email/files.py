"""Read raw messages from local mail files (.eml, mbox, Maildir, folders of them), streaming."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

__all__ = ["MailSourceError", "RawMail", "iter_mbox", "iter_raw_messages", "sniff_kind"]

ErrorHandler = Callable[["MailSourceError"], None]

#: Files with these extensions are always read as messages when walking a folder.
MESSAGE_EXTENSIONS = frozenset({".eml", ".msg"})

# mboxrd escapes body lines starting with "From " as ">From ", ">>From " and so on.
_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)
# A real "From " separator carries a time of day; a body line that slipped through unescaped
# ("From now on, …") seldom does, which lets us split mboxes written without blank lines.
_FROM_LINE_TIME = re.compile(rb"^From \S+ .*\d{1,2}:\d{2}")
# Real header names are letters, digits and hyphens; this keeps JSON or prose out.
_HEADER_LINE = re.compile(rb"^[A-Za-z0-9][A-Za-z0-9_-]*[ \t]*:")
_BLANK = (b"\n", b"\r\n")


class MailSourceError(Exception):
    """A path that cannot be read as mail; ``str(error)`` is one sentence for the user."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = str(path)


@dataclass(frozen=True, slots=True)
class RawMail:
    """One message's exact bytes and where they came from (``file`` or ``file#n`` in an mbox)."""

    source: str
    data: bytes


def _describe(path: Path, exc: OSError) -> MailSourceError:
    if isinstance(exc, FileNotFoundError):
        return MailSourceError(path, f"{path} does not exist.")
    if isinstance(exc, PermissionError):
        return MailSourceError(path, f"{path} cannot be read: permission denied.")
    reason = (exc.strerror or type(exc).__name__).lower()
    return MailSourceError(path, f"{path} cannot be read: {reason}.")


def _report(error: MailSourceError, on_error: ErrorHandler | None) -> None:
    if on_error is None:
        raise error
    on_error(error)


def sniff_kind(path: Path) -> str:
    """Return "mbox", "message" or "" (not mail), judging by the file's first line."""
    try:
        with path.open("rb") as handle:
            first = handle.readline(4096)
    except OSError as exc:
        raise _describe(path, exc) from exc
    if first.startswith(b"From "):
        return "mbox"
    return "message" if _HEADER_LINE.match(first) else ""


def _read_file(path: Path) -> RawMail:
    try:
        return RawMail(str(path), path.read_bytes())
    except OSError as exc:
        raise _describe(path, exc) from exc


def _finish(body: bytes) -> bytes:
    # The blank line before the next "From " belongs to the mbox format, not the message.
    if body.endswith(b"\n\r\n") or body == b"\r\n":
        body = body[:-2]
    elif body.endswith(b"\n\n") or body == b"\n":
        body = body[:-1]
    return _ESCAPED_FROM.sub(rb"\1", body)


#: An mbox is searched a block at a time, not line by line: a Python loop over lines was
#: a fifth of a big import's time, a search for "\nFrom " runs at memory speed.
MBOX_BLOCK = 1 << 20
_CONTEXT = 3  # bytes kept before a line to tell whether the line before it is blank


class _Window:
    """The part of an mbox file in memory: the message being read, then the next block."""

    def __init__(self, handle: BinaryIO, block: int) -> None:
        self.handle = handle
        self.block = block
        self.buf = bytearray(handle.read(block))
        self.at_file_start = True  # buf[0] is the file's first byte
        self.eof = not self.buf

    def read_more(self, keep_from: int) -> int:
        """Forget what lies before ``keep_from`` (but a little context), read a block on;
        returns by how much the indexes into ``buf`` moved."""
        drop = max(0, keep_from - _CONTEXT)
        del self.buf[:drop]
        self.at_file_start = self.at_file_start and drop == 0
        more = self.handle.read(self.block)
        self.eof = not more
        self.buf += more
        return drop


def _mbox_bodies(handle: BinaryIO, block: int = MBOX_BLOCK) -> Iterator[bytes]:
    """The text between "From " separator lines, one message at a time.

    A line starting with "From " separates messages when it is the first line, when the
    line before it is blank, or when it carries a time of day. Memory holds the message
    being read and one block.
    """
    window = _Window(handle, block)
    buf = window.buf  # changed in place by read_more
    body = -1  # where the current message starts in buf; -1 before the first separator
    scan = 0  # where the next "From " line may start
    while True:
        start = _find_from_line(buf, scan, window.at_file_start)
        end = buf.find(b"\n", start) if start >= 0 else -1
        if end < 0 and not window.eof:
            # The next "From " line, or its end, is not read yet: read on, keep the message.
            if start < 0:
                scan = max(scan, len(buf) - len(b"\nFrom "))
            moved = window.read_more(body if body >= 0 else (start if start >= 0 else scan))
            body, scan = (body - moved if body >= 0 else -1), scan - moved
            continue
        if start < 0:
            break
        if end < 0:
            end = len(buf)  # the file's last line, without a newline
        if _previous_line_blank(buf, start, window.at_file_start) or _FROM_LINE_TIME.match(
                bytes(buf[start:end])):
            if body >= 0:
                yield bytes(buf[body:start])
            body = scan = end + 1
        else:
            scan = start + 1
    if body >= 0:
        yield bytes(buf[body:])


def _find_from_line(buf: bytearray, scan: int, at_file_start: bool) -> int:
    """Index of the next line starting with "From " at or after ``scan``, or -1."""
    if scan == 0 and at_file_start and buf.startswith(b"From "):
        return 0
    found = buf.find(b"\nFrom ", max(scan - 1, 0))
    return found + 1 if found >= 0 else -1


def _previous_line_blank(buf: bytearray, start: int, at_file_start: bool) -> bool:
    """Is the line before the one at ``start`` empty ("\n" or "\r\n")? True for the first."""
    if start == 0:
        return at_file_start
    before = buf[max(0, start - _CONTEXT):start]  # ends with that line's "\n"
    if before.endswith(b"\n\n") or before.endswith(b"\n\r\n"):
        return True
    # Lines at the very start of the file have no "\n" before them.
    return at_file_start and bytes(buf[:start]) in _BLANK


def _split_mbox(handle: BinaryIO, label: str) -> Iterator[RawMail]:
    """Yield the messages of an open mbox one at a time: memory holds one message only."""
    for count, body in enumerate(_mbox_bodies(handle, MBOX_BLOCK), 1):
        yield RawMail(f"{label}#{count}", _finish(body))


def iter_mbox(path: Path) -> Iterator[RawMail]:
    """Stream the messages of one mbox file (sources are ``path#1``, ``path#2``, …)."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise _describe(path, exc) from exc
    with handle:
        try:
            yield from _split_mbox(handle, str(path))
        except OSError as exc:
            raise _describe(path, exc) from exc


def _iter_file(path: Path, *, explicit: bool) -> Iterator[RawMail]:
    kind = sniff_kind(path)
    if kind == "mbox":
        yield from iter_mbox(path)
    elif kind == "message" or explicit:
        # A file named by the user is a message even when it starts oddly: the parser
        # decides, and an unparseable one is quarantined rather than silently skipped.
        yield _read_file(path)


def _iter_maildir(path: Path, on_error: ErrorHandler | None) -> Iterator[RawMail]:
    # cur/ and new/ hold delivered mail; tmp/ holds deliveries still being written.
    for sub in ("cur", "new"):
        try:
            names = sorted(os.listdir(path / sub))
        except OSError as exc:
            _report(_describe(path / sub, exc), on_error)
            continue
        for name in names:
            if name.startswith("."):
                continue
            try:
                yield _read_file(path / sub / name)
            except MailSourceError as error:  # e.g. moved to cur/ by a mail client meanwhile
                _report(error, on_error)


def _is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() and (path / "new").is_dir()


def _iter_folder(root: Path, on_error: ErrorHandler | None) -> Iterator[RawMail]:
    def walk_error(exc: OSError) -> None:
        _report(_describe(Path(exc.filename or root), exc), on_error)

    for folder, dirs, files in os.walk(root, onerror=walk_error):
        here = Path(folder)
        dirs.sort()
        if _is_maildir(here):
            # Maildir++ subfolders (".Sent") are walked on; cur/new/tmp hold no plain files.
            dirs[:] = [d for d in dirs if d not in ("cur", "new", "tmp")]
            yield from _iter_maildir(here, on_error)
        for name in sorted(files):
            if name.startswith("."):
                continue
            try:
                # A mail extension is as good as being named by the user; others are sniffed.
                explicit = Path(name).suffix.lower() in MESSAGE_EXTENSIONS
                yield from _iter_file(here / name, explicit=explicit)
            except MailSourceError as error:
                _report(error, on_error)


def iter_raw_messages(
    path: Path | str, *, on_error: ErrorHandler | None = None
) -> Iterator[RawMail]:
    """Yield every message under ``path``: an .eml file, an mbox, a Maildir or a folder.

    A missing or unreadable ``path`` raises MailSourceError at once. Inside a folder, files
    that are not mail (by their first line) are skipped; a file or folder that cannot be
    read raises MailSourceError too, unless ``on_error`` is given: then it is handed to
    ``on_error`` and the walk goes on, so one bad file never hides the others.
    """
    root = Path(path).expanduser()
    try:
        mode = root.stat().st_mode
    except OSError as exc:
        raise _describe(root, exc) from exc
    if not stat.S_ISDIR(mode):
        yield from _iter_file(root, explicit=True)
    elif not os.access(root, os.R_OK | os.X_OK):
        raise MailSourceError(root, f"{root} cannot be read: permission denied.")
    else:
        yield from _iter_folder(root, on_error)
