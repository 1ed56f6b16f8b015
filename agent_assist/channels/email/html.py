"""Sanitize email HTML with nh3 (remote content blocked) and turn HTML into plain text."""

from __future__ import annotations

import functools
import html as _stdlib_html
import re
from collections.abc import Callable
from typing import Any, cast

import nh3

__all__ = ["BLOCKED_SRC_ATTRIBUTE", "html_to_text", "sanitize_html"]

#: Attribute that keeps the URL of a remote image whose ``src`` was removed, so the UI can
#: offer "load remote images" without the sanitized HTML ever fetching anything by itself.
BLOCKED_SRC_ATTRIBUTE = "data-blocked-src"

_TAGS = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "center", "cite",
        "code", "col", "colgroup", "dd", "del", "div", "dl", "dt", "em", "font", "h1", "h2",
        "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p",
        "pre", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "tt", "u", "ul", "wbr",
    }
)  # fmt: skip

# Elements removed together with their content (the rest of unknown tags keep their text).
_DROP_WITH_CONTENT = frozenset(
    {"script", "style", "head", "title", "noscript", "template", "iframe", "object", "form",
     "select", "textarea", "button", "svg", "math", "embed", "applet"}
)  # fmt: skip

_COMMON_ATTRS = {"style", "dir", "lang", "title", "align", "valign", "width", "height"}
_ATTRIBUTES: dict[str, set[str]] = {
    "*": _COMMON_ATTRS,
    "a": {"href", "name"},
    "img": {"src", "alt", "border"},
    "font": {"color", "face", "size"},
    "table": {"border", "cellpadding", "cellspacing", "bgcolor"},
    "td": {"colspan", "rowspan", "bgcolor", "nowrap"},
    "th": {"colspan", "rowspan", "bgcolor", "nowrap"},
    "tr": {"bgcolor"},
    "ol": {"start", "type"},
    "blockquote": {"cite", "type"},
}

# Only properties that cannot reference a URL: no background, list-style-image, content…
_STYLE_PROPERTIES = frozenset(
    {
        "color", "background-color", "font", "font-family", "font-size", "font-style",
        "font-weight", "text-align", "text-decoration", "text-indent", "text-transform",
        "line-height", "letter-spacing", "white-space", "vertical-align", "direction",
        "margin", "margin-top", "margin-bottom", "margin-left", "margin-right", "padding",
        "padding-top", "padding-bottom", "padding-left", "padding-right", "border",
        "border-top", "border-bottom", "border-left", "border-right", "border-color",
        "border-style", "border-width", "border-collapse", "width", "height", "max-width",
        "min-width", "display",
    }
)  # fmt: skip

_URL_SCHEMES = frozenset({"http", "https", "mailto", "tel", "cid", "data"})

# An unforgeable marker: nh3 checks URL schemes before calling the attribute filter, so an
# input ``src="x-blocked:…"`` is already gone by the time the filter adds this prefix.
_MARK = "x-blocked:"
_MARKED_SRC = re.compile(r'(<img\b[^>]*?\s)src="' + re.escape(_MARK))
# Browsers ignore leading C0 controls and spaces in URLs, so schemes are judged without them.
_URL_JUNK = "".join(map(chr, range(33)))


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Decide per attribute; runs after nh3's own URL-scheme check."""
    if attribute == "src":
        low = value.lstrip(_URL_JUNK)[:11].lower()
        if low.startswith(("http:", "https:", "//")):
            return _MARK + value  # renamed to data-blocked-src after cleaning
        if low.startswith("cid:") or low.startswith("data:image/"):
            return value
        return None  # relative or other schemes: nothing we could show safely
    if attribute == "href" and value.lstrip(_URL_JUNK)[:5].lower() == "data:":
        return None  # data: documents in links are a phishing vector
    if attribute == "style" and "url(" in value.lower():
        return None
    return value


def _make_cleaner() -> Callable[[str], str]:
    options: dict[str, Any] = {
        "tags": set(_TAGS),
        "clean_content_tags": set(_DROP_WITH_CONTENT),
        "attributes": _ATTRIBUTES,
        "attribute_filter": _filter_attribute,
        "url_schemes": set(_URL_SCHEMES),
        "filter_style_properties": set(_STYLE_PROPERTIES),
        "strip_comments": True,
    }
    if hasattr(nh3, "Cleaner"):  # nh3 >= 0.3: built once, a third faster per message
        return cast("Callable[[str], str]", nh3.Cleaner(**options).clean)
    return functools.partial(nh3.clean, **options)


_clean = _make_cleaner()


def sanitize_html(html: str) -> str:
    """Return HTML safe to display: no scripts, forms, event handlers or remote loads."""
    if not html.strip():
        return ""
    cleaned = _clean(html)
    if _MARK in cleaned:
        cleaned = _MARKED_SRC.sub(rf'\1{BLOCKED_SRC_ATTRIBUTE}="', cleaned)
    return cleaned


# nh3 serializes canonically (double-quoted attributes, ``>`` escaped inside values), so a
# regular expression tokenizes its output exactly; it is not meant for arbitrary HTML.
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>")
_HREF = re.compile(r'\shref="([^"]*)"')
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*){2,}")
_BLOCK = frozenset(
    {"p", "div", "table", "tr", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
     "dl", "dt", "dd", "pre", "center", "hr", "caption", "tbody", "thead", "tfoot"}
)  # fmt: skip


def html_to_text(html: str) -> str:
    """Plain-text rendering of (sanitized) HTML: paragraphs, line breaks, lists, link URLs."""
    out: list[str] = []
    pos = 0
    link_href = ""
    link_start = 0
    in_pre = False
    for match in _TAG.finditer(html):
        if match.start() > pos:
            chunk = html[pos : match.start()]
            out.append(chunk if in_pre else _SPACES.sub(" ", chunk))
        pos = match.end()
        closing, name, attrs = match.group(1), match.group(2).lower(), match.group(3)
        if name == "pre":
            in_pre = not closing
        if name == "br":
            out.append("\n")
        elif name == "li" and not closing:
            out.append("\n- ")
        elif name in ("td", "th") and closing:
            out.append("\t")
        elif name in _BLOCK:
            out.append("\n\n" if name in ("p", "blockquote") or name[0] == "h" else "\n")
        elif name == "a":
            if not closing:
                found = _HREF.search(attrs)
                link_href = _stdlib_html.unescape(found.group(1)) if found else ""
                link_start = len(out)
            elif link_href.startswith(("http:", "https:")):
                label = "".join(out[link_start:]).strip()
                # Show the target only when the label hides it: agents must see real URLs.
                if label and link_href.rstrip("/") not in label:
                    out.append(f" <{link_href}>")
                link_href = ""
    out.append(_SPACES.sub(" ", html[pos:]))
    text = _stdlib_html.unescape("".join(out)).replace("\u00a0", " ")
    lines = [line.strip(" ") for line in text.split("\n")]
    text = "\n".join(lines)
    return _BLANK_LINES.sub("\n\n", text).strip()
