"""Numbered schema migrations (sqlite-utils ``Migrations``), one module each in ``schema/``."""

from __future__ import annotations

import importlib
import sqlite3

import sqlite_utils
from sqlite_utils.migrations import Migrations

from agent_assist.storage.db import DatabaseError
from agent_assist.storage.schema import ORDER

migrations = Migrations("agent_assist")

for _module_name in ORDER:
    _module = importlib.import_module(f"agent_assist.storage.schema.{_module_name}")
    migrations(name=_module.NAME)(_module.migrate)

KNOWN = {m.name for m in migrations._migrations}


def apply(db: sqlite_utils.Database) -> None:
    """Bring the schema up to date, refusing a database written by a newer app."""
    applied = {m.name for m in migrations.applied(db)}
    unknown = sorted(applied - KNOWN)
    if unknown:
        raise DatabaseError(
            "This profile was written by a newer version of Agent Assist "
            f"(schema {unknown[-1]}); install that version or use another profile."
        )
    migrations.apply(db)


def schema_version(db: sqlite_utils.Database) -> str:
    """The name of the newest applied migration ('' for an empty database)."""
    applied = migrations.applied(db)
    return applied[-1].name if applied else ""


def schema_version_of(conn: sqlite3.Connection) -> str:
    """The newest applied migration of a plain sqlite3 connection ('' when none)."""
    try:
        row = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'agent_assist' "
            "ORDER BY rowid DESC LIMIT 1"
        ).fetchone()
    except sqlite3.DatabaseError:
        return ""
    return row[0] if row else ""
