"""The outbox: frozen outgoing payloads and their delivery state machine."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from typing import Any

import sqlite_utils

from agent_assist.core.models import Channel, Delivery, OutboxItem

_COLUMNS = (
    "id, message_row_id, conversation_id, channel, account_id, state, recipients, payload, "
    "attempts, last_error, created_at, updated_at"
)

# Legal transitions. UNCERTAIN is terminal for automation: only a person may resend.
_ALLOWED: dict[Delivery, set[Delivery]] = {
    Delivery.QUEUED: {Delivery.SENDING, Delivery.FAILED},
    Delivery.SENDING: {Delivery.SENT, Delivery.FAILED, Delivery.UNCERTAIN, Delivery.QUEUED},
    Delivery.FAILED: {Delivery.QUEUED},
    Delivery.UNCERTAIN: {Delivery.QUEUED, Delivery.SENT},
    Delivery.SENT: set(),
}


class IllegalTransition(Exception):
    """An outbox state change the state machine forbids (a bug, never user input)."""


def _item(r: Sequence[Any]) -> OutboxItem:
    return OutboxItem(
        id=r[0], message_row_id=r[1], conversation_id=r[2], channel=Channel(r[3]),
        account_id=r[4], state=Delivery(r[5]), recipients=tuple(json.loads(r[6])),
        payload=bytes(r[7]), attempts=r[8], last_error=r[9], created_at=r[10], updated_at=r[11],
    )


class OutboxRepo:
    """Enqueue frozen payloads and move them through QUEUED → SENDING → SENT|FAILED|UNCERTAIN."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def enqueue(
        self, *, message_row_id: int, conversation_id: int, channel: Channel,
        account_id: int | None, recipients: Sequence[str], payload: bytes,
        message_id_header: str = "",
    ) -> int:
        now = time.time()
        cur = self.db.execute(
            "INSERT INTO outbox (message_row_id, conversation_id, channel, account_id, state, "
            "recipients, payload, message_id_header, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?)",
            [
                message_row_id, conversation_id, channel.value, account_id,
                json.dumps(list(recipients)), payload, message_id_header, now, now,
            ],
        )
        return int(cur.lastrowid or 0)

    def get(self, outbox_id: int) -> OutboxItem | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM outbox WHERE id = ?", [outbox_id]).fetchone()
        return None if row is None else _item(row)

    def by_state(self, *states: Delivery) -> list[OutboxItem]:
        marks = ",".join("?" * len(states))
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE state IN ({marks}) ORDER BY id",
            [s.value for s in states],
        ).fetchall()
        return [_item(r) for r in rows]

    def transition(self, outbox_id: int, new: Delivery, error: str = "") -> None:
        """Change state (and mirror it on the message row) in the caller's transaction."""
        row = self.db.execute(
            "SELECT state, message_row_id FROM outbox WHERE id = ?", [outbox_id]
        ).fetchone()
        if row is None:
            raise IllegalTransition(f"outbox item {outbox_id} does not exist")
        old = Delivery(row[0])
        if new not in _ALLOWED[old]:
            raise IllegalTransition(f"outbox item {outbox_id}: {old} -> {new}")
        now = time.time()
        self.db.execute(
            "UPDATE outbox SET state = ?, last_error = ?, updated_at = ?, "
            "attempts = attempts + (? = 'sending'), "
            "sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END WHERE id = ?",
            [new.value, error, now, new.value, new.value, now, outbox_id],
        )
        self.db.execute(
            "UPDATE messages SET delivery = ?, delivery_error = ? WHERE id = ?",
            [new.value, error, row[1]],
        )

    def hold(self, outbox_id: int, until: float | None) -> None:
        """Do not send this item before ``until`` (a peer's rate limit); None clears it."""
        self.db.execute("UPDATE outbox SET not_before = ? WHERE id = ?", [until, outbox_id])

    def held_until(self, outbox_id: int) -> float | None:
        row = self.db.execute(
            "SELECT not_before FROM outbox WHERE id = ?", [outbox_id]
        ).fetchone()
        return None if row is None or row[0] is None else float(row[0])

    def counts(self) -> dict[str, int]:
        counts = {d.value: 0 for d in Delivery}
        for state, n in self.db.execute("SELECT state, count(*) FROM outbox GROUP BY state"):
            counts[state] = n
        return counts
