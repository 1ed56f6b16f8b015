"""Account and profile health warnings, known offline from the store alone."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from agent_assist.core.models import Account
from agent_assist.services.backup_schedule import failing_reason
from agent_assist.services.email.timing import CATCH_UP_SECONDS
from agent_assist.storage.repositories import Repos

#: Settings key: the newest quarantined item's time when the user last looked (newer is "new").
QUARANTINE_SEEN_KEY = "quarantine.seen_at"
#: An account is "not syncing" after this many expected intervals without a catch-up.
STALE_INTERVALS = 3


@dataclass(frozen=True, slots=True)
class HealthWarning:
    """Something the shop must see, and the one-click action that fixes or shows it.

    ``kind``: missed_messages, sync_stale, sync_error, outbox_failed, outbox_uncertain,
    settings, quarantined, backup_failed. ``action``: backfill, sync_now, open_accounts,
    open_outbox, open_settings, open_quarantine, open_backups.
    """

    kind: str
    account: str
    message: str  # English, for the CLI and logs; the app words it from the fields below
    action: str
    count: int = 0  # messages for most kinds; seconds since the last sync for sync_stale
    detail: str = ""  # folders, the server's error, the settings problem, the backup error

    def as_json(self) -> dict[str, str]:
        return asdict(self)


def expected_interval(account: Account) -> float:
    """How often an account should catch up (settings may say; IMAP's timer otherwise)."""
    value = account.settings.get("sync_interval_seconds", CATCH_UP_SECONDS)
    return float(value) if isinstance(value, int | float) and value > 0 else CATCH_UP_SECONDS


def _ago(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 120:
        return f"{minutes} minutes"
    hours = minutes // 60
    return f"{hours} hours" if hours < 48 else f"{hours // 24} days"


def health_warnings(
    repos: Repos, now: float, *, settings_problems: tuple[str, ...] = ()
) -> list[HealthWarning]:
    """Every warning known without touching the network, most urgent first."""
    warnings: list[HealthWarning] = []
    for account in repos.accounts.list():
        if not account.enabled:
            continue
        rows = repos.db.execute(
            "SELECT folder, missing FROM account_health WHERE account_id = ? ORDER BY folder",
            [account.id]).fetchall()
        missing = {folder: len(json.loads(raw)) for folder, raw in rows if json.loads(raw)}
        if missing:
            total = sum(missing.values())
            where = ", ".join(sorted(missing))
            warnings.append(HealthWarning(
                "missed_messages", account.name,
                f"{total} possible missed message{'s' if total != 1 else ''} in "
                f"{account.name} ({where}): they are on the server but not in the inbox.",
                "backfill", total, where))
        if account.last_error:
            warnings.append(HealthWarning("sync_error", account.name,
                                          f"{account.name}: {account.last_error}",
                                          "open_accounts", detail=account.last_error))
        interval = expected_interval(account)
        if account.last_sync_at is None:
            warnings.append(HealthWarning("sync_stale", account.name,
                                          f"{account.name} has never synced.", "sync_now"))
        elif now - account.last_sync_at > STALE_INTERVALS * interval:
            warnings.append(HealthWarning(
                "sync_stale", account.name,
                f"{account.name} has not synced for {_ago(now - account.last_sync_at)}.",
                "sync_now", int(now - account.last_sync_at)))
    counts = repos.outbox.counts()
    if counts.get("failed"):
        n = counts["failed"]
        warnings.append(HealthWarning(
            "outbox_failed", "", f"{n} message{'s' if n != 1 else ''} could not be sent.",
            "open_outbox", n))
    if counts.get("uncertain"):
        n = counts["uncertain"]
        warnings.append(HealthWarning(
            "outbox_uncertain", "",
            f"{n} message{'s' if n != 1 else ''} may not have arrived: check before resending.",
            "open_outbox", n))
    warnings.extend(HealthWarning("settings", "", p, "open_settings", detail=p)
                    for p in settings_problems)
    if unread := repos.quarantine.count_since(float(repos.settings.get(QUARANTINE_SEEN_KEY, 0))):
        warnings.append(HealthWarning(
            "quarantined", "",
            f"{unread} new message{'s' if unread != 1 else ''} could not be read: "
            f"{'it is' if unread == 1 else 'each is'} kept with its exact bytes, "
            "to read, save or try again.", "open_quarantine", unread))
    if backup_error := failing_reason(repos):
        warnings.append(HealthWarning("backup_failed", "",
                                      f"The automatic backup failed: {backup_error}",
                                      "open_backups", detail=backup_error))
    return warnings
