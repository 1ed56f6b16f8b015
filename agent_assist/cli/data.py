"""Headless data commands: demo, status, import, search, screenshot, self-test."""

from __future__ import annotations

import argparse
from pathlib import Path

from agent_assist.cli.common import UserError, add_profile_option, open_profile, print_json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="fill a profile with the demo shop")
    add_profile_option(p, required=True)
    p.add_argument("--size", type=int, metavar="N", help="number of conversations to generate")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("status", help="counts: conversations, waiting, outbox, quarantine")
    add_profile_option(p)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=cmd_status)

    p = sub.add_parser("import", help="import .eml files, mbox files and Maildir folders")
    add_profile_option(p)
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--json", action="store_true", help="print counts as JSON")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("search", help="full-text search over every message")
    add_profile_option(p)
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("screenshot", help="render the main window to a PNG (offscreen)")
    add_profile_option(p)
    p.add_argument("out", type=Path, metavar="OUT.png")
    p.add_argument("--conversation", type=int, metavar="ID")
    p.add_argument("--lang", choices=("en", "fr", "ar"))
    p.set_defaults(handler=cmd_screenshot)

    p = sub.add_parser(
        "self-test", help="check Qt, display, fonts, SQLite/FTS5, keychain, translations")
    p.set_defaults(handler=cmd_self_test)


def cmd_demo(args: argparse.Namespace) -> int:
    from agent_assist.services.demo_shop import build_demo

    if args.size is not None and args.size < 1:
        raise UserError("--size must be a positive number of conversations.")
    profile = open_profile(args, create=True)
    try:
        summary = build_demo(profile, size=args.size)
    finally:
        profile.close()
    print(
        f"Demo shop ready in {profile.root}: {summary.conversations} conversations, "
        f"{summary.messages} messages ({summary.seconds:.1f} s)."
    )
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from agent_assist.services.workspace import Workspace

    profile = open_profile(args, create=False)
    try:
        report = Workspace(profile).status()
    finally:
        profile.close()
    if args.json:
        print_json(report)
    else:
        for key, value in report.items():
            print(f"{key}: {value}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from agent_assist.services.importer import ImportError_, import_paths

    profile = open_profile(args, create=True)
    try:
        counts = import_paths(profile, args.paths)
    except ImportError_ as exc:
        raise UserError(str(exc)) from exc
    finally:
        profile.close()
    if args.json:
        print_json(counts.as_dict())
    else:
        print(
            f"Imported {counts.imported}, duplicates {counts.duplicates}, "
            f"quarantined {counts.quarantined}."
        )
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from agent_assist.services.workspace import Workspace

    profile = open_profile(args, create=False)
    try:
        hits = Workspace(profile).search(args.query, limit=args.limit)
    finally:
        profile.close()
    if args.json:
        print_json(
            [
                {
                    "conversation_id": h.conversation_id, "message_id": h.message_id,
                    "subject": h.subject, "snippet": h.snippet, "sent_at": h.sent_at,
                    "direction": h.direction,
                }
                for h in hits
            ]
        )
    else:
        for h in hits:
            print(f"#{h.conversation_id}/{h.message_id}  {h.subject}  {h.snippet}")
    return 0


def cmd_screenshot(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() != ".png":
        raise UserError(f"The screenshot must be a .png file, not {args.out.name}.")
    if not args.out.parent.exists():
        raise UserError(f"The folder {args.out.parent} does not exist.")
    profile = open_profile(args, create=False)
    try:
        if args.conversation is not None:
            from agent_assist.services.workspace import Workspace

            if Workspace(profile).conversation(args.conversation) is None:
                raise UserError(f"There is no conversation {args.conversation} in this profile.")
        from agent_assist.app import render_screenshot

        render_screenshot(profile, args.out, conversation_id=args.conversation, lang=args.lang)
    finally:
        profile.close()
    print(f"Saved {args.out}")
    return 0


def cmd_self_test(args: argparse.Namespace) -> int:
    from agent_assist.ui.selftest import run_self_test

    return run_self_test()
