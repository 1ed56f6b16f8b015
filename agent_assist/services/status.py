"""The profile's health in numbers, for `agent-assist status --json` and the Today view."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from agent_assist.services.health import health_warnings
from agent_assist.services.reminders import due_reminders, snoozed_due
from agent_assist.services.sla import (
    count_states,
    load_config,
    today_stats,
    waiting_clocks,
)
from agent_assist.storage.repositories import InboxQuery, Repos


def status_report(repos: Repos, now: float | None = None) -> dict[str, Any]:
    """Counts a shop can monitor from a script; every key is documented in the README.

    SLA figures use the configured business hours and targets (business seconds);
    "today" is the shop's local day in its time zone.
    """
    now = time.time() if now is None else now
    db = repos.db
    oldest = db.execute(
        "SELECT min(waiting_since) FROM conversations WHERE status = 'open' AND needs_reply = 1"
    ).fetchone()[0]
    by_status = {s: 0 for s in ("open", "waiting", "snoozed", "closed")}
    for status, n in db.execute("SELECT status, count(*) FROM conversations GROUP BY status"):
        by_status[status] = n
    config = load_config(repos, datetime.fromtimestamp(now).date())
    clocks = waiting_clocks(repos, config, now)
    states = count_states(clocks)
    today = today_stats(repos, config, now)
    warnings = health_warnings(repos, now, settings_problems=config.problems)
    return {
        "conversations": repos.conversations.total(),
        "messages": repos.messages.count(),
        "needs_reply": repos.conversations.count(InboxQuery("needs_reply")),
        "oldest_wait_seconds": 0 if oldest is None else max(0, int(now - oldest)),
        "by_status": by_status,
        "outbox": repos.outbox.counts(),
        "quarantined": repos.quarantine.count(),
        "accounts": len(repos.accounts.list()),
        "contacts": repos.contacts.count(),
        # -- never unanswered ---------------------------------------------------------------
        "on_track": states["on_track"],
        "at_risk": states["at_risk"],
        "breached": states["breached"],
        "oldest_wait_business_seconds": int(max((c.clock.elapsed for c in clocks), default=0)),
        "answered_today": today.answered,
        "responses_today": today.responses,
        "first_response_median_today_seconds": (
            None if today.first_response_median is None else int(today.first_response_median)
        ),
        "sla_met_percent_today": today.sla_met_percent,
        "auto_acks_today": today.auto_acks,
        "snoozed_due": snoozed_due(repos, now),
        "reminders_due": len(due_reminders(repos, now, config.reminders.waiting_days)),
        "warnings": [w.as_json() for w in warnings],
    }
