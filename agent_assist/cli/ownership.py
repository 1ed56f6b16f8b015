"""Data ownership commands: export, backup, restore, and forgetting a contact."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import TYPE_CHECKING

from agent_assist.cli.common import UserError, add_profile_option, open_profile, profile_dir
from agent_assist.cli.team import EXIT_DENIED, acting_agent, add_as_option
from agent_assist.core.permissions import Action, PermissionDenied
from agent_assist.services.agents import AgentService
from agent_assist.storage.blobs import AttachmentFiles
from agent_assist.storage.profile import InstanceLock, Profile
from agent_assist.storage.repositories import Repos

if TYPE_CHECKING:
    from agent_assist.services.backup import BackupInfo


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export", help="export conversations to JSON, CSV or mbox")
    add_profile_option(p)
    p.add_argument("--format", choices=("json", "csv", "mbox"), required=True)
    p.add_argument("out", type=Path, metavar="OUT")
    p.add_argument("--conversation", type=int, metavar="ID", action="append",
                   help="only this conversation (repeat for several)")
    p.add_argument("--conversations", metavar="ID,ID,…",
                   help="only these conversations, comma-separated")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("backup", help="back up the profile (safe while the app runs)")
    add_profile_option(p)
    p.add_argument("out", type=Path, metavar="OUT.zip", nargs="?")
    p.add_argument("--auto", action="store_true",
                   help="make today's automatic backup in the configured folder and rotate "
                        "the old ones (for cron; nothing to do when today's exists)")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="restore a backup into the profile")
    add_profile_option(p)
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("contact", help="contacts: forget one and all their data")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    f = actions.add_parser("forget", help="delete a contact and every message of theirs")
    add_profile_option(f)
    f.add_argument("contact_id", type=int, metavar="ID")
    f.add_argument("--yes", action="store_true", required=True, help="confirm the deletion")
    add_as_option(f)
    f.set_defaults(handler=cmd_forget)


def _id_list(text: str | None) -> list[int]:
    if text is None:
        return []
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if not parts or not all(part.isdigit() for part in parts):
        raise UserError(f"--conversations takes conversation numbers separated by commas, "
                        f"like 1,2,3 (not {text!r}).")
    return [int(part) for part in parts]


def cmd_export(args: argparse.Namespace) -> int:
    from agent_assist.services.export import ExportError, export_to

    if not args.out.parent.exists():
        raise UserError(f"The folder {args.out.parent} does not exist.")
    chosen = [*(args.conversation or []), *_id_list(args.conversations)]
    profile = open_profile(args, create=False)
    try:
        repos = Repos.of(profile.pool.get())
        count = export_to(repos, AttachmentFiles(profile.attachments_dir), args.format, args.out,
                          conversations=chosen or None)
    except ExportError as exc:
        raise UserError(str(exc)) from exc
    finally:
        profile.close()
    print(f"Exported {count} message(s) to {args.out}.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from agent_assist.services.backup import BackupError, backup

    if args.auto == (args.out is not None):
        raise UserError("Give either OUT.zip or --auto (today's automatic backup).")
    profile = open_profile(args, create=False)
    try:
        info = _auto_backup(profile) if args.auto else backup(profile, args.out)
    except BackupError as exc:
        raise UserError(str(exc)) from exc
    finally:
        profile.close()
    if info is None:
        print("Today's automatic backup already exists; nothing to do.")
        return 0
    print(f"Backed up {info.conversations} conversations, {info.messages} messages and "
          f"{info.attachments} attachment files to {info.path}.")
    return 0


def _auto_backup(profile: Profile) -> BackupInfo | None:
    """Today's automatic backup with rotation, recorded for the app's Backups dialog."""
    from agent_assist.services import backup_schedule as schedule
    from agent_assist.services.backup import BackupError

    repos = Repos.of(profile.pool.get())
    config, now = schedule.load_config(repos), time.time()
    if schedule.has_today(profile, config, now):
        return None
    try:
        info = schedule.run_automatic(profile, config, now)
    except BackupError as exc:
        schedule.record(repos, schedule.LastBackup.failed(exc, now, automatic=True))
        raise
    schedule.record(repos, schedule.LastBackup.of(info, automatic=True))
    return info


def cmd_restore(args: argparse.Namespace) -> int:
    from agent_assist.services.backup import BackupError, restore

    root = profile_dir(args)
    if root.exists() and not root.is_dir():
        raise UserError(f"The profile path {root} is a file, not a folder.")
    root.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(root)
    if not lock.acquire():
        raise UserError(f"Agent Assist is running on {root}: quit it before restoring.")
    try:
        manifest = restore(root, args.file)
    except BackupError as exc:
        raise UserError(str(exc)) from exc
    finally:
        lock.release()
    open_profile(args, create=False).close()  # migrate an older backup to this version
    print(f"Restored {manifest.get('conversations')} conversations and "
          f"{manifest.get('messages')} messages into {root}.")
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    from agent_assist.services.privacy import PrivacyError, forget_contact

    profile = open_profile(args, create=False)
    try:
        repos = Repos.of(profile.pool.get())
        actor = acting_agent(AgentService(repos.db), args, Action.FORGET_CONTACTS)
        report = forget_contact(repos, AttachmentFiles(profile.attachments_dir),
                                args.contact_id, agent_id=actor.id if actor else None)
    except PrivacyError as exc:
        raise UserError(str(exc)) from exc
    except PermissionDenied as exc:
        raise UserError(str(exc), EXIT_DENIED) from exc
    finally:
        profile.close()
    print(f"Deleted contact {args.contact_id}: {report.conversations} conversations, "
          f"{report.messages} messages, {report.attachments} attachments "
          f"({report.files} files removed).")
    return 0
