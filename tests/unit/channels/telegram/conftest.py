"""The Bot API stand-in server for the Telegram channel tests (it is not Telegram)."""

from tests.fixtures.telegram_api import bot_api

__all__ = ["bot_api"]
