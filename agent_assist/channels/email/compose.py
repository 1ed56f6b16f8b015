"""Building the exact bytes of an outgoing email reply (frozen before sending)."""

from __future__ import annotations

import html
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr, make_msgid

RTL_LANGUAGES = {"ar", "he", "fa", "ur"}


def reply_subject(subject: str) -> str:
    s = subject.strip()
    return s if s.lower().startswith("re:") else f"Re: {s}" if s else "Re:"


def new_message_id(domain: str) -> str:
    """A Message-ID without angle brackets, unique and fixed before sending."""
    return make_msgid(domain=domain or "agent-assist.invalid").strip("<>")


def build_reply(
    *,
    from_name: str,
    from_address: str,
    to: Sequence[str],
    subject: str,
    text: str,
    language: str = "",
    in_reply_to: str = "",
    references: Sequence[str] = (),
    message_id: str = "",
    date: float | None = None,
    cc: Sequence[str] = (),
    extra_headers: Sequence[tuple[str, str]] = (),
) -> tuple[bytes, str]:
    """Return (payload bytes, Message-ID) for a plain + HTML reply.

    The Date and Message-ID are fixed here so a retry resends byte-identical mail that
    the customer's client (and our own dedup) recognises as the same message.
    """
    domain = from_address.rpartition("@")[2] or "agent-assist.invalid"
    message_id = message_id or new_message_id(domain)
    msg = EmailMessage(policy=SMTP)
    msg["From"] = formataddr((from_name, from_address)) if from_name else from_address
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime.fromtimestamp(time.time() if date is None else date, tz=UTC)
    )
    msg["Message-ID"] = f"<{message_id}>"
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
    refs = [r for r in references if r]
    if in_reply_to and in_reply_to not in refs:
        refs.append(in_reply_to)
    if refs:
        msg["References"] = " ".join(f"<{r}>" for r in refs[-20:])
    for name, value in extra_headers:
        msg[name] = value
    msg.set_content(text, charset="utf-8")
    if language:  # after set_content, which clears Content-* headers
        msg["Content-Language"] = language
    direction = "rtl" if language in RTL_LANGUAGES else "ltr"
    paragraphs = "".join(
        f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")
    )
    msg.add_alternative(
        f'<!DOCTYPE html><html lang="{html.escape(language or "en")}" dir="{direction}">'
        f'<head><meta charset="utf-8"></head><body dir="{direction}">{paragraphs}</body></html>',
        subtype="html",
        charset="utf-8",
    )
    return msg.as_bytes(), message_id
