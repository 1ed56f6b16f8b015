"""A profile folder: the database, attachment files, and the one-instance lock."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import platformdirs

from agent_assist.storage import migrations
from agent_assist.storage.db import ConnectionPool, DatabaseError, connect
from agent_assist.storage.filesystem import network_filesystem_problem

DB_NAME = "agent-assist.sqlite3"
LOCK_NAME = "sync.lock"


class ProfileError(Exception):
    """The profile cannot be opened; the message is one sentence for the user."""


def default_profile_dir() -> Path:
    """The per-OS data folder for the default profile."""
    return Path(platformdirs.user_data_dir("AgentAssist", appauthor=False)) / "default"


@dataclass
class Profile:
    """Paths of one profile folder; :meth:`open` or :meth:`create` returns a ready one."""

    root: Path
    pool: ConnectionPool = field(init=False)

    def __post_init__(self) -> None:
        self.root = Path(self.root)
        self.pool = ConnectionPool(self.db_path)

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def attachments_dir(self) -> Path:
        return self.root / "attachments"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @classmethod
    def exists_at(cls, root: Path) -> bool:
        return (Path(root) / DB_NAME).is_file()

    @classmethod
    def open_existing(cls, root: Path | str) -> Profile:
        """Open a profile that must already exist (read-only commands)."""
        root = Path(root)
        if not cls.exists_at(root):
            raise ProfileError(
                f"No Agent Assist profile in {root}: create one with 'agent-assist demo "
                f"--profile {root}' or by starting the app with --profile {root}."
            )
        if problem := network_filesystem_problem(root):
            raise ProfileError(problem)
        return cls._migrate(cls(root))

    @classmethod
    def create_or_open(cls, root: Path | str) -> Profile:
        """Open the profile, creating the folder and schema when it is new (writing commands)."""
        root = Path(root)
        if root.exists() and not root.is_dir():
            raise ProfileError(f"The profile path {root} is a file, not a folder.")
        if problem := network_filesystem_problem(root):
            raise ProfileError(problem)
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ProfileError(f"Cannot create the profile folder {root}: {exc.strerror}.") from exc
        if not os.access(root, os.W_OK):
            raise ProfileError(f"The profile folder {root} is not writable.")
        return cls._migrate(cls(root))

    @classmethod
    def _migrate(cls, profile: Profile) -> Profile:
        try:
            db = connect(profile.db_path)
            try:
                migrations.apply(db)
            finally:
                db.close()
        except DatabaseError as exc:
            raise ProfileError(str(exc)) from exc
        except Exception as exc:  # sqlite3.DatabaseError for a corrupt or foreign file
            raise ProfileError(
                f"The database in {profile.root} cannot be opened ({exc}); restore a backup "
                "or choose another profile."
            ) from exc
        profile.attachments_dir.mkdir(exist_ok=True)
        return profile

    def close(self) -> None:
        self.pool.close_all()


class InstanceLock:
    """An OS file lock that lets only one sync engine run per profile.

    The OS releases it when the process dies (even on kill -9), so a crash never leaves
    a stale lock behind.
    """

    def __init__(self, root: Path) -> None:
        self.path = Path(root) / LOCK_NAME
        self._file: IO[str] | None = None

    def acquire(self) -> bool:
        """Take the lock; False when another process holds it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release
        try:
            _lock_file(handle)
        except OSError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._file = handle
        return True

    def holder_pid(self) -> str:
        try:
            return self.path.read_text(encoding="utf-8").strip()
        except OSError:
            return ""

    def release(self) -> None:
        if self._file is not None:
            _unlock_file(self._file)
            self._file.close()
            self._file = None


if sys.platform == "win32":  # pragma: no cover - exercised on the Windows CI runner
    import msvcrt

    def _lock_file(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock_file(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_file(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
