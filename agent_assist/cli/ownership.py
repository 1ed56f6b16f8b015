"""Data ownership commands: export, backup, restore, and forgetting a contact."""

from __future__ import annotations

import argparse
from pathlib import Path

from agent_assist.cli.common import UserError, add_profile_option, open_profile, profile_dir
from agent_assist.storage.blobs import AttachmentFiles
from agent_assist.storage.profile import InstanceLock
from agent_assist.storage.repositories import Repos


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export", help="export conversations to JSON, CSV or mbox")
    add_profile_option(p)
    p.add_argument("--format", choices=("json", "csv", "mbox"), required=True)
    p.add_argument("out", type=Path, metavar="OUT")
    p.add_argument("--conversation", type=int, metavar="ID")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("backup", help="back up the profile (safe while the app runs)")
    add_profile_option(p)
    p.add_argument("out", type=Path, metavar="OUT.zip")
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
    f.set_defaults(handler=cmd_forget)


def cmd_export(args: argparse.Namespace) -> int:
    from agent_assist.services.export import ExportError, export_to

    if not args.out.parent.exists():
        raise UserError(f"The folder {args.out.parent} does not exist.")
    profile = open_profile(args, create=False)
    try:
        repos = Repos.of(profile.pool.get())
        count = export_to(repos, AttachmentFiles(profile.attachments_dir), args.format, args.out,
                          args.conversation)
    except ExportError as exc:
        raise UserError(str(exc)) from exc
    finally:
        profile.close()
    print(f"Exported {count} message(s) to {args.out}.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from agent_assist.services.backup import BackupError, backup

    profile = open_profile(args, create=False)
    try:
        info = backup(profile, args.out)
    except BackupError as exc:
        raise UserError(str(exc)) from exc
    finally:
        profile.close()
    print(f"Backed up {info.conversations} conversations, {info.messages} messages and "
          f"{info.attachments} attachment files to {info.path}.")
    return 0


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
        report = forget_contact(Repos.of(profile.pool.get()),
                                AttachmentFiles(profile.attachments_dir), args.contact_id)
    except PrivacyError as exc:
        raise UserError(str(exc)) from exc
    finally:
        profile.close()
    print(f"Deleted contact {args.contact_id}: {report.conversations} conversations, "
          f"{report.messages} messages, {report.attachments} attachment files.")
    return 0
