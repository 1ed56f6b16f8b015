"""A realistic shop mailbox for the sync benchmark: French, English and Arabic customers,
threads with replies, HTML alternatives, about 10 % with an attachment (PDF, JPEG, DOCX).

Deterministic for a given seed; built with string templates (not email.message) so that
generating 20,000 messages takes about a second.
"""

from __future__ import annotations

import base64
import functools
import random
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

FR = [
    ("Où est ma commande {n} ?", "Bonjour, j'ai commandé un vase bleu il y a dix jours et je n'ai "
     "toujours rien reçu. Pouvez-vous me donner le numéro de suivi ? Merci d'avance."),
    ("Vase cassé à la livraison", "Bonjour, le colis est arrivé aujourd'hui mais le vase était "
     "cassé en trois morceaux. Je joins une photo. Que puis-je faire ? Cordialement."),
    ("Demande de remboursement", "Bonjour, la bougie ne correspond pas à la description (odeur "
     "très faible). Je souhaiterais être remboursée. Bien à vous."),
    ("Paquet cadeau possible ?", "Bonjour ! Est-ce que vous faites des paquets cadeaux pour "
     "Noël ? C'est pour ma mère, elle adore vos tasses. Merci beaucoup !"),
]
EN = [
    ("Where is my order {n}?", "Hello, I ordered two candles last week and the tracking page "
     "has not moved since Monday. Could you check with the carrier? Thanks a lot."),
    ("Chipped teapot", "Hi, my teapot arrived with a chipped spout. I attached a picture of the "
     "damage. Would you send a replacement or a refund? Best regards."),
    ("Invoice for my company", "Good morning, could you send me an invoice with our VAT number "
     "for order {n}? Our accountant needs it before the end of the month."),
    ("Wholesale question", "Hello, we run a small café in Bristol and would love to sell your "
     "mugs. Do you offer wholesale prices for orders of fifty pieces or more?"),
]
AR = [
    ("أين طلبي رقم {n}؟", "مرحبا، طلبت مزهرية منذ أسبوعين ولم تصلني بعد. هل يمكنكم إرسال رقم "
     "التتبع؟ شكرا جزيلا."),
    ("استرجاع المبلغ", "السلام عليكم، وصلت الشمعة مكسورة وأرغب في استرجاع المبلغ أو استبدالها. "
     "مع الشكر."),
    ("هل تشحنون إلى المغرب؟", "مرحبا، أحب منتجاتكم كثيرا. هل يمكن الشحن إلى الدار البيضاء وكم "
     "تكلفة الشحن؟"),
]
LANGS = [("fr", FR, ["Léa Martin", "Hugo Bernard", "Chloé Dubois", "Étienne Roux"]),
         ("en", EN, ["Ben Hart", "Olivia Smith", "Jack Taylor", "Amelia Brown"]),
         ("ar", AR, ["عمر الفاسي", "ليلى حداد", "يوسف بنعلي", "سارة منصور"])]
ATTACHMENTS = [("application/pdf", "facture-{n}.pdf", 60_000), ("image/jpeg", "photo-{n}.jpg",
               120_000), ("application/vnd.openxmlformats-officedocument.wordprocessingml."
                          "document", "commande-{n}.docx", 30_000)]
SHOP = "contact@atelier-lumiere.example"


@functools.lru_cache(maxsize=4096)
def _header(value: str) -> str:
    """RFC 2047 encoded words (base64, whole characters, at most 75 characters each)."""
    if value.isascii():
        return value
    words, chunk = [], ""
    for ch in value:
        if len((chunk + ch).encode()) > 45:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    return "\r\n ".join(
        "=?utf-8?b?" + base64.b64encode(w.encode()).decode() + "?=" for w in words)


def _qp_free_body(text: str) -> str:
    # 8bit UTF-8 bodies (as most mailers send today), wrapped like a mail client would.
    return "\r\n".join(textwrap.wrap(text, 76))


def _blob(rng: random.Random, size: int) -> str:
    data = rng.randbytes(size)
    encoded = base64.b64encode(data).decode()
    return "\r\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76))


def generate(count: int, seed: int = 7) -> Iterator[bytes]:
    """``count`` raw messages (CRLF), oldest first, with threads and attachments."""
    rng = random.Random(seed)
    start = datetime(2025, 1, 6, 8, 0, tzinfo=UTC)
    blobs = {kind: _blob(rng, size) for kind, _name, size in ATTACHMENTS}
    # message-id, subject, sender address, sender name, language pool
    threads: list[tuple[str, str, str, str, list[tuple[str, str]]]] = []
    for n in range(count):
        _lang, pool, names = LANGS[n % 3]
        when = start + timedelta(minutes=7 * n)
        if threads and rng.random() < 0.25:  # the customer writes again in the same thread
            parent, subject, address, name, pool = rng.choice(threads[-200:])
            subject = subject if subject.lower().startswith("re:") else f"Re: {subject}"
        else:
            parent = ""
            title, _ = rng.choice(pool)
            subject = title.format(n=10_000 + n)
            name = rng.choice(names)
            address = f"customer{n % 3000}@{['gmail', 'orange', 'yahoo', 'outlook'][n % 4]}.example"
        body = rng.choice(pool)[1].format(n=10_000 + n) + f"\n\n{name}\n"
        message_id = f"<{n}.{seed}@mail.customers.example>"
        headers = [
            f"Return-Path: <{address}>",
            f"Received: from mx{n % 5}.customers.example by mail.atelier-lumiere.example; "
            f"{format_datetime(when)}",
            f"From: {_header(name)} <{address}>",
            f"To: Atelier Lumière <{SHOP}>".replace("Atelier Lumière", _header("Atelier Lumière")),
            f"Subject: {_header(subject)}",
            f"Date: {format_datetime(when)}",
            f"Message-ID: {message_id}",
            "MIME-Version: 1.0",
        ]
        if parent:
            headers += [f"In-Reply-To: {parent}", f"References: {parent}"]
        text = _qp_free_body(body)
        plain = ("Content-Type: text/plain; charset=utf-8\r\n"
                 "Content-Transfer-Encoding: 8bit\r\n\r\n" + text + "\r\n")
        if n % 3 == 1:  # a third of the mail comes with an HTML alternative
            html = "<html><body><p>" + body.replace("\n", "<br>") + "</p></body></html>"
            plain = (f"Content-Type: multipart/alternative; boundary=\"alt-{n}\"\r\n\r\n"
                     f"--alt-{n}\r\n{plain}\r\n--alt-{n}\r\n"
                     "Content-Type: text/html; charset=utf-8\r\n"
                     f"Content-Transfer-Encoding: 8bit\r\n\r\n{html}\r\n--alt-{n}--\r\n"
                     )
        if n % 10 == 3:  # ~10 % with an attachment
            kind, filename, _size = ATTACHMENTS[n % len(ATTACHMENTS)]
            filename = filename.format(n=n)
            content = (f"Content-Type: multipart/mixed; boundary=\"mix-{n}\"\r\n\r\n"
                       f"--mix-{n}\r\n{plain}\r\n--mix-{n}\r\n"
                       f"Content-Type: {kind}; name=\"{filename}\"\r\n"
                       f"Content-Disposition: attachment; filename=\"{filename}\"\r\n"
                       f"Content-Transfer-Encoding: base64\r\n\r\n{blobs[kind]}\r\n--mix-{n}--\r\n"
                       )
        else:
            content = plain
        threads.append((message_id, subject, address, name, pool))
        yield ("\r\n".join(headers) + "\r\n" + content).encode("utf-8")


def single(i: int) -> bytes:
    """A new customer's question (so a new conversation), for push measurements."""
    now = datetime.now(UTC)
    return "\r\n".join([
        f"From: {_header('Nour Haddad')} <push{i}@new-customers.example>",
        f"To: {SHOP}",
        f"Subject: {_header(f'Question urgente n°{i}')}",
        f"Date: {format_datetime(now)}",
        f"Message-ID: <push-{i}-{now.timestamp():.6f}@new-customers.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        f"Bonjour, ma commande {i} n'est pas arrivée. Merci de me répondre vite.",
        "",
    ]).encode("utf-8")
