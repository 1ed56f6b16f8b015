"""Where each email lives on the IMAP server, and the outbox's post-send steps."""

from __future__ import annotations

import sqlite_utils

NAME = "0002_imap_locations"


def migrate(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        -- Where each email lives on the server. One message can have several locations
        -- (INBOX and Sent, or a new UIDVALIDITY); rows are never deleted, only marked.
        CREATE TABLE imap_locations (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            folder TEXT NOT NULL,
            uidvalidity INTEGER NOT NULL,
            uid INTEGER NOT NULL,
            message_row_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
            quarantined INTEGER NOT NULL DEFAULT 0,
            flags TEXT NOT NULL DEFAULT '[]',
            expunged_at REAL,
            seen_at REAL NOT NULL,
            UNIQUE (account_id, folder, uidvalidity, uid)
        );
        CREATE INDEX idx_loc_message ON imap_locations(message_row_id);
        CREATE INDEX idx_msg_raw ON messages(raw_sha256) WHERE raw_sha256 != '';

        -- Steps after a successful send, each idempotent and retried on its own.
        ALTER TABLE outbox ADD COLUMN sent_copy_at REAL;
        ALTER TABLE outbox ADD COLUMN answered_flag_at REAL;
        ALTER TABLE outbox ADD COLUMN post_send_error TEXT NOT NULL DEFAULT '';
        """
    )
