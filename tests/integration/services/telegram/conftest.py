"""A Telegram account in a fresh profile, pointing at the local Bot API stand-in."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from agent_assist.core.models import Account
from agent_assist.services.ingest import Ingestor
from agent_assist.services.telegram.accounts import add_telegram_account, client_for
from agent_assist.services.telegram.poller import TelegramPoller
from agent_assist.services.workspace import Workspace
from agent_assist.storage.secrets import SecretStore
from tests.fixtures.telegram_api import TOKEN, BotApiStandIn, bot_api

__all__ = ["TelegramSetup", "bot_api", "stored_update_ids", "tg"]


@dataclass
class TelegramSetup:
    """What a Telegram service test needs."""

    workspace: Workspace
    account: Account
    api: BotApiStandIn
    secrets: SecretStore

    def poller(self, **client: float) -> TelegramPoller:
        repos = self.workspace.repos()
        account = repos.accounts.get(self.account.id)
        assert account is not None
        return TelegramPoller(repos, Ingestor(repos, self.workspace.attachments), account,
                              client_for(account, self.secrets, **client))


@pytest.fixture
def tg(workspace: Workspace, bot_api: BotApiStandIn) -> TelegramSetup:
    secrets = SecretStore(workspace.profile.root)
    account, _ = add_telegram_account(workspace.repos(), secrets, "shop-bot", TOKEN,
                                      api_url=bot_api.url)
    return TelegramSetup(workspace, account, bot_api, secrets)


def stored_update_ids(db_path: Path) -> list[int]:
    """Update ids of stored Telegram messages, asserting no provider key twice."""
    conn = sqlite3.connect(db_path, timeout=5)
    try:
        keys = [r[0] for r in conn.execute(
            "SELECT provider_key FROM messages WHERE provider_key LIKE 'tg:%'")]
    finally:
        conn.close()
    assert len(keys) == len(set(keys))
    return sorted(int(k.split(":")[2]) for k in keys)
