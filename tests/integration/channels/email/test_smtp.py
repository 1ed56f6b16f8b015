"""send_frozen against aiosmtpd relaying to Dovecot: success, each failure phase, UNCERTAIN."""

from __future__ import annotations

import time

import pytest

from agent_assist.channels.base import DeliveryFailed, DeliveryUncertain
from agent_assist.channels.email.imap import ImapSession
from agent_assist.channels.email.smtp import (
    SendFailed,
    SendPhase,
    SendUncertain,
    SmtpConfig,
    TlsMode,
    frame_payload,
    send_frozen,
)
from tests.fixtures.servers import DovecotServer, MailUser, SmtpTestServer, free_port
from tests.fixtures.wait import wait_until
from tests.integration.channels.email.helpers import imap_config, make_message

pytestmark = pytest.mark.integration

SENDER = "shop@example.test"


def smtp_config(server: SmtpTestServer, *, user: str | None = "", tls: TlsMode = "none",
                port: int | None = None, timeout: float = 5.0) -> SmtpConfig:
    return SmtpConfig(host=server.host, port=port or server.port, tls=tls,
                      user=server.user if user == "" else user, timeout=timeout,
                      account="Shop outgoing", local_hostname="client.test")


def inbox_uids(dovecot: DovecotServer, user: MailUser) -> list[int]:
    with ImapSession(imap_config(dovecot, user), user.password) as imap:
        return imap.search_uids("INBOX")


def test_frame_payload_stuffs_dots_and_terminates() -> None:
    assert frame_payload(b"a\n.b\r\n..c") == b"a\r\n..b\r\n...c\r\n.\r\n"
    assert frame_payload(b"x\r\n") == b"x\r\n.\r\n"


def test_send_relays_to_dovecot_unchanged(
    dovecot: DovecotServer, mail_user: MailUser, smtp_server: SmtpTestServer
) -> None:
    body = "Your order shipped.\r\n.A line starting with a dot survives.\r\nBye"
    payload = make_message("Re: Order", message_id="<out-1@shop.example>", body=body)
    result = send_frozen(smtp_config(smtp_server), smtp_server.password, SENDER,
                         [mail_user.address], payload)
    assert result.code == 250 and result.recipients == (mail_user.address,)
    (received,) = smtp_server.received
    assert received.data == payload and received.mail_from == SENDER

    uids = wait_until(lambda: inbox_uids(dovecot, mail_user), what="mail in Dovecot")
    with ImapSession(imap_config(dovecot, mail_user), mail_user.password) as imap:
        (message,) = imap.fetch_raw(uids, folder="INBOX")
    assert message.raw.endswith(payload)


def test_send_without_login_when_server_allows(
    mail_user: MailUser, smtp_server: SmtpTestServer
) -> None:
    send_frozen(smtp_config(smtp_server, user=None), None, SENDER, [mail_user.address],
                make_message())
    assert len(smtp_server.received) == 1


@pytest.mark.parametrize(
    ("fault", "phase", "retryable"),
    [
        ("connect", SendPhase.CONNECT, True),
        ("connect_drop", SendPhase.CONNECT, True),
        ("auth", SendPhase.AUTH, False),
        ("mail", SendPhase.MAIL, True),
        ("rcpt", SendPhase.RCPT, False),
        ("rcpt_temp", SendPhase.RCPT, True),
        ("data_command", SendPhase.DATA, True),
        ("data_reject", SendPhase.MESSAGE, False),
    ],
)
def test_refusals_are_send_failed_with_phase(
    mail_user: MailUser, smtp_server: SmtpTestServer,
    fault: str, phase: SendPhase, retryable: bool,
) -> None:
    smtp_server.set_fault(fault)
    with pytest.raises(SendFailed) as caught:
        send_frozen(smtp_config(smtp_server), smtp_server.password, SENDER,
                    [mail_user.address], make_message())
    assert caught.value.phase is phase
    assert caught.value.retryable is retryable
    assert isinstance(caught.value, DeliveryFailed)
    assert "Shop outgoing" in str(caught.value)
    assert smtp_server.password not in str(caught.value)
    assert smtp_server.received == []


def test_wrong_password_names_account_and_fix(
    mail_user: MailUser, smtp_server: SmtpTestServer
) -> None:
    wrong = "Not-The-Pa55word"
    with pytest.raises(SendFailed) as caught:
        send_frozen(smtp_config(smtp_server), wrong, SENDER, [mail_user.address],
                    make_message())
    assert caught.value.phase is SendPhase.AUTH and not caught.value.retryable
    assert str(caught.value) == ("Wrong user name or password for account Shop outgoing: "
                                 "check them in Settings → Accounts.")
    assert wrong not in repr(caught.value.__cause__)


def test_closed_port_is_retryable_connect_failure(smtp_server: SmtpTestServer) -> None:
    with pytest.raises(SendFailed) as caught:
        send_frozen(smtp_config(smtp_server, port=free_port()), smtp_server.password,
                    SENDER, ["x@example.test"], make_message())
    assert caught.value.phase is SendPhase.CONNECT and caught.value.retryable


@pytest.mark.parametrize(("tls", "expected"), [("ssl", "does not speak SSL/TLS"),
                                               ("starttls", "does not offer STARTTLS")])
def test_tls_mismatch_is_permanent(smtp_server: SmtpTestServer, tls: TlsMode,
                                   expected: str) -> None:
    with pytest.raises(SendFailed, match=expected) as caught:
        send_frozen(smtp_config(smtp_server, tls=tls), smtp_server.password, SENDER,
                    ["x@example.test"], make_message())
    assert caught.value.phase is SendPhase.TLS and not caught.value.retryable


def test_no_reply_after_final_dot_is_uncertain_and_delivered_once(
    dovecot: DovecotServer, mail_user: MailUser, smtp_server: SmtpTestServer
) -> None:
    smtp_server.set_fault("swallow_after_dot")
    started = time.monotonic()
    with pytest.raises(SendUncertain) as caught:
        send_frozen(smtp_config(smtp_server, timeout=1.0), smtp_server.password, SENDER,
                    [mail_user.address], make_message("Shipped"))
    assert time.monotonic() - started < 5
    assert isinstance(caught.value, DeliveryUncertain) and not caught.value.retryable
    assert "will not be resent automatically" in str(caught.value)
    assert wait_until(lambda: inbox_uids(dovecot, mail_user), what="delivery") == [1]
    assert len(smtp_server.received) == 1
