"""Keeping one email account in sync: catch up, wait on IDLE, reconnect with backoff."""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Executor

from agent_assist.channels.email.errors import (
    AuthenticationFailed,
    EmailChannelError,
    TlsMismatch,
)
from agent_assist.channels.email.imap import ImapSession
from agent_assist.core.models import Account
from agent_assist.services.email.accounts import EmailSettings
from agent_assist.services.email.sender import PostSendSteps
from agent_assist.services.email.sync import FolderSync, SyncReport
from agent_assist.services.email.timing import CATCH_UP_SECONDS
from agent_assist.services.ingest import Ingestor
from agent_assist.services.notify import Notify
from agent_assist.storage.blobs import AttachmentFiles
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import Repos
from agent_assist.storage.secrets import SecretStore, SecretStoreError
from agent_assist.storage.transactions import immediate

log = logging.getLogger(__name__)

BACKOFF_SECONDS = (1, 2, 5, 10, 30, 60, 120, 300)

def catch_up_once(
    profile: Profile, account: Account, secrets: SecretStore, *,
    executor: Executor | None = None,
) -> SyncReport:
    """One full catch-up of every watched folder, then the post-send steps."""
    repos = Repos.of(profile.pool.get())
    ingestor = Ingestor(repos, AttachmentFiles(profile.attachments_dir))
    settings = EmailSettings.from_account(account)
    with ImapSession(settings.imap(account.name), secrets.get(account.name)) as session:
        report = FolderSync(repos, ingestor, account, executor=executor).catch_up(session)
        PostSendSteps(repos, account).run(session)
    return report


class AccountRunner(threading.Thread):
    """A background thread for one account; errors become notifications, never crashes."""

    def __init__(
        self, profile: Profile, account: Account, secrets: SecretStore, notify: Notify, *,
        executor: Executor | None = None, catch_up_seconds: float = CATCH_UP_SECONDS,
    ) -> None:
        super().__init__(name=f"sync-{account.name}", daemon=True)
        self.profile = profile
        self.account = account
        self.secrets = secrets
        self.notify = notify
        self.executor = executor
        self.catch_up_seconds = catch_up_seconds
        self._halt = threading.Event()
        self._wake = threading.Event()
        # Set by stop() and wake(): ends a backoff pause early.
        self._poke = threading.Event()
        self._session: ImapSession | None = None

    def stop(self) -> None:
        """Thread-safe: end the runner soon (a pending FETCH or IDLE is cut short)."""
        self._halt.set()
        self._poke.set()
        session = self._session
        if session is not None:
            session.abort()  # unblocks a pending IDLE wait from this thread

    def wake(self) -> None:
        """Ask for an immediate catch-up (e.g. after sending, or a user's refresh).

        Thread-safe; the connection is kept: an IDLE wait is interrupted, a running
        catch-up is followed by another one, and a backoff pause ends now.
        """
        self._wake.set()
        self._poke.set()
        session = self._session
        if session is not None:
            session.interrupt()  # ends the IDLE wait; the connection stays up

    def run(self) -> None:
        attempt = 0
        repos = Repos.of(self.profile.pool.get())
        ingestor = Ingestor(repos, AttachmentFiles(self.profile.attachments_dir))
        settings = EmailSettings.from_account(self.account)
        try:
            while not self._halt.is_set():
                try:
                    password = self.secrets.get(self.account.name)
                    with ImapSession(settings.imap(self.account.name), password) as session:
                        self._session = session
                        attempt = 0
                        self._loop(session, repos, ingestor)
                except (AuthenticationFailed, TlsMismatch, SecretStoreError) as exc:
                    # Retrying a wrong password only locks the account: wait for the user
                    # (a wake(), e.g. after the password was changed, retries at once).
                    self._record_error(repos, str(exc))
                    self._pause(BACKOFF_SECONDS[-1])
                except EmailChannelError as exc:
                    if self._halt.is_set():
                        break
                    self._record_error(repos, str(exc))
                    self._pause(BACKOFF_SECONDS[min(attempt, len(BACKOFF_SECONDS) - 1)])
                    attempt += 1
                except Exception as exc:  # a bug must not end syncing silently
                    log.exception("sync of account %s failed", self.account.name)
                    self._record_error(repos, f"Syncing account {self.account.name} failed "
                                       f"({type(exc).__name__}: {exc}); it will try again.")
                    self._pause(BACKOFF_SECONDS[min(attempt, len(BACKOFF_SECONDS) - 1)])
                    attempt += 1
                finally:
                    self._session = None
        finally:
            self.profile.pool.close_current()

    def _pause(self, seconds: float) -> None:
        """Back off for ``seconds``, or less when stopped or woken."""
        self._poke.wait(seconds)
        self._poke.clear()

    def _loop(self, session: ImapSession, repos: Repos, ingestor: Ingestor) -> None:
        sync = FolderSync(repos, ingestor, self.account, executor=self.executor,
                          progress=lambda folder: self.notify("progress", folder))
        posts = PostSendSteps(repos, self.account)
        while not self._halt.is_set():
            self._wake.clear()
            self._poke.clear()
            report = sync.catch_up(session)
            posts.run(session)
            self.notify("synced", report)
            state = session.select("INBOX")
            inbox = next((f for f in report.folders if f.folder == "INBOX"), None)
            if inbox is not None and (inbox.uidnext, inbox.exists, inbox.highestmodseq) != (
                state.uidnext, state.exists, state.highestmodseq
            ):
                continue  # it changed after the catch-up looked: IDLE would never say so
            deadline = time.monotonic() + self.catch_up_seconds
            while not self._halt.is_set() and not self._wake.is_set():
                remaining = deadline - time.monotonic()
                if remaining <= 0 or session.idle_wait(remaining):
                    break

    def _record_error(self, repos: Repos, message: str) -> None:
        with immediate(repos.db):
            repos.accounts.mark_synced(self.account.id, time.time(), error=message)
        self.notify("error", message)
