"""Keeping one Matrix account in sync: long-poll /sync in a thread, reconnect with backoff."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from agent_assist.channels.matrix import (
    MatrixAuthError,
    MatrixClient,
    MatrixError,
    MatrixUnreachable,
)
from agent_assist.core.models import Account, Channel
from agent_assist.services.ingest import Ingestor
from agent_assist.services.matrix.accounts import open_client, sign_in_again
from agent_assist.services.matrix.sync import MatrixSync, MatrixSyncReport
from agent_assist.services.notify import Notify
from agent_assist.storage.blobs import AttachmentFiles
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import Repos
from agent_assist.storage.secrets import SecretStore, SecretStoreError

log = logging.getLogger(__name__)

#: How long the server may hold one /sync open when nothing happens.
LONG_POLL_MS = 30_000
BACKOFF_SECONDS = (1, 2, 5, 10, 30, 60, 120, 300)
#: Passes of `sync --once`: invitations joined in one pass deliver their messages in the next.
ONCE_PASSES = 3



def sync_once(profile: Profile, account: Account, secrets: SecretStore) -> MatrixSyncReport:
    """Catch up without waiting for new events (`agent-assist sync --once`)."""
    repos = Repos.of(profile.pool.get())
    ingestor = Ingestor(repos, AttachmentFiles(profile.attachments_dir))
    total: MatrixSyncReport | None = None
    for attempt in (1, 2):
        try:
            with open_client(account, secrets) as client:
                engine = MatrixSync(repos, ingestor, account, client)
                for _ in range(ONCE_PASSES):
                    report = engine.run_once(timeout_ms=0)
                    total = report if total is None else _add(total, report)
                    if not report.joined:
                        break
            break
        except MatrixAuthError:
            if attempt == 2 or not sign_in_again(repos, account, secrets):
                raise
            account = repos.accounts.get(account.id) or account  # the device id may be new
    assert total is not None
    return total


def _add(total: MatrixSyncReport, more: MatrixSyncReport) -> MatrixSyncReport:
    total.events += more.events
    total.new += more.new
    total.duplicates += more.duplicates
    total.linked += more.linked
    total.backfilled += more.backfilled
    total.skipped_rooms += more.skipped_rooms
    total.quarantined += more.quarantined
    total.joined += more.joined
    total.errors += more.errors
    total.next_batch = more.next_batch
    return total


class MatrixRunner(threading.Thread):
    """A background thread for one account; errors become notifications, never crashes."""

    def __init__(
        self, profile: Profile, account: Account, secrets: SecretStore, notify: Notify, *,
        long_poll_ms: int = LONG_POLL_MS,
    ) -> None:
        super().__init__(name=f"matrix-sync-{account.name}", daemon=True)
        self.profile = profile
        self.account = account
        self.secrets = secrets
        self.notify = notify
        self.long_poll_ms = long_poll_ms
        self._stopping = threading.Event()
        self._wake = threading.Event()
        self._client: MatrixClient | None = None
        self._signed_in_at = float("-inf")

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()  # ends a backoff pause too
        client = self._client
        if client is not None:
            client.cancel()  # ends a long poll at once instead of after 30 s

    def wake(self) -> None:
        """Sync now (e.g. after sending, or the user's refresh)."""
        self._wake.set()
        client = self._client
        if client is not None:
            client.cancel()

    def run(self) -> None:
        attempt = 0
        repos = Repos.of(self.profile.pool.get())
        ingestor = Ingestor(repos, AttachmentFiles(self.profile.attachments_dir))
        try:
            while not self._stopping.is_set():
                try:
                    with open_client(self.account, self.secrets) as client:
                        self._client = client
                        engine = MatrixSync(repos, ingestor, self.account, client)
                        while not self._stopping.is_set():
                            self._wake.clear()
                            try:
                                report = engine.run_once(timeout_ms=self.long_poll_ms)
                            except MatrixUnreachable:
                                if self._wake.is_set() and not self._stopping.is_set():
                                    continue  # the long poll was cut short to sync now
                                raise
                            attempt = 0
                            self.notify("synced", report)
                except MatrixAuthError as exc:
                    if self._stopping.is_set():
                        break
                    if self._try_sign_in(repos):
                        continue
                    # Retrying a revoked sign-in only fails again: wait for the user (a wake,
                    # e.g. after the password was changed in Settings, retries at once).
                    self._record_error(repos, str(exc))
                    self._pause(BACKOFF_SECONDS[-1])
                except (MatrixError, SecretStoreError) as exc:
                    if self._stopping.is_set():
                        break
                    self._record_error(repos, str(exc))
                    self._pause(BACKOFF_SECONDS[min(attempt, len(BACKOFF_SECONDS) - 1)])
                    attempt += 1
                except Exception as exc:  # a bug must not end syncing silently: report, retry
                    log.exception("Matrix sync of %s failed", self.account.name)
                    self._record_error(repos, f"Syncing {self.account.name} failed unexpectedly "
                                       f"({type(exc).__name__}: {exc}); retrying.")
                    self._pause(BACKOFF_SECONDS[-1])
                finally:
                    self._client = None
        finally:
            self.profile.pool.close_current()

    def _pause(self, seconds: float) -> None:
        """Back off, but a wake (the user's refresh, a reply to send) or stop ends it."""
        self._wake.wait(seconds)
        self._wake.clear()

    def _try_sign_in(self, repos: Repos) -> bool:
        if time.monotonic() - self._signed_in_at < BACKOFF_SECONDS[-1]:
            return False  # a fresh sign-in was refused again: do not loop on it
        self._signed_in_at = time.monotonic()
        try:
            if not sign_in_again(repos, self.account, self.secrets):
                return False
        except (MatrixError, SecretStoreError):
            return False
        self.account = repos.accounts.get(self.account.id) or self.account
        return True

    def _record_error(self, repos: Repos, message: str) -> None:
        with repos.db.atomic():
            repos.accounts.mark_synced(self.account.id, time.time(), error=message)
        self.notify("error", message)


def matrix_runner_factory(
    profile: Profile, secrets: SecretStore, *, long_poll_ms: int = LONG_POLL_MS,
) -> Callable[[Account, Notify], MatrixRunner | None]:
    """A runner factory for the sync controller: Matrix accounts get a MatrixRunner."""

    def build(account: Account, notify: Notify) -> MatrixRunner | None:
        if account.channel is not Channel.MATRIX:
            return None
        return MatrixRunner(profile, account, secrets, notify, long_poll_ms=long_poll_ms)

    return build
