"""Tests for email parsing: the shared public corpus, then crafted edge cases."""

from __future__ import annotations

import base64
import dataclasses
import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from agent_assist.channels.email.html import html_to_text, sanitize_html
from agent_assist.channels.email.mime import (
    UnparseableMessage,
    decode_bytes,
    decode_header_value,
    parse_email,
    safe_filename,
)
from agent_assist.core.models import Channel, HandleKind, IncomingMessage

REPO_ROOT = Path(__file__).resolve().parents[4]
CORPUS = REPO_ROOT.parent / "shared" / "corpus"
STALWART = CORPUS / "stalwart-mail-parser"


def _corpus_files() -> list[Path]:
    return sorted([*CORPUS.glob("stalwart-mail-parser/**/*.eml"), *CORPUS.glob("mime4j/**/*.msg")])


def _require_corpus() -> None:
    if not _corpus_files():
        pytest.fail(
            f"The shared email corpus is missing: expected .eml/.msg files under {CORPUS} "
            "(see /work/shared/corpus/README.md for where they come from)."
        )


# Files where UnparseableMessage is the right answer. None today: every corpus file has at
# least a header or readable text, so each one must come out as a message.
ALLOWED_UNPARSEABLE: dict[str, str] = {}

# Where we deliberately differ from mail-parser's expected output, per file and field.
# Each entry is checked to still differ, so the list cannot silently go stale.
DOCUMENTED_DIFFERENCES: dict[tuple[str, str], str] = {
    ("malformed/005.eml", "text"): (
        "outer boundary 'a--' is a prefix of inner boundary 'a----', so '--a----' is also the "
        "outer close delimiter (RFC 2046 forbids such boundaries); the stdlib parser closes "
        "the outer part there and the text stays only in the raw message"
    ),
    ("malformed/020.eml", "text"): (
        "a part with two Content-Type headers: we honour the first (multipart/alternative) "
        "and show its HTML alternative; mail-parser takes the last and shows the raw MIME"
    ),
    ("malformed/021.eml", "text"): "same duplicate Content-Type case as malformed/020",
    ("thirdparty/001.eml", "text"): (
        "multipart/alternative of three text/plain parts: we show one alternative (the "
        "first), mail-parser lists all three as body parts"
    ),
    ("thirdparty/002.eml", "text"): (
        "a base64 part with trailing garbage ('== ignored'): the bytes decoded from the "
        "garbage differ; the valid prefix 'yötä vaan.' matches"
    ),
    ("thirdparty/005.eml#crlf", "text"): (
        "only in the CRLF variant: turning LF into CRLF inside a binary UTF-16LE part "
        "corrupts its code units, and each parser recovers different garbage"
    ),
}


def _normalize(text: str) -> str:
    """Whitespace-insensitive form without control characters (NULs, bare CRs)."""
    kept = "".join(ch for ch in text if unicodedata.category(ch) != "Cc" or ch in "\t\n\r")
    return " ".join(kept.split())


def _header(part: dict[str, Any], name: str) -> dict[str, Any]:
    """A header's value object, or {} when absent or a bare marker such as "Empty"."""
    for header in part["headers"]:
        if header["name"] == name:
            value = header["value"]
            return value if isinstance(value, dict) else {}
    return {}


def _expected(spec: dict[str, Any]) -> dict[str, Any]:
    """Subject, sender, body texts and attachment names from mail-parser's JSON."""
    root = spec["parts"][0]
    subject = _header(root, "subject").get("Text")
    addresses = (_header(root, "from").get("Address") or {}).get("List") or []
    texts = []
    for index in spec["text_body"]:
        body = spec["parts"][index]["body"]
        if "Text" in body:
            texts.append(body["Text"])
        elif "Html" in body:
            texts.append(html_to_text(sanitize_html(body["Html"])))
    names = []
    for index in spec["attachments"]:
        part = spec["parts"][index]
        for header_name in ("content_disposition", "content_type"):
            content_type = _header(part, header_name).get("ContentType") or {}
            for attribute in content_type.get("attributes") or []:
                if attribute["name"] in ("filename", "name"):
                    names.append(attribute["value"])
    return {
        "subject": subject,
        "from": addresses[0].get("address") if addresses else None,
        "texts": texts,
        "names": names,
    }


def _stalwart_cases() -> list[tuple[str, bool]]:
    cases = []
    for eml in sorted(STALWART.glob("*/*.eml")):
        relative = eml.relative_to(STALWART).as_posix()
        cases += [(relative, False), (relative, True)]
    return cases or [("<corpus missing>", False)]


def test_corpus_is_present() -> None:
    _require_corpus()
    assert len(_corpus_files()) >= 133


@pytest.mark.parametrize(
    "path",
    _corpus_files() or [CORPUS / "<missing>"],
    ids=lambda p: p.relative_to(CORPUS).as_posix() if p.is_relative_to(CORPUS) else str(p),
)
def test_every_corpus_message_parses(path: Path) -> None:
    _require_corpus()
    raw = path.read_bytes()
    relative = path.relative_to(CORPUS).as_posix()
    try:
        message = parse_email(raw, f"corpus:{relative}", account_id=7)
    except UnparseableMessage as exc:
        assert relative in ALLOWED_UNPARSEABLE, f"{relative}: {exc}"
        return
    assert relative not in ALLOWED_UNPARSEABLE
    assert message.raw is raw
    assert message.channel is Channel.EMAIL and message.handle_kind is HandleKind.EMAIL
    assert message.account_id == 7
    for attachment in message.attachments:
        assert attachment.filename == safe_filename(attachment.filename)
    assert "<script" not in message.body_html.lower()
    assert message.sender_address == message.sender_address.lower()
    _assert_storable(message)


def _assert_storable(message: IncomingMessage) -> None:
    """Every text field must be valid Unicode: SQLite rejects lone surrogates."""
    texts = [v for v in vars_of(message) if isinstance(v, str)]
    texts += [*message.references, *message.recipients, *message.cc, *message.reply_to]
    texts += [*message.parse_defects]
    for attachment in message.attachments:
        texts += [attachment.filename, attachment.content_type, attachment.content_id or ""]
    for text in texts:
        text.encode("utf-8")


def vars_of(message: IncomingMessage) -> list[object]:
    return [getattr(message, field.name) for field in dataclasses.fields(message)]


@pytest.mark.parametrize(
    ("relative", "crlf"),
    _stalwart_cases(),
    ids=lambda value: value if isinstance(value, str) else ("crlf" if value else "lf"),
)
def test_stalwart_corpus_matches_mail_parser(relative: str, crlf: bool) -> None:
    _require_corpus()
    eml = STALWART / relative
    raw = eml.read_bytes()
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    spec = json.loads(eml.with_suffix(".crlf.json" if crlf else ".json").read_text("utf-8"))
    expected = _expected(spec)
    message = parse_email(raw, relative)

    differences: dict[str, str] = {}
    if expected["subject"] is not None and message.subject != expected["subject"]:
        differences["subject"] = f"{expected['subject']!r} != {message.subject!r}"
    if expected["from"] and expected["from"].lower() != message.sender_address:
        differences["from"] = f"{expected['from']!r} != {message.sender_address!r}"
    body = _normalize(message.body_text)
    missing = [t for t in expected["texts"] if _normalize(t) not in body]
    if missing:
        differences["text"] = f"{_normalize(missing[0])[:80]!r} not in {body[:80]!r}"
    ours = {a.filename for a in message.attachments}
    lost = [name for name in expected["names"] if safe_filename(name) not in ours]
    if lost:
        differences["names"] = f"{lost} not in {sorted(ours)}"

    for field in ("subject", "from", "text", "names"):
        documented = DOCUMENTED_DIFFERENCES.get((relative, field)) or (
            DOCUMENTED_DIFFERENCES.get((f"{relative}#crlf", field)) if crlf else None
        )
        if documented:
            assert field in differences, f"{relative} now matches on {field}: drop the exception"
        else:
            assert field not in differences, f"{relative} {field}: {differences.get(field)}"


# ---------------------------------------------------------------- crafted messages


def _mail(headers: str, body: bytes = b"Hello\n", *, ctype: str = "") -> bytes:
    head = "From: Client <Client@Example.org>\nTo: shop@example.com\nSubject: Test\n" + headers
    if ctype:
        head += f"Content-Type: {ctype}\n"
    return head.encode("utf-8") + b"\n" + body


def test_plain_fields() -> None:
    raw = (
        b"From: =?utf-8?q?Ren=C3=A9e_Dupont?= <Renee@Example.ORG>\n"
        b"To: Shop <Shop@Example.com>, other@example.com\n"
        b"Cc: cc@example.com\nReply-To: <Replies@Example.org>\n"
        b"Subject: Hello\n\tworld\n"
        b"Date: Tue, 07 Apr 2026 12:00:00 +0200\n"
        b"Message-ID: <abc@example.org>\nIn-Reply-To: <prev@example.com> (comment)\n"
        b"References: <first@example.com>\n <prev@example.com>\n"
        b"\nBonjour, je voudrais savoir o\xc3\xb9 en est ma commande. Merci\n"
    )
    message = parse_email(raw, "acct/INBOX/1/42", account_id=3)
    assert message.provider_key == "acct/INBOX/1/42"
    assert (message.sender_name, message.sender_address) == ("Renée Dupont", "renee@example.org")
    assert message.recipients == ["shop@example.com", "other@example.com"]
    assert message.cc == ["cc@example.com"] and message.reply_to == ["replies@example.org"]
    assert message.subject == "Hello world"
    assert message.sent_at == 1775556000.0  # 2026-04-07T10:00:00Z
    assert message.message_id == "abc@example.org"
    assert message.in_reply_to == "prev@example.com"
    assert message.references == ["first@example.com", "prev@example.com"]
    assert message.body_text.startswith("Bonjour, je voudrais savoir où")
    assert message.language == "fr" and message.automated_reason == ""
    assert message.raw == raw and message.parse_defects == []


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("Tue, 07 Apr 2026 10:00:00 +0000", 1775556000.0),
        ("7 Apr 2026 10:00:00", 1775556000.0),  # no zone: read as UTC, never local time
        ("Tue, 07 Apr 2026 05:00:00 -0500 (EST)", 1775556000.0),
        ("not a date", None),
        ("", None),
    ],
)
def test_dates(date: str, expected: float | None) -> None:
    message = parse_email(_mail(f"Date: {date}\n" if date else ""), "k")
    assert message.sent_at == expected


@pytest.mark.parametrize(
    ("raw_subject", "expected"),
    [
        (b"=?UTF-8?B?44GT44KT44Gr44Gh44Gv?=", "こんにちは"),
        (b"=?iso-8859-1?q?caf=E9?= au lait", "café au lait"),
        (b"=?windows-1252?Q?=80_price?=", "€ price"),
        (b"Re: =?utf-8?q?caf=C3=A9?= =?utf-8?q?_cr=C3=A8me?= now", "Re: café crème now"),
        (b"=?utf-8?b?w6k=?=\n =?utf-8?b?w6k=?=", "éé"),  # folded adjacent words join
        (b"=?utf-8?q?=C3?= =?utf-8?q?=A9t=C3=A9?=", "été"),  # a character split in two words
        (b"prefix=?utf-8?q?=C3=A9?=suffix", "prefixésuffix"),  # not delimited by spaces
        (b"=?UTF-7?Q?Hi_+AOk-?=", "Hi é"),
        (b"=?x-unknown-charset?q?abc?=", "abc"),
        (b"=?utf-7?q?+2D0-x?=", "\ufffdx"),  # a lone surrogate is not storable text
        (b"=?utf-8?b?w6k?=", "é"),  # base64 missing its padding
        (b"caf\xc3\xa9 raw utf-8", "café raw utf-8"),
        (b"caf\xe9 raw latin-1", "café raw latin-1"),
        (b"=?utf-8?q?broken", "=?utf-8?q?broken"),
    ],
)
def test_subject_decoding(raw_subject: bytes, expected: str) -> None:
    raw = b"From: a@example.org\nSubject: " + raw_subject + b"\n\nbody\n"
    assert parse_email(raw, "k").subject == expected


@pytest.mark.parametrize(
    ("charset", "payload", "expected"),
    [
        ("windows-1256", "مرحبا، أين طلبي؟ شكرا جزيلا".encode("cp1256"), "مرحبا، أين طلبي؟"),
        ("iso-8859-6", "مرحبا، أين طلبي؟ شكرا جزيلا".encode("iso-8859-6"), "مرحبا، أين طلبي؟"),
        ("iso-8859-15", "Total : 20 € TTC".encode("iso-8859-15"), "20 € TTC"),
        ("us-ascii", "déclaré ascii, écrit en UTF-8".encode(), "déclaré ascii"),
        ("iso-8859-1", "déclaré latin-1, écrit en UTF-8".encode(), "déclaré latin-1"),
        (
            "utf-8",
            "déclaré UTF-8, écrit en cp1252 avec des accents é è à".encode("cp1252"),
            "déclaré",
        ),
        ("x-no-such-charset", "inconnu mais UTF-8 : é".encode(), "inconnu mais UTF-8 : é"),
        ('"UTF-8"', "guillemets é".encode(), "guillemets é"),
        ("euc-jp", "日本語のテキスト".encode("euc-jp"), "日本語のテキスト"),
        ("utf-16le", "Texte UTF-16 é".encode("utf-16-le"), "Texte UTF-16 é"),
        ("utf-16be", "Texte UTF-16 é".encode("utf-16-be"), "Texte UTF-16 é"),
    ],
)
def test_body_charsets(charset: str, payload: bytes, expected: str) -> None:
    body = base64.encodebytes(payload)
    raw = _mail("Content-Transfer-Encoding: base64\n", body, ctype=f"text/plain; charset={charset}")
    message = parse_email(raw, "k")
    assert expected in message.body_text


def test_mislabeled_charset_is_a_defect_not_an_error() -> None:
    raw = _mail("", "écrit en UTF-8".encode(), ctype="text/plain; charset=iso-8859-1")
    message = parse_email(raw, "k")
    assert message.body_text == "écrit en UTF-8"
    assert any("UTF-8" in defect for defect in message.parse_defects)


def test_decode_bytes_never_raises() -> None:
    assert decode_bytes(b"\xff\xfe\x00garbage\x81", "utf-8")
    assert decode_bytes(b"abc", "rot13") == "abc"  # not a text codec: ignored
    assert decode_bytes("é".encode(), "bogus\x00name") == "é"
    assert decode_header_value("=?utf-8?b?###?=") == ""


def test_arabic_windows_1256_language() -> None:
    text = "السلام عليكم، أريد أن أعرف متى يصل طلبي رقم 1234. شكرا"
    raw = _mail("", text.encode("cp1256"), ctype="text/plain; charset=windows-1256")
    message = parse_email(raw, "k")
    assert message.body_text.strip() == text and message.language == "ar"


def test_attachment_filenames() -> None:
    boundary = "XYZ"
    parts = [
        ("text/plain; charset=utf-8", "", b"See attached"),
        (
            "application/pdf",
            "attachment;\n filename*0*=UTF-8''Facture%20n%C2%B0%2012;\n filename*1*=%20%E2%82%AC.pdf",
            b"%PDF-1.4",
        ),
        ("application/octet-stream", 'attachment; filename="invoice\u202egnp.exe"', b"MZ"),
        ("text/plain", 'attachment; filename="../../etc/passwd"', b"root"),
        ("text/plain", 'attachment; filename="=?utf-8?q?r=C3=A9sum=C3=A9.txt?="', b"cv"),
        ("text/plain", 'attachment; filename="CON.txt"', b"x"),
        ('application/pdf; name="only-in-content-type.pdf"', "attachment", b"%PDF"),
    ]
    chunks = []
    for ctype, disposition, payload in parts:
        head = f"Content-Type: {ctype}\n"
        if disposition:
            head += f"Content-Disposition: {disposition}\n"
        chunks.append(f"--{boundary}\n{head}\n".encode() + payload + b"\n")
    raw = _mail(
        "MIME-Version: 1.0\n",
        b"".join(chunks) + f"--{boundary}--\n".encode(),
        ctype=f'multipart/mixed; boundary="{boundary}"',
    )
    message = parse_email(raw, "k")
    assert message.body_text == "See attached"
    names = [a.filename for a in message.attachments]
    assert names == [
        "Facture n° 12 €.pdf",
        "invoicegnp.exe",
        "passwd",
        "résumé.txt",
        "_CON.txt",
        "only-in-content-type.pdf",
    ]
    assert message.attachments[0].data == b"%PDF-1.4"
    assert message.attachments[0].content_type == "application/pdf"


def test_latin1_and_utf8_raw_filenames() -> None:
    for encoded in ("Liste_äöü.txt".encode("latin-1"), "Liste_äöü.txt".encode()):
        raw = (
            b"From: a@example.org\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
            b'Content-Type: text/plain\nContent-Disposition: attachment; filename="'
            + encoded
            + b'"\n\ndata\n--b--\n'
        )
        assert [a.filename for a in parse_email(raw, "k").attachments] == ["Liste_äöü.txt"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("report.pdf", "report.pdf"),
        ("../../../etc/passwd", "passwd"),
        ("..\\..\\windows\\system32\\evil.dll", "evil.dll"),
        ("C:\\Users\\x\\file.txt", "file.txt"),
        ("photo\u202egpj.exe", "photogpj.exe"),
        ("a\u2066b\u2069c\u200fd.txt", "abcd.txt"),
        ("bell\x07and\x00nul.txt", "bellandnul.txt"),
        ("nul", "_nul"),
        ("LPT1.log", "_LPT1.log"),
        ('what?*<>|":.txt', "what_______.txt"),
        ("  .hidden.  ", "hidden"),
        ("..", "attachment"),
        ("", "attachment"),
        ("/", "attachment"),
        ("e\u0301te\u0301.txt", "été.txt"),
        ("ملف.pdf", "ملف.pdf"),
    ],
)
def test_safe_filename(name: str, expected: str) -> None:
    assert safe_filename(name) == expected


def test_safe_filename_caps_length_and_keeps_extension() -> None:
    name = safe_filename("é" * 300 + ".pdf")
    assert name.endswith(".pdf") and len(name.encode("utf-8")) <= 200


def _html_mail(html: str) -> bytes:
    return _mail("", html.encode(), ctype="text/html; charset=utf-8")


def test_html_only_body_is_sanitized_and_converted() -> None:
    html = (
        "<html><head><style>p{color:red}</style><script>steal()</script></head>"
        '<body onload="x()"><p>Hello <b>there</b></p>'
        '<img src="https://tracker.example/pixel.gif" width="1">'
        '<img src="cid:logo@shop">'
        '<a href="javascript:alert(1)">js</a> <a href="https://shop.example/o/1">your order</a>'
        '<form action="https://evil.example"><input name="password"></form>'
        '<iframe src="https://evil.example"></iframe>'
        '<div style="background:url(https://tracker.example/bg.png)">styled</div></body></html>'
    )
    message = parse_email(_html_mail(html), "k")
    safe = message.body_html
    for banned in ("<script", "steal", "onload", "<form", "<input", "<iframe", "javascript:"):
        assert banned not in safe
    assert "tracker.example" not in safe.replace('data-blocked-src="https://tracker', "")
    assert 'data-blocked-src="https://tracker.example/pixel.gif"' in safe
    assert 'src="cid:logo@shop"' in safe
    assert message.body_text.startswith("Hello there")
    assert "your order <https://shop.example/o/1>" in message.body_text


def test_alternative_prefers_plain_text_and_keeps_html() -> None:
    raw = _mail(
        "",
        b"--b\nContent-Type: text/plain\n\nPlain version\n"
        b"--b\nContent-Type: text/html\n\n<p>HTML <i>version</i></p>\n--b--\n",
        ctype="multipart/alternative; boundary=b",
    )
    message = parse_email(raw, "k")
    assert message.body_text == "Plain version"
    assert message.body_html == "<p>HTML <i>version</i></p>"


def test_related_html_with_inline_image() -> None:
    png = base64.encodebytes(b"\x89PNG fake").decode()
    raw = _mail(
        "",
        (
            '--r\nContent-Type: text/html\n\n<p>Logo:</p><img src="cid:logo">\n'
            f"--r\nContent-Type: image/png\nContent-ID: <logo>\nContent-Transfer-Encoding: base64\n\n"
            f"{png}--r--\n"
        ).encode(),
        ctype="multipart/related; boundary=r",
    )
    message = parse_email(raw, "k")
    (image,) = message.attachments
    assert (image.content_id, image.inline, image.data) == ("logo", True, b"\x89PNG fake")
    assert image.filename == "attachment.png"


def test_forwarded_message_becomes_eml_attachment_with_exact_bytes() -> None:
    inner = b"From: x@example.org\nSubject: Original question\n\nInner body\n"
    raw = _mail(
        "",
        b"--b\nContent-Type: text/plain\n\nSee below\n--b\nContent-Type: message/rfc822\n\n"
        + inner
        + b"--b--\n",
        ctype="multipart/mixed; boundary=b",
    )
    message = parse_email(raw, "k")
    assert message.body_text == "See below"  # the inner body is not merged
    (attached,) = message.attachments
    assert attached.filename == "Original question.eml"
    assert attached.content_type == "message/rfc822"
    assert attached.data == inner.rstrip(b"\n")


def test_base64_forwarded_message_is_decoded() -> None:
    inner = b"From: x@example.org\nSubject: Encoded\n\nInner\n"
    raw = _mail(
        "",
        b"--b\nContent-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(inner)
        + b"--b--\n",
        ctype="multipart/mixed; boundary=b",
    )
    (attached,) = parse_email(raw, "k").attachments
    assert attached.data == inner and attached.filename == "Encoded.eml"


def test_uuencoded_body_is_lifted_into_attachment() -> None:
    encoded = "begin 644 hello.txt\n" + "%:&5L;&\\`\n`\nend\n"
    raw = _mail("", f"Here it is:\n{encoded}Bye\n".encode())
    message = parse_email(raw, "k")
    (attached,) = message.attachments
    assert attached.filename == "hello.txt" and attached.data == b"hello"
    assert "begin 644" not in message.body_text and "Bye" in message.body_text


def test_automated_and_language_are_filled() -> None:
    raw = _mail(
        "List-Id: <news.example.org>\n",
        b"Hello, this is the weekly newsletter with all the news from our shop.\n",
    )
    message = parse_email(raw, "k")
    assert message.automated_reason == "mailing list (list-id)"
    assert message.language == "en"


def test_bounce_is_automated() -> None:
    raw = (
        b"From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\nSubject: Undelivered\n"
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=r\n\n"
        b"--r\nContent-Type: text/plain\n\nDelivery failed.\n"
        b"--r\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.com\n\n"
        b"Final-Recipient: rfc822; nobody@example.org\nAction: failed\n--r--\n"
    )
    message = parse_email(raw, "k")
    assert message.automated_reason == "bounce (delivery status report)"
    assert message.body_text == "Delivery failed."
    (status,) = message.attachments
    assert status.content_type == "message/delivery-status" and b"Action: failed" in status.data


def test_unparseable_only_when_nothing_usable() -> None:
    with pytest.raises(UnparseableMessage, match=r"empty\.$"):
        parse_email(b"", "k")
    with pytest.raises(UnparseableMessage):
        parse_email(b" \r\n\r\n", "k")
    with pytest.raises(UnparseableMessage, match="binary"):
        parse_email(bytes(range(256)) * 8, "k")
    headerless = parse_email(b"Just some words, no headers at all.\n", "k")
    assert headerless.body_text == "Just some words, no headers at all."
    assert "no sender address" in headerless.parse_defects


def test_odd_structures_do_not_raise() -> None:
    cases = [
        _mail("", b"no boundary given", ctype="multipart/mixed"),
        _mail(
            "",
            b"--b\nContent-Type: text/plain\n\nunterminated",
            ctype="multipart/mixed; boundary=b",
        ),
        _mail("Content-Transfer-Encoding: base64\n", b"!!!not base64!!!"),
        _mail("Content-Transfer-Encoding: x-unknown\n", b"text"),
        _mail("", b"x", ctype="text/plain; charset*=''"),
        _mail("", b"x", ctype="text/plain; name*0*=bogus''%FF; name*1=\"x\""),
        b"From: \nTo: ,,,\nDate: 99 Foo 99999 99:99:99\n\nbody\n",
        b"From: <>\nContent-Type: multipart/mixed; boundary=a\n\n" + b"--a\n" * 2000,
    ]
    nested = b"body\n"
    for level in range(60):  # deeper than any real message
        nested = (
            f"Content-Type: multipart/mixed; boundary=b{level}\n\n--b{level}\n".encode()
            + nested
            + f"\n--b{level}--\n".encode()
        )
    cases.append(b"From: a@example.org\n" + nested)
    for raw in cases:
        message = parse_email(raw, "k")
        assert message.raw == raw


def test_part_that_fails_to_decode_is_kept_as_attachment(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(html: str) -> str:
        raise RuntimeError("sanitizer crashed")

    monkeypatch.setattr("agent_assist.channels.email.mime.sanitize_html", broken)
    message = parse_email(_html_mail("<p>Important</p>"), "k")
    (kept,) = message.attachments
    assert kept.content_type == "text/html" and kept.data == b"<p>Important</p>"
    assert "part text/html kept undecoded: RuntimeError" in message.parse_defects


def test_hostile_nesting_is_unparseable_not_a_crash() -> None:
    nested = b"body\n"
    for level in range(3000):
        nested = (
            f"Content-Type: multipart/mixed; boundary=b{level}\n\n--b{level}\n".encode()
            + nested
            + f"\n--b{level}--\n".encode()
        )
    with pytest.raises(UnparseableMessage, match="nested too deeply"):
        parse_email(b"From: a@example.org\n" + nested, "k")


def test_raw_8bit_identifiers_are_decoded_for_storage() -> None:
    raw = (
        b"From: a@example.org\nMessage-ID: <caf\xe9@example.org>\nPrecedence: b\xfclk\n"
        b"References: <\xff@x>\nContent-Type: multipart/mixed; boundary=b\n\n"
        b"--b\nContent-Type: image/p\xe9g\nContent-ID: <\xe9>\n\ndata\n--b--\n"
    )
    message = parse_email(raw, "k")
    _assert_storable(message)
    assert message.message_id == "café@example.org"


def test_sanitize_html_edge_cases() -> None:
    html = (
        '<a href=" data:text/html,<script>x</script>">a</a>'
        '<img alt="a>b" src=" https://t.example/x.gif">'
        '<img src="HTTP://T.EXAMPLE/Y.GIF"><img src="data:image/png;base64,AAAA">'
        '<img src="images/relative.png"><p>text src="x-blocked:kept as text"</p>'
        '<img src="x-blocked:forged">'
    )
    safe = sanitize_html(html)
    assert "href" not in safe
    assert safe.count("data-blocked-src=") == 2 and ' src="http' not in safe.lower()
    assert 'src="data:image/png;base64,AAAA"' in safe
    assert "relative.png" not in safe and "forged" not in safe
    assert 'text src="x-blocked:kept as text"' in safe
