"""Setting big base64 attachment bodies aside before MIME parsing, to parse 5-10x faster.

The stdlib feed parser walks a message line by line, so a 100 kB base64 photo costs it
~2,000 Python-level iterations while the text a person reads is a few lines. Here the
MIME structure is found with ``bytes.find`` (C speed); each big, cleanly encoded base64
leaf of a non-text type gets a tiny placeholder body, and its decoded bytes are kept to be
put back into the parsed attachment. Anything unusual (bare CR line ends, RFC 2231
boundaries, a missing closing boundary, unclean base64, headerless parts) leaves that part
(or the whole message) to the normal parser: the result must equal ``parse_email``'s.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import re
import secrets
from dataclasses import dataclass, field

#: A base64 body smaller than this is cheaper to parse than to set aside.
MIN_BODY = 2048
MAX_DEPTH = 8
_STUB_TYPES = (b"application/", b"image/", b"audio/", b"video/", b"font/", b"model/")
_HEADER_LINE = re.compile(rb"[!-9;-~]+[ \t]*:|[ \t]")
_BARE_CR = re.compile(rb"\r(?!\n)")
_BOUNDARY = re.compile(rb"""boundary\s*=\s*(?:"([^"]*)"|([^\s;"]+))""", re.IGNORECASE)


@dataclass
class Stubbed:
    """The light message to parse, and the real bodies behind its placeholders."""

    light: bytes
    bodies: dict[bytes, bytes] = field(default_factory=dict)  # placeholder -> decoded


def set_aside(raw: bytes) -> Stubbed | None:
    """The message with big attachment bodies replaced, or None when nothing is worth it."""
    if len(raw) < 4 * MIN_BODY or _BARE_CR.search(raw):
        return None  # small, or bare CR line ends (the feed parser splits lines on those)
    body = _body_start(raw, 0, len(raw))
    if body is None:
        return None
    boundary = _multipart_boundary(raw[:body])
    if boundary is None:
        return None
    cuts: list[tuple[int, int, bytes]] = []  # (start, end, decoded) of bodies to replace
    _walk(raw, body, len(raw), boundary, cuts, 0)
    if not cuts:
        return None
    nonce = secrets.token_hex(8).encode()
    pieces: list[bytes] = []
    stubbed = Stubbed(b"")
    last = 0
    for index, (start, end, decoded) in enumerate(cuts):
        marker = b"\x00agent-assist-stub:" + nonce + b":" + str(index).encode()
        stubbed.bodies[marker] = decoded
        pieces += [raw[last:start], base64.b64encode(marker)]
        last = end
    pieces.append(raw[last:])
    stubbed.light = b"".join(pieces)
    return stubbed


def _body_start(raw: bytes, start: int, end: int) -> int | None:
    """Index after the blank line ending a clean header block, else None."""
    pos = start
    while pos < end:
        line_end = raw.find(b"\n", pos, end)
        if line_end < 0:
            return None
        line = raw[pos:line_end]
        if line in (b"", b"\r"):
            return line_end + 1
        if not _HEADER_LINE.match(line):
            return None  # a body line among the headers: leave it to the real parser
        pos = line_end + 1
    return None


def _headers(block: bytes) -> dict[bytes, bytes]:
    """Lower-cased name -> first value as compat32 keeps it: leading blanks dropped, folding
    kept, the final line end dropped (so "base64 " is not "base64", as for compat32)."""
    found: dict[bytes, bytes] = {}
    name = b""
    lines: list[bytes] = []
    for line in block.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t") and name:
            lines.append(line)
            continue
        if name:
            found.setdefault(name, b"".join(lines).rstrip(b"\r\n"))
        head, colon, value = line.partition(b":")
        name, lines = (head.strip().lower(), [value.lstrip(b" \t")]) if colon else (b"", [])
    if name:
        found.setdefault(name, b"".join(lines).rstrip(b"\r\n"))
    return found


def _multipart_boundary(block: bytes) -> bytes | None:
    ctype = _headers(block).get(b"content-type", b"")
    if not ctype.lower().startswith(b"multipart/") or b"boundary*" in ctype.lower():
        return None
    found = _BOUNDARY.findall(ctype)
    if len(found) != 1:
        return None
    boundary = (found[0][0] or found[0][1]).rstrip()
    return boundary or None


def _walk(raw: bytes, start: int, end: int, boundary: bytes, cuts: list[tuple[int, int, bytes]],
          depth: int) -> None:
    if depth > MAX_DEPTH:
        return
    delimiters = _delimiters(raw, start, end, b"--" + boundary)
    if not delimiters or not delimiters[-1][2]:
        return  # no closing boundary: the real parser's recovery decides
    for (_a, body_from, closing), (next_at, _b, _c) in itertools.pairwise(delimiters):
        if closing:
            break
        # The line end before a delimiter belongs to the delimiter (RFC 2046).
        part_end = next_at - (2 if raw[next_at - 2:next_at] == b"\r\n" else 1)
        if part_end <= body_from:
            continue
        _part(raw, body_from, part_end, cuts, depth)


def _delimiters(raw: bytes, start: int, end: int, delimiter: bytes) -> list[
        tuple[int, int, bool]]:
    """(line start, next line start, is closing) of each delimiter line, up to the closing."""
    found: list[tuple[int, int, bool]] = []
    pos = start
    while (at := raw.find(delimiter, pos, end)) >= 0:
        pos = at + 1
        if at != start and raw[at - 1:at] != b"\n":
            continue
        line_end = raw.find(b"\n", at, end)
        next_line = end if line_end < 0 else line_end + 1
        rest = raw[at + len(delimiter):next_line].rstrip(b"\r\n")
        closing = rest.startswith(b"--")
        if rest[2 if closing else 0:].strip(b" \t"):
            continue  # "--boundary-x": another boundary that shares a prefix
        found.append((at, next_line, closing))
        if closing:
            break
    return found


def _part(raw: bytes, start: int, end: int, cuts: list[tuple[int, int, bytes]],
          depth: int) -> None:
    body = _body_start(raw, start, end)
    if body is None:
        return
    headers = _headers(raw[start:body])
    ctype = headers.get(b"content-type", b"").split(b";", 1)[0].strip().lower()
    if ctype.startswith(b"multipart/"):
        inner = _multipart_boundary(raw[start:body])
        if inner is not None:
            _walk(raw, body, end, inner, cuts, depth + 1)
        return
    if (end - body < MIN_BODY or not ctype.startswith(_STUB_TYPES)
            or ctype.count(b"/") != 1
            or headers.get(b"content-transfer-encoding", b"").lower() != b"base64"):
        return
    # Exactly what compat32 does: join the lines, then a validating decode; anything it
    # would repair (padding, stray characters) stays with it.
    joined = b"".join(raw[body:end].splitlines())
    if len(joined) % 4:
        return
    try:
        # strict_mode refuses all that b64decode(validate=True) refuses, in C.
        decoded = binascii.a2b_base64(joined, strict_mode=True)
    except (binascii.Error, ValueError):
        return
    cuts.append((body, end, decoded))
