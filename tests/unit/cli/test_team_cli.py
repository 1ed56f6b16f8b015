"""`agent-assist agent add|list|deactivate` and `agent-assist audit`, run as a user would."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.unit.cli.conftest import Run, assert_clean_error

DENIED = 77


def _dump(profile: Path) -> str:
    conn = sqlite3.connect(str(profile / "agent-assist.sqlite3"))
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def test_open_profile_add_list_and_audit(cli: Run, tmp_path: Path) -> None:
    profile = str(tmp_path / "shop")
    added = cli("agent", "add", "--profile", profile, "--name", "Camille", "--role", "owner")
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Added owner Camille."
    pin = cli("agent", "add", "--profile", profile, "--name", "Yasmine", "--role", "agent",
              "--password-stdin", input="5678\n")
    assert pin.returncode == 0, pin.stderr
    assert "with a password" in pin.stdout
    listed = cli("agent", "list", "--profile", profile, "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(r["name"], r["role"], r["active"], r["has_password"]) for r in rows] == [
        ("Camille", "owner", True, False), ("Yasmine", "agent", True, True)]
    assert "scrypt" not in listed.stdout and "password_hash" not in listed.stdout
    assert "5678" not in _dump(tmp_path / "shop")
    audit = cli("audit", "--profile", profile, "--json")  # open profile: no --as needed
    assert audit.returncode == 0, audit.stderr
    entries = json.loads(audit.stdout)
    assert [e["action"] for e in entries] == ["agent:add", "agent:add"]
    assert entries[0]["details"] == {"name": "Yasmine", "role": "agent", "password": True}


def test_protected_profile_needs_an_owner(cli: Run, tmp_path: Path) -> None:
    profile = str(tmp_path / "shop")
    assert cli("agent", "add", "--profile", profile, "--name", "Camille", "--role", "owner",
               "--password-stdin", input="owner-pass\n").returncode == 0
    # Now protected: anonymous management is refused with a sentence naming the way out.
    refused = cli("agent", "add", "--profile", profile, "--name", "Eve", "--role", "owner")
    assert_clean_error(refused, "Only an owner can add", "--as NAME")
    assert refused.returncode == DENIED
    wrong = cli("agent", "add", "--profile", profile, "--name", "Eve", "--role", "owner",
                "--as", "Camille", input="guess\n")
    assert_clean_error(wrong, "Wrong password for Camille")
    assert wrong.returncode == DENIED
    ok = cli("agent", "add", "--profile", profile, "--name", "Yasmine", "--role", "agent",
             "--as", "Camille", "--password-stdin", input="owner-pass\n9876\n")
    assert ok.returncode == 0, ok.stderr
    # An agent, even with the right PIN, cannot manage the team.
    agent = cli("agent", "add", "--profile", profile, "--name", "Eve", "--role", "owner",
                "--as", "Yasmine", input="9876\n")
    assert_clean_error(agent, "Yasmine is not an owner")
    assert agent.returncode == DENIED
    deactivate = cli("agent", "deactivate", "--profile", profile, "--name", "Camille",
                     "--as", "Yasmine", input="9876\n")
    assert_clean_error(deactivate, "not an owner")
    names = [r["name"] for r in json.loads(
        cli("agent", "list", "--profile", profile, "--json").stdout)]
    assert names == ["Camille", "Yasmine"]  # Eve never got in


def test_audit_needs_an_owner_once_protected_and_filters(cli: Run, tmp_path: Path) -> None:
    profile = str(tmp_path / "shop")
    cli("agent", "add", "--profile", profile, "--name", "Camille", "--role", "owner",
        "--password-stdin", input="owner-pass\n")
    cli("agent", "add", "--profile", profile, "--name", "Yasmine", "--role", "agent",
        "--as", "Camille", input="owner-pass\n")
    assert_clean_error(cli("audit", "--profile", profile, "--json"), "see the audit log")
    assert_clean_error(cli("audit", "--profile", profile, "--json", "--as", "Yasmine",
                           input="\n"), "not an owner")
    mine = cli("audit", "--profile", profile, "--json", "--as", "Camille", "--agent", "Camille",
               input="owner-pass\n")
    assert mine.returncode == 0, mine.stderr
    entries = json.loads(mine.stdout)
    assert [(e["agent"], e["action"]) for e in entries] == [("Camille", "agent:add")]
    assert entries[0]["details"]["name"] == "Yasmine"
    assert_clean_error(cli("audit", "--profile", profile, "--as", "Camille", "--agent", "Zoe",
                           input="owner-pass\n"), "no agent named Zoe")
    assert_clean_error(cli("audit", "--profile", profile, "--since", "yesterday"),
                       "--since yesterday is not a date")
    # Wrong passwords are themselves in the trail.
    cli("audit", "--profile", profile, "--as", "Camille", input="nope\n")
    refused = json.loads(cli("audit", "--profile", profile, "--json", "--as", "Camille",
                             "--since", "2000-01-01", input="owner-pass\n").stdout)
    assert any(e["action"] == "session:refused" for e in refused)


def test_clean_errors_for_bad_input(cli: Run, tmp_path: Path) -> None:
    assert_clean_error(cli("agent", "list", "--profile", str(tmp_path / "none"), "--json"),
                       "No Agent Assist profile")
    profile = str(tmp_path / "shop")
    assert_clean_error(cli("agent", "add", "--profile", profile, "--name", "a@b",
                           "--role", "agent"), "cannot contain @")
    assert_clean_error(cli("agent", "add", "--profile", profile, "--name", "Yasmine",
                           "--role", "agent", "--password-stdin", input="\n"),
                       "No password was given")
    assert_clean_error(cli("agent", "add", "--profile", profile, "--name", "Yasmine",
                           "--role", "agent", "--password-stdin", input="12\n"), "at least 4")
    cli("agent", "add", "--profile", profile, "--name", "Camille", "--role", "owner")
    assert_clean_error(cli("agent", "add", "--profile", profile, "--name", "camille",
                           "--role", "agent"), "already an agent named camille")
    assert_clean_error(cli("agent", "deactivate", "--profile", profile, "--name", "Camille"),
                       "only active owner")
