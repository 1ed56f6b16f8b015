"""Covering indexes: navigation counts in one grouped scan; "All" without a table sort."""

from __future__ import annotations

import sqlite_utils

NAME = "0008_inbox_counts"


def migrate(db: sqlite_utils.Database) -> None:
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_conv_counts "
        "ON conversations(status, needs_reply, channel, assignee_id)"
    )
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_conv_recent_cover "
        "ON conversations(last_message_at, id, status, needs_reply, channel, assignee_id)"
    )
