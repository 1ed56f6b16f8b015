"""`agent-assist [--profile DIR] [--demo]`: the desktop app, one sync engine per profile."""

from __future__ import annotations

import argparse

from agent_assist.cli.common import open_profile
from agent_assist.storage.profile import Profile

LANGUAGES = ("en", "fr", "ar")


def add_gui_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", metavar="DIR", help="profile folder")
    parser.add_argument(
        "--demo", action="store_true", help="fill an empty profile with the demo shop"
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The GUI is the default command; nothing to register."""


def run(args: argparse.Namespace) -> int:
    """The first window on a profile runs the sync engine; later ones open as clients."""
    from agent_assist.services.roles import claim_role

    profile = open_profile(args, create=True)
    claim = claim_role(profile.root)
    try:
        if claim.is_client:
            return _run_client(profile, args.lang, claim.engine_pid)
        if args.demo:
            from agent_assist.services.demo_shop import build_demo

            repos_db = profile.pool.get()
            if repos_db.execute("SELECT count(*) FROM conversations").fetchone()[0] == 0:
                build_demo(profile)
        from agent_assist.app import run_gui

        return run_gui(profile, lang=args.lang)
    finally:
        claim.release()
        profile.close()


def _run_client(profile: Profile, lang: str | None, engine_pid: str) -> int:
    """Another process holds the sync engine: open a client window instead of refusing.

    (`agent-assist sync` still refuses then: two engines would sync and send twice.)
    """
    from agent_assist.app import ensure_app
    from agent_assist.ui.team.client import run_client_gui

    return run_client_gui(ensure_app(lang), profile, engine_pid)
