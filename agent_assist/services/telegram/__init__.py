"""Telegram bot accounts: adding and testing them, polling their updates, sending replies."""
