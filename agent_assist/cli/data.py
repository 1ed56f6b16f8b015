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

    p = sub.add_parser(
        "search", help='search messages, notes and contacts: words, "phrases", prefix*, '
        "-word, OR, and filters like channel:email status:open after:7d has:attachment")
    add_profile_option(p)
    p.add_argument("query", nargs="?", metavar="QUERY")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="at most N results")
    p.add_argument("--saved", action="store_true",
                   help="list the saved searches with how many conversations each finds")
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
    import sys

    from agent_assist.services.importer import ImportError_, import_paths

    profile = open_profile(args, create=True)
    try:
        counts = import_paths(profile, args.paths)
    except ImportError_ as exc:
        message, kept = str(exc), exc.counts.imported
        if kept:  # stored before the problem was met: it stays
            message = f"{message.rstrip('.')}; the {kept} message(s) imported before it stay."
        raise UserError(message) from exc
    finally:
        profile.close()
    for problem in counts.skipped:  # one unreadable file did not stop the others
        print(f"agent-assist: skipped: {problem}", file=sys.stderr)
    if args.json:
        print_json(counts.as_dict())
    else:
        print(
            f"Imported {counts.imported}, duplicates {counts.duplicates}, "
            f"quarantined {counts.quarantined}."
        )
    return 1 if counts.skipped else 0


def cmd_search(args: argparse.Namespace) -> int:
    from agent_assist.services.workspace import Workspace
    from agent_assist.storage.search import QueryError

    if args.saved:
        return _list_saved_searches(args)
    if not (args.query or "").strip():
        raise UserError('Give a search, for example: agent-assist search --profile DIR '
                        '"refund channel:email after:2026-01-01".')
    if args.limit < 1:
        raise UserError("--limit must be a positive number of results.")
    profile = open_profile(args, create=False)
    try:
        hits = Workspace(profile).search(args.query, limit=args.limit)
    except QueryError as exc:
        raise UserError(str(exc)) from exc
    finally:
        profile.close()
    if args.json:
        print_json([
            {"conversation_id": h.conversation_id, "message_id": h.message_id, "kind": h.kind,
             "subject": h.subject, "snippet": h.marked(), "sent_at": h.sent_at,
             "direction": h.direction}
            for h in hits])
    else:
        for h in hits:
            at = f"/{h.message_id}" if h.message_id else ""  # a contact hit: the conversation
            print(f"#{h.conversation_id}{at}  {h.subject}  {h.marked()}")
    return 0


def _list_saved_searches(args: argparse.Namespace) -> int:
    from agent_assist.services.workspace import Workspace
    from agent_assist.storage.search import QueryError

    profile = open_profile(args, create=False)
    try:
        workspace = Workspace(profile)
        rows: list[dict[str, object]] = []
        for saved in workspace.saved_searches().list():
            row: dict[str, object] = {"id": saved.id, "name": saved.name, "query": saved.query}
            try:
                row["conversations"] = workspace.count_search(saved.query)
            except QueryError as exc:  # e.g. an agent it names was removed since
                row["conversations"], row["error"] = None, str(exc)
            rows.append(row)
    finally:
        profile.close()
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            count = row["conversations"] if row["conversations"] is not None else row["error"]
            print(f"{row['name']}  ({count})  {row['query']}")
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
