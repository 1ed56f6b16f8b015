"""Building the MatrixSender for an account's outbox items (used by services/senders.py)."""

from __future__ import annotations

from pathlib import Path

from agent_assist.channels.matrix import MatrixClient, MatrixSender
from agent_assist.core.models import Account, OutboxItem
from agent_assist.services.matrix.accounts import MatrixSettings, open_client
from agent_assist.services.matrix.sync import MatrixSync
from agent_assist.storage.blobs import AttachmentFiles
from agent_assist.storage.repositories import Repos
from agent_assist.storage.secrets import SecretStore


def matrix_sender(repos: Repos, account: Account, secrets: SecretStore) -> MatrixSender:
    """A sender on the account's own device (its transaction ids dedupe per device)."""
    settings = MatrixSettings.from_account(account)

    def connect() -> MatrixClient:
        return open_client(account, secrets)

    def on_sent(item: OutboxItem, event_ids: list[str]) -> None:
        # The reply row takes the event's identity now, so the /sync echo of it is
        # recognised as ours even when the server does not report our transaction id.
        if event_ids:
            with repos.db.atomic():
                MatrixSync.link_reply(repos, account.id, item.message_row_id, event_ids[0])

    files = AttachmentFiles(_profile_root(repos) / "attachments")
    return MatrixSender(connect, settings.txn_prefix, read_attachment=files.get,
                        on_sent=on_sent)


def _profile_root(repos: Repos) -> Path:
    # The attachment store sits beside the database file (see storage.profile.Profile).
    row = repos.db.execute("PRAGMA database_list").fetchone()
    return Path(str(row[2])).parent
