"""Playbooks and detection rules as editable rows, plus the guidance change counter."""

from __future__ import annotations

import json
import time

import sqlite_utils

from agent_assist.core.detect import Rule
from agent_assist.core.playbooks import Playbook

__all__ = ["GuidanceRuleRepo", "PlaybookRepo", "guidance_revision"]


def guidance_revision(db: sqlite_utils.Database) -> int:
    """A number that changes whenever a template, playbook or rule is edited."""
    row = db.execute("SELECT rev FROM guidance_revision WHERE id = 1").fetchone()
    return int(row[0]) if row else 0


class PlaybookRepo:
    """Read and edit playbooks (their full definition is JSON in ``data``)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def all(self, *, include_disabled: bool = False) -> list[Playbook]:
        sql = "SELECT data, enabled FROM playbooks"
        if not include_disabled:
            sql += " WHERE enabled = 1"
        result = []
        for data, enabled in self.db.execute(sql + " ORDER BY key"):
            values = json.loads(data or "{}")
            values["enabled"] = bool(enabled)
            result.append(Playbook.from_dict(values))
        return result

    def get(self, key: str) -> Playbook | None:
        row = self.db.execute("SELECT data, enabled FROM playbooks WHERE key = ?", [key]).fetchone()
        if row is None:
            return None
        values = json.loads(row[0] or "{}")
        values["enabled"] = bool(row[1])
        return Playbook.from_dict(values)

    def keys(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT key FROM playbooks")}

    def save(self, playbook: Playbook, *, agent_id: int | None = None, edited: bool = True) -> None:
        data = playbook.to_dict()
        self.db.execute(
            "INSERT INTO playbooks (key, name, data, enabled, updated_at, edited, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET name = excluded.name, "
            "data = excluded.data, enabled = excluded.enabled, updated_at = excluded.updated_at, "
            "edited = excluded.edited, updated_by = excluded.updated_by",
            [playbook.key, playbook.name("en"), json.dumps(data, ensure_ascii=False),
             int(playbook.enabled), time.time(), int(edited), agent_id],
        )

    def set_enabled(self, key: str, enabled: bool) -> bool:
        cur = self.db.execute(
            "UPDATE playbooks SET enabled = ?, updated_at = ? WHERE key = ?",
            [int(enabled), time.time(), key],
        )
        return cur.rowcount > 0

    def delete(self, key: str) -> bool:
        return self.db.execute("DELETE FROM playbooks WHERE key = ?", [key]).rowcount > 0


class GuidanceRuleRepo:
    """Topic, tone and signal rules, in the order they were defined."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def all(self, *, include_disabled: bool = False) -> list[Rule]:
        sql = "SELECT kind, data, enabled FROM guidance_rules"
        if not include_disabled:
            sql += " WHERE enabled = 1"
        rules = []
        for kind, data, enabled in self.db.execute(sql + " ORDER BY kind, position, key"):
            values = json.loads(data or "{}")
            values["enabled"] = bool(enabled)
            rules.append(Rule.from_dict(kind, values))
        return rules

    def keys(self) -> set[tuple[str, str]]:
        return {(k, key) for k, key in self.db.execute("SELECT kind, key FROM guidance_rules")}

    def save(self, rule: Rule, *, position: int | None = None, edited: bool = True) -> None:
        if position is None:
            row = self.db.execute(
                "SELECT COALESCE(max(position), -1) + 1 FROM guidance_rules WHERE kind = ?",
                [rule.kind],
            ).fetchone()
            position = int(row[0])
        self.db.execute(
            "INSERT INTO guidance_rules (kind, key, position, data, enabled, edited, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(kind, key) DO UPDATE SET "
            "data = excluded.data, enabled = excluded.enabled, edited = excluded.edited, "
            "updated_at = excluded.updated_at",
            [rule.kind, rule.key, position, json.dumps(rule.to_dict(), ensure_ascii=False),
             int(rule.enabled), int(edited), time.time()],
        )

    def delete(self, kind: str, key: str) -> bool:
        cur = self.db.execute("DELETE FROM guidance_rules WHERE kind = ? AND key = ?", [kind, key])
        return cur.rowcount > 0
