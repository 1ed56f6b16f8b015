"""Guidance: template attachments and search, editable detection rules, a change counter."""

from __future__ import annotations

import sqlite_utils

NAME = "0004_guidance"

# Every table whose rows shape guidance bumps one counter, so a cached library can tell
# with a single read whether anything was edited (by this process or another).
_WATCHED = ("templates", "template_variants", "template_attachments", "playbooks",
            "guidance_rules")


def migrate(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE template_attachments (
            id INTEGER PRIMARY KEY,
            template_id INTEGER NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            filename TEXT NOT NULL,
            content_type TEXT NOT NULL DEFAULT 'application/octet-stream',
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL
        );
        CREATE INDEX idx_tpl_att ON template_attachments(template_id, position);

        -- Topic, tone and signal rules (keywords per language, patterns), editable.
        CREATE TABLE guidance_rules (
            kind TEXT NOT NULL CHECK (kind IN ('topic', 'tone', 'signal')),
            key TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            data TEXT NOT NULL DEFAULT '{}',
            enabled INTEGER NOT NULL DEFAULT 1,
            edited INTEGER NOT NULL DEFAULT 0,
            updated_at REAL NOT NULL,
            PRIMARY KEY (kind, key)
        );

        -- Shipped defaults vs the shop's own edits (an upgrade never overwrites an edit).
        ALTER TABLE templates ADD COLUMN edited INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE playbooks ADD COLUMN edited INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE playbooks ADD COLUMN updated_by INTEGER REFERENCES agents(id)
            ON DELETE SET NULL;

        CREATE TABLE guidance_revision (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            rev INTEGER NOT NULL
        );
        INSERT INTO guidance_revision (id, rev) VALUES (1, 0);

        -- Folded words of each template variant (name, keywords, text) for similarity.
        CREATE VIRTUAL TABLE template_search USING fts5(
            key UNINDEXED, language UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2'
        );
        """
    )
    for table in _WATCHED:
        for event in ("INSERT", "UPDATE", "DELETE"):
            db.execute(
                f"CREATE TRIGGER guidance_rev_{table}_{event.lower()} AFTER {event} ON {table} "
                "BEGIN UPDATE guidance_revision SET rev = rev + 1 WHERE id = 1; END"
            )
