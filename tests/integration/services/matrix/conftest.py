"""A Matrix account in a fresh profile, signed in as the shop user of a real Synapse."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from agent_assist.core.models import Account, Conversation, Message
from agent_assist.services.matrix.accounts import add_matrix_account
from agent_assist.services.matrix.runner import sync_once
from agent_assist.services.matrix.sync import MatrixSyncReport
from agent_assist.services.senders import channel_senders
from agent_assist.services.workspace import Workspace
from agent_assist.storage.repositories import InboxQuery
from agent_assist.storage.secrets import SecretStore
from tests.fixtures.synapse import MatrixPair, matrix_pair, synapse, synapse_running

__all__ = ["MatrixSetup", "cli_env", "matrix_pair", "matrix_setup", "run_cli", "synapse",
           "synapse_running"]


@dataclass
class MatrixSetup:
    """The pieces a Matrix sync test needs."""

    workspace: Workspace
    account: Account
    pair: MatrixPair
    secrets: SecretStore

    def sync(self) -> MatrixSyncReport:
        return sync_once(self.workspace.profile, self.fresh_account(), self.secrets)

    def fresh_account(self) -> Account:
        account = self.workspace.repos().accounts.get(self.account.id)
        assert account is not None
        return account

    def configure(self, **changes: Any) -> None:
        repos = self.workspace.repos()
        settings = dict(self.fresh_account().settings)
        settings.update(changes)
        with repos.db.atomic():
            repos.accounts.update_settings(self.account.id, settings)

    def conversation(self, room_id: str) -> Conversation:
        repos = self.workspace.repos()
        conv_id = repos.conversations.find_by_thread_key(self.account.id, f"mx:{room_id}")
        assert conv_id is not None, f"no conversation for {room_id}"
        conv = repos.conversations.get(conv_id)
        assert conv is not None
        return conv

    def messages(self, room_id: str) -> list[Message]:
        return self.workspace.messages(self.conversation(room_id).id)

    def event_keys(self) -> list[str]:
        rows = self.workspace.profile.pool.get().execute(
            "SELECT provider_key FROM messages WHERE provider_key LIKE 'mx:%' ORDER BY id")
        return [r[0] for r in rows]

    def inbox_ids(self) -> list[int]:
        return self.workspace.inbox_ids(InboxQuery(view="all"))

    def use_real_senders(self) -> None:
        self.workspace.sender_factory = channel_senders(self.workspace.demo_sender, self.secrets)


@pytest.fixture
def matrix_setup(workspace: Workspace, matrix_pair: MatrixPair) -> MatrixSetup:
    secrets = SecretStore(workspace.profile.root)
    account = add_matrix_account(
        workspace.repos(), secrets, "shop-matrix", matrix_pair.server.base_url,
        matrix_pair.shop.user_id, password=matrix_pair.shop.password, timeout=10)
    return MatrixSetup(workspace, account, matrix_pair, secrets)


def cli_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
        # A file keychain shared by the subprocesses of this test (never the real one).
        PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
    )
    return env


def run_cli(env: dict[str, str], *args: str, input: str | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "agent_assist", *args], input=input, env=env,
                          capture_output=True, text=True, timeout=timeout, check=False)
