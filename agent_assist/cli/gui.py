"""`agent-assist [--profile DIR] [--demo]`: the desktop app, one sync engine per profile."""

from __future__ import annotations

import argparse

from agent_assist.cli.common import UserError, open_profile
from agent_assist.storage.profile import InstanceLock

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
    profile = open_profile(args, create=True)
    lock = InstanceLock(profile.root)
    if not lock.acquire():
        pid = lock.holder_pid()
        raise UserError(
            f"Agent Assist is already running on the profile {profile.root}"
            + (f" (process {pid})" if pid else "")
            + "; switch to that window or close it first."
        )
    try:
        if args.demo:
            from agent_assist.services.demo_shop import build_demo

            repos_db = profile.pool.get()
            if repos_db.execute("SELECT count(*) FROM conversations").fetchone()[0] == 0:
                build_demo(profile)
        from agent_assist.app import run_gui

        return run_gui(profile, lang=args.lang)
    finally:
        lock.release()
        profile.close()
