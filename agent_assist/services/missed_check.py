"""The missed-message check and account health: nothing may slip through unnoticed.

For IMAP, every watched folder's UID set on the server is compared with the locations we
stored (quarantined ones count as stored: they are kept and shown). A server UID at or
below the sync cursor that we do not hold is a possible missed message; ``backfill``
fetches exactly those through the normal sync path. Results are kept in
``account_health`` so the warnings can be shown (and reported by ``status``) offline.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass

from agent_assist.channels.email.imap import ImapSession
from agent_assist.core.models import Account, Channel
from agent_assist.services.backup_schedule import failing_reason
from agent_assist.services.email.accounts import EmailSettings
from agent_assist.services.email.runner import CATCH_UP_SECONDS
from agent_assist.services.email.sync import FolderSync
from agent_assist.services.ingest import Ingestor
from agent_assist.services.quarantine import SEEN_KEY as QUARANTINE_SEEN_KEY
from agent_assist.storage.repositories import Repos
from agent_assist.storage.secrets import SecretStore

Clock = Callable[[], float]
SessionFactory = Callable[[Account], AbstractContextManager[ImapSession]]

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


@dataclass(frozen=True, slots=True)
class FolderGap:
    """One watched folder compared with the server."""

    folder: str
    uidvalidity: int
    is_sent: bool
    missing: tuple[int, ...]  # on the server, at or below the cursor, not stored
    not_yet_synced: int  # above the cursor: the next catch-up takes them


class MissedCheck:
    """Compares server and store for one email account; backfills what is missing."""

    def __init__(
        self, repos: Repos, ingestor: Ingestor, secrets: SecretStore, *,
        clock: Clock = time.time, session_factory: SessionFactory | None = None,
    ) -> None:
        self.repos = repos
        self.ingestor = ingestor
        self.secrets = secrets
        self.clock = clock
        self.session_factory = session_factory or self._open

    def _open(self, account: Account) -> ImapSession:
        settings = EmailSettings.from_account(account)
        return ImapSession(settings.imap(account.name), self.secrets.get(account.name))

    def check(self, account: Account) -> list[FolderGap]:
        """Connect, compare every watched folder, and record the result."""
        if account.channel is not Channel.EMAIL:
            return []  # chat channels report their own gaps once they land
        with self.session_factory(account) as session:
            return self._check(session, account)

    def check_session(self, session: ImapSession, account: Account) -> list[FolderGap]:
        """The same check on a session the caller already holds (e.g. the sync runner's)."""
        return self._check(session, account) if account.channel is Channel.EMAIL else []

    def backfill(self, account: Account) -> int:
        """Fetch exactly the missing UIDs found now; returns how many were restored."""
        if account.channel is not Channel.EMAIL:
            return 0
        restored = 0
        with self.session_factory(account) as session:
            sync = FolderSync(self.repos, self.ingestor, account, clock=self.clock)
            for gap in self._check(session, account):
                if gap.missing:
                    report = sync.backfill(session, gap.folder, gap.missing,
                                           uidvalidity=gap.uidvalidity, is_sent=gap.is_sent)
                    restored += report.new + report.linked + report.quarantined
            self._check(session, account)  # record the result after the backfill
        return restored

    def _check(self, session: ImapSession, account: Account) -> list[FolderGap]:
        repos = self.repos
        gaps: list[FolderGap] = []
        for folder, is_sent in FolderSync(repos, self.ingestor, account).folders(session):
            state = session.select(folder)
            cursor = repos.sync_state.get(account.id, f"imap:{folder}")
            server = set(session.search_uids(folder))
            if not cursor or int(cursor.get("uidvalidity", 0)) != state.uidvalidity:
                # Never synced, or renumbered: the next catch-up fetches / re-matches it all.
                gap = FolderGap(folder, state.uidvalidity, is_sent, (), len(server))
            else:
                last_uid = int(cursor.get("last_uid", 0))
                stored = {
                    int(r[0]) for r in repos.db.execute(
                        "SELECT uid FROM imap_locations WHERE account_id = ? AND folder = ? AND "
                        "uidvalidity = ?", [account.id, folder, state.uidvalidity])
                }
                absent = server - stored
                gap = FolderGap(folder, state.uidvalidity, is_sent,
                                tuple(sorted(u for u in absent if u <= last_uid)),
                                sum(1 for u in absent if u > last_uid))
            gaps.append(gap)
            with repos.db.atomic():
                repos.db.execute(
                    "INSERT INTO account_health (account_id, folder, uidvalidity, missing, "
                    "checked_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(account_id, folder) DO "
                    "UPDATE SET uidvalidity = excluded.uidvalidity, missing = excluded.missing, "
                    "checked_at = excluded.checked_at",
                    [account.id, folder, gap.uidvalidity, json.dumps(list(gap.missing)),
                     self.clock()],
                )
        return gaps


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
