"""Backups: SQLite's online backup (safe while the app runs) plus attachments, in one zip.

A backup is written under a temporary name, checked, flushed to disk and only then renamed
to its final name, so a file with the final name is always complete. Errors carry a
``kind`` the GUI turns into a translated sentence; the message itself is plain English.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from agent_assist import __version__
from agent_assist.services.profile_users import profile_in_use
from agent_assist.storage import migrations
from agent_assist.storage.db import connect
from agent_assist.storage.profile import DB_NAME, Profile

MANIFEST = "agent-assist-backup.json"
STEP_PAGES = 2048  # pages copied per step of the online backup (8 MB at 4 KiB pages)
CHUNK = 1 << 20
SCRATCH_PREFIXES = (".backup-", ".verify-", ".restore-")
STALE_SCRATCH_SECONDS = 24 * 3600
#: Progress(stage, done): stage is snapshot, check, zip or verify; done is 0..1 overall.
Progress = Callable[[str, float], None]
# Share of the whole job each stage takes, measured by bench/backup.py on the 100k demo
# (276 MB): copy 0.8 s, integrity check 5.6 s, zip 2.9 s, read-back 1.8 s.
_STAGES = {"snapshot": (0.0, 0.08), "check": (0.08, 0.58), "zip": (0.58, 0.84),
           "verify": (0.84, 1.0)}


class BackupError(Exception):
    """A backup or restore that cannot be done; one sentence for the user.

    ``kind``: is_folder, no_folder, not_writable, disk_full, write_failed, source_corrupt,
    missing, corrupt, not_backup, newer, in_use. ``path`` is the file or folder concerned.
    """

    def __init__(self, message: str, kind: str = "write_failed", path: Path | str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.path = str(path)


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds."""

    path: Path
    created_at: float
    schema: str
    conversations: int
    messages: int
    attachments: int
    size: int = 0


def _report(progress: Progress | None, stage: str, fraction: float) -> None:
    if progress is not None:
        start, end = _STAGES[stage]
        progress(stage, start + (end - start) * min(max(fraction, 0.0), 1.0))


def backup(profile: Profile, out: Path, *, progress: Progress | None = None) -> BackupInfo:
    """Snapshot the database with the online backup API and zip it with the attachments."""
    out = Path(out)
    check_destination(out)
    sweep_scratch(profile.root)
    try:
        scratch = tempfile.TemporaryDirectory(prefix=".backup-", dir=profile.root)
    except OSError as exc:
        raise write_error(exc, profile.root) from exc
    with scratch as tmp:
        snapshot = Path(tmp) / DB_NAME
        counts, schema = _snapshot(profile.db_path, snapshot, progress)
        files = sorted(p for p in profile.attachments_dir.rglob("*")
                       if p.is_file() and ".tmp" not in p.suffix)
        created_at = time.time()
        manifest = {
            "format": "agent-assist-backup", "app_version": __version__,
            "created_at": created_at, "schema": schema, **counts, "attachments": len(files),
        }
        partial = out.with_name(out.name + ".partial")
        try:
            _write_zip(partial, manifest, snapshot, profile.attachments_dir, files, progress)
            _check_zip(partial, progress)
            _flush(partial)
            os.replace(partial, out)
            _flush_folder(out.parent)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise write_error(exc, out.parent) from exc
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    return BackupInfo(out, created_at, schema, counts["conversations"], counts["messages"],
                      len(files), out.stat().st_size)


def sweep_scratch(root: Path, *, older_than: float = STALE_SCRATCH_SECONDS) -> list[Path]:
    """Remove scratch folders a killed backup or restore left in the profile folder.

    Only old ones: a backup running in another process (the CLI's) is using a fresh one.
    """
    removed = []
    limit = time.time() - older_than
    for folder in Path(root).iterdir():
        if folder.name.startswith(SCRATCH_PREFIXES) and folder.is_dir() and \
                folder.stat().st_mtime < limit:
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def check_destination(out: Path) -> None:
    """Refuse at once a destination that cannot work (before minutes of copying)."""
    if out.is_dir():
        raise BackupError(f"{out} is a folder: give a file name such as backup.zip.",
                          "is_folder", out)
    if not out.parent.is_dir():
        raise BackupError(f"The folder {out.parent} does not exist.", "no_folder", out.parent)
    if not os.access(out.parent, os.W_OK):
        raise BackupError(f"The folder {out.parent} is not writable: choose another folder.",
                          "not_writable", out.parent)


def write_error(exc: OSError, folder: Path) -> BackupError:
    """The sentence for a failed write, by cause (disk full, read-only, missing…)."""
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return BackupError(f"There is not enough free space in {folder} for the backup.",
                           "disk_full", folder)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return BackupError(f"The folder {folder} is not writable: choose another folder.",
                           "not_writable", folder)
    if code in (errno.ENOENT, errno.ENOTDIR):
        return BackupError(f"The folder {folder} does not exist.", "no_folder", folder)
    return BackupError(f"Cannot write the backup in {folder}: {exc.strerror or exc}.",
                       "write_failed", folder)


def _snapshot(db_path: Path, snapshot: Path,
              progress: Progress | None) -> tuple[dict[str, int], str]:
    source = sqlite3.connect(db_path, timeout=30)
    try:
        # An open read transaction pins one WAL snapshot: without it every commit by the
        # sync engine restarts a step-wise backup, which then never ends on a busy profile.
        source.execute("BEGIN")
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        target = sqlite3.connect(snapshot)
        try:
            source.backup(target, pages=STEP_PAGES, progress=lambda _status, left, total:
                          _report(progress, "snapshot", 1 - left / total if total else 1))
            _report(progress, "check", 0)
            _check(target, "the new backup", kind="source_corrupt")
            target.execute("PRAGMA journal_mode = DELETE")
            return _counts(target), migrations.schema_version_of(target)
        finally:
            target.close()
    except sqlite3.OperationalError as exc:
        if "full" in str(exc):
            raise BackupError(f"There is not enough free space in {snapshot.parent.parent} "
                              "for the backup.", "disk_full", snapshot.parent.parent) from exc
        raise
    finally:
        source.close()


def _write_zip(partial: Path, manifest: dict[str, object], snapshot: Path, attachments: Path,
               files: list[Path], progress: Progress | None) -> None:
    total = snapshot.stat().st_size + sum(p.stat().st_size for p in files) or 1
    done = 0
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED,
                         compresslevel=1) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
        with snapshot.open("rb") as src, archive.open(DB_NAME, "w", force_zip64=True) as dst:
            while chunk := src.read(CHUNK):
                dst.write(chunk)
                done += len(chunk)
                _report(progress, "zip", done / total)
        for path in files:
            archive.write(path, f"attachments/{path.relative_to(attachments)}")
            done += path.stat().st_size
            _report(progress, "zip", done / total)


def _check_zip(path: Path, progress: Progress | None) -> None:
    """Read the written file back: every member's checksum, and the manifest."""
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
        total = sum(m.file_size for m in members) or 1
        done = 0
        for member in members:
            with archive.open(member) as stream:  # raises BadZipFile on a CRC mismatch
                while chunk := stream.read(CHUNK):
                    done += len(chunk)
                    _report(progress, "verify", done / total)
        json.loads(archive.read(MANIFEST))


def _flush(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _flush_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no folder handles to sync."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    except OSError:
        pass  # some filesystems (network shares) refuse fsync on a folder: best effort
    finally:
        os.close(handle)


# -- verify and restore -------------------------------------------------------------------------


def verify(path: Path, *, scratch: Path | None = None) -> dict[str, object]:
    """Check a backup file thoroughly; raise BackupError saying what is wrong.

    ``scratch`` is where the database is unpacked for its integrity check (the system's
    temporary folder by default).
    """
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix=".verify-", dir=scratch) as tmp:
        return _unpack(path, Path(tmp), everything=False)


@dataclass(frozen=True)
class CheckedBackup:
    """A backup that passed verify's checks, unpacked whole in ``folder`` inside the profile
    folder: restore() takes it without checking it again. discard() it if it is not used."""

    path: Path
    folder: Path
    manifest: dict[str, object]

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def verify_for_restore(path: Path, profile_root: Path) -> CheckedBackup:
    """verify(), keeping everything unpacked beside the profile (which has the room) for
    restore(profile_root, checked): the GUI checks first, asks, then restores."""
    folder = Path(tempfile.mkdtemp(prefix=".restore-", dir=profile_root))
    try:
        return CheckedBackup(Path(path), folder, _unpack(Path(path), folder, everything=True))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _unpack(path: Path, into: Path, *, everything: bool) -> dict[str, object]:
    if not path.is_file():
        raise BackupError(f"The backup {path} does not exist.", "missing", path)
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            ours = MANIFEST in names and DB_NAME in names
            for member in archive.infolist():  # each read once: that checks its checksum
                keep = ours and (everything or member.filename == DB_NAME)
                _read_member(archive, member, into if keep else None, path)
            if not ours:
                raise BackupError(f"{path} is not an Agent Assist backup.", "not_backup", path)
            manifest = json.loads(archive.read(MANIFEST))
    except (zipfile.BadZipFile, EOFError, json.JSONDecodeError) as exc:
        raise BackupError(f"The backup {path} is corrupt or incomplete ({exc}); "
                          "restore another backup.", "corrupt", path) from exc
    except OSError as exc:
        raise write_error(exc, into.parent) from exc
    conn = sqlite3.connect(into / DB_NAME)
    try:
        _check(conn, f"the backup {path}", kind="corrupt", path=path)
        schema = migrations.schema_version_of(conn)
        if not schema:
            raise BackupError(f"{path} is not an Agent Assist backup.", "not_backup", path)
        if schema not in migrations.KNOWN:
            raise BackupError(f"The backup {path} was made by a newer Agent Assist; "
                              "install that version to restore it.", "newer", path)
    finally:
        conn.close()
    if not isinstance(manifest, dict):
        raise BackupError(f"{path} is not an Agent Assist backup.", "not_backup", path)
    return dict(manifest)


def _read_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, into: Path | None,
                 path: Path) -> None:
    """Extract ``member`` into ``into``, or only read it through; a damaged one is refused
    (ZipExtFile raises BadZipFile on a CRC mismatch, as ZipFile.testzip() relies on)."""
    try:
        if into is not None:
            archive.extract(member, into)
            return
        with archive.open(member) as stream:
            while stream.read(CHUNK):
                pass
    except zipfile.BadZipFile:
        raise BackupError(f"The backup {path} is corrupt ({member.filename} is damaged); "
                          "restore another backup.", "corrupt", path) from None


def restore(profile_root: Path, source: Path | CheckedBackup, *,
            keep_current: bool = True) -> dict[str, object]:
    """Replace the profile's data with the backup's (the caller holds the profile lock).

    ``source`` is a backup file, checked here in full, or what verify_for_restore() made for
    this profile, used as it is (and discarded). Nothing is replaced unless the check
    passed. Refused while another process has the profile's database open. With
    ``keep_current`` the current database is kept as ``before-restore-<time>.sqlite3`` in
    backups/ (the GUI makes a full safety backup itself first and passes False).
    """
    root = Path(profile_root)
    root.mkdir(parents=True, exist_ok=True)
    db_path = root / DB_NAME
    if isinstance(source, CheckedBackup) and (source.folder / DB_NAME).is_file():
        checked = source
    else:  # a file (the CLI), or a check whose folder was swept meanwhile: check it now
        checked = verify_for_restore(
            source.path if isinstance(source, CheckedBackup) else Path(source), root)
    try:
        if problem := profile_in_use(root):
            raise BackupError(problem, "in_use", root)
        if keep_current and db_path.exists():
            _keep_current(root, db_path)
        for suffix in ("-wal", "-shm"):
            (root / (DB_NAME + suffix)).unlink(missing_ok=True)
        (checked.folder / DB_NAME).replace(db_path)
        extracted = checked.folder / "attachments"
        if extracted.exists():  # content-addressed: merging never overwrites other data
            shutil.copytree(extracted, root / "attachments", dirs_exist_ok=True)
    finally:
        checked.discard()
    db = connect(db_path)  # switches the restored file back to WAL
    db.close()
    return dict(checked.manifest)


def _keep_current(root: Path, db_path: Path) -> None:
    keep = root / "backups"
    keep.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    current = sqlite3.connect(db_path)
    saved = sqlite3.connect(keep / f"before-restore-{stamp}.sqlite3")
    try:
        current.backup(saved)
    finally:
        current.close()
        saved.close()


def _check(conn: sqlite3.Connection, what: str, *, kind: str, path: Path | str = "") -> None:
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"The database in {what} is corrupt ({exc}).", kind, path) from exc
    if result != "ok":
        raise BackupError(f"The database in {what} failed its integrity check ({result}).",
                          kind, path)


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {
        "conversations": conn.execute("SELECT count(*) FROM conversations").fetchone()[0],
        "messages": conn.execute("SELECT count(*) FROM messages").fetchone()[0],
    }
