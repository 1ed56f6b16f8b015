"""Telegram bot accounts: add (token checked with getMe), test, webhook removal, sender.

The token lives in the keychain under the account name; the account row keeps only the
API address and what getMe said about the bot.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from agent_assist.channels.base import DeliveryFailed
from agent_assist.channels.telegram.client import LONG_POLL_SECONDS, BotClient
from agent_assist.channels.telegram.errors import TelegramError
from agent_assist.channels.telegram.sender import TelegramSender
from agent_assist.channels.telegram.transport import DEFAULT_API_URL, check_api_url
from agent_assist.channels.telegram.types import BotInfo, WebhookInfo
from agent_assist.core.models import Account, Channel
from agent_assist.services.email.accounts import AccountError
from agent_assist.storage.repositories import Repos
from agent_assist.storage.secrets import SecretStore, SecretStoreError

#: Telegram keeps updates nobody fetched for 24 hours, then drops them.
RETENTION_HOURS = 24
RETENTION_WARNING = (
    "Telegram keeps messages the app has not fetched for 24 hours only: keep Agent Assist "
    "(or 'agent-assist sync') running, even with the window closed, so none are lost."
)

_TOKEN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{20,}$")

ClientFactory = Callable[..., BotClient]


class WebhookSet(AccountError):
    """The bot has a webhook, so polling is refused; the app offers to remove it."""

    def __init__(self, message: str, url: str) -> None:
        super().__init__(message)
        self.url = url


@dataclass(frozen=True)
class TelegramSettings:
    """What a Telegram account needs besides its token."""

    api_url: str = DEFAULT_API_URL
    bot_id: int = 0
    username: str = ""
    poll_timeout: int = LONG_POLL_SECONDS
    send_timeout: float = 30.0
    connect_timeout: float = 10.0

    @classmethod
    def from_account(cls, account: Account) -> TelegramSettings:
        known = set(cls.__dataclass_fields__)
        data: dict[str, Any] = {k: v for k, v in account.settings.items() if k in known}
        return cls(**data)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class BotCheck:
    """What a token check found: the bot, and whether a webhook blocks polling."""

    bot: BotInfo
    webhook: WebhookInfo


def client_for(
    account: Account, secrets: SecretStore, *, read_timeout: float | None = None,
    download_timeout: float = 120.0,
) -> BotClient:
    """A client for a stored account (SecretStoreError when the keychain fails)."""
    settings = TelegramSettings.from_account(account)
    return BotClient(
        secrets.get(account.name), api_url=settings.api_url, account=account.name,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.send_timeout if read_timeout is None else read_timeout,
        download_timeout=download_timeout,
    )


def check_token(token: str, *, api_url: str = DEFAULT_API_URL, name: str = "") -> BotCheck:
    """getMe then getWebhookInfo; AccountError with one sentence on any problem."""
    token = token.strip()
    if not _TOKEN.match(token):
        raise AccountError(
            "This does not look like a Telegram bot token (it looks like 123456789:AAE…): "
            "copy it again from @BotFather."
        )
    try:
        client = BotClient(token, api_url=check_api_url(api_url), account=name)
    except ValueError as exc:
        raise AccountError(str(exc)) from exc
    try:
        return BotCheck(client.get_me(), client.get_webhook_info())
    except TelegramError as exc:
        raise AccountError(str(exc)) from exc


def webhook_error(name: str, url: str) -> WebhookSet:
    return WebhookSet(
        f"The Telegram bot of account {name} has a webhook set ({url}), so the app cannot "
        "fetch its messages: remove the webhook (pending messages are kept) and try again.",
        url,
    )


def add_telegram_account(
    repos: Repos, secrets: SecretStore, name: str, token: str, *,
    api_url: str = DEFAULT_API_URL, remove_webhook: bool = False,
) -> tuple[Account, BotCheck]:
    """Check the token, optionally remove a webhook, then store the row and the token."""
    name = name.strip()
    if not name:
        raise AccountError("An account needs a name.")
    if repos.accounts.by_name(name) is not None:
        raise AccountError(f"An account named {name} already exists; choose another name.")
    token = token.strip()
    check = check_token(token, api_url=api_url, name=name)
    for other in repos.accounts.list():
        if other.channel is Channel.TELEGRAM and other.settings.get("bot_id") == check.bot.id:
            raise AccountError(
                f"The bot @{check.bot.username} is already connected as account {other.name}."
            )
    if check.webhook.url:
        if not remove_webhook:
            raise webhook_error(name, check.webhook.url)
        _delete_webhook(BotClient(token, api_url=api_url, account=name))
        check = BotCheck(check.bot, WebhookInfo("", check.webhook.pending_update_count))
    settings = TelegramSettings(api_url=check_api_url(api_url), bot_id=check.bot.id,
                                username=check.bot.username)
    secrets.set(name, token)  # first: if the keychain refuses, no half-made account
    try:
        with repos.db.atomic():
            account = repos.accounts.add(name, Channel.TELEGRAM, f"@{check.bot.username}",
                                         settings.as_json())
    except BaseException:
        secrets.delete(name)
        raise
    return account, check


def test_account(account: Account, secrets: SecretStore) -> BotCheck:
    """Check a stored account's token and webhook (AccountError with a sentence)."""
    settings = TelegramSettings.from_account(account)
    try:
        token = secrets.get(account.name)
    except SecretStoreError as exc:
        raise AccountError(str(exc)) from exc
    check = check_token(token, api_url=settings.api_url, name=account.name)
    if check.webhook.url:
        raise webhook_error(account.name, check.webhook.url)
    return check


def remove_webhook(account: Account, secrets: SecretStore) -> None:
    """Delete the bot's webhook, keeping the updates Telegram holds for it."""
    try:
        client = client_for(account, secrets)
    except SecretStoreError as exc:
        raise AccountError(str(exc)) from exc
    _delete_webhook(client)


def remove_webhook_for_token(token: str, *, api_url: str = DEFAULT_API_URL) -> None:
    """The same, before the account exists (the settings form's button)."""
    try:
        _delete_webhook(BotClient(token.strip(), api_url=check_api_url(api_url)))
    except ValueError as exc:
        raise AccountError(str(exc)) from exc


def _delete_webhook(client: BotClient) -> None:
    try:
        client.delete_webhook(drop_pending_updates=False)
    except TelegramError as exc:
        raise AccountError(str(exc)) from exc


def retention_warning(account: Account, now: float | None = None) -> str:
    """A sentence when the last fetch is so old that Telegram may have dropped messages."""
    if account.last_sync_at is None:
        return ""
    hours = ((time.time() if now is None else now) - account.last_sync_at) / 3600
    if hours < RETENTION_HOURS / 2:
        return ""
    if hours >= RETENTION_HOURS:
        return (f"Account {account.name} last fetched its Telegram messages {hours:.0f} hours "
                "ago: Telegram drops messages after 24 hours, so some may be lost; ask "
                "recent customers to write again if needed.")
    return (f"Account {account.name} last fetched its Telegram messages {hours:.0f} hours ago: "
            "start Agent Assist before 24 hours pass, or Telegram drops them.")


def telegram_sender(account: Account, secrets: SecretStore) -> TelegramSender:
    """The outbox's Sender for ``account``; a keychain problem fails the item clearly."""

    def client() -> BotClient:
        try:
            return client_for(account, secrets)
        except SecretStoreError as exc:
            raise DeliveryFailed(str(exc), retryable=False, phase="keychain") from exc

    return TelegramSender(client, account=account.name)
