"""Helpers shared by the subcommands: profile options, errors, JSON output."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from agent_assist.storage.profile import Profile, ProfileError, default_profile_dir


class UserError(Exception):
    """A problem the user can fix: printed as one sentence, exit code non-zero."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def fail(message: str, code: int = 1) -> int:
    print(f"agent-assist: {message}", file=sys.stderr)
    return code


def add_profile_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument(
        "--profile",
        type=Path,
        required=required,
        default=argparse.SUPPRESS if not required else None,
        metavar="DIR",
        help="profile folder (default: the per-user data folder)",
    )


def profile_dir(args: argparse.Namespace) -> Path:
    value = getattr(args, "profile", None)
    return Path(value).expanduser() if value else default_profile_dir()


def open_profile(args: argparse.Namespace, *, create: bool) -> Profile:
    """Open the profile; writing commands create it, read-only ones refuse a missing one."""
    root = profile_dir(args)
    try:
        return Profile.create_or_open(root) if create else Profile.open_existing(root)
    except ProfileError as exc:
        raise UserError(str(exc)) from exc


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
