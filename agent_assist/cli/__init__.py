"""The command-line front door: the GUI by default, plus headless subcommands."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from agent_assist import __version__
from agent_assist.cli import gui
from agent_assist.cli.common import UserError, fail

#: Subcommand modules, imported only when a subcommand is used: opening the GUI must not
#: pay for channel libraries it does not need yet (start-up time is measured).
COMMAND_MODULES = ("data", "accounts", "ownership", "team", "guidance", "reports")


def command_modules() -> list[ModuleType]:
    import importlib

    return [importlib.import_module(f"agent_assist.cli.{name}") for name in COMMAND_MODULES]


def _wants_subcommand(argv: Sequence[str]) -> bool:
    """True when argv names a subcommand (or asks for help listing them)."""
    takes_value = {"--profile", "--lang"}
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in ("-h", "--help"):
            return True
        elif token in takes_value:
            skip = True
        elif not token.startswith("-"):
            return True
    return False


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="agent-assist",
        description="Agent Assist: one inbox for your shop's email and chats, "
        "so no customer waits unanswered.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    gui.add_gui_options(parser)
    if with_commands:
        sub = parser.add_subparsers(dest="command", metavar="COMMAND")
        for module in command_modules():
            module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(with_commands=_wants_subcommand(arguments))
    args = parser.parse_args(arguments)
    handler = getattr(args, "handler", None) or gui.run
    try:
        return int(handler(args) or 0)
    except UserError as exc:
        return fail(str(exc), exc.code)
    except KeyboardInterrupt:
        return fail("Interrupted.", 130)
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: stop quietly, like other Unix tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: keep the traceback in a file, not on the user's screen
        report = Path(tempfile.gettempdir()) / "agent-assist-crash.txt"
        report.write_text(traceback.format_exc(), encoding="utf-8")
        return fail(
            f"Unexpected error ({type(exc).__name__}: {exc}); details were saved to {report}.", 70
        )
