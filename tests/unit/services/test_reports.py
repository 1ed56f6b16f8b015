"""Loading the report from a real profile: the same known answers as the pure builder,
which conversations the one scan picks up, the calendar used, and the CSV/JSON tables."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from agent_assist.core.models import Channel, Direction, HandleKind, Status
from agent_assist.core.reports import Report, ReportPeriod
from agent_assist.services import reports
from agent_assist.services.ingest import Ingestor
from agent_assist.services.reports import (
    Chart,
    Preset,
    ReportCancelled,
    ReportExportError,
    chart_table,
    config_for_period,
    load_report,
    preset_period,
    report_for,
    report_json,
    shop_today,
    write_csv,
)
from agent_assist.services.sla import save_config
from agent_assist.services.workspace import Workspace
from agent_assist.storage.repositories import Repos
from agent_assist.storage.repositories.messages import NewMessage
from tests.unit.core.test_reports_dataset import (
    AGENTS,
    CALENDAR_JSON,
    CONVERSATIONS,
    EXPECTED,
    NOW,
    PERIOD,
    Conv,
    Msg,
    at,
)


def store(workspace: Workspace, conv: Conv, number: int) -> int:
    """Insert one dataset conversation through the repositories, as the app stores them."""
    repos = workspace.repos()
    kind = HandleKind.EMAIL if conv.channel is Channel.EMAIL else HandleKind.DEMO
    with repos.db.atomic():
        contact = repos.contacts.find_or_create(kind, f"{conv.key}@example.com", conv.key)
        cid = repos.conversations.create(channel=conv.channel, subject=conv.key,
                                         contact_id=contact, created_at=conv.messages[0].sent_at)
        for i, m in enumerate(conv.messages):
            repos.messages.insert(NewMessage(
                conversation_id=cid, channel=conv.channel, direction=m.direction,
                provider_key=f"t:{number}:{i}", sent_at=m.sent_at, body_text=m.text,
                agent_id=m.agent, delivery=m.delivery,
                automated_reason="bounce" if m.automated else "", received_at=m.sent_at,
            ))
        Ingestor(repos, workspace.attachments).refresh(cid)
        if conv.left_queue_at is not None:
            repos.conversations.set_status(cid, Status.CLOSED)
            # set_status stamps the wall clock; the dataset says when it was closed.
            repos.db.execute("UPDATE conversations SET updated_at = ? WHERE id = ?",
                             [conv.left_queue_at, cid])
    return cid


def add_agents(repos: Repos) -> None:
    with repos.db.atomic():
        for agent_id, name in AGENTS.items():
            repos.db.execute("INSERT INTO agents (id, name, role, created_at) VALUES (?, ?, ?, 0)",
                             [agent_id, name, "agent"])


@pytest.fixture
def shop(workspace: Workspace) -> Workspace:
    repos = workspace.repos()
    add_agents(repos)
    save_config(repos, {"business_hours": CALENDAR_JSON}, date(2026, 10, 22))
    for number, conv in enumerate(CONVERSATIONS, start=1):
        store(workspace, conv, number)
    return workspace


def test_loaded_report_has_the_known_answers(shop: Workspace) -> None:
    report = load_report(shop.repos(), PERIOD, NOW)
    assert dict(report.volume) == EXPECTED["volume"]
    assert report.automated == EXPECTED["automated"]
    assert report.responses == EXPECTED["responses"]
    assert report.met == EXPECTED["met"]
    assert report.first_response_median == EXPECTED["first_response_median"]
    assert report.first_response_p90 == EXPECTED["first_response_p90"]
    assert report.waiting == EXPECTED["waiting"]
    rows = tuple((a.agent_id, a.name, a.replies, a.conversations, a.responses, a.met,
                  a.first_response_median) for a in report.agents)
    assert rows == EXPECTED["agents"]


def test_conversations_outside_the_period_are_not_read_but_old_waits_are(
        shop: Workspace) -> None:
    # Answered and done before the period: nothing of it may show.
    store(shop, Conv("old", Channel.EMAIL, (
        Msg(Direction.IN, at(5, 10), "Old question"),
        Msg(Direction.OUT, at(5, 11), "Old answer", agent=1),
    )), 100)
    # Unanswered since 1 October and still open: waiting at every reading point.
    store(shop, Conv("forgotten", Channel.EMAIL, (
        Msg(Direction.IN, at(1, 10), "Anyone there?"),
    )), 101)
    # Starts after the period: not in it.
    future = NOW + 7 * 86400
    store(shop, Conv("later", Channel.EMAIL, (Msg(Direction.IN, future, "Later"),)), 102)
    report = load_report(shop.repos(), PERIOD, NOW)
    assert report.waiting == tuple(w + 1 for w in EXPECTED["waiting"])
    assert dict(report.volume) == EXPECTED["volume"]
    assert report.responses == EXPECTED["responses"]
    assert [a.replies for a in report.agents] == [3, 3, 1]


def test_default_calendar_knows_the_holidays_of_the_period_years(workspace: Workspace) -> None:
    period = ReportPeriod(date(2024, 12, 20), date(2025, 1, 10))
    calendar = config_for_period(workspace.repos(), period).calendar
    assert date(2024, 12, 25) in calendar.holidays and date(2025, 1, 1) in calendar.holidays


def test_saved_calendar_is_used_as_saved(shop: Workspace) -> None:
    calendar = config_for_period(shop.repos(), PERIOD).calendar
    assert calendar.holidays == frozenset() and calendar.timezone == "Europe/Paris"


def test_empty_profile_gives_an_empty_report(workspace: Workspace) -> None:
    report = load_report(workspace.repos(), PERIOD, NOW)
    assert report.is_empty and report.agents == ()
    header, rows = chart_table(report, Chart.VOLUME)
    assert header == ["from", "to", "total", "automated"] and len(rows) == 6


def _csv(report: Report, chart: Chart) -> list[list[str]]:
    header, rows = chart_table(report, chart)
    out = io.StringIO()
    csv.writer(out).writerows([header, *rows])
    return list(csv.reader(io.StringIO(out.getvalue())))


def test_chart_tables(shop: Workspace) -> None:
    report = load_report(shop.repos(), PERIOD, NOW)
    volume = _csv(report, Chart.VOLUME)
    assert volume[0] == ["from", "to", "email", "demo_chat", "total", "automated"]
    assert volume[1] == ["2026-10-22", "2026-10-22", "4", "0", "4", "0"]
    first = _csv(report, Chart.FIRST_RESPONSE)
    assert first[1] == ["2026-10-22", "2026-10-22", "2", "105.0", "150.0"]
    assert first[2][2:] == ["0", "", ""]
    sla = _csv(report, Chart.SLA)
    assert sla[6] == ["2026-10-27", "2026-10-27", "2", "1", "50.0", "90.0"]
    waiting = _csv(report, Chart.WAITING)
    assert [row[2] for row in waiting[1:]] == ["1", "1", "2", "3", "2", "1"]
    agents = _csv(report, Chart.AGENTS)
    assert agents[1] == ["1", "Ann", "3", "3", "3", "2", "66.7", "150.0"]
    assert agents[3][:3] == ["", "", "1"]


def test_write_csv_and_a_clear_error_when_it_cannot(shop: Workspace, tmp_path: Path) -> None:
    report = load_report(shop.repos(), PERIOD, NOW)
    target = tmp_path / "sla.csv"
    write_csv(target, report, Chart.SLA)
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "from,to,responses,met,met_percent,goal_percent"
    with pytest.raises(ReportExportError, match="Could not write") as caught:
        write_csv(tmp_path / "missing" / "x.csv", report, Chart.SLA)
    assert "\n" not in str(caught.value)


def test_json_summary(shop: Workspace) -> None:
    data = report_json(load_report(shop.repos(), PERIOD, NOW))
    assert data["period"] == {"from": "2026-10-22", "to": "2026-10-27",
                              "timezone": "Europe/Paris", "granularity": "day"}
    assert data["summary"]["incoming"] == 10 and data["summary"]["automated"] == 1
    assert data["summary"]["first_response_median_seconds"] == 3600.0
    assert data["summary"]["waiting_now"] == 1
    assert data["buckets"][3]["incoming"] == {"email": 1, "demo_chat": 0}
    assert data["agents"][2]["agent_id"] is None


def test_presets_resolve_on_the_shops_own_today(shop: Workspace) -> None:
    today = date(2026, 10, 27)
    assert preset_period(Preset.LAST_7_DAYS, today) == ReportPeriod(date(2026, 10, 21),
                                                                    date(2026, 10, 28))
    assert preset_period(Preset.LAST_90_DAYS, today).days == 90
    assert preset_period(Preset.LAST_MONTH, today) == ReportPeriod(date(2026, 9, 1),
                                                                   date(2026, 10, 1))
    # 23:30 UTC on the 27th is already the 28th on the shop's clock in Paris.
    late = at(28, 0, 30)
    assert shop_today(shop.repos(), late) == date(2026, 10, 28)
    assert report_for(shop.repos(), Preset.THIS_MONTH, late).period == ReportPeriod(
        date(2026, 10, 1), date(2026, 10, 29))


def test_a_report_nobody_wants_any_more_stops(shop: Workspace,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reports, "CHECK_EVERY", 2)
    asked: list[bool] = []

    def wanted() -> bool:
        asked.append(True)
        return len(asked) < 2

    with pytest.raises(ReportCancelled):
        load_report(shop.repos(), PERIOD, NOW, keep_going=wanted)
    assert len(asked) == 2  # checked after conversations 2 and 4, stopped at the second
    assert load_report(shop.repos(), PERIOD, NOW).responses == EXPECTED["responses"]
