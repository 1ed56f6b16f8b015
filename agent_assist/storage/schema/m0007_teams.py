"""Small teams: saved drafts, "is replying" presence, @mentions, duty and assignment state."""

from __future__ import annotations

import sqlite_utils

NAME = "0007_teams"


def migrate(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        -- Round-robin hands new conversations to active agents on duty, the one whose
        -- turn number is lowest first; a turn is a counter, not a clock (no ties).
        ALTER TABLE agents ADD COLUMN on_duty INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE agents ADD COLUMN rr_turn INTEGER NOT NULL DEFAULT 0;

        -- One unsent reply or note per agent and conversation, committed on every save so
        -- it survives a crash. agent_id is NULL only on a profile without agents.
        CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            agent_id INTEGER REFERENCES agents(id) ON DELETE CASCADE,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            body TEXT NOT NULL DEFAULT '',
            as_note INTEGER NOT NULL DEFAULT 0,
            started_at REAL NOT NULL,
            updated_at REAL NOT NULL
        );
        CREATE UNIQUE INDEX idx_drafts_owner ON drafts(COALESCE(agent_id, 0), conversation_id);

        -- "X is replying": one row per window (any process on this profile) and
        -- conversation, kept alive by heartbeats; readers ignore rows older than ~30 s.
        CREATE TABLE presence (
            window_id TEXT NOT NULL,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            agent_id INTEGER REFERENCES agents(id) ON DELETE CASCADE,
            agent_name TEXT NOT NULL DEFAULT '',
            activity TEXT NOT NULL DEFAULT 'replying',
            started_at REAL NOT NULL,
            heartbeat_at REAL NOT NULL,
            PRIMARY KEY (window_id, conversation_id)
        );
        CREATE INDEX idx_presence_conversation ON presence(conversation_id, heartbeat_at);

        -- Notes that mention an agent; seen_at is set once they have been shown to them.
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
            by_agent_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
            created_at REAL NOT NULL,
            seen_at REAL,
            UNIQUE (message_id, agent_id)
        );
        CREATE INDEX idx_mentions_unseen ON mentions(agent_id, created_at) WHERE seen_at IS NULL;

        CREATE INDEX idx_audit_agent ON audit_log(agent_id, at);
        CREATE INDEX idx_conv_assignee ON conversations(assignee_id, status);
        """
    )
