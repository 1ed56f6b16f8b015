"""Opening the profile database with the pragmas every connection needs."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

BUSY_TIMEOUT_MS = 10_000


class DatabaseError(Exception):
    """The profile database cannot be used; the message says why in one sentence."""


class Database(sqlite_utils.Database):
    """sqlite-utils' Database whose transactions take the write lock up front.

    A deferred transaction that reads before it writes fails at once with "database is
    locked" when another connection committed in between (a WAL snapshot cannot be
    upgraded). Every ``atomic()`` here is a write, so it starts with BEGIN IMMEDIATE and
    waits its turn (busy_timeout) instead — across threads and processes alike.
    """

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        if self.conn.in_transaction:
            with super().atomic():  # nested: a savepoint of the open transaction
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise


def connect(path: Path | str) -> sqlite_utils.Database:
    """Open one connection (one per thread) with WAL, a busy timeout and foreign keys.

    ``synchronous=FULL`` everywhere: outbox transitions and sync cursors must survive a
    power cut (a rolled-back SENT is a double send), and writes are batched so the cost
    is paid per transaction, not per row.
    """
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(path) != ":memory:" and str(mode).lower() != "wal":
        conn.close()
        raise DatabaseError(f"The database {path} cannot use write-ahead logging (got {mode}).")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -32000")  # 32 MB page cache per connection
    return Database(conn)


class ConnectionPool:
    """Hands each thread its own connection to the same database file.

    sqlite3 connections must not cross threads; workers ask the pool and get theirs.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._all: list[sqlite_utils.Database] = []
        self._lock = threading.Lock()

    def get(self) -> sqlite_utils.Database:
        db = getattr(self._local, "db", None)
        if db is None:
            db = connect(self.path)
            self._local.db = db
            with self._lock:
                self._all.append(db)
        return db

    def close_current(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            self._local.db = None
            with self._lock:
                self._all.remove(db)
            db.close()

    def close_all(self) -> None:
        """Close every connection (only call when no worker is running)."""
        with self._lock:
            dbs, self._all = self._all, []
        for db in dbs:
            try:
                db.close()
            except sqlite3.ProgrammingError:
                # Connections opened in other threads refuse close() from here; the
                # process is ending and SQLite will release them, so this is harmless.
                pass
        self._local = threading.local()
