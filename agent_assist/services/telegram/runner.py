"""Keeping one Telegram bot in sync: long polling on a thread, errors told, never fatal."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from agent_assist.channels.telegram.client import BotClient
from agent_assist.channels.telegram.errors import (
    RateLimited,
    TelegramError,
    TokenRejected,
    WebhookActive,
)
from agent_assist.core.models import Account
from agent_assist.services.ingest import Ingestor
from agent_assist.services.notify import Notify
from agent_assist.services.telegram.accounts import (
    TelegramSettings,
    client_for,
    retention_warning,
)
from agent_assist.services.telegram.poller import PollReport, TelegramPoller
from agent_assist.storage.blobs import AttachmentFiles
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import Repos
from agent_assist.storage.secrets import SecretStore, SecretStoreError

log = logging.getLogger(__name__)

BACKOFF_SECONDS = (1, 2, 5, 10, 30, 60, 120, 300)
#: A wrong token or a webhook needs the user: check again only this often.
USER_FIX_SECONDS = 300
#: `sync --once` waits out Telegram's 429s up to this long before giving up.
MAX_ONCE_WAIT_SECONDS = 60.0
MAX_ONCE_BATCHES = 1000  # of up to 100 updates each

ClientFactory = Callable[[Account], BotClient]


def catch_up_once(
    profile: Profile, account: Account, secrets: SecretStore, *, timeout: int = 1,
    max_wait: float = MAX_ONCE_WAIT_SECONDS,
) -> PollReport:
    """Fetch everything Telegram holds for ``account`` now (for `sync --once`).

    A 429 is waited out as Telegram asks, up to ``max_wait`` seconds in all; nothing is
    lost by giving up, since unconfirmed updates stay with Telegram.
    """
    repos = Repos.of(profile.pool.get())
    ingestor = Ingestor(repos, AttachmentFiles(profile.attachments_dir))
    poller = TelegramPoller(repos, ingestor, account, client_for(account, secrets))
    total = PollReport(account.name, offset=poller.offset())
    waited = 0.0
    for _ in range(MAX_ONCE_BATCHES):
        try:
            report = poller.poll_once(timeout)
        except RateLimited as exc:
            if waited + exc.retry_after > max_wait:
                raise
            waited += exc.retry_after
            time.sleep(exc.retry_after)  # the wait Telegram asked for, nothing more
            continue
        total.add(report)
        if report.received == 0:  # this last call also confirmed the previous batch
            break
    return total


class TelegramRunner(threading.Thread):
    """Long-polls one bot until stopped; every failure becomes a notification."""

    def __init__(
        self, profile: Profile, account: Account, secrets: SecretStore, notify: Notify, *,
        poll_timeout: int | None = None, client_factory: ClientFactory | None = None,
    ) -> None:
        super().__init__(name=f"telegram-{account.name}", daemon=True)
        self.profile = profile
        self.account = account
        self.secrets = secrets
        self.notify = notify
        settings = TelegramSettings.from_account(account)
        self.poll_timeout = settings.poll_timeout if poll_timeout is None else poll_timeout
        self._client_factory = client_factory or (lambda acc: client_for(acc, secrets))
        self._halt = threading.Event()
        self._woken = threading.Event()  # the next network error is our own abort
        self._wakeup = threading.Event()  # cuts a backoff or "wait for the user" short
        self._client: BotClient | None = None

    def stop(self) -> None:
        """Stop soon: a long poll in flight is broken off (its updates stay unconfirmed)."""
        self._halt.set()
        self._wakeup.set()
        self._abort()

    def wake(self) -> None:
        """Poll again at once (a long poll in flight is restarted, a backoff cut short)."""
        if self._client is not None:
            self._woken.set()
        self._wakeup.set()
        self._abort()

    def _abort(self) -> None:
        client = self._client
        if client is not None:
            client.abort()

    def run(self) -> None:
        repos = Repos.of(self.profile.pool.get())
        ingestor = Ingestor(repos, AttachmentFiles(self.profile.attachments_dir))
        attempt = 0
        warning = retention_warning(self.account)
        if warning:
            self.notify("warning", warning)
        try:
            while not self._halt.is_set():
                try:
                    if self._client is None:
                        self._client = self._client_factory(self.account)
                    poller = TelegramPoller(repos, ingestor, self.account, self._client)
                    report = poller.poll_once(self.poll_timeout)
                    attempt = 0
                    if report.received:
                        self.notify("synced", report)
                except RateLimited as exc:
                    self._halt.wait(exc.retry_after)  # Telegram said how long: exactly that
                except (TokenRejected, WebhookActive, SecretStoreError) as exc:
                    # Retrying cannot help until the user fixes the token or the webhook.
                    self._client = None
                    self._record_error(repos, str(exc))
                    self._sleep(USER_FIX_SECONDS)
                except TelegramError as exc:
                    if self._halt.is_set():
                        break
                    if self._woken.is_set():  # we broke the long poll ourselves
                        self._woken.clear()
                        self._wakeup.clear()
                        continue
                    self._record_error(repos, str(exc))
                    delay = BACKOFF_SECONDS[min(attempt, len(BACKOFF_SECONDS) - 1)]
                    attempt += 1
                    self._sleep(delay)
                except Exception as exc:  # a bug or a locked database: tell, wait, go on
                    log.exception("Telegram polling for %s failed", self.account.name)
                    self._record_error(repos, f"Fetching Telegram messages for account "
                                              f"{self.account.name} failed ({exc}).")
                    self._sleep(BACKOFF_SECONDS[-1])
        finally:
            self.profile.pool.close_current()

    def _sleep(self, seconds: float) -> None:
        """Wait before retrying; stop() or wake() (e.g. a new token was saved) end it."""
        self._wakeup.wait(seconds)
        self._wakeup.clear()

    def _record_error(self, repos: Repos, message: str) -> None:
        try:
            with repos.db.atomic():
                repos.accounts.mark_synced(self.account.id, time.time(), error=message)
        except Exception:  # the notification below still tells the user
            log.exception("Could not record the error of account %s", self.account.name)
        self.notify("error", message)
