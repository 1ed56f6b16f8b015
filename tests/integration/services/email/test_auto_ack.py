"""Auto-acknowledgement end to end: real Dovecot (IMAP + LMTP) and a real aiosmtpd relay."""

from __future__ import annotations

import email
from collections.abc import Callable
from datetime import date
from email.message import Message as EmailMessageObject
from email.utils import make_msgid

import pytest

from agent_assist.channels.demo import DemoSender
from agent_assist.channels.email.imap import ImapSession
from agent_assist.channels.email.imap_types import ImapConfig
from agent_assist.core.models import Account, Direction
from agent_assist.services.auto_ack import AckOutcome, AutoAcknowledger
from agent_assist.services.email.runner import catch_up_once
from agent_assist.services.outbox import SendReport
from agent_assist.services.senders import channel_senders
from agent_assist.services.sla import save_config
from agent_assist.services.workspace import Workspace
from agent_assist.storage.repositories import InboxQuery
from tests.fixtures.servers import DovecotServer, MailUser, SmtpTestServer
from tests.fixtures.wait import wait_until
from tests.integration.services.email.conftest import MailSetup, make_mail

pytestmark = pytest.mark.integration


class Shop:
    """The shop's profile wired to the real servers, with auto-acknowledgement on for email."""

    def __init__(self, setup: MailSetup, account: Account, **ack: object) -> None:
        self.setup = setup
        self.account = account
        self.ws = Workspace(setup.workspace.profile,
                            sender_factory=channel_senders(DemoSender(), setup.secrets))
        save_config(self.ws.repos(), {"auto_ack": {"channels": {"email": True},
                                                   "out_of_hours": False, **ack}},
                    date.today())
        self.ws.repos().settings.set("shop", {"name": "Atelier Lumière"})

    def sync(self) -> None:
        account = self.ws.repos().accounts.get(self.account.id)
        assert account is not None
        catch_up_once(self.ws.profile, account, self.setup.secrets)

    def acknowledge_and_send(self) -> tuple[list[AckOutcome], SendReport]:
        outcomes = AutoAcknowledger(self.ws.repos(), self.ws.ingestor()).acknowledge_pending()
        return outcomes, self.ws.send_pending()

    def auto_messages(self) -> int:
        return int(self.ws.repos().db.execute(
            "SELECT count(*) FROM messages WHERE direction = 'auto'").fetchone()[0])


@pytest.fixture
def shop(mail_setup: MailSetup, with_smtp: Callable[[], Account]) -> Shop:
    return Shop(mail_setup, with_smtp())


def mailbox(dovecot: DovecotServer, user: MailUser, folder: str = "INBOX") -> list[bytes]:
    config = ImapConfig(host=dovecot.host, port=dovecot.imap_port, tls="none", user=user.name,
                        timeout=10)
    with ImapSession(config, user.password) as session:
        session.select(folder)
        uids = session.search_uids(folder)
        return [m.raw for m in session.fetch_raw(uids)] if uids else []


def shop_flags(setup: MailSetup) -> list[tuple[str, ...]]:
    config = ImapConfig(host=setup.dovecot.host, port=setup.dovecot.imap_port, tls="none",
                        user=setup.user.name, timeout=10)
    with ImapSession(config, setup.user.password) as session:
        session.select("INBOX")
        return [m.flags for m in session.fetch_raw(session.search_uids("INBOX"))]


def parsed(raw: bytes) -> EmailMessageObject:
    return email.message_from_bytes(raw)


def test_one_acknowledgement_per_new_conversation_arrives_marked_auto_replied(
    shop: Shop, mail_setup: MailSetup, smtp_server: SmtpTestServer
) -> None:
    dovecot, customer = mail_setup.dovecot, mail_setup.dovecot.add_user()
    first_id = make_msgid(domain="customer.test")
    dovecot.deliver(mail_setup.user.address, make_mail(
        subject="Commande AL-2041", body="Bonjour, où en est ma commande ? Merci",
        sender=customer.address, message_id=first_id))
    dovecot.deliver(mail_setup.user.address, make_mail(
        subject="Re: Commande AL-2041", body="J'oubliais : c'est pour un cadeau.",
        sender=customer.address, in_reply_to=first_id))
    shop.sync()
    outcomes, report = shop.acknowledge_and_send()
    assert [o.decision for o in outcomes] == ["send", "already_acknowledged"]
    assert len(report.sent) == 1 and not report.failed and not report.uncertain
    [received] = wait_until(lambda: mailbox(dovecot, customer), what="the ack in Dovecot")
    ack = parsed(received)
    assert ack["Auto-Submitted"] == "auto-replied"
    assert ack["In-Reply-To"] == first_id
    assert first_id in ack["References"]
    assert ack["Subject"] == "Re: Commande AL-2041"
    assert [r.rcpt_tos for r in smtp_server.received] == [[customer.address]]
    text_part, html_part = ack.get_payload()  # type: ignore[misc]
    body = text_part.get_payload(decode=True).decode()
    assert body.startswith("Bonjour Léa,") and "Atelier Lumière" in body
    assert 'lang="fr"' in html_part.get_payload(decode=True).decode()  # the customer's language
    # The conversation still needs a human answer, also after the Sent copy comes back.
    shop.sync()
    shop.sync()
    ws = shop.ws
    [cid] = ws.inbox_ids(InboxQuery("needs_reply"))
    directions = [m.direction for m in ws.messages(cid)]
    assert directions.count(Direction.AUTO) == 1 and Direction.OUT not in directions
    assert shop.auto_messages() == 1
    assert all("\\Answered" not in flags for flags in shop_flags(mail_setup))


def test_no_acknowledgement_to_auto_replies_lists_or_noreply(
    shop: Shop, mail_setup: MailSetup, smtp_server: SmtpTestServer
) -> None:
    dovecot, shop_address = mail_setup.dovecot, mail_setup.user.address
    dovecot.deliver(shop_address, make_mail(subject="Absence", sender="lea@customer.test",
                                            extra={"Auto-Submitted": "auto-replied"}))
    dovecot.deliver(shop_address, make_mail(subject="Newsletter", sender="news@brand.test",
                                            extra={"List-Id": "<news.brand.test>"}))
    dovecot.deliver(shop_address, make_mail(subject="Your invoice", body="See attached.",
                                            sender="noreply@brand.test"))
    # The shop's other address (an alias that forwards here) is ours too: never answered.
    shop.ws.repos().settings.set("shop", {"name": "Atelier", "email": "contact@atelier.test"})
    dovecot.deliver(shop_address, make_mail(subject="Stock list", sender="contact@atelier.test"))
    shop.sync()
    outcomes, report = shop.acknowledge_and_send()
    assert sorted(o.decision for o in outcomes) == ["automated", "automated", "automated",
                                                    "own_address"]
    assert report.sent == [] and smtp_server.received == [] and shop.auto_messages() == 0


def test_no_loop_when_two_auto_responders_meet(
    shop: Shop, mail_setup: MailSetup, smtp_server: SmtpTestServer
) -> None:
    dovecot, shop_address = mail_setup.dovecot, mail_setup.user.address
    customer = dovecot.add_user()
    dovecot.deliver(shop_address, make_mail(subject="Vase cassé", body="Le vase est arrivé cassé.",
                                            sender=customer.address))
    shop.sync()
    shop.acknowledge_and_send()
    [ack_raw] = wait_until(lambda: mailbox(dovecot, customer), what="our acknowledgement")
    ack_id = parsed(ack_raw)["Message-ID"]
    # A well-behaved vacation responder answers our acknowledgement (RFC 3834 headers) ...
    dovecot.deliver(shop_address, make_mail(
        subject="Réponse automatique : Re: Vase cassé", body="Je suis absente jusqu'au 12.",
        sender=customer.address, in_reply_to=ack_id, extra={"Auto-Submitted": "auto-replied"}))
    # ... and a badly-behaved one without any header, threaded on our acknowledgement.
    dovecot.deliver(shop_address, make_mail(
        subject="Re: Vase cassé", body="Thank you for your email. I am out of the office.",
        sender=customer.address, in_reply_to=ack_id))
    shop.sync()
    outcomes, report = shop.acknowledge_and_send()
    assert sorted(o.decision for o in outcomes) == ["already_acknowledged", "automated"]
    assert report.sent == [] and len(smtp_server.received) == 1


def test_a_responder_answering_every_mail_is_stopped_by_the_sender_limit(
    shop: Shop, mail_setup: MailSetup, smtp_server: SmtpTestServer
) -> None:
    """The worst case: each answer is a new conversation with no header to recognise."""
    dovecot, shop_address = mail_setup.dovecot, mail_setup.user.address
    robot = dovecot.add_user()
    dovecot.deliver(shop_address, make_mail(subject="Ticket 1", body="Please call me back",
                                            sender=robot.address))
    seen = 0
    for round_no in range(2, 12):
        shop.sync()
        _, report = shop.acknowledge_and_send()
        if not report.sent:
            break
        inbox = wait_until(lambda n=seen: len(mailbox(dovecot, robot)) > n and
                           mailbox(dovecot, robot), what="the acknowledgement")
        for _ in inbox[seen:]:  # the robot answers every mail it gets, with a fresh subject
            dovecot.deliver(shop_address, make_mail(subject=f"Ticket {round_no}",
                                                    body="Please call me back",
                                                    sender=robot.address))
        seen = len(inbox)
    else:
        pytest.fail("the acknowledgements never stopped")
    assert len(smtp_server.received) == 3  # the default limit per sender and day
    assert shop.auto_messages() == 3
