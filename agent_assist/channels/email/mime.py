"""Parse raw email bytes into an IncomingMessage: fast (compat32), tolerant, never lossy."""

from __future__ import annotations

import binascii
import calendar
import codecs
import email
import functools
import mimetypes
import re
import unicodedata
from collections.abc import Iterator, Mapping
from email.message import Message
from email.policy import compat32
from email.utils import getaddresses, parsedate_tz

from agent_assist.channels.email.html import html_to_text, sanitize_html
from agent_assist.core.automated import automated_reason
from agent_assist.core.language import detect_language
from agent_assist.core.models import Channel, HandleKind, IncomingAttachment, IncomingMessage

__all__ = [
    "UnparseableMessage",
    "decode_bytes",
    "decode_header_value",
    "parse_email",
    "safe_filename",
]


class UnparseableMessage(Exception):
    """Raised only when the bytes hold nothing usable as an email (its text is one sentence)."""


class _Message(Message):
    """A compat32 message whose message/rfc822 parts stay unparsed leaves.

    We attach embedded messages as .eml files rather than merging them, so parsing them is
    wasted time, and as leaves their exact bytes (even base64-encoded ones) survive.
    """

    def get_content_maintype(self) -> str:
        maintype = super().get_content_maintype()
        if maintype == "message" and self.get_content_type() in _OPAQUE_MESSAGES:
            return "application"  # the feed parser only recurses into maintype "message"
        return maintype


_OPAQUE_MESSAGES = frozenset({"message/rfc822", "message/global"})
_MAX_DEPTH = 40
_MAX_DEFECTS = 50
# Unicode-unaware encodings that misdeclared UTF-8 usually hides behind.
_OFTEN_MISLABELED = frozenset({"ascii", "latin-1", "iso8859-1", "cp1252", "iso8859-15"})
_NOT_ASCII_COMPATIBLE = ("utf-16", "utf-32", "utf-7")
_CHARSET_ALIASES = {
    "unicode-1-1-utf-7": "utf-7", "x-unicode-2-0-utf-7": "utf-7", "ks_c_5601-1987": "cp949",
    "gb2312": "gb18030", "gbk": "gb18030", "iso-8859-8-i": "iso-8859-8", "x-sjis": "shift_jis",
    "windows-874": "cp874", "x-mac-roman": "mac-roman", "ansi_x3.4-1968": "ascii",
    "x-user-defined": "cp1252",
}  # fmt: skip
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([QqBb])\?([^?]*)\?=")
_ANGLE_ID = re.compile(r"<([^<>]+)>")
_ADDRESS = re.compile(r"[^\s<>\"(),;:]+@[^\s<>\"(),;:]+")
_ADDRESS_SPECIALS = frozenset('"()\\;:[]')
_NAME_ADDR = re.compile(r"\s*(?P<name>[^<>@]*?)\s*<(?P<addr>[^<>\s]+)>\s*$")
_BARE_ADDR = re.compile(r"\s*(?P<addr>[^<>\s]+@[^<>\s]+)\s*$")
_CHARSET_PARAM = re.compile(r";\s*charset\s*=\s*[\"']?([^\"';\s]+)", re.IGNORECASE)
_RAW_NAME_PARAM = re.compile(r'(?:^|;)\s*(?:file)?name\s*=\s*(?:"([^"]*)"|([^;\s]+))', re.I)
_HTML_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset=[\"']?([-\w:.]+)", re.IGNORECASE)
_SUBJECT_LINE = re.compile(r"^subject:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)
_UUENCODED = re.compile(r"^begin [0-7]{3,4} ([^\r\n]+)\r?\n(.*?)^end[ \t]*$", re.M | re.S)
_NAME_TOKEN = re.compile(r"[a-z0-9][a-z0-9_-]*\Z")
_OBSOLETE_FIELD = re.compile(rb"^([\x21-\x39\x3b-\x7e]+)[ \t]+:", re.MULTILINE)
_BAD_NAME_CHARS = re.compile(r'[<>:"|?*\\/]')
_RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)
_KEEP_FORMAT_CHARS = frozenset("\u200c\u200d")  # joiners that Persian and emoji names need
_TEXT_BYTES = bytes(range(9, 14)) + bytes(range(32, 256))
_EXTENSIONS = {
    "message/rfc822": ".eml", "text/plain": ".txt", "image/jpeg": ".jpg",
    "message/delivery-status": ".txt", "message/disposition-notification": ".txt",
}  # fmt: skip


def _unfold(value: str) -> str:
    return _FOLD.sub("", value).replace("\r", " ").replace("\n", " ").replace("\t", " ")


@functools.lru_cache(maxsize=256)
def _codec(charset: str | None) -> str | None:
    """Python codec name for a MIME charset label, or None when unknown or absent."""
    if not charset:
        return None
    label = charset.strip().strip("\"'").lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except (LookupError, ValueError, TypeError):  # unknown, or junk such as a NUL in the name
        return None


def _guess(data: bytes) -> str | None:
    """Best guess by charset-normalizer (optional dependency), None when it has no idea."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - it is a declared dependency
        return None
    best = from_bytes(data[:65536]).best()
    return None if best is None else _codec(best.encoding)


def decode_bytes(data: bytes, charset: str | None, defects: list[str] | None = None) -> str:
    """Decode text in a declared (possibly wrong or unknown) charset; never raises."""
    notes = defects if defects is not None else []
    codec = _codec(charset)
    if data.isascii() and (codec is None or not codec.startswith(_NOT_ASCII_COMPATIBLE)):
        return data.decode("ascii")
    if charset and codec is None:
        notes.append(f"unknown charset {charset.strip()[:40]!r}")
    if codec is not None and codec not in _OFTEN_MISLABELED:
        try:
            text = data.decode(codec)
            if codec == "utf-7":  # it alone decodes to lone surrogates, which SQLite refuses
                text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
            return text
        except (UnicodeDecodeError, LookupError):  # LookupError: not a text codec (rot13…)
            notes.append(f"text is not valid {codec}")
    if codec != "utf-8":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if codec is not None:
                notes.append(f"declared {codec} but the text is UTF-8")
            return text
    if codec in _OFTEN_MISLABELED and codec != "ascii":
        return data.decode(codec, "replace")  # latin-1 family: every byte is a character
    fallback = _guess(data) if len(data) >= 32 else None
    return data.decode(fallback or "cp1252", "replace")


def _raw_header_text(value: str, hint: str | None) -> str:
    """Decode raw 8-bit header bytes (kept as surrogate escapes by compat32)."""
    if value.isascii():
        return value
    try:
        data = value.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:  # real text already (the stdlib decoded it), maybe with escapes
        data = value.encode("utf-8", "surrogateescape")
    # Senders that put raw 8-bit in headers mostly use UTF-8, else the body's charset.
    for codec in ("utf-8", _codec(hint)):
        if codec is not None:
            try:
                return data.decode(codec)
            except (UnicodeDecodeError, LookupError):
                pass
    return data.decode("cp1252", "replace")


def _encoded_word_bytes(kind: str, text: str) -> bytes:
    if kind in "Qq":
        return binascii.a2b_qp(text.encode("ascii", "replace"), header=True)
    clean = re.sub(r"[^A-Za-z0-9+/]", "", text)
    clean = clean[: len(clean) - (len(clean) % 4 == 1)]  # a lone trailing sextet is noise
    return binascii.a2b_base64(clean + "=" * (-len(clean) % 4))


def decode_header_value(value: str, hint: str | None = None) -> str:
    """Unfold and decode a header value: RFC 2047 words (even mid-word), raw 8-bit text."""
    value = _unfold(value)
    if "=?" not in value:
        return _raw_header_text(value, hint).strip()
    out: list[str] = []
    pending: list[bytes] = []
    pending_charset = ""
    pos = 0

    def flush() -> None:
        if pending:
            out.append(decode_bytes(b"".join(pending), pending_charset))
            pending.clear()

    for match in _ENCODED_WORD.finditer(value):
        between = value[pos : match.start()]
        if not (pending and not between.strip()):  # space between encoded words is dropped
            flush()
            out.append(_raw_header_text(between, hint))
        pos = match.end()
        charset = match.group(1).split("*", 1)[0]  # RFC 2231 language suffix
        try:
            data = _encoded_word_bytes(match.group(2), match.group(3))
        except (binascii.Error, ValueError):
            flush()
            out.append(match.group(0))
            continue
        if pending and charset.lower() != pending_charset.lower():
            flush()
        # Joining bytes first mends multibyte characters split across adjacent words.
        pending.append(data)
        pending_charset = charset
    flush()
    out.append(_raw_header_text(value[pos:], hint))
    return "".join(out).strip()


def safe_filename(name: str) -> str:
    """A filename safe on every OS: no path, traversal, controls, bidi tricks or reserved names."""
    name = unicodedata.normalize("NFC", name)
    name = "".join(
        ch for ch in name if unicodedata.category(ch)[0] != "C" or ch in _KEEP_FORMAT_CHARS
    )
    name = re.split(r"[/\\]", name)[-1]  # keep only the last path component
    name = _BAD_NAME_CHARS.sub("_", name).strip(" .")
    if name.split(".", 1)[0].strip().lower() in _RESERVED_NAMES:
        name = "_" + name
    if len(name.encode("utf-8")) > 200:
        stem, dot, ext = name.rpartition(".")
        if not dot or len(ext) > 16:
            stem, ext = name, ""
        budget = 200 - len(ext.encode("utf-8")) - 1
        stem = stem.encode("utf-8")[:budget].decode("utf-8", "ignore").rstrip(" .")
        name = f"{stem}.{ext}" if ext else stem
    return name or "attachment"


def _msg_id(value: str) -> str:
    found = _ANGLE_ID.search(value)
    if found:
        return found.group(1).strip()
    parts = value.split()
    return parts[0] if parts else ""


def _simple_addresses(flat: str) -> list[tuple[str, str]] | None:
    """Fast path for the usual ``Name <a@b>, c@d`` lists; None sends it to the full parser."""
    if any(ch in flat for ch in _ADDRESS_SPECIALS):
        return None
    pairs = []
    for piece in flat.split(","):
        found = _NAME_ADDR.match(piece) or _BARE_ADDR.match(piece)
        if found is None:
            return None if piece.strip() else []
        pairs.append((found.groupdict().get("name") or "", found.group("addr")))
    return pairs


def _addresses(value: str | None, hint: str | None) -> list[tuple[str, str]]:
    if not value:
        return []
    flat = _unfold(value)
    simple = _simple_addresses(flat)
    pairs = [
        (decode_header_value(name, hint), _raw_header_text(addr, hint).strip().lower())
        for name, addr in (simple if simple is not None else getaddresses([flat]))
    ]
    found = [(name, addr) for name, addr in pairs if addr]
    if not any("@" in addr for _, addr in found) and "@" in flat:
        # The stdlib parser gave up on a malformed list; recover the bare addresses.
        found = [("", addr.lower()) for addr in _ADDRESS.findall(_raw_header_text(flat, hint))]
    return found


def _timestamp(value: str | None, defects: list[str]) -> float | None:
    if not value:
        return None
    try:
        parsed = parsedate_tz(_unfold(value))
        if parsed is not None and 1900 <= parsed[0] <= 9999:
            fields = (*parsed[:6], 0, 1, 0)  # a missing zone is treated as UTC, not local
            return float(calendar.timegm(fields) - (parsed[9] or 0))
    except (ValueError, OverflowError, IndexError, TypeError):
        pass
    defects.append("invalid Date header")
    return None


def _header_dict(part: Message) -> dict[str, str]:
    """Lower-cased name -> first raw value; one pass instead of a scan per ``get()``."""
    found: dict[str, str] = {}
    for name, value in part.raw_items():
        found.setdefault(name.strip().lower(), value)
    return found


def _content_type(part: Message, headers: dict[str, str]) -> str:
    """Same answer as ``Message.get_content_type()`` without re-scanning the headers."""
    value = headers.get("content-type")
    if value is None:
        return part.get_default_type()
    ctype = value.split(";", 1)[0].strip().lower()
    return ctype if ctype.count("/") == 1 else "text/plain"  # RFC 2045 rule for junk


def _charset(part: Message, headers: dict[str, str]) -> str | None:
    value = headers.get("content-type", "")
    found = _CHARSET_PARAM.search(value)
    if found:
        return found.group(1).lower()
    return part.get_content_charset() if "*" in value else None  # RFC 2231 form


class _Walker:
    """Collects body texts, HTML and attachments from a MIME tree."""

    def __init__(self, hint: str | None) -> None:
        self.hint = hint
        self.defects: list[str] = []
        self.attachments: list[IncomingAttachment] = []
        self.leaves = 0
        self.body_charset: str | None = None  # the first text part's, to decode raw headers

    def walk(
        self, part: Message, headers: dict[str, str] | None = None, depth: int = 0
    ) -> tuple[list[str | _Html], list[str]]:
        """Return (texts, htmls) of the subtree; HTML-only text is derived lazily."""
        if part.defects:
            self.defects.extend(type(defect).__name__ for defect in part.defects)
        if depth > _MAX_DEPTH:
            self.defects.append("MIME nesting too deep; the rest is only in the raw message")
            return [], []
        headers = _header_dict(part) if headers is None else headers
        ctype = _content_type(part, headers)
        # is_multipart() first: get_payload() on a leaf decodes its whole text for nothing.
        payload = part.get_payload() if part.is_multipart() else None
        if not isinstance(payload, list):
            try:
                return self._leaf(part, headers, ctype)
            except Exception as exc:  # one broken part must not lose the whole message
                self.defects.append(f"part {ctype} kept undecoded: {type(exc).__name__}")
                self._attach(headers, ctype, _raw_payload(part))
                return [], []
        if not ctype.startswith("multipart/"):  # parsed message/* such as delivery-status
            try:
                data = b"\n".join(sub.as_bytes() for sub in payload if isinstance(sub, Message))
            except Exception as exc:  # regeneration is best effort: the raw bytes are kept
                self.defects.append(f"part {ctype} not regenerated: {type(exc).__name__}")
                data = b""
            self._attach(headers, ctype, data, self._filename(part, headers))
            return [], []
        children = [self.walk(sub, None, depth + 1) for sub in payload if isinstance(sub, Message)]
        if ctype == "multipart/alternative" and children:
            plain = [t for t, _ in children if any(not isinstance(x, _Html) for x in t)]
            texts = plain[0] if plain else next((t for t, _ in reversed(children) if t), [])
            htmls = next((h for _, h in reversed(children) if h), [])
            return texts, htmls
        return [t for texts, _ in children for t in texts], [h for _, hs in children for h in hs]

    def _leaf(
        self, part: Message, headers: dict[str, str], ctype: str
    ) -> tuple[list[str | _Html], list[str]]:
        self.leaves += 1
        disposition = headers.get("content-disposition", "").split(";", 1)[0].strip().lower()
        filename = self._filename(part, headers)
        is_text = ctype in ("text/plain", "text/html") or ctype.startswith("multipart/")
        as_body = not filename or (disposition == "inline" and self.leaves == 1)
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            data = b""
        if not (is_text and disposition != "attachment" and as_body):
            self._attach(headers, ctype, data, filename, disposition)
            return [], []
        charset = _charset(part, headers)
        self.body_charset = self.body_charset or charset
        if ctype == "text/html":
            if charset is None and not data.isascii():
                meta = _HTML_META_CHARSET.search(data[:4096])
                charset = meta.group(1).decode("ascii") if meta else None
            html = sanitize_html(decode_bytes(data, charset, self.defects))
            return ([_Html(html)], [html]) if html else ([], [])
        text = decode_bytes(data, charset, self.defects)
        if "\r" in text or "\x00" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
        if "begin " in text:
            text = self._uudecode(text)
        return ([text] if text.strip() else []), []

    def _filename(self, part: Message, headers: dict[str, str]) -> str:
        disposition = headers.get("content-disposition", "")
        ctype = headers.get("content-type", "")
        # get_filename() parses both headers' parameters: only pay when a name can exist.
        if "name" not in disposition.lower() and "name" not in ctype.lower():
            return ""
        if not (disposition.isascii() and ctype.isascii()):
            # Raw 8-bit names: get_filename() would turn every such byte into U+FFFD.
            for value in (disposition, ctype):
                found = _RAW_NAME_PARAM.search(_unfold(value))
                if found:
                    return decode_header_value(found.group(1) or found.group(2), self.hint)
        raw = part.get_filename()
        return decode_header_value(str(raw), self.hint) if raw else ""

    def _attach(
        self,
        headers: dict[str, str],
        ctype: str,
        data: bytes,
        filename: str = "",
        disposition: str = "",
    ) -> None:
        if not filename and ctype in _OPAQUE_MESSAGES:
            found = _SUBJECT_LINE.search(data[:16384].decode("ascii", "surrogateescape"))
            subject = decode_header_value(found.group(1), self.hint) if found else ""
            # A subject is not a path: "34Mbit/s" must not lose everything before the slash.
            filename = re.sub(r"[/\\]", "_", subject[:80] or "message") + ".eml"
        if not filename:
            ext = _EXTENSIONS.get(ctype) or mimetypes.guess_extension(ctype) or ".bin"
            filename = f"attachment{ext}"
        cid = _msg_id(_raw_header_text(_unfold(headers.get("content-id", "")), None)) or None
        self.attachments.append(
            IncomingAttachment(
                filename=safe_filename(filename),
                content_type=_raw_header_text(ctype, None),
                data=data,
                content_id=cid,
                inline=disposition == "inline" or (cid is not None and disposition == ""),
            )
        )

    def _uudecode(self, text: str) -> str:
        """Lift uuencoded blocks out of a plain-text body into attachments."""
        for match in list(_UUENCODED.finditer(text)):
            chunks = []
            for line in match.group(2).splitlines():
                if not line.strip() or line.strip() == "`":
                    continue
                try:
                    chunks.append(binascii.a2b_uu(line))
                except binascii.Error:
                    # Encoders that drop trailing spaces: decode the length the line claims.
                    nbytes = ((ord(line[0]) - 32) & 63) * 4 // 3
                    chunks.append(binascii.a2b_uu(line[:nbytes].ljust(nbytes)))
            self.attachments.append(
                IncomingAttachment(safe_filename(match.group(1).strip()),
                                   "application/octet-stream", b"".join(chunks))
            )  # fmt: skip
            text = text.replace(match.group(0), "")
        return text


def _raw_payload(part: Message) -> bytes:
    """The part's body bytes as transferred (no decoding), for parts we failed to decode."""
    payload = part.get_payload()
    if not isinstance(payload, str):
        return b""
    try:
        return payload.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return payload.encode("utf-8", "surrogateescape")


class _Html(str):
    """Sanitized HTML standing in for body text until we know whether text is needed."""


def _repair_obsolete_headers(raw: bytes) -> bytes | None:
    """Header block with RFC 5322 obsolete "Name :" fields fixed, or None if none found.

    compat32 stops reading headers at such a line and makes everything the body; this only
    runs after that happened, so normal messages pay nothing for it.
    """
    end = min((i for i in (raw.find(b"\n\n"), raw.find(b"\n\r\n")) if i >= 0), default=len(raw))
    head, fixed = _OBSOLETE_FIELD.subn(rb"\1:", raw[:end])
    return head + raw[end:] if fixed else None


class _UnfoldedHeaders(Mapping[str, str]):
    """Read-only view that unfolds a header value only when someone asks for it."""

    def __init__(self, headers: dict[str, str]) -> None:
        self._headers = headers

    def __getitem__(self, name: str) -> str:
        return _raw_header_text(_unfold(self._headers[name]), None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def __len__(self) -> int:
        return len(self._headers)

    def __contains__(self, name: object) -> bool:
        return name in self._headers


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:4096]
    return len(sample.translate(None, _TEXT_BYTES)) > len(sample) // 32  # text has ~none


def parse_email(raw: bytes, provider_key: str, *, account_id: int | None = None) -> IncomingMessage:
    """Parse raw RFC 5322 bytes; tolerable damage becomes ``parse_defects``, not errors."""
    if not raw or raw.isspace():
        raise UnparseableMessage("The message is empty.")
    repaired = None
    try:
        msg = email.message_from_bytes(raw, _class=_Message, policy=compat32)
        if any(type(d).__name__ == "MissingHeaderBodySeparatorDefect" for d in msg.defects):
            repaired = _repair_obsolete_headers(raw)
            if repaired is not None:
                msg = email.message_from_bytes(repaired, _class=_Message, policy=compat32)
    except RecursionError as exc:  # thousands of nested multiparts: hostile, not mail
        raise UnparseableMessage("The message is nested too deeply to be read.") from exc
    except Exception as exc:  # the feed parser is meant never to raise; be sure anyway
        raise UnparseableMessage(f"The email parser failed ({type(exc).__name__}).") from exc
    headers = _header_dict(msg)
    # Random bytes can pass for a header block ("\tjunk" is a continuation line), so judge
    # by whether any header has a plausible name.
    if not any(_NAME_TOKEN.match(name) for name in headers) and _looks_binary(raw):
        raise UnparseableMessage("The data has no email headers and looks like binary content.")
    hint = _charset(msg, headers)
    walker = _Walker(hint)
    if repaired is not None:
        walker.defects.append("obsolete header syntax (space before colon) repaired")
    texts, htmls = walker.walk(msg, headers)
    defects = walker.defects
    hint = hint or walker.body_charset
    senders = _addresses(headers.get("from") or headers.get("sender"), hint)
    if not senders:
        defects.append("no sender address")
    sender_name, sender_address = senders[0] if senders else ("", "")
    subject = decode_header_value(headers.get("subject", ""), hint)
    body_text = "\n\n".join(
        (html_to_text(t) if isinstance(t, _Html) else t).strip("\n") for t in texts
    ).strip("\n")
    # Identifiers are ASCII by the RFCs; raw 8-bit ones are decoded so they can be stored.
    message_id, in_reply_to, references, content_type = (
        _raw_header_text(_unfold(headers.get(name, "")), hint)
        for name in ("message-id", "in-reply-to", "references", "content-type")
    )
    return IncomingMessage(
        provider_key=provider_key,
        channel=Channel.EMAIL,
        sender_address=sender_address,
        sender_name=sender_name,
        handle_kind=HandleKind.EMAIL,
        account_id=account_id,
        subject=subject,
        body_text=body_text,
        body_html="\n".join(htmls),
        sent_at=_timestamp(headers.get("date"), defects),
        message_id=_msg_id(message_id),
        in_reply_to=_msg_id(in_reply_to),
        references=_ANGLE_ID.findall(references) or references.split(),
        recipients=[addr for _, addr in _addresses(headers.get("to"), hint)],
        cc=[addr for _, addr in _addresses(headers.get("cc"), hint)],
        reply_to=[addr for _, addr in _addresses(headers.get("reply-to"), hint)],
        attachments=walker.attachments,
        raw=raw,
        automated_reason=automated_reason(_UnfoldedHeaders(headers), sender_address, content_type),
        language=detect_language(f"{subject}\n{body_text[:2000]}"),
        parse_defects=list(dict.fromkeys(defects))[:_MAX_DEFECTS],
    )
