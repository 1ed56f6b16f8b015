"""The fast parse (big attachment bodies set aside) gives exactly parse_email's result."""

from __future__ import annotations

import base64
import os
from email.message import EmailMessage
from pathlib import Path

import pytest

from agent_assist.channels.email.files import iter_raw_messages
from agent_assist.channels.email.mime import parse_email
from agent_assist.services.email.parsing import parse_batch, parse_raw
from agent_assist.services.email.stubs import set_aside
from tests.conftest import REPO_ROOT

CORPUS = REPO_ROOT.parent / "shared" / "corpus"
PHOTO = b"\xff\xd8\xff\xe0" + os.urandom(60_000)  # base64 starts "/9j/4"
PDF = b"%PDF-1.7\n" + os.urandom(30_000)


def corpus() -> list[bytes]:
    files = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".eml", ".msg"))
    if not files:
        pytest.fail(f"The shared email corpus is missing: expected it at {CORPUS}",
                    pytrace=False)
    return [mail.data for path in files for mail in iter_raw_messages(path)]


def shop_mail(**parts: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Léa Martin <lea@customer.test>"
    msg["To"] = "shop@example.test"
    msg["Subject"] = "Vase cassé"
    msg["Message-ID"] = "<vase@customer.test>"
    msg.set_content("Bonjour, le vase est arrivé cassé. Photo jointe.")
    msg.add_alternative("<p>Bonjour, le vase est arrivé <b>cassé</b>.</p>", subtype="html")
    for name, data in parts.items():
        maintype, subtype = ("image", "jpeg") if name.endswith(".jpg") else ("application", "pdf")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes().replace(b"\n", b"\r\n")


def same(raw: bytes) -> None:
    assert parse_raw(raw, "k", 3) == parse_email(raw, "k", account_id=3)


def test_a_shop_mail_with_attachments_is_set_aside_and_parses_the_same() -> None:
    raw = shop_mail(**{"photo.jpg": PHOTO, "facture.pdf": PDF})
    stubbed = set_aside(raw)
    assert stubbed is not None and len(stubbed.bodies) == 2
    assert len(stubbed.light) < len(raw) // 10
    same(raw)
    message = parse_raw(raw, "k")
    assert {a.filename: a.data for a in message.attachments} == {
        "photo.jpg": PHOTO, "facture.pdf": PDF}


def test_every_corpus_message_parses_the_same() -> None:
    messages = corpus()
    for raw in messages:
        same(raw)
    assert any(set_aside(raw) is not None for raw in messages)  # the fast path ran


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b"Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment",
         b"Content-Transfer-Encoding: base64 \r\nContent-Disposition: attachment"),
        (b"Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment",
         b"Content-Transfer-Encoding: BASE64\r\nContent-Disposition: attachment"),
        (b"Content-Type: image/jpeg", b"Content-Type: text/plain"),
        (b"Content-Type: image/jpeg", b"Content-Type: message/rfc822"),
        (b"Content-Type: image/jpeg", b"Content-Type:\r\n image/jpeg"),
        (b"\r\n\r\n/9j/", b"\r\n\r\n/9j/ "),  # a stray blank inside the base64
        (b"\r\n\r\n/9j/", b"\r\n\r\n/9j"),  # broken padding
        (b"\r\n\r\n/9j/", b"\r\n\r\n/9j/\r\n--not-the-boundary--\r\n"),
        (b"\r\n", b"\n"),  # LF-only line ends
        (b"Subject: Vase", b"Subject: Va\rse"),  # a bare CR
    ],
)
def test_edge_cases_parse_the_same(old: bytes, new: bytes) -> None:
    raw = shop_mail(**{"photo.jpg": PHOTO})
    assert old in raw
    same(raw.replace(old, new, 1) if old != b"\r\n" else raw.replace(old, new))


def test_missing_closing_boundary_and_prefix_boundaries_parse_the_same() -> None:
    raw = shop_mail(**{"photo.jpg": PHOTO})
    boundary = raw.split(b'boundary="', 1)[1].split(b'"', 1)[0]
    same(raw.rsplit(b"--" + boundary + b"--", 1)[0])  # cut before the closing line
    same(raw.replace(b"--" + boundary + b"\r\n", b"--" + boundary + b"-x\r\n", 1))
    quoted = raw.replace(b'boundary="' + boundary + b'"', b"boundary*=utf-8''" + boundary)
    assert set_aside(quoted) is None
    same(quoted)


def test_an_attachment_holding_the_placeholder_text_is_not_confused() -> None:
    # Someone mails the base64 of text that looks like our placeholder: it stays theirs.
    sneaky = base64.b64encode(b"\x00agent-assist-stub:0000000000000000:0").decode()
    raw = shop_mail(**{"photo.jpg": PHOTO}) + b""
    same(raw.replace(b"Photo jointe.", sneaky.encode()))


def test_parse_batch_returns_the_same_messages_without_raw() -> None:
    raws = [shop_mail(**{"photo.jpg": PHOTO}), b"\x00\x01" * 40]
    outcomes = parse_batch([("a", raws[0]), ("b", raws[1])], None)
    assert outcomes[0].message is not None and outcomes[0].message.raw is None
    assert outcomes[0].message.attachments[0].data == PHOTO
    assert outcomes[1].message is None and outcomes[1].error


def test_generated_corpus_of_files_on_disk(tmp_path: Path) -> None:
    # Nested multiparts: related inside alternative inside mixed, with an inline image.
    msg = EmailMessage()
    msg["From"] = "a@b.test"
    msg["Subject"] = "nested"
    msg.set_content("text")
    msg.add_alternative("<p><img src='cid:logo'></p>", subtype="html")
    html = msg.get_payload()[1]
    html.add_related(PHOTO, maintype="image", subtype="png", cid="<logo>")
    msg.add_attachment(PDF, maintype="application", subtype="pdf", filename="f.pdf")
    raw = msg.as_bytes().replace(b"\n", b"\r\n")
    stubbed = set_aside(raw)
    assert stubbed is not None and len(stubbed.bodies) == 2
    same(raw)
