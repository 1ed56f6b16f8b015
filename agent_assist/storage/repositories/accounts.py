"""Channel accounts (no secrets) and their per-scope sync cursors."""

from __future__ import annotations

import json
import time
from typing import Any

import sqlite_utils

from agent_assist.core.models import Account, Channel


def _account(row: tuple[Any, ...]) -> Account:
    return Account(
        id=row[0],
        name=row[1],
        channel=Channel(row[2]),
        address=row[3],
        settings=json.loads(row[4]),
        enabled=bool(row[5]),
        last_sync_at=row[6],
        last_error=row[7],
    )


_COLUMNS = "id, name, channel, address, settings, enabled, last_sync_at, last_error"


class AccountRepo:
    """CRUD for accounts; settings hold hosts/ports/folders, never passwords or tokens."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def add(self, name: str, channel: Channel, address: str, settings: dict[str, Any]) -> Account:
        cur = self.db.execute(
            "INSERT INTO accounts (name, channel, address, settings, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [name, channel.value, address, json.dumps(settings), time.time()],
        )
        account = self.get(int(cur.lastrowid or 0))
        assert account is not None
        return account

    def get(self, account_id: int) -> Account | None:
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM accounts WHERE id = ?", [account_id]
        ).fetchone()
        return None if row is None else _account(row)

    def by_name(self, name: str) -> Account | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM accounts WHERE name = ?", [name]).fetchone()
        return None if row is None else _account(row)

    def list(self) -> list[Account]:
        return [
            _account(r)
            for r in self.db.execute(f"SELECT {_COLUMNS} FROM accounts ORDER BY name").fetchall()
        ]

    def remove(self, account_id: int) -> None:
        self.db.execute("DELETE FROM accounts WHERE id = ?", [account_id])

    def update_settings(self, account_id: int, settings: dict[str, Any]) -> None:
        self.db.execute(
            "UPDATE accounts SET settings = ? WHERE id = ?", [json.dumps(settings), account_id]
        )

    def mark_synced(self, account_id: int, at: float, error: str = "") -> None:
        if error:
            self.db.execute(
                "UPDATE accounts SET last_error = ? WHERE id = ?", [error, account_id]
            )
        else:
            self.db.execute(
                "UPDATE accounts SET last_sync_at = ?, last_error = '' WHERE id = ?",
                [at, account_id],
            )


class SyncStateRepo:
    """Sync cursors, committed by services in the same transaction as the rows they cover."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def get(self, account_id: int, scope: str) -> dict[str, Any]:
        row = self.db.execute(
            "SELECT cursor FROM sync_state WHERE account_id = ? AND scope = ?",
            [account_id, scope],
        ).fetchone()
        return {} if row is None else dict(json.loads(row[0]))

    def put(self, account_id: int, scope: str, cursor: dict[str, Any]) -> None:
        self.db.execute(
            "INSERT INTO sync_state (account_id, scope, cursor, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(account_id, scope) DO UPDATE SET cursor = excluded.cursor, "
            "updated_at = excluded.updated_at",
            [account_id, scope, json.dumps(cursor), time.time()],
        )

    def scopes(self, account_id: int) -> dict[str, dict[str, Any]]:
        return {
            scope: json.loads(cursor)
            for scope, cursor in self.db.execute(
                "SELECT scope, cursor FROM sync_state WHERE account_id = ?", [account_id]
            )
        }
