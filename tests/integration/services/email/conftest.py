"""An email account in a fresh profile, pointing at the test Dovecot and SMTP servers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import pytest

from agent_assist.core.models import Account
from agent_assist.services.email.accounts import EmailSettings, add_email_account
from agent_assist.services.workspace import Workspace
from agent_assist.storage.secrets import SecretStore
from tests.fixtures.servers import DovecotServer, MailUser, SmtpTestServer


@dataclass
class MailSetup:
    """The pieces an email sync test needs."""

    workspace: Workspace
    account: Account
    user: MailUser
    dovecot: DovecotServer
    secrets: SecretStore


def make_mail(
    subject: str = "Where is my order?", body: str = "Hello, where is my parcel?",
    sender: str = "lea@customer.test", to: str = "shop@example.test", *,
    message_id: str | None = None, in_reply_to: str = "", extra: dict[str, str] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Léa Martin <{sender}>"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = message_id or make_msgid(domain="customer.test")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for name, value in (extra or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes()


@pytest.fixture
def mail_setup(
    workspace: Workspace, dovecot: DovecotServer, mail_user: MailUser
) -> Iterator[MailSetup]:
    secrets = SecretStore(workspace.profile.root)
    settings = EmailSettings(
        imap_host=dovecot.host, imap_port=dovecot.imap_port, imap_tls="none",
        smtp_host=dovecot.host, smtp_port=1, smtp_tls="none", user=mail_user.name,
        email=mail_user.address, timeout=10,
    )
    account = add_email_account(workspace.repos(), secrets, "shop", settings, mail_user.password)
    yield MailSetup(workspace, account, mail_user, dovecot, secrets)


@pytest.fixture
def with_smtp(mail_setup: MailSetup, smtp_server: SmtpTestServer) -> Callable[[], Account]:
    """Point the account's SMTP side at the relaying aiosmtpd server."""

    def apply() -> Account:
        repos = mail_setup.workspace.repos()
        settings = dict(mail_setup.account.settings)
        settings.update(smtp_host=smtp_server.host, smtp_port=smtp_server.port)
        # One login for both sides, as with most shops' mail providers.
        smtp_server.user = mail_setup.user.name
        smtp_server.password = mail_setup.user.password
        repos.accounts.update_settings(mail_setup.account.id, settings)
        account = repos.accounts.get(mail_setup.account.id)
        assert account is not None
        mail_setup.account = account
        return account

    return apply
