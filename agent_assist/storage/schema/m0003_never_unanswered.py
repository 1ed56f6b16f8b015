"""Never unanswered: acknowledgement log, reminders, SLA escalations, account health."""

from __future__ import annotations

import sqlite_utils

NAME = "0003_never_unanswered"


def migrate(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        -- One row per inbound message the auto-acknowledger looked at (sent or why not):
        -- the UNIQUE trigger makes every message considered exactly once, and the sent
        -- rows drive the per-conversation period and the per-sender rate limit.
        CREATE TABLE ack_log (
            id INTEGER PRIMARY KEY,
            trigger_message_id INTEGER NOT NULL UNIQUE REFERENCES messages(id) ON DELETE CASCADE,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            ack_message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
            sender TEXT NOT NULL,
            channel TEXT NOT NULL,
            decision TEXT NOT NULL,
            variant TEXT NOT NULL DEFAULT '',
            at REAL NOT NULL
        );
        CREATE INDEX idx_ack_sender ON ack_log(sender, at) WHERE decision = 'send';
        CREATE INDEX idx_ack_conversation ON ack_log(conversation_id, at) WHERE decision = 'send';
        CREATE INDEX idx_msg_received ON messages(received_at);

        -- "Waiting on customer" conversations brought back after N days, with the reason.
        CREATE TABLE reminders (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            waiting_since REAL NOT NULL,
            applied_at REAL NOT NULL,
            reason TEXT NOT NULL,
            note_message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL
        );
        CREATE INDEX idx_reminders_conversation ON reminders(conversation_id, applied_at);
        CREATE INDEX idx_audit_subject ON audit_log(subject_type, subject_id, action, at);

        -- Each escalation (at risk, breached) is announced once per wait.
        CREATE TABLE sla_escalations (
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            waiting_since REAL NOT NULL,
            level TEXT NOT NULL,
            at REAL NOT NULL,
            PRIMARY KEY (conversation_id, waiting_since, level)
        );

        -- The last missed-message check per watched folder: server UIDs we do not hold.
        CREATE TABLE account_health (
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            folder TEXT NOT NULL,
            uidvalidity INTEGER NOT NULL,
            missing TEXT NOT NULL DEFAULT '[]',
            checked_at REAL NOT NULL,
            PRIMARY KEY (account_id, folder)
        );
        """
    )
