"""Automatic daily backups: their settings, one scheduled run with rotation, and its record.

The default folder is *outside* the profile (Documents/Agent Assist backups/<profile>): a
backup inside the profile folder is lost with it (a deleted folder, a failed disk, a restore
gone wrong). A network share is fine for backups: only a finished, checked zip lands there
(the SQLite snapshot itself is made in the profile folder, which is always local).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import tzinfo
from pathlib import Path
from typing import Any

import platformdirs

from agent_assist.core.backup_schedule import (
    AutoState,
    ScheduleConfig,
    auto_day,
    auto_name,
    local_day,
    to_delete,
)
from agent_assist.services.backup import BackupError, BackupInfo, Progress, backup, write_error
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import Repos

CONFIG_KEY = "backups.schedule"
AUTO_KEY = "backups.auto"
LAST_KEY = "backups.last"
LAST_FOLDER_KEY = "backups.last_folder"
BEFORE_RESTORE_PREFIX = "agent-assist-before-restore-"


@dataclass(frozen=True, slots=True)
class LastBackup:
    """The latest backup, manual or automatic, as shown in the Backups dialog."""

    at: float
    ok: bool
    automatic: bool
    path: str = ""
    error: str = ""
    kind: str = ""  # BackupError.kind when it failed
    conversations: int = 0
    messages: int = 0
    size: int = 0

    @classmethod
    def from_dict(cls, data: Any) -> LastBackup | None:
        if not isinstance(data, dict):
            return None
        try:
            return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})
        except TypeError:
            return None

    @classmethod
    def of(cls, info: BackupInfo, *, automatic: bool) -> LastBackup:
        return cls(info.created_at, True, automatic, str(info.path),
                   conversations=info.conversations, messages=info.messages, size=info.size)

    @classmethod
    def failed(cls, error: BackupError, at: float, *, automatic: bool) -> LastBackup:
        return cls(at, False, automatic, error=str(error), kind=error.kind)


def default_folder(profile_root: Path) -> Path:
    """Documents/Agent Assist backups/<profile folder name>."""
    name = Path(profile_root).resolve().name or "default"
    return Path(platformdirs.user_documents_dir()) / "Agent Assist backups" / name


def backup_folder(config: ScheduleConfig, profile_root: Path) -> Path:
    return Path(config.folder).expanduser() if config.folder else default_folder(profile_root)


# -- settings ------------------------------------------------------------------------------------


def load_config(repos: Repos) -> ScheduleConfig:
    return ScheduleConfig.from_dict(repos.settings.get(CONFIG_KEY))


def save_config(repos: Repos, config: ScheduleConfig) -> None:
    with repos.db.atomic():
        repos.settings.set(CONFIG_KEY, config.as_dict())


def load_state(repos: Repos) -> AutoState:
    data = repos.settings.get(AUTO_KEY) or {}
    if not isinstance(data, dict):
        return AutoState()
    return AutoState(_float(data.get("last_success_at")), _float(data.get("last_attempt_at")),
                     str(data.get("last_error", "") or ""))


def last_backup(repos: Repos) -> LastBackup | None:
    return LastBackup.from_dict(repos.settings.get(LAST_KEY))


def record(repos: Repos, last: LastBackup) -> None:
    """Remember a backup's outcome (and, for an automatic one, the scheduler's state)."""
    with repos.db.atomic():
        repos.settings.set(LAST_KEY, asdict(last))
        if last.automatic:
            state = load_state(repos)
            repos.settings.set(AUTO_KEY, {
                "last_success_at": last.at if last.ok else state.last_success_at,
                "last_attempt_at": last.at,
                "last_error": "" if last.ok else last.error,
            })
        elif last.ok and last.path:
            repos.settings.set(LAST_FOLDER_KEY, str(Path(last.path).parent))


def failing_reason(repos: Repos) -> str:
    """Why automatic backups are failing (for the Today page), or '' while they work."""
    if not load_config(repos).enabled:
        return ""
    state = load_state(repos)
    return (state.last_error or "no details were recorded") if state.failing else ""


# -- running -------------------------------------------------------------------------------------


def run_automatic(profile: Profile, config: ScheduleConfig, now: float, *,
                  tz: tzinfo | None = None, progress: Progress | None = None) -> BackupInfo:
    """Make today's automatic backup in the configured folder, then rotate the old ones."""
    folder = backup_folder(config, profile.root)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(exc, folder) from exc
    info = backup(profile, folder / auto_name(local_day(now, tz)), progress=progress)
    rotate(folder, config.keep_daily, config.keep_weekly)
    return info


def has_today(profile: Profile, config: ScheduleConfig, now: float,
              tz: tzinfo | None = None) -> bool:
    """Whether today's automatic backup file already exists."""
    return (backup_folder(config, profile.root) / auto_name(local_day(now, tz))).is_file()


def rotate(folder: Path, keep_daily: int, keep_weekly: int) -> list[Path]:
    """Delete the automatic backups beyond what is kept; nothing else is ever touched."""
    names = [p.name for p in folder.iterdir()
             if auto_day(p.name) is not None and p.is_file() and not p.is_symlink()]
    removed: list[Path] = []
    for name in to_delete(names, keep_daily, keep_weekly):
        try:
            (folder / name).unlink()
        except OSError:
            continue  # e.g. read-only share: it stays, and the next run tries again
        removed.append(folder / name)
    return removed


def _float(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) \
        else None
