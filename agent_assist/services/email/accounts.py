"""Email account settings (hosts, ports, TLS, folders) and their lifecycle."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from agent_assist.channels.email.imap import ImapConfig, ImapSession
from agent_assist.channels.email.smtp import SmtpConfig
from agent_assist.core.models import Account, Channel
from agent_assist.storage.repositories import Repos
from agent_assist.storage.secrets import SecretStore

TlsMode = Literal["none", "starttls", "ssl"]
TLS_MODES: tuple[TlsMode, ...] = ("none", "starttls", "ssl")


class AccountError(Exception):
    """An account operation that cannot be done; one sentence for the user."""


@dataclass(frozen=True)
class EmailSettings:
    """What an email account needs, minus the password (which lives in the keychain)."""

    imap_host: str
    imap_port: int
    imap_tls: TlsMode
    smtp_host: str
    smtp_port: int
    smtp_tls: TlsMode
    user: str
    email: str
    folders: tuple[str, ...] = ("INBOX",)
    #: Watch the Sent folder too (found by SPECIAL-USE or name) so replies sent from a
    #: phone or webmail count as answers.
    watch_sent: bool = True
    #: Some providers (Gmail, Outlook) store submitted mail in Sent themselves.
    server_saves_sent: bool = False
    timeout: float = 30.0
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_account(cls, account: Account) -> EmailSettings:
        data: dict[str, Any] = dict(account.settings)
        data["folders"] = tuple(data.get("folders") or ("INBOX",))
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["folders"] = list(self.folders)
        return data

    def imap(self, account_name: str) -> ImapConfig:
        return ImapConfig(
            host=self.imap_host, port=self.imap_port, tls=self.imap_tls, user=self.user,
            timeout=self.timeout, account=account_name,
        )

    def smtp(self, account_name: str) -> SmtpConfig:
        return SmtpConfig(
            host=self.smtp_host, port=self.smtp_port, tls=self.smtp_tls, user=self.user or None,
            timeout=self.timeout, account=account_name,
        )


def validate_tls(value: str) -> TlsMode:
    for mode in TLS_MODES:
        if value == mode:
            return mode
    raise AccountError(f"TLS mode must be one of {', '.join(TLS_MODES)}, not {value!r}.")


def add_email_account(
    repos: Repos, secrets: SecretStore, name: str, settings: EmailSettings, password: str
) -> Account:
    """Store the account row and its password; both or neither."""
    name = name.strip()
    if not name:
        raise AccountError("An account needs a name.")
    if repos.accounts.by_name(name) is not None:
        raise AccountError(f"An account named {name} already exists; choose another name.")
    if not password:
        raise AccountError(f"No password was given for account {name}.")
    secrets.set(name, password)  # first: if the keychain refuses, no half-made account
    try:
        with repos.db.atomic():
            return repos.accounts.add(name, Channel.EMAIL, settings.email, settings.as_json())
    except BaseException:
        secrets.delete(name)
        raise


def remove_account(repos: Repos, secrets: SecretStore, name: str) -> None:
    """Forget an account and its password; its conversations and messages stay."""
    account = repos.accounts.by_name(name)
    if account is None:
        raise AccountError(f"There is no account named {name}.")
    with repos.db.atomic():
        repos.db.execute("UPDATE conversations SET account_id = NULL WHERE account_id = ?",
                         [account.id])
        repos.db.execute("UPDATE messages SET account_id = NULL WHERE account_id = ?",
                         [account.id])
        repos.accounts.remove(account.id)
    secrets.delete(name)


@dataclass(frozen=True)
class ConnectionReport:
    """What `account test` found."""

    capabilities: tuple[str, ...]
    folders: tuple[str, ...]
    sent_folder: str | None


def test_imap(account: Account, secrets: SecretStore) -> ConnectionReport:
    """Log in and list what the server offers; raises the channel's clear errors."""
    settings = EmailSettings.from_account(account)
    with ImapSession(settings.imap(account.name), secrets.get(account.name)) as session:
        folders = session.list_folders()
        from agent_assist.channels.email.imap import find_sent_folder

        return ConnectionReport(
            capabilities=tuple(sorted(session.capabilities())),
            folders=tuple(f.name for f in folders),
            sent_folder=find_sent_folder(folders),
        )
