"""`agent-assist report`: the known week as JSON and CSV, a PNG chart, and clear errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from agent_assist.core.models import Channel
from agent_assist.services.sla import save_config
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from tests.unit.cli.conftest import Run, assert_clean_error
from tests.unit.core.test_reports_dataset import CALENDAR_JSON, CONVERSATIONS, EXPECTED, PERIOD
from tests.unit.services.test_reports import add_agents, store

WEEK = ("--from", "2026-10-22", "--to", "2026-10-27")


@pytest.fixture
def shop_dir(tmp_path: Path) -> Path:
    """The report tests' week in a real profile folder (closed again for the CLI)."""
    root = tmp_path / "shop"
    profile = Profile.create_or_open(root)
    try:
        workspace = Workspace(profile)
        add_agents(workspace.repos())
        save_config(workspace.repos(), {"business_hours": CALENDAR_JSON}, PERIOD.start)
        for number, conv in enumerate(CONVERSATIONS, start=1):
            store(workspace, conv, number)
    finally:
        profile.close()
    return root


def test_json_has_the_known_answers(cli: Run, shop_dir: Path) -> None:
    result = cli("report", "--profile", str(shop_dir), *WEEK, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["period"]["from"] == "2026-10-22" and data["period"]["to"] == "2026-10-27"
    buckets = data["buckets"]
    assert [b["incoming"]["email"] for b in buckets] == list(EXPECTED["volume"][Channel.EMAIL])
    assert [b["automated"] for b in buckets] == list(EXPECTED["automated"])
    assert [b["responses"] for b in buckets] == list(EXPECTED["responses"])
    assert [b["first_response_median_seconds"] for b in buckets] == list(
        EXPECTED["first_response_median"])
    assert [(a["name"], a["replies"]) for a in data["agents"]] == [("Ann", 3), ("Bob", 3),
                                                                   ("", 1)]


def test_csv_to_stdout_and_to_a_file(cli: Run, shop_dir: Path, tmp_path: Path) -> None:
    result = cli("report", "--profile", str(shop_dir), *WEEK, "--csv", "first-response")
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][2:] == ["first_responses", "median_business_minutes", "p90_business_minutes"]
    assert rows[1] == ["2026-10-22", "2026-10-22", "2", "105.0", "150.0"]
    out = tmp_path / "agents.csv"
    saved = cli("report", "--profile", str(shop_dir), *WEEK, "--csv", "agents", "--out", str(out))
    assert saved.returncode == 0 and out.exists(), saved.stderr
    assert out.read_text(encoding="utf-8-sig").splitlines()[1].startswith("1,Ann,3,3,3,2")


def test_png_chart(cli: Run, shop_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "volume.png"
    result = cli("report", "--profile", str(shop_dir), *WEEK, "--png", "volume", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Traceback" not in result.stderr


def test_text_summary_by_default(cli: Run, shop_dir: Path) -> None:
    result = cli("report", "--profile", str(shop_dir), *WEEK)
    assert result.returncode == 0, result.stderr
    assert "customer messages: 10 (automated mail left out: 1)" in result.stdout
    assert "Ann: 3 replies" in result.stdout


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("--from", "2026-13-01"), "is not a date"),
        (("--from", "2026-10-27", "--to", "2026-10-01"), "must not be after"),
        (("--to", "2026-10-01"), "--to needs --from"),
        (("--days", "7", "--from", "2026-10-01"), "either --days"),
        (("--days", "0"), "positive"),
        (("--days", "5000"), "three years"),
        (("--csv", "pie"), "not a chart"),
        (("--png", "volume"), "--png needs --out"),
        (("--out", "x.csv"), "--out goes with"),
        (("--json", "--lang", "fr"), "--lang goes with --png"),
    ],
)
def test_bad_arguments_are_one_sentence(cli: Run, shop_dir: Path, args: tuple[str, ...],
                                        needle: str) -> None:
    assert_clean_error(cli("report", "--profile", str(shop_dir), *args), needle)


def test_unwritable_output_and_missing_profile(cli: Run, shop_dir: Path, tmp_path: Path) -> None:
    assert_clean_error(cli("report", "--profile", str(shop_dir), "--csv", "sla", "--out",
                           str(tmp_path / "nowhere" / "x.csv")), "does not exist")
    assert_clean_error(cli("report", "--profile", str(shop_dir), "--png", "sla", "--out",
                           str(tmp_path / "x.jpg")), ".png")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert_clean_error(cli("report", "--profile", str(empty)), "No Agent Assist profile")
    assert not (empty / "agent-assist.sqlite3").exists()
