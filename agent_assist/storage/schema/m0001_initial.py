"""The first schema: accounts, contacts, conversations, messages, outbox, FTS5 and more."""

from __future__ import annotations

import sqlite_utils

NAME = "0001_initial"
FTS_TOKENIZER = "unicode61 remove_diacritics 2"


def migrate(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        CREATE TABLE agents (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL DEFAULT 'agent' CHECK (role IN ('owner', 'agent')),
            active INTEGER NOT NULL DEFAULT 1,
            password_hash TEXT NOT NULL DEFAULT '',
            signatures TEXT NOT NULL DEFAULT '{}',
            created_at REAL NOT NULL
        );

        CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            channel TEXT NOT NULL,
            address TEXT NOT NULL DEFAULT '',
            settings TEXT NOT NULL DEFAULT '{}',
            enabled INTEGER NOT NULL DEFAULT 1,
            created_at REAL NOT NULL,
            last_sync_at REAL,
            last_error TEXT NOT NULL DEFAULT ''
        );

        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at REAL NOT NULL
        );

        CREATE TABLE contact_handles (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            UNIQUE (kind, value)
        );
        CREATE INDEX idx_handles_contact ON contact_handles(contact_id);

        CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            channel TEXT NOT NULL,
            account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
            contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
            subject TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'waiting', 'snoozed', 'closed')),
            needs_reply INTEGER NOT NULL DEFAULT 0,
            waiting_since REAL,
            last_message_at REAL,
            assignee_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
            tags TEXT NOT NULL DEFAULT '[]',
            priority INTEGER NOT NULL DEFAULT 0,
            language TEXT NOT NULL DEFAULT '',
            snoozed_until REAL,
            snippet TEXT NOT NULL DEFAULT '',
            message_count INTEGER NOT NULL DEFAULT 0,
            automated INTEGER NOT NULL DEFAULT 0,
            thread_key TEXT NOT NULL DEFAULT '',
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        );
        CREATE INDEX idx_conv_queue ON conversations(status, needs_reply, waiting_since);
        CREATE INDEX idx_conv_recent ON conversations(last_message_at);
        CREATE INDEX idx_conv_channel ON conversations(channel, last_message_at);
        CREATE INDEX idx_conv_contact ON conversations(contact_id);
        CREATE INDEX idx_conv_thread ON conversations(account_id, thread_key);

        CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            compressed INTEGER NOT NULL DEFAULT 1,
            data BLOB NOT NULL
        );

        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
            channel TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('in', 'out', 'note', 'auto')),
            provider_key TEXT NOT NULL UNIQUE,
            message_id_header TEXT NOT NULL DEFAULT '',
            in_reply_to TEXT NOT NULL DEFAULT '',
            references_ TEXT NOT NULL DEFAULT '[]',
            sender_name TEXT NOT NULL DEFAULT '',
            sender_address TEXT NOT NULL DEFAULT '',
            recipients TEXT NOT NULL DEFAULT '[]',
            cc TEXT NOT NULL DEFAULT '[]',
            reply_to TEXT NOT NULL DEFAULT '[]',
            subject TEXT NOT NULL DEFAULT '',
            body_text TEXT NOT NULL DEFAULT '',
            body_html TEXT NOT NULL DEFAULT '',
            sent_at REAL NOT NULL,
            received_at REAL NOT NULL,
            language TEXT NOT NULL DEFAULT '',
            agent_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
            automated_reason TEXT NOT NULL DEFAULT '',
            delivery TEXT,
            delivery_error TEXT NOT NULL DEFAULT '',
            raw_sha256 TEXT NOT NULL DEFAULT '',
            has_attachments INTEGER NOT NULL DEFAULT 0,
            parse_defects TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX idx_msg_conv ON messages(conversation_id, sent_at);
        CREATE INDEX idx_msg_mid ON messages(message_id_header) WHERE message_id_header != '';

        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            filename TEXT NOT NULL,
            content_type TEXT NOT NULL DEFAULT 'application/octet-stream',
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            content_id TEXT NOT NULL DEFAULT '',
            inline INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX idx_att_msg ON attachments(message_id);

        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            message_row_id INTEGER NOT NULL UNIQUE REFERENCES messages(id) ON DELETE CASCADE,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            channel TEXT NOT NULL,
            account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
            state TEXT NOT NULL
                CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'uncertain')),
            recipients TEXT NOT NULL DEFAULT '[]',
            payload BLOB NOT NULL,
            message_id_header TEXT NOT NULL DEFAULT '',
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            sent_at REAL
        );
        CREATE INDEX idx_outbox_state ON outbox(state);

        CREATE TABLE sync_state (
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            scope TEXT NOT NULL,
            cursor TEXT NOT NULL DEFAULT '{}',
            updated_at REAL NOT NULL,
            PRIMARY KEY (account_id, scope)
        );

        CREATE TABLE quarantine (
            id INTEGER PRIMARY KEY,
            account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
            source TEXT NOT NULL,
            provider_key TEXT NOT NULL UNIQUE,
            error TEXT NOT NULL,
            raw_sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            created_at REAL NOT NULL
        );

        CREATE TABLE templates (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            category TEXT NOT NULL DEFAULT '',
            shortcut TEXT NOT NULL DEFAULT '',
            data TEXT NOT NULL DEFAULT '{}',
            updated_at REAL NOT NULL,
            updated_by INTEGER REFERENCES agents(id) ON DELETE SET NULL
        );
        CREATE TABLE template_variants (
            template_id INTEGER NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
            language TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL,
            PRIMARY KEY (template_id, language)
        );

        CREATE TABLE playbooks (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            data TEXT NOT NULL DEFAULT '{}',
            enabled INTEGER NOT NULL DEFAULT 1,
            updated_at REAL NOT NULL
        );

        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at REAL NOT NULL,
            agent_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
            action TEXT NOT NULL,
            subject_type TEXT NOT NULL DEFAULT '',
            subject_id INTEGER,
            details TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX idx_audit_at ON audit_log(at);
        """
    )
    db.table("messages").enable_fts(
        ["subject", "body_text"], create_triggers=True, tokenize=FTS_TOKENIZER
    )
