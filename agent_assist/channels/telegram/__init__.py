"""Telegram Bot API channel: a small typed client, update mapping and the outbox sender."""
