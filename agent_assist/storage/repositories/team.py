"""Agents (with their password hashes, which never leave this layer's callers) and audit queries."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlite_utils

from agent_assist.core.mentions import normalize_name
from agent_assist.core.permissions import Role
from agent_assist.core.team import Agent
from agent_assist.storage.repositories.audit import AuditEntry, AuditRepo

_AGENT_COLUMNS = "id, name, role, active, password_hash != '', on_duty, signatures, created_at"


def _agent(r: Sequence[Any]) -> Agent:
    return Agent(
        id=int(r[0]), name=str(r[1]), role=Role(r[2]), active=bool(r[3]),
        has_password=bool(r[4]), on_duty=bool(r[5]), signatures=dict(json.loads(r[6] or "{}")),
        created_at=float(r[7]),
    )


class AgentRepo:
    """Rows of the ``agents`` table as :class:`Agent` dataclasses."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def list(self, *, include_inactive: bool = True) -> list[Agent]:
        where = "" if include_inactive else "WHERE active = 1"
        rows = self.db.execute(
            f"SELECT {_AGENT_COLUMNS} FROM agents {where} ORDER BY active DESC, name COLLATE NOCASE"
        ).fetchall()
        return [_agent(r) for r in rows]

    def get(self, agent_id: int) -> Agent | None:
        row = self.db.execute(
            f"SELECT {_AGENT_COLUMNS} FROM agents WHERE id = ?", [agent_id]
        ).fetchone()
        return None if row is None else _agent(row)

    def by_name(self, name: str) -> Agent | None:
        """Case- and Unicode-normalization-insensitive: "camille" finds "Camille"."""
        key = normalize_name(name)
        for agent in self.list():
            if normalize_name(agent.name) == key:
                return agent
        return None

    def insert(self, name: str, role: Role, password_hash: str, signatures: dict[str, str],
               now: float) -> int:
        cur = self.db.execute(
            "INSERT INTO agents (name, role, password_hash, signatures, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [name, role.value, password_hash, json.dumps(signatures, ensure_ascii=False), now],
        )
        return int(cur.lastrowid or 0)

    def password_hash(self, agent_id: int) -> str:
        row = self.db.execute(
            "SELECT password_hash FROM agents WHERE id = ?", [agent_id]
        ).fetchone()
        return "" if row is None else str(row[0])

    def set_password_hash(self, agent_id: int, password_hash: str) -> None:
        self.db.execute(
            "UPDATE agents SET password_hash = ? WHERE id = ?", [password_hash, agent_id]
        )

    def rename(self, agent_id: int, name: str) -> None:
        self.db.execute("UPDATE agents SET name = ? WHERE id = ?", [name, agent_id])

    def set_active(self, agent_id: int, active: bool) -> None:
        self.db.execute("UPDATE agents SET active = ? WHERE id = ?", [int(active), agent_id])

    def set_role(self, agent_id: int, role: Role) -> None:
        self.db.execute("UPDATE agents SET role = ? WHERE id = ?", [role.value, agent_id])

    def set_on_duty(self, agent_id: int, on_duty: bool) -> None:
        self.db.execute("UPDATE agents SET on_duty = ? WHERE id = ?", [int(on_duty), agent_id])

    def set_signatures(self, agent_id: int, signatures: dict[str, str]) -> None:
        self.db.execute(
            "UPDATE agents SET signatures = ? WHERE id = ?",
            [json.dumps(signatures, ensure_ascii=False), agent_id],
        )

    def count_active(self, role: Role | None = None) -> int:
        sql, params = "SELECT count(*) FROM agents WHERE active = 1", []
        if role is not None:
            sql += " AND role = ?"
            params.append(role.value)
        return int(self.db.execute(sql, params).fetchone()[0])

    def any_password(self) -> bool:
        """Whether any active owner protects the team with a password."""
        row = self.db.execute(
            "SELECT 1 FROM agents WHERE active = 1 AND role = 'owner' AND password_hash != '' "
            "LIMIT 1"
        ).fetchone()
        return row is not None

    def next_turn(self) -> int | None:
        """The active agent on duty whose round-robin turn comes first (call in a write lock)."""
        row = self.db.execute(
            "SELECT id FROM agents WHERE active = 1 AND on_duty = 1 ORDER BY rr_turn, id LIMIT 1"
        ).fetchone()
        return None if row is None else int(row[0])

    def take_turn(self, agent_id: int) -> None:
        """Move the agent to the back of the round-robin queue."""
        self.db.execute(
            "UPDATE agents SET rr_turn = (SELECT COALESCE(MAX(rr_turn), 0) + 1 FROM agents) "
            "WHERE id = ?",
            [agent_id],
        )


class AuditQueryRepo:
    """Reads of the audit trail with the filters the audit view offers."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def entries(
        self, *, agent_id: int | None = None, agent_name: str | None = None,
        since: float | None = None, until: float | None = None, action_prefix: str = "",
        limit: int = 5000,
    ) -> list[AuditEntry]:
        return AuditRepo(self.db).list(
            agent_id=agent_id, agent_name=agent_name, since=since, until=until,
            action_prefix=action_prefix, limit=limit,
        )
