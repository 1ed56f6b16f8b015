"""Send one frozen message over SMTP and say exactly how far it got.

Failures before the payload's final dot raise ``SendFailed`` (nothing was accepted, a retry
cannot duplicate the message). Silence or a drop after the final dot raises ``SendUncertain``:
the server may have accepted it, so the caller must never retry it automatically.
"""

from __future__ import annotations

import re
import smtplib
import socket
import ssl
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from typing import Literal

from agent_assist.channels.email.errors import SendFailed, SendPhase, SendUncertain

__all__ = [
    "SendFailed", "SendPhase", "SendResult", "SendUncertain", "SmtpConfig", "TlsMode",
    "frame_payload", "send_frozen",
]

TlsMode = Literal["none", "starttls", "ssl"]

_EOL = re.compile(rb"\r\n|\r|\n")
_LEADING_DOT = re.compile(rb"^\.", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    """Where and how to submit mail for one account (the password is passed separately)."""

    host: str
    port: int
    tls: TlsMode
    user: str | None
    timeout: float = 30.0
    #: How long to wait for the reply to the final dot; RFC 5321 suggests 10 minutes and
    #: every second more here turns a would-be UNCERTAIN into a definite answer.
    final_reply_timeout: float | None = None
    #: Display name used in error messages; defaults to the user name or the host.
    account: str = ""
    #: Name sent in EHLO; None lets smtplib use the local FQDN.
    local_hostname: str | None = None

    @property
    def label(self) -> str:
        """The account as named in messages to the user."""
        return self.account or self.user or self.host


@dataclass(frozen=True, slots=True)
class SendResult:
    """The server's acceptance of the message: its final reply to the DATA dot."""

    code: int
    reply: str
    recipients: tuple[str, ...]


def frame_payload(payload: bytes) -> bytes:
    """CRLF line endings, dot-stuffing and the terminating ``.``: the bytes sent after 354."""
    data = _LEADING_DOT.sub(b"..", _EOL.sub(b"\r\n", payload))
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data + b".\r\n"


def _reply_text(reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    return " ".join(text.split())


class _Submission:
    """One SMTP conversation; each step raises ``SendFailed`` tagged with its phase."""

    def __init__(self, config: SmtpConfig, password: str | None) -> None:
        self.cfg = config
        self.password = password
        self.smtp: smtplib.SMTP | None = None

    def fail(self, phase: SendPhase, message: str, retryable: bool) -> SendFailed:
        if self.password:
            message = message.replace(self.password, "***")
        return SendFailed(self.cfg.label, phase, message, retryable)

    def refused(self, phase: SendPhase, what: str, code: int, reply: bytes | str) -> SendFailed:
        temporary = 400 <= code < 500
        advice = "it will try again later" if temporary else "check the message and the account"
        return self.fail(phase, (
            f"The mail server {self.cfg.host} refused {what} for account {self.cfg.label} "
            f"({code} {_reply_text(reply)}): {advice}."), temporary)

    def connect(self, context: ssl.SSLContext) -> smtplib.SMTP:
        cfg = self.cfg
        where = f"{cfg.host}:{cfg.port}"
        try:
            if cfg.tls == "ssl":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    cfg.host, cfg.port, local_hostname=cfg.local_hostname,
                    timeout=cfg.timeout, context=context)
            else:
                smtp = smtplib.SMTP(
                    cfg.host, cfg.port, local_hostname=cfg.local_hostname, timeout=cfg.timeout)
        except smtplib.SMTPConnectError as exc:
            raise self.refused(SendPhase.CONNECT, "the connection", exc.smtp_code,
                               exc.smtp_error) from exc
        except ssl.SSLCertVerificationError as exc:
            raise self.fail(SendPhase.TLS, (
                f"The certificate of {cfg.host} for account {cfg.label} cannot be trusted "
                f"({exc.verify_message}): check the server name in Settings → Accounts."),
                False) from exc
        except ssl.SSLError as exc:
            raise self.fail(SendPhase.TLS, (
                f"The server {where} for account {cfg.label} does not speak SSL/TLS on that "
                "port: choose STARTTLS or the SSL port (usually 465) in Settings → Accounts."),
                False) from exc
        except socket.gaierror as exc:
            raise self.fail(SendPhase.CONNECT, (
                f"Cannot find the mail server {cfg.host} for account {cfg.label}: "
                "check the server name in Settings → Accounts."), True) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise self.fail(SendPhase.CONNECT, (
                f"Could not reach the mail server {where} for account {cfg.label} ({exc}): "
                "it will try again later; check the server and port in Settings → Accounts "
                "if this persists."), True) from exc
        self.smtp = smtp
        return smtp

    def step(self, phase: SendPhase, what: str, command: str) -> None:
        """Send one command expecting 2xx/3xx; refusals and drops become ``SendFailed``."""
        assert self.smtp is not None
        try:
            code, reply = self.smtp.docmd(command)
        except (OSError, smtplib.SMTPException) as exc:
            raise self.dropped(phase, what, exc) from exc
        expected = 354 if phase is SendPhase.DATA else 250
        if code != expected:
            raise self.refused(phase, what, code, reply)

    def dropped(self, phase: SendPhase, what: str, exc: BaseException) -> SendFailed:
        return self.fail(phase, (
            f"The connection to {self.cfg.host} for account {self.cfg.label} broke while "
            f"sending {what} ({exc}); nothing was sent: it will try again later."), True)

    def handshake(self, context: ssl.SSLContext) -> None:
        cfg, smtp = self.cfg, self.smtp
        assert smtp is not None
        try:
            smtp.ehlo_or_helo_if_needed()
        except smtplib.SMTPHeloError as exc:
            raise self.refused(SendPhase.CONNECT, "the greeting (EHLO)", exc.smtp_code,
                               exc.smtp_error) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise self.dropped(SendPhase.CONNECT, "the greeting", exc) from exc
        if cfg.tls == "starttls":
            if not smtp.has_extn("starttls"):
                raise self.fail(SendPhase.TLS, (
                    f"The server {cfg.host}:{cfg.port} for account {cfg.label} does not offer "
                    "STARTTLS: choose SSL or another port in Settings → Accounts."), False)
            try:
                smtp.starttls(context=context)
                smtp.ehlo()
            except ssl.SSLError as exc:
                raise self.fail(SendPhase.TLS, (
                    f"STARTTLS with {cfg.host} failed for account {cfg.label} ({exc}): "
                    "check the encryption setting in Settings → Accounts."), False) from exc
            except (OSError, smtplib.SMTPException) as exc:
                raise self.dropped(SendPhase.TLS, "STARTTLS", exc) from exc

    def login(self) -> None:
        cfg, smtp = self.cfg, self.smtp
        assert smtp is not None
        if not cfg.user:
            return
        if not smtp.has_extn("auth"):
            raise self.fail(SendPhase.AUTH, (
                f"The server {cfg.host} does not accept logins on this connection for account "
                f"{cfg.label}: choose STARTTLS or SSL in Settings → Accounts."), False)
        try:
            smtp.login(cfg.user, self.password or "")
        except smtplib.SMTPAuthenticationError as exc:
            if 400 <= exc.smtp_code < 500:
                raise self.refused(SendPhase.AUTH, "the login", exc.smtp_code,
                                   exc.smtp_error) from exc
            raise self.fail(SendPhase.AUTH, (
                f"Wrong user name or password for account {cfg.label}: "
                "check them in Settings → Accounts."), False) from exc
        except (OSError, smtplib.SMTPServerDisconnected) as exc:
            raise self.dropped(SendPhase.AUTH, "the login", exc) from exc
        except smtplib.SMTPException as exc:
            # smtplib's "No suitable authentication method found" and SMTPNotSupportedError.
            raise self.fail(SendPhase.AUTH, (
                f"The server {cfg.host} offers no login method this app supports for account "
                f"{cfg.label}: ask your mail provider which settings to use."), False) from exc

    def mail_options(self, envelope_from: str, recipients: Sequence[str], payload: bytes) -> str:
        smtp = self.smtp
        assert smtp is not None
        options = []
        if not payload.isascii():
            if not smtp.has_extn("8bitmime"):
                raise self.fail(SendPhase.MAIL, (
                    f"The server {self.cfg.host} cannot take this message's 8-bit content for "
                    f"account {self.cfg.label}: it must be re-encoded before sending."), False)
            options.append(" BODY=8BITMIME")
        if not all(addr.isascii() for addr in [envelope_from, *recipients]):
            if not smtp.has_extn("smtputf8"):
                raise self.fail(SendPhase.MAIL, (
                    f"The server {self.cfg.host} does not accept non-ASCII addresses for "
                    f"account {self.cfg.label}: use an ASCII form of the address."), False)
            options.append(" SMTPUTF8")
        return "".join(options)

    def transmit(self, framed: bytes) -> tuple[int, bytes]:
        """Write the payload and its final dot, then read the one reply that decides it."""
        cfg, smtp = self.cfg, self.smtp
        assert smtp is not None and smtp.sock is not None
        try:
            smtp.sock.sendall(framed)
        except OSError as exc:
            # sendall failed, so the trailing CRLF.CRLF was not completely written.
            raise self.dropped(SendPhase.DATA, "the message", exc) from exc
        # From here on the server may have the whole message.
        smtp.sock.settimeout(cfg.final_reply_timeout or cfg.timeout)
        try:
            return smtp.getreply()
        except (OSError, smtplib.SMTPException) as exc:
            raise SendUncertain(cfg.label, (
                f"The mail server {cfg.host} took the message for account {cfg.label} but "
                f"never confirmed it ({exc}): it may have been delivered, so it will not be "
                "resent automatically; check with the recipient or your Sent folder before "
                "sending again.")) from exc

    def quit(self) -> None:
        if self.smtp is not None:
            with suppress(Exception):
                self.smtp.quit()
            with suppress(Exception):
                self.smtp.close()


def send_frozen(
    config: SmtpConfig,
    password: str | None,
    envelope_from: str,
    recipients: Sequence[str],
    payload_bytes: bytes,
    *,
    ssl_context: ssl.SSLContext | None = None,
) -> SendResult:
    """Submit ``payload_bytes`` unchanged (apart from SMTP framing) to ``recipients``.

    All recipients must be accepted before DATA is sent: a partial refusal aborts with
    ``SendFailed(RCPT)`` so that a retry never reaches some recipients twice.
    """
    if not recipients:
        raise ValueError("send_frozen needs at least one recipient")
    context = ssl_context or ssl.create_default_context()
    sub = _Submission(config, password)
    try:
        sub.connect(context)
        sub.handshake(context)
        sub.login()
        options = sub.mail_options(envelope_from, recipients, payload_bytes)
        sub.step(SendPhase.MAIL, "the sender address", f"MAIL FROM:<{envelope_from}>{options}")
        for rcpt in recipients:
            sub.step(SendPhase.RCPT, f"the recipient {rcpt}", f"RCPT TO:<{rcpt}>")
        sub.step(SendPhase.DATA, "the message (DATA)", "DATA")
        code, reply = sub.transmit(frame_payload(payload_bytes))
        if code != 250:
            raise sub.refused(SendPhase.MESSAGE, "the message", code, reply)
        return SendResult(code=code, reply=_reply_text(reply), recipients=tuple(recipients))
    finally:
        sub.quit()
