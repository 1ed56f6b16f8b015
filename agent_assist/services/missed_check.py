"""The missed-message check: nothing may slip through unnoticed.

For IMAP, every watched folder's UID set on the server is compared with the locations we
stored (quarantined ones count as stored: they are kept and shown). A server UID at or
below the sync cursor that we do not hold is a possible missed message; ``backfill``
fetches exactly those through the normal sync path. Results are kept in
``account_health`` so the warnings (``services.health``) can be shown offline.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass

from agent_assist.channels.email.imap import ImapSession
from agent_assist.core.models import Account, Channel
from agent_assist.services.email.accounts import EmailSettings
from agent_assist.services.email.sync import FolderSync
from agent_assist.services.ingest import Ingestor
from agent_assist.storage.repositories import Repos
from agent_assist.storage.secrets import SecretStore

Clock = Callable[[], float]
SessionFactory = Callable[[Account], AbstractContextManager[ImapSession]]


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
