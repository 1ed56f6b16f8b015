"""The audit trail: who did what, when."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

import sqlite_utils


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One recorded action."""

    id: int
    at: float
    agent_id: int | None
    agent_name: str
    action: str
    subject_type: str
    subject_id: int | None
    details: dict[str, Any]


class AuditRepo:
    """Append-only log of agent actions."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def record(
        self,
        action: str,
        *,
        agent_id: int | None = None,
        subject_type: str = "",
        subject_id: int | None = None,
        details: dict[str, Any] | None = None,
        at: float | None = None,
    ) -> int:
        cur = self.db.execute(
            "INSERT INTO audit_log (at, agent_id, action, subject_type, subject_id, details) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                time.time() if at is None else at,
                agent_id,
                action,
                subject_type,
                subject_id,
                json.dumps(details or {}, ensure_ascii=False),
            ],
        )
        return int(cur.lastrowid or 0)

    def list(
        self, *, agent_id: int | None = None, agent_name: str | None = None,
        since: float | None = None, until: float | None = None, action_prefix: str = "",
        limit: int = 1000,
    ) -> list[AuditEntry]:
        """Newest first, filtered by agent, time window and action prefix."""
        where: list[str] = ["1=1"]
        params: list[Any] = []
        if agent_id is not None:
            where.append("a.agent_id = ?")
            params.append(agent_id)
        if agent_name is not None:
            where.append("ag.name = ?")
            params.append(agent_name)
        if since is not None:
            where.append("a.at >= ?")
            params.append(since)
        if until is not None:
            where.append("a.at < ?")
            params.append(until)
        if action_prefix:
            where.append("substr(a.action, 1, ?) = ?")
            params += [len(action_prefix), action_prefix]
        rows = self.db.execute(
            "SELECT a.id, a.at, a.agent_id, COALESCE(ag.name, ''), a.action, a.subject_type, "
            "a.subject_id, a.details FROM audit_log a LEFT JOIN agents ag ON ag.id = a.agent_id "
            f"WHERE {' AND '.join(where)} ORDER BY a.at DESC, a.id DESC LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [
            AuditEntry(
                id=r[0], at=r[1], agent_id=r[2], agent_name=r[3], action=r[4],
                subject_type=r[5], subject_id=r[6], details=json.loads(r[7]),
            )
            for r in rows
        ]
