"""Opening the window loads no channel library a shop without accounts does not use.

Start-up time is measured (bench/startup.py); these modules were each a measurable part
of it, so they must load with their first account or first use, not at start-up.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT

LAZY = (
    "agent_assist.services.email.sync",  # IMAP sync + the parse pool (multiprocessing)
    "agent_assist.services.missed_check",  # the Today tick needs only services.health
    "agent_assist.services.email.sender",
    "imapclient",
    "nio",  # matrix-nio and aiohttp
    "jinja2",  # the template sandbox loads on the first render
    "keyring",  # the keychain loads when a password is first needed
    "agent_assist.ui.reports.page",  # built when the reports are first shown
    "agent_assist.services.reports",
)

PROBE = """
import atexit, sys
atexit.register(lambda: print("MODULES " + " ".join(sorted(sys.modules))))
from agent_assist.cli import main
raise SystemExit(main(["--profile", sys.argv[1]]))
"""


def test_the_window_opens_without_loading_channel_libraries(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
               AGENT_ASSIST_EXIT_AFTER_FIRST_PAINT="1")
    profile = tmp_path / "shop"
    subprocess.run([sys.executable, "-m", "agent_assist", "demo", "--profile", str(profile),
                    "--size", "30"], check=True, capture_output=True, env=env, cwd=REPO_ROOT)
    # A solo owner: the window opens at once instead of asking who is working.
    with sqlite3.connect(profile / "agent-assist.sqlite3") as conn:
        conn.execute("UPDATE agents SET active = 0 WHERE role = 'agent'")
    conn.close()

    done = subprocess.run([sys.executable, "-c", PROBE, str(profile)], capture_output=True,
                          text=True, env=env, cwd=REPO_ROOT, timeout=120, check=False)

    assert done.returncode == 0, done.stderr
    assert "PAINTED" in done.stdout, done.stdout  # the window really opened and painted
    line = next(x for x in done.stdout.splitlines() if x.startswith("MODULES "))
    loaded = set(line.split()[1:])
    assert "agent_assist.ui.main_window" in loaded
    assert [name for name in LAZY if name in loaded] == []
