"""Keeps every enabled account in sync while the window is open, and tells the GUI.

One background runner per account (``services.email.runner.AccountRunner`` for email);
their notifications arrive on runner threads and are re-emitted as queued Qt signals on
the GUI thread, so slots may touch widgets. The app must hold the profile's InstanceLock
(``run_gui`` does) so that no ``agent-assist sync`` runs beside it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Executor
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from agent_assist.channels.base import Sender
from agent_assist.core.models import Account, Channel, OutboxItem
from agent_assist.services.notify import Notify
from agent_assist.services.workspace import SenderFactory
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import Repos
from agent_assist.storage.secrets import SecretStore

log = logging.getLogger(__name__)

JOIN_SECONDS = 10.0
REFRESH_MS = 500  # at most two "mail arrived" signals per second while a sync stores batches


class Runner(Protocol):
    """What the controller needs of a per-account runner thread."""

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def wake(self) -> None: ...

    def join(self, timeout: float | None = None) -> None: ...

    def is_alive(self) -> bool: ...


#: Builds the runner for an account, or None for channels synced elsewhere.
RunnerFactory = Callable[[Account, Notify], Runner | None]


def email_runners(
    profile: Profile, secrets: SecretStore, executor: Executor | None
) -> RunnerFactory:
    """Email accounts get an AccountRunner sharing one parse pool; others get none here."""

    def build(account: Account, notify: Notify) -> Runner | None:
        if account.channel is not Channel.EMAIL:
            return None
        from agent_assist.services.email.runner import AccountRunner

        return AccountRunner(profile, account, secrets, notify, executor=executor)

    return build


def _parse_executor() -> Executor:
    # Imported on first use: the email machinery costs ~0.2 s of start-up, and a shop
    # without an email account (the demo shop) never needs it.
    from agent_assist.services.email.parsing import make_parse_executor

    return make_parse_executor()


class SyncController(QObject):
    """Starts, restarts and stops the account runners; reports what they do as signals."""

    #: A catch-up finished: account name, the runner's report (e.g. a SyncReport).
    synced = Signal(str, object)
    #: New messages were stored: account name, how many since the last signal. Emitted at
    #: once, then at most every REFRESH_MS while a big sync lands batch after batch (the
    #: inbox fills progressively). Refresh the inbox on it.
    mailArrived = Signal(str, int)
    #: A runner reported a problem: account name, one sentence naming it and the fix.
    failed = Signal(str, str)
    #: Runners were started, stopped or changed (lists of accounts may refresh).
    accountsChanged = Signal()
    # Runner threads emit this; the queued connection delivers it on the GUI thread.
    _event = Signal(int, str, object)

    def __init__(
        self, profile: Profile, secrets: SecretStore, *,
        runner_factory: RunnerFactory | None = None,
        parse_executor: Callable[[], Executor] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self.secrets = secrets
        self._make_executor = parse_executor or _parse_executor
        self._executor: Executor | None = None
        self._factory = runner_factory
        #: Factories for other channels (Telegram, Matrix…), asked before the email default.
        self.channel_factories: list[RunnerFactory] = []
        self._lock = threading.Lock()  # runners are also stopped from worker threads
        self._runners: dict[int, tuple[Account, Runner]] = {}
        self._names: dict[int, str] = {}
        self._announced: dict[tuple[int, str], int] = {}  # new messages already signalled
        self._pending: dict[str, int] = {}  # new messages waiting for the gate to open
        self._gate = QTimer(self)
        self._gate.setSingleShot(True)
        self._gate.setInterval(REFRESH_MS)
        self._gate.timeout.connect(self._flush_pending)
        self._closed = False
        self._event.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self) -> None:
        """Start a runner for every enabled account (call once the window is shown)."""
        self.reload()

    def reload(self) -> None:
        """Match the runners to the accounts now stored: new ones start, removed or
        disabled ones stop, changed ones restart (e.g. after Settings → Accounts)."""
        if self._closed:
            return
        repos = Repos.of(self.profile.pool.get())
        wanted = {a.id: a for a in repos.accounts.list() if a.enabled}
        with self._lock:
            current = dict(self._runners)
        for account_id, (account, runner) in current.items():
            fresh = wanted.get(account_id)
            if fresh is None or _config(fresh) != _config(account):
                self.stop_account(account_id)
            else:
                runner.wake()  # a new password may be waiting: try it now
        for account_id, account in wanted.items():
            with self._lock:
                running = account_id in self._runners
            if not running:
                self._start_runner(account)
        self.accountsChanged.emit()

    def _start_runner(self, account: Account) -> None:
        runner: Runner | None = None
        for channel_factory in self.channel_factories:
            runner = channel_factory(account, self._notifier(account.id))
            if runner is not None:
                break
        if runner is None:
            factory = self._factory
            if factory is None:
                if self._executor is None:  # the parse pool starts with the first mailbox
                    self._executor = self._make_executor()
                factory = email_runners(self.profile, self.secrets, self._executor)
            runner = factory(account, self._notifier(account.id))
        if runner is None:
            return
        with self._lock:
            self._runners[account.id] = (account, runner)
            self._names[account.id] = account.name
        runner.start()

    def _notifier(self, account_id: int) -> Notify:
        emit = self._event.emit

        def notify(event: str, payload: object) -> None:
            emit(account_id, event, payload)  # any thread: delivered queued

        return notify

    def stop_account(self, account_id: int) -> None:
        """Thread-safe: stop (and wait for) one account's runner, e.g. before removing it."""
        with self._lock:
            entry = self._runners.pop(account_id, None)
        if entry is None:
            return
        runner = entry[1]
        runner.stop()
        runner.join(JOIN_SECONDS)
        if runner.is_alive():
            log.warning("the runner of account %s did not stop in time", entry[0].name)

    def shutdown(self) -> None:
        """Stop every runner and the parse pool (on quit, before the profile closes)."""
        if self._closed:
            return
        self._closed = True
        self._gate.stop()
        with self._lock:
            entries = list(self._runners.values())
            self._runners.clear()
        for _account, runner in entries:
            runner.stop()
        for account, runner in entries:
            runner.join(JOIN_SECONDS)
            if runner.is_alive():
                log.warning("the runner of account %s did not stop in time", account.name)
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    # -- asking for work ------------------------------------------------------------------------

    def running(self) -> list[str]:
        """Names of the accounts being kept in sync."""
        with self._lock:
            return sorted(account.name for account, _ in self._runners.values())

    def wake(self, account_id: int | None = None) -> None:
        """Thread-safe: catch up now (one account, or all of them)."""
        with self._lock:
            runners = [r for i, (_a, r) in self._runners.items()
                       if account_id is None or i == account_id]
        for runner in runners:
            runner.wake()

    def sender_factory(self, base: SenderFactory) -> SenderFactory:
        """Wrap the outbox's sender factory: after a reply leaves, its account catches up,
        which copies the reply to Sent and flags the customer's message \\Answered."""

        def factory(repos: Repos, item: OutboxItem) -> Sender | None:
            sender = base(repos, item)
            if sender is None or item.account_id is None:
                return sender
            return _WakingSender(sender, lambda: self.wake(item.account_id))

        return factory

    # -- notifications (GUI thread) -------------------------------------------------------------

    def _deliver(self, account_id: int, event: str, payload: object) -> None:
        name = self._names.get(account_id, str(account_id))
        if event == "progress":
            # A batch was stored mid-catch-up (e.g. a first sync): show it now. The report
            # keeps growing on the runner's thread, so announce only what is new since.
            key = (account_id, str(getattr(payload, "folder", "")))
            stored = int(getattr(payload, "new", 0) or 0)
            delta = stored - self._announced.get(key, 0)
            self._announced[key] = max(stored, self._announced.get(key, 0))
            if delta > 0:
                self._announce(name, delta)
        elif event == "synced":
            announced = sum(n for (a, _f), n in self._announced.items() if a == account_id)
            self._announced = {k: n for k, n in self._announced.items() if k[0] != account_id}
            self.synced.emit(name, payload)
            delta = int(getattr(payload, "new", 0) or 0) - announced
            if delta > 0:
                self._announce(name, delta)
        elif event == "error":
            self.failed.emit(name, str(payload))

    def _announce(self, name: str, count: int) -> None:
        """Signal new mail at once, then at most once per REFRESH_MS while more lands (a
        first sync stores a batch every few hundred ms: refreshing for each would make the
        GUI busier than the sync)."""
        self._pending[name] = self._pending.get(name, 0) + count
        if not self._gate.isActive():
            self._flush_pending()

    def _flush_pending(self) -> None:
        pending, self._pending = self._pending, {}
        if pending:
            self._gate.start()  # the next signal waits for the end of this interval
        for name, count in pending.items():
            self.mailArrived.emit(name, count)


def _config(account: Account) -> tuple[object, ...]:
    """What a runner was built from (sync times and errors change without a restart)."""
    return (account.name, account.channel, account.address, account.settings, account.enabled)


class _WakingSender:
    """A Sender that asks for a catch-up once its message was accepted."""

    def __init__(self, inner: Sender, after: Callable[[], None]) -> None:
        self.inner = inner
        self.after = after

    def send(self, item: OutboxItem) -> None:
        self.inner.send(item)
        self.after()
