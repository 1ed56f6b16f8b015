"""Backups: SQLite's online backup (safe while the app runs) plus attachments, in one zip."""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from agent_assist import __version__
from agent_assist.storage import migrations
from agent_assist.storage.db import connect
from agent_assist.storage.profile import DB_NAME, Profile

MANIFEST = "agent-assist-backup.json"
DAILY_PREFIX = "daily-"


class BackupError(Exception):
    """A backup or restore that cannot be done; one sentence for the user."""


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds."""

    path: Path
    created_at: float
    schema: str
    conversations: int
    messages: int
    attachments: int


def backup(profile: Profile, out: Path) -> BackupInfo:
    """Snapshot the database with the online backup API and zip it with the attachments."""
    out = Path(out)
    if out.exists() and out.is_dir():
        raise BackupError(f"{out} is a folder: give a file name such as backup.zip.")
    with tempfile.TemporaryDirectory(prefix="agent-assist-backup-") as tmp:
        snapshot = Path(tmp) / DB_NAME
        source = sqlite3.connect(profile.db_path, timeout=30)
        target = sqlite3.connect(snapshot)
        try:
            # Copies a consistent snapshot page by page; writers are only paused briefly.
            source.backup(target, pages=4096)
        finally:
            source.close()
        try:
            _check(target, "the new backup")
            target.execute("PRAGMA journal_mode = DELETE")
            counts = _counts(target)
            schema = migrations.schema_version_of(target)
        finally:
            target.close()
        files = sorted(p for p in profile.attachments_dir.rglob("*") if p.is_file()
                       and ".tmp" not in p.suffix)
        created_at = time.time()
        manifest = {
            "format": "agent-assist-backup", "app_version": __version__, "created_at": created_at,
            "schema": schema, **counts, "attachments": len(files),
        }
        partial = out.with_name(out.name + ".partial")
        try:
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED,
                                 compresslevel=1) as archive:
                archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
                archive.write(snapshot, DB_NAME)
                for path in files:
                    archive.write(path, f"attachments/{path.relative_to(profile.attachments_dir)}")
            partial.replace(out)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise BackupError(f"Cannot write the backup {out}: {exc.strerror or exc}.") from exc
    return BackupInfo(out, created_at, schema, counts["conversations"],
                      counts["messages"], len(files))


def verify(path: Path) -> dict[str, object]:
    """Check a backup file thoroughly; raise BackupError saying what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"The backup {path} does not exist.")
    try:
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
            if bad is not None:
                raise BackupError(f"The backup {path} is corrupt ({bad} is damaged); "
                                  "restore another backup.")
            names = set(archive.namelist())
            if MANIFEST not in names or DB_NAME not in names:
                raise BackupError(f"{path} is not an Agent Assist backup.")
            manifest = json.loads(archive.read(MANIFEST))
            with tempfile.TemporaryDirectory() as tmp:
                archive.extract(DB_NAME, tmp)
                conn = sqlite3.connect(Path(tmp) / DB_NAME)
                try:
                    _check(conn, f"the backup {path}")
                    if migrations.schema_version_of(conn) not in migrations.KNOWN:
                        raise BackupError(f"The backup {path} was made by a newer Agent Assist; "
                                          "install that version to restore it.")
                finally:
                    conn.close()
    except (zipfile.BadZipFile, EOFError, json.JSONDecodeError) as exc:
        raise BackupError(f"The backup {path} is corrupt or incomplete ({exc}); "
                          "restore another backup.") from exc
    return dict(manifest)


def restore(profile_root: Path, path: Path) -> dict[str, object]:
    """Replace the profile's data with the backup's (the caller holds the profile lock).

    The current database is kept as ``before-restore-<time>.sqlite3`` in backups/, so a
    restore can itself be undone.
    """
    manifest = verify(path)
    root = Path(profile_root)
    root.mkdir(parents=True, exist_ok=True)
    db_path = root / DB_NAME
    keep = root / "backups"
    keep.mkdir(exist_ok=True)
    if db_path.exists():
        stamp = time.strftime("%Y%m%d-%H%M%S")
        current = sqlite3.connect(db_path)
        saved = sqlite3.connect(keep / f"before-restore-{stamp}.sqlite3")
        try:
            current.backup(saved)
        finally:
            current.close()
            saved.close()
    with tempfile.TemporaryDirectory(dir=root) as tmp, zipfile.ZipFile(path) as archive:
        archive.extractall(tmp)
        for suffix in ("-wal", "-shm"):
            (root / (DB_NAME + suffix)).unlink(missing_ok=True)
        Path(tmp, DB_NAME).replace(db_path)
        attachments = root / "attachments"
        extracted = Path(tmp) / "attachments"
        if extracted.exists():
            shutil.copytree(extracted, attachments, dirs_exist_ok=True)
    db = connect(db_path)  # switches the restored file back to WAL
    db.close()
    return manifest


def daily_backup(profile: Profile, keep: int = 7, now: float | None = None) -> Path | None:
    """Make today's backup if there is none yet, keeping the ``keep`` most recent."""
    now = time.time() if now is None else now
    folder = profile.backups_dir
    folder.mkdir(exist_ok=True)
    target = folder / f"{DAILY_PREFIX}{time.strftime('%Y-%m-%d', time.localtime(now))}.zip"
    made = None
    if not target.exists():
        backup(profile, target)
        made = target
    dailies = sorted(folder.glob(f"{DAILY_PREFIX}*.zip"))
    for old in dailies[: max(0, len(dailies) - keep)]:
        old.unlink(missing_ok=True)
    return made


def _check(conn: sqlite3.Connection, what: str) -> None:
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"The database in {what} is corrupt ({exc}).") from exc
    if result != "ok":
        raise BackupError(f"The database in {what} failed its integrity check ({result}).")


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {
        "conversations": conn.execute("SELECT count(*) FROM conversations").fetchone()[0],
        "messages": conn.execute("SELECT count(*) FROM messages").fetchone()[0],
    }
