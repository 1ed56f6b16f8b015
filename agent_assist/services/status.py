"""The profile's health in numbers, for `agent-assist status --json` and the Today view."""

from __future__ import annotations

import time
from typing import Any

from agent_assist.storage.repositories import InboxQuery, Repos


def status_report(repos: Repos, now: float | None = None) -> dict[str, Any]:
    now = time.time() if now is None else now
    db = repos.db
    oldest = db.execute(
        "SELECT min(waiting_since) FROM conversations WHERE status = 'open' AND needs_reply = 1"
    ).fetchone()[0]
    by_status = {s: 0 for s in ("open", "waiting", "snoozed", "closed")}
    for status, n in db.execute("SELECT status, count(*) FROM conversations GROUP BY status"):
        by_status[status] = n
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
    }
