"""Running a real AccountRunner in a test: its notifications recorded, stopped and joined after."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from agent_assist.services.email.runner import AccountRunner
from agent_assist.services.email.sync import SyncReport
from tests.fixtures.wait import wait_until
from tests.integration.services.email.conftest import MailSetup


class Events:
    """A thread-safe record of the runner's ``notify(event, payload)`` calls."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[tuple[str, Any]] = []

    def __call__(self, event: str, payload: object) -> None:
        with self._lock:
            self._items.append((event, payload))

    def all(self) -> list[tuple[str, Any]]:
        with self._lock:
            return list(self._items)

    def synced(self) -> list[SyncReport]:
        return [p for e, p in self.all() if e == "synced"]

    def errors(self) -> list[str]:
        return [str(p) for e, p in self.all() if e == "error"]

    def wait(self, predicate: Callable[[], object], timeout: float = 15, what: str = "") -> None:
        try:
            wait_until(predicate, timeout=timeout, what=what)
        except AssertionError as exc:
            raise AssertionError(f"{exc}; runner events: {self.all()!r}") from None


@contextmanager
def running(setup: MailSetup, **kwargs: Any) -> Iterator[tuple[AccountRunner, Events]]:
    """Start a runner for the setup's account; always stop and join it afterwards."""
    account = setup.workspace.repos().accounts.get(setup.account.id)
    assert account is not None
    events = Events()
    runner = AccountRunner(setup.workspace.profile, account, setup.secrets, events, **kwargs)
    runner.start()
    try:
        yield runner, events
    finally:
        runner.stop()
        runner.join(timeout=15)
        assert not runner.is_alive(), "the runner did not stop"


def inbox_uids(db_path: object, folder: str = "INBOX") -> list[int]:
    """Stored UIDs of ``folder`` (read on a private connection, any thread)."""
    conn = sqlite3.connect(str(db_path), timeout=10)
    try:
        return [int(r[0]) for r in conn.execute(
            "SELECT uid FROM imap_locations WHERE folder = ? ORDER BY uid", [folder])]
    finally:
        conn.close()


def duplicate_messages(db_path: object) -> int:
    """Messages stored twice: by provider key, and by Message-ID among synced mail."""
    conn = sqlite3.connect(str(db_path), timeout=10)
    try:
        by_key = conn.execute(
            "SELECT count(*) - count(DISTINCT provider_key) FROM messages").fetchone()[0]
        by_id = conn.execute(
            "SELECT count(*) - count(DISTINCT message_id_header) FROM messages "
            "WHERE provider_key LIKE 'imap:%' AND message_id_header != ''").fetchone()[0]
        return int(by_key) + int(by_id)
    finally:
        conn.close()
