"""Opening an IMAP connection: TCP, TLS and login, each failure told as one clear sentence."""

from __future__ import annotations

import imaplib
import socket
import ssl
from contextlib import suppress
from typing import Any

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import LoginError

from agent_assist.channels.email.errors import (
    AuthenticationFailed,
    ConnectionLost,
    EmailChannelError,
    HostUnreachable,
    ProtocolError,
    TlsMismatch,
)
from agent_assist.channels.email.imap_types import ImapConfig


def text(value: Any) -> str:
    """Bytes or anything else as readable text (servers answer in bytes)."""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def open_client(config: ImapConfig, password: str, context: ssl.SSLContext) -> Any:
    """Return a logged-in ``IMAPClient`` or raise a classified ``EmailChannelError``."""
    cfg = config
    where = f"{cfg.host}:{cfg.port}"
    try:
        client = IMAPClient(
            cfg.host, port=cfg.port, ssl=cfg.tls == "ssl", ssl_context=context,
            timeout=SocketTimeout(connect=cfg.timeout, read=cfg.timeout),
        )
    except socket.gaierror as exc:
        raise HostUnreachable(cfg.label, (
            f"Cannot find the mail server {cfg.host} for account {cfg.label}: "
            "check the server name in Settings → Accounts.")) from exc
    except ssl.SSLCertVerificationError as exc:
        raise TlsMismatch(cfg.label, _cert_message(cfg, exc)) from exc
    except ssl.SSLError as exc:
        raise TlsMismatch(cfg.label, (
            f"The server {where} for account {cfg.label} does not speak SSL/TLS on that "
            "port: choose STARTTLS or no encryption, or the SSL port (usually 993), "
            "in Settings → Accounts.")) from exc
    except TimeoutError as exc:
        raise _timeout_error(cfg) from exc
    except (OSError, imaplib.IMAP4.error) as exc:
        raise HostUnreachable(cfg.label, (
            f"Nothing usable answers at {where} for account {cfg.label} ({text(exc)}): "
            "check the server name and port in Settings → Accounts, "
            "or try again later.")) from exc
    try:
        _tls_and_login(client, cfg, password, context)
    except BaseException:
        with suppress(Exception):
            client.shutdown()
        raise
    return client


def _tls_and_login(client: Any, cfg: ImapConfig, password: str,
                   context: ssl.SSLContext) -> None:
    where = f"{cfg.host}:{cfg.port}"
    try:
        if cfg.tls == "starttls":
            if not client.has_capability("STARTTLS"):
                raise TlsMismatch(cfg.label, (
                    f"The server {where} for account {cfg.label} does not offer STARTTLS: "
                    "choose SSL or no encryption in Settings → Accounts."))
            try:
                client.starttls(context)
            except ssl.SSLCertVerificationError as exc:
                raise TlsMismatch(cfg.label, _cert_message(cfg, exc)) from exc
            except ssl.SSLError as exc:
                raise TlsMismatch(cfg.label, (
                    f"STARTTLS with {where} failed for account {cfg.label}: check the "
                    "encryption setting in Settings → Accounts.")) from exc
        if client.has_capability("LOGINDISABLED"):
            raise TlsMismatch(cfg.label, (
                f"The server {where} refuses passwords over an unencrypted connection "
                f"for account {cfg.label}: choose STARTTLS or SSL in Settings → Accounts."))
        client.login(cfg.user, password)
    except LoginError as exc:
        if "[UNAVAILABLE]" in text(exc).upper():
            raise ConnectionLost(cfg.label, (
                f"The server {where} cannot log in account {cfg.label} right now: "
                "it will try again later.")) from exc
        raise AuthenticationFailed(cfg.label, (
            f"Wrong user name or password for account {cfg.label}: "
            "check them in Settings → Accounts.")) from exc
    except EmailChannelError:
        raise
    except (imaplib.IMAP4.abort, OSError) as exc:
        raise ConnectionLost(cfg.label, (
            f"The connection to {cfg.host} for account {cfg.label} broke while logging in "
            f"({text(exc)}): it will try again later.")) from exc
    except imaplib.IMAP4.error as exc:
        message = (f"The server {cfg.host} refused to start a session for account "
                   f"{cfg.label} ({text(exc)}): check the account settings or contact "
                   "your mail provider.")
        # Defence in depth: a server echoing the password must not leak it into logs.
        raise ProtocolError(cfg.label, message.replace(password, "***") if password
                            else message) from exc


def _cert_message(cfg: ImapConfig, exc: ssl.SSLCertVerificationError) -> str:
    return (f"The certificate of {cfg.host} for account {cfg.label} cannot be trusted "
            f"({exc.verify_message}): check the server name in Settings → Accounts "
            "or ask your mail provider.")


def _timeout_error(cfg: ImapConfig) -> EmailChannelError:
    # A port that accepts TCP but never greets usually expects TLS first.
    try:
        socket.create_connection((cfg.host, cfg.port), timeout=min(cfg.timeout, 5)).close()
        accepted = True
    except OSError:
        accepted = False
    if accepted and cfg.tls != "ssl":
        return TlsMismatch(cfg.label, (
            f"The server {cfg.host}:{cfg.port} for account {cfg.label} accepted the "
            "connection but never greeted: it probably expects SSL/TLS, "
            "choose SSL in Settings → Accounts."))
    return HostUnreachable(cfg.label, (
        f"No answer from {cfg.host}:{cfg.port} for account {cfg.label} within "
        f"{cfg.timeout:g} s: check the server name and port in Settings → Accounts, "
        "or try again later."))
