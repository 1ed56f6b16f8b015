"""Builders shared by the email channel integration tests."""

from __future__ import annotations

import secrets

from agent_assist.channels.email.imap import ImapConfig, TlsMode
from tests.fixtures.servers import DovecotServer, MailUser


def make_message(subject: str = "Order question", *, message_id: str | None = None,
                 body: str = "Hello, where is my order?", to: str = "shop@example.test") -> bytes:
    """A small RFC 5322 message with CRLF line endings."""
    message_id = message_id or f"<{secrets.token_hex(8)}@customer.example>"
    lines = [
        "From: Customer <customer@example.test>",
        f"To: {to}",
        f"Subject: {subject}",
        f"Message-ID: {message_id}",
        "Date: Mon, 02 Jun 2025 10:00:00 +0000",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "",
        body,
        "",
    ]
    return "\r\n".join(lines).encode()


def imap_config(dovecot: DovecotServer, user: MailUser, *, tls: TlsMode = "none",
                port: int | None = None, timeout: float = 5.0) -> ImapConfig:
    """Settings for ``user`` on the test Dovecot."""
    return ImapConfig(host=dovecot.host, port=port or dovecot.imap_port, tls=tls,
                      user=user.name, timeout=timeout, account=f"Shop ({user.name})")
