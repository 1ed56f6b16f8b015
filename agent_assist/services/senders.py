"""Choosing the channel sender for an outbox item (demo, email, later chat)."""

from __future__ import annotations

from agent_assist.channels.base import Sender
from agent_assist.channels.demo import DemoSender
from agent_assist.core.models import Channel, OutboxItem
from agent_assist.services.workspace import SenderFactory
from agent_assist.storage.repositories import Repos
from agent_assist.storage.secrets import SecretStore


def channel_senders(demo: DemoSender, secrets: SecretStore) -> SenderFactory:
    """Items without an account go to the demo channel; others to their account's channel."""

    def factory(repos: Repos, item: OutboxItem) -> Sender | None:
        if item.account_id is None:
            return demo
        account = repos.accounts.get(item.account_id)
        if account is None or not account.enabled:
            return None
        # Each channel's library loads with its first account: matrix-nio and aiohttp alone
        # cost ~0.6 s of start-up, the email machinery ~0.2 s.
        if account.channel is Channel.EMAIL:
            from agent_assist.services.email.sender import EmailSender

            return EmailSender(account, secrets)
        if account.channel is Channel.TELEGRAM:
            from agent_assist.services.telegram.accounts import telegram_sender

            return telegram_sender(account, secrets)
        if account.channel is Channel.MATRIX:
            from agent_assist.services.matrix.sending import matrix_sender

            return matrix_sender(repos, account, secrets)
        return None

    return factory
