"""Saved searches: a name and the query text, shared by everyone on the profile."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass

import sqlite_utils

__all__ = ["SavedSearch", "SavedSearchError", "SavedSearchRepo"]

MAX_NAME = 80


@dataclass(frozen=True, slots=True)
class SavedSearch:
    """A search kept in the navigation under its name (the query text is run each time)."""

    id: int
    name: str
    query: str


class SavedSearchError(ValueError):
    """A name or query that cannot be saved: one English sentence, with a code and values
    for the UI to say it in the user's language."""

    def __init__(self, code: str, message: str, **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


class SavedSearchRepo:
    """List, add, rename and delete saved searches (writes: on the writer thread)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def list(self) -> list[SavedSearch]:
        rows = self.db.execute(
            "SELECT id, name, query FROM saved_searches ORDER BY position, id").fetchall()
        return [SavedSearch(int(i), n, q) for i, n, q in rows]

    def add(self, name: str, query: str) -> SavedSearch:
        name, query = _name(name), " ".join(query.split())
        if not query:
            raise SavedSearchError("empty_query", "There is nothing to save: type a search first.")
        with self.db.atomic():
            position = self.db.execute(
                "SELECT COALESCE(max(position), 0) + 1 FROM saved_searches").fetchone()[0]
            try:
                cur = self.db.execute(
                    "INSERT INTO saved_searches (name, query, position, created_at) "
                    "VALUES (?, ?, ?, ?)", [name, query, position, time.time()])
            except sqlite3.IntegrityError as exc:
                raise _taken(name) from exc
        return SavedSearch(int(cur.lastrowid or 0), name, query)

    def rename(self, search_id: int, name: str) -> None:
        name = _name(name)
        with self.db.atomic():
            try:
                cur = self.db.execute("UPDATE saved_searches SET name = ? WHERE id = ?",
                                      [name, search_id])
            except sqlite3.IntegrityError as exc:
                raise _taken(name) from exc
        if cur.rowcount == 0:
            raise SavedSearchError("missing", "That saved search no longer exists.")

    def delete(self, search_id: int) -> bool:
        with self.db.atomic():
            cur = self.db.execute("DELETE FROM saved_searches WHERE id = ?", [search_id])
        return cur.rowcount > 0


def _name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise SavedSearchError("empty_name", "Give the saved search a name.")
    if len(name) > MAX_NAME:
        raise SavedSearchError("long_name",
                               f"Keep the name under {MAX_NAME} characters.", limit=str(MAX_NAME))
    return name


def _taken(name: str) -> SavedSearchError:
    return SavedSearchError("taken", f"A saved search called “{name}” already exists.",
                            name=name)
