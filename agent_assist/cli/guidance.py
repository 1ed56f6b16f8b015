"""Guidance and templates from the command line: `guidance`, `templates export|import|list`."""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from agent_assist.cli.common import UserError, add_profile_option, open_profile, print_json

LANGUAGES = ("en", "fr", "ar")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("guidance", help="what to do and which templates fit a conversation")
    add_profile_option(p)
    p.add_argument("--conversation", type=int, required=True, metavar="ID")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--lang", choices=LANGUAGES, default="en",
                   help="language of playbook and labels (default: en)")
    p.add_argument("--at", type=float, metavar="EPOCH",
                   help="evaluate at this time (epoch seconds; default: now)")
    p.set_defaults(handler=cmd_guidance)

    t = sub.add_parser("templates", help="list, export or import reply templates")
    tsub = t.add_subparsers(dest="templates_command", metavar="ACTION", required=True)
    e = tsub.add_parser("export", help="write every template to a JSON file")
    add_profile_option(e)
    e.add_argument("file", type=Path, metavar="FILE")
    e.set_defaults(handler=cmd_export)
    i = tsub.add_parser("import", help="add or replace templates from a JSON file")
    add_profile_option(i)
    i.add_argument("file", type=Path, metavar="FILE")
    i.add_argument("--json", action="store_true", help="print counts as JSON")
    i.set_defaults(handler=cmd_import)
    ls = tsub.add_parser("list", help="list templates (key, shortcut, languages)")
    add_profile_option(ls)
    ls.add_argument("--json", action="store_true", help="print a JSON list")
    ls.set_defaults(handler=cmd_list)


def cmd_guidance(args: argparse.Namespace) -> int:
    from agent_assist.services.guidance import GuidanceError, guidance_for
    from agent_assist.storage.repositories import Repos

    profile = open_profile(args, create=False)
    try:
        repos = Repos.of(profile.pool.get())
        try:
            result = guidance_for(repos, args.conversation,
                                  time.time() if args.at is None else args.at,
                                  ui_language=args.lang)
        except GuidanceError as exc:
            raise UserError(str(exc)) from exc
    finally:
        profile.close()
    if args.json:
        print_json(result.to_dict())
        return 0
    s = result.situation
    print(f"Conversation {result.conversation_id} · language {result.language or '?'}")
    for d in s.topics:
        print(f"  topic  {d.label}: {', '.join(d.words)}")
    for d in s.tones:
        print(f"  tone   {d.label}: {', '.join(d.words)}")
    if result.playbook:
        print(f"Playbook: {result.playbook.name}")
        for n, step in enumerate(result.playbook.steps, 1):
            print(f"  {n}. {step}")
    print("Templates:")
    for t in result.templates:
        print(f"  /{t.shortcut or t.key:<10} {t.name} [{t.language}]")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from agent_assist.services.template_library import export_templates, library

    target: Path = args.file
    if not target.parent.exists():
        raise UserError(f"The folder {target.parent} does not exist.")
    if target.is_dir():
        raise UserError(f"{target} is a folder; give a file name such as templates.json.")
    profile = open_profile(args, create=False)
    try:
        db = profile.pool.get()
        library(db)  # a profile that never used guidance gets its defaults first
        document = export_templates(db)
    finally:
        profile.close()
    tmp = target.with_name(f".{target.name}.tmp{os.getpid()}")
    try:
        tmp.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    print(f"Exported {len(document['templates'])} templates to {target}.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from agent_assist.core.templates import TemplateError
    from agent_assist.services.template_library import import_templates, library

    source: Path = args.file
    try:
        raw = source.read_bytes()
    except FileNotFoundError:
        raise UserError(f"The file {source} does not exist.") from None
    except IsADirectoryError:
        raise UserError(f"{source} is a folder, not a template file.") from None
    except OSError as exc:
        raise UserError(f"Cannot read {source}: {exc.strerror or exc}.") from exc
    profile = open_profile(args, create=False)
    try:
        db = profile.pool.get()
        library(db)  # seed defaults first, so an imported key replaces rather than races
        try:
            report = import_templates(db, raw)
        except TemplateError as exc:
            raise UserError(f"Nothing was imported: {exc}") from exc
    finally:
        profile.close()
    if args.json:
        print_json(report.as_dict())
    else:
        print(f"Imported templates: {report.added} added, {report.updated} replaced.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from agent_assist.services.template_library import library

    profile = open_profile(args, create=False)
    try:
        templates = library(profile.pool.get()).templates
    finally:
        profile.close()
    if args.json:
        print_json([
            {"key": t.key, "shortcut": t.shortcut, "category": t.category,
             "name": dict(t.names), "languages": list(t.languages)}
            for t in templates
        ])
    else:
        for t in templates:
            print(f"{t.key:<14} /{t.shortcut:<10} {','.join(t.languages):<9} {t.name('en')}")
    return 0
