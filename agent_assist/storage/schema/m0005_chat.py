"""Chat channels: the outbox's "not before" time (rate limits) and cross-channel contacts."""

from __future__ import annotations

import sqlite_utils

NAME = "0005_chat"


def migrate(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        -- A peer's "retry after" (Telegram's 429): a QUEUED item is not sent before it.
        ALTER TABLE outbox ADD COLUMN not_before REAL;

        -- What a chat profile told us about a contact (a phone number shared in Telegram,
        -- an email address in a bridged profile, a username). Kept even when another
        -- contact owns that value as a handle: that is exactly a merge suggestion.
        CREATE TABLE contact_details (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            seen_at REAL NOT NULL,
            UNIQUE (contact_id, kind, value)
        );
        CREATE INDEX idx_contact_details_value ON contact_details(kind, value);

        -- Pairs an agent said are different people: never suggested again.
        CREATE TABLE contact_merge_dismissed (
            contact_a INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            contact_b INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            at REAL NOT NULL,
            PRIMARY KEY (contact_a, contact_b),
            CHECK (contact_a < contact_b)
        );
        """
    )
