"""Status counts for the SLA (fake clock), settings load/save, alerts, warnings, and the CLI."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent_assist.core.models import Channel, Delivery, Direction, HandleKind, IncomingMessage
from agent_assist.core.sla import SlaState
from agent_assist.services.alerts import Alerts
from agent_assist.services.health import health_warnings
from agent_assist.services.sla import SettingsError, load_config, save_config
from agent_assist.services.status import status_report
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import Repos

PARIS = ZoneInfo("Europe/Paris")
HOURS = {"timezone": "Europe/Paris", "holidays": [],
         "week": {d: [["09:00", "12:30"], ["14:00", "18:00"]]
                  for d in ("mon", "tue", "wed", "thu", "fri")}}
_keys = itertools.count(1)


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> float:
    return datetime(y, mo, d, h, mi, tzinfo=PARIS).timestamp()


NOW = at(2025, 3, 3, 11)  # Monday 11:00 in Paris


def say(ws: Workspace, thread: str, t: float, text: str = "Where is my order AL-7?", *,
        direction: Direction = Direction.IN, channel: Channel = Channel.EMAIL) -> int:
    inbound = direction is Direction.IN
    result = ws.ingestor().ingest(IncomingMessage(
        provider_key=f"s:{next(_keys)}", channel=channel,
        sender_address=thread if inbound else "shop@atelier.test", sender_name=thread.title(),
        handle_kind=HandleKind.EMAIL, direction=direction, body_text=text, sent_at=t,
        thread_key=thread, recipients=[] if inbound else [thread], subject="Order",
    ))
    assert result.conversation_id is not None
    return result.conversation_id


def build(ws: Workspace) -> dict[str, int]:
    repos = ws.repos()
    save_config(repos, {"business_hours": HOURS}, date(2025, 3, 3))
    out = Direction.OUT
    ids = {
        # Waiting now.
        "fresh": say(ws, "ana", at(2025, 3, 3, 9)),  # 2 h of 4 h: on track
        "late": say(ws, "ben", at(2025, 2, 28, 15)),  # Fri 3 h + Mon 2 h: breached
        "chat": say(ws, "cleo", at(2025, 3, 3, 10, 48), channel=Channel.DEMO_CHAT),  # 12/15 min
        # Answered today.
        "quick": say(ws, "dan", at(2025, 3, 3, 9, 30)),
        "weekend": say(ws, "eve", at(2025, 2, 28, 17)),
        "two": say(ws, "fay", at(2025, 3, 3, 9), channel=Channel.DEMO_CHAT),
    }
    say(ws, "dan", at(2025, 3, 3, 10), "Shipped.", direction=out)  # first: 30 min
    say(ws, "eve", at(2025, 3, 3, 10, 30), "Found it.", direction=out)  # first: 2.5 h
    say(ws, "fay", at(2025, 3, 3, 9, 5), "Hello!", direction=out, channel=Channel.DEMO_CHAT)
    say(ws, "fay", at(2025, 3, 3, 9, 10), "Is it gift-wrapped?", channel=Channel.DEMO_CHAT)
    say(ws, "fay", at(2025, 3, 3, 10), "Yes.", direction=out, channel=Channel.DEMO_CHAT)  # 50 min
    # Answered yesterday (Sunday): not today.
    say(ws, "gus", at(2025, 2, 28, 9))
    say(ws, "gus", at(2025, 3, 2, 20), "Done.", direction=out)
    return ids


def test_status_reports_sla_states_and_today(workspace: Workspace) -> None:
    build(workspace)
    report = status_report(workspace.repos(), NOW)
    assert report["needs_reply"] == 3
    assert (report["on_track"], report["at_risk"], report["breached"]) == (1, 1, 1)
    assert report["oldest_wait_business_seconds"] == 5 * 3600
    assert report["oldest_wait_seconds"] == int(NOW - at(2025, 2, 28, 15))
    assert report["answered_today"] == 3
    assert report["responses_today"] == 4
    # First responses today: 30 min, 2.5 h, 5 min -> median 30 min.
    assert report["first_response_median_today_seconds"] == 1800
    assert report["sla_met_percent_today"] == 75.0  # the 50-minute chat follow-up missed 30 min
    assert report["auto_acks_today"] == 0
    assert report["warnings"] == []
    for key in ("snoozed_due", "reminders_due", "by_status", "outbox", "quarantined"):
        assert key in report


def test_a_failed_reply_answers_nothing(workspace: Workspace) -> None:
    save_config(workspace.repos(), {"business_hours": HOURS}, date(2025, 3, 3))
    cid = say(workspace, "hana", at(2025, 3, 3, 9))
    workspace.clock = lambda: at(2025, 3, 3, 9, 30)
    queued = workspace.reply(cid, "On its way.")
    repos = workspace.repos()
    with repos.db.atomic():
        repos.outbox.transition(queued.outbox_id, Delivery.SENDING)
        repos.outbox.transition(queued.outbox_id, Delivery.FAILED, "refused")
    workspace.ingestor().refresh(cid)
    report = status_report(repos, NOW)
    assert report["answered_today"] == 0 and report["sla_met_percent_today"] is None
    assert report["needs_reply"] == 1 and report["outbox"]["failed"] == 1
    assert [w["kind"] for w in report["warnings"]] == ["outbox_failed"]


def test_nothing_today_gives_empty_figures(workspace: Workspace) -> None:
    report = status_report(workspace.repos(), NOW)
    assert report["answered_today"] == 0
    assert report["first_response_median_today_seconds"] is None
    assert report["sla_met_percent_today"] is None
    assert report["at_risk"] == report["breached"] == 0


def test_settings_are_validated_on_save_and_on_load(workspace: Workspace) -> None:
    repos = workspace.repos()
    with pytest.raises(SettingsError, match="not after"):
        save_config(repos, {
            "sla_policies": {"channels": {"email": {"first_minutes": 60}}},
            "business_hours": {**HOURS, "week": {"mon": [["18:00", "09:00"]]}},
        }, date(2025, 3, 3))
    assert repos.settings.get("sla_policies") is None  # all or nothing
    config = load_config(repos, date(2025, 3, 3))
    assert config.calendar.timezone == "Europe/Paris" and config.problems == ()
    assert date(2025, 4, 21) in config.calendar.holidays  # French defaults
    assert not config.auto_ack.channels  # auto-acknowledgement is off by default
    repos.settings.set("sla_policies", {"at_risk_percent": 400})  # edited by hand, broken
    broken = load_config(repos, date(2025, 3, 3))
    assert broken.policies.at_risk_ratio == 0.75 and len(broken.problems) == 1
    assert repos.settings.get("sla_policies") == {"at_risk_percent": 400}  # kept, not lost
    warnings = health_warnings(repos, NOW, settings_problems=broken.problems)
    assert [w.kind for w in warnings] == ["settings"]
    assert "SLA targets" in status_report(repos, NOW)["warnings"][0]["message"]


def test_alerts_announce_new_messages_and_each_escalation_once(workspace: Workspace) -> None:
    repos = workspace.repos()
    save_config(repos, {"business_hours": HOURS}, date(2025, 3, 3))
    before = Alerts(repos, lambda: NOW).last_message_id()
    cid = say(workspace, "ines", at(2025, 3, 3, 10, 50), channel=Channel.DEMO_CHAT)
    say(workspace, "news", at(2025, 3, 3, 10, 51))  # an email customer
    clock = [at(2025, 3, 3, 10, 55)]
    alerts = Alerts(repos, lambda: clock[0])
    batch = alerts.poll(before)
    assert [a.sender for a in batch.new_messages] == ["Ines", "News"]
    assert batch.escalations == [] and batch.needs_reply == 2
    clock[0] = at(2025, 3, 3, 11, 2)  # 12 of 15 minutes
    risky = alerts.poll(batch.last_message_id)
    assert [(e.conversation_id, e.state) for e in risky.escalations] == [(cid, SlaState.AT_RISK)]
    assert risky.new_messages == [] and alerts.poll(risky.last_message_id).escalations == []
    clock[0] = at(2025, 3, 3, 11, 6)
    assert [e.state for e in alerts.poll(0).escalations] == [SlaState.BREACHED]
    # A restart does not repeat what was already announced.
    assert Alerts(repos, lambda: clock[0]).poll(0).escalations == []


def _status_json(profile_dir: Path) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "agent_assist", "status", "--profile", str(profile_dir), "--json"],
        capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout))


def test_cli_status_json_has_the_new_keys(tmp_path: Path) -> None:
    root = tmp_path / "shop"
    profile = Profile.create_or_open(root)
    try:
        ws = Workspace(profile)
        say(ws, "ana", time.time() - 40 * 86400)  # weeks of business hours: breached
        repos = Repos.of(profile.pool.get())
        with repos.db.atomic():
            account = repos.accounts.add("shop", Channel.EMAIL, "shop@atelier.test", {})
            repos.accounts.mark_synced(account.id, time.time() - 86400)
    finally:
        profile.close()
    report = _status_json(root)
    assert report["needs_reply"] == 1 and report["breached"] == 1 and report["at_risk"] == 0
    for key in ("answered_today", "first_response_median_today_seconds",
                "sla_met_percent_today", "snoozed_due", "reminders_due", "auto_acks_today",
                "oldest_wait_business_seconds", "on_track"):
        assert key in report
    warnings = report["warnings"]
    assert isinstance(warnings, list)
    assert [(w["kind"], w["account"], w["action"]) for w in warnings] == [
        ("sync_stale", "shop", "sync_now")]
