"""Running `agent-assist` as a subprocess, as a user would, with a throwaway file keychain."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.fixtures.servers import DovecotServer, MailUser

BASE = [sys.executable, "-m", "agent_assist"]


def cli_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
        # A file keychain shared by this test's subprocesses (never the real one).
        PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
    )
    return env


def run_cli(
    env: dict[str, str], *args: str, stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*BASE, *args], input=stdin, text=True, capture_output=True,
                          env=env, timeout=timeout, check=False)


def add_account(
    env: dict[str, str], profile: Path, name: str, *, imap_host: str, imap_port: int,
    smtp_host: str, smtp_port: int, user: str, password: str, email: str | None = None,
) -> None:
    args = ["account", "add-email", "--profile", str(profile), "--name", name,
            "--imap-host", imap_host, "--imap-port", str(imap_port), "--imap-tls", "none",
            "--smtp-host", smtp_host, "--smtp-port", str(smtp_port), "--smtp-tls", "none",
            "--user", user, "--password-stdin"]
    if email:
        args += ["--email", email]
    done = run_cli(env, *args, stdin=password + "\n")
    assert done.returncode == 0, done.stderr


def add_dovecot_account(
    env: dict[str, str], profile: Path, name: str, dovecot: DovecotServer, user: MailUser,
    *, password: str | None = None, smtp_port: int = 1,
) -> None:
    add_account(env, profile, name, imap_host=dovecot.host, imap_port=dovecot.imap_port,
                smtp_host=dovecot.host, smtp_port=smtp_port, user=user.name,
                password=user.password if password is None else password)


def assert_one_sentence(stderr: str, *must_contain: str) -> None:
    """The CLI's error contract: one line, prefixed, no traceback, naming what matters."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("agent-assist: "), stderr
    assert "Traceback" not in stderr
    for part in must_contain:
        assert part in lines[0], f"{part!r} missing from {lines[0]!r}"
