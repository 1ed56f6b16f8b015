"""The command-line front door: the GUI by default, plus headless subcommands."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from collections.abc import Sequence
from pathlib import Path

from agent_assist import __version__
from agent_assist.cli import accounts, data, gui, ownership
from agent_assist.cli.common import UserError, fail

COMMANDS = (gui, data, accounts, ownership)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="agent-assist",
        description="Agent Assist: one inbox for your shop's email and chats, "
        "so no customer waits unanswered.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    gui.add_gui_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
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
