"""Write transactions that take SQLite's write lock up front (safe across processes)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlite_utils


@contextmanager
def immediate(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``: one writer at a time, waiting up to busy_timeout.

    A deferred transaction that reads before it writes fails at once with "database is
    locked" when another process committed in between (WAL snapshots cannot be upgraded);
    taking the write lock first makes it wait its turn instead. Nested inside an open
    transaction it becomes a savepoint of that transaction.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        try:
            db.conn.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise
