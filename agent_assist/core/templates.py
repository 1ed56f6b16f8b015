"""Reply templates: the model, sandboxed rendering, fill-in fields and stacking.

Rendering runs Jinja2 in a ``SandboxedEnvironment`` with strict undefined values: a
template that names a value this conversation does not have, uses something unsafe
(``''.__class__``…) or has a syntax error raises :class:`TemplateError` with one sentence
for the agent. ``[[tracking number]]``-style fill-in fields pass through untouched; the
composer highlights them and refuses to send while any remain.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "LANGUAGES",
    "FillIn",
    "Template",
    "TemplateAttachment",
    "TemplateError",
    "TemplateVariant",
    "fill_ins",
    "pick_language",
    "render",
    "stack",
    "unfilled_fields",
]

LANGUAGES = ("fr", "en", "ar")
MAX_SOURCE = 20_000  # characters in one template body
MAX_OUTPUT = 50_000  # characters of rendered text
KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
FILL_IN_RE = re.compile(r"\[\[([^\[\]\n]{1,80})\]\]")
_SPACE_BEFORE_COMMA = re.compile(r"[ \t]+([,،])")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


class TemplateError(ValueError):
    """A template cannot be used; the message is one sentence for the agent."""


@dataclass(frozen=True, slots=True)
class TemplateVariant:
    """A template's text in one language."""

    language: str
    body: str
    subject: str = ""


@dataclass(frozen=True, slots=True)
class TemplateAttachment:
    """A file sent with every reply made from the template (bytes kept by SHA-256)."""

    filename: str
    content_type: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Template:
    """A reply template with per-language variants, triggers and optional attachments."""

    key: str
    names: Mapping[str, str]
    variants: Mapping[str, TemplateVariant]
    category: str = ""
    shortcut: str = ""
    triggers: Mapping[str, Any] = field(default_factory=dict)
    keywords: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    attachments: tuple[TemplateAttachment, ...] = ()
    _languages: tuple[str, ...] = field(init=False, repr=False, compare=False, default=())

    def __post_init__(self) -> None:
        # Computed once: ranking asks for every template's languages on every suggestion.
        ordered = [lang for lang in (*LANGUAGES, *sorted(self.variants))
                   if lang in self.variants and self.variants[lang].body.strip()]
        object.__setattr__(self, "_languages", tuple(dict.fromkeys(ordered)))

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get("en") or next(
            iter(self.names.values()), self.key)

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages with a non-empty text: fr, en, ar first, then any others."""
        return self._languages

    def variant(self, language: str) -> TemplateVariant | None:
        chosen = pick_language(self.languages, language)
        return self.variants.get(chosen) if chosen else None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Template:
        """Validate and build from the JSON layout used by resources and import files."""
        if not isinstance(data, Mapping):
            raise TemplateError("Each template must be a JSON object.")
        key = str(data.get("key", "")).strip().lower()
        if not KEY_RE.match(key):
            raise TemplateError(
                f"The template key {key!r} must be 1–64 lower-case letters, digits, "
                "'-', '_' or '.'.")
        names = data.get("name", {})
        if isinstance(names, str):
            names = {"en": names}
        if not isinstance(names, Mapping) or not any(str(v).strip() for v in names.values()):
            raise TemplateError(f"The template {key!r} has no name.")
        raw_variants = data.get("variants", {})
        if not isinstance(raw_variants, Mapping) or not raw_variants:
            raise TemplateError(f"The template {key!r} has no text in any language.")
        variants: dict[str, TemplateVariant] = {}
        for lang, v in raw_variants.items():
            if not isinstance(v, Mapping) or not isinstance(v.get("body", ""), str):
                raise TemplateError(f"The {lang} text of template {key!r} must have a body.")
            body, subject = str(v.get("body", "")), str(v.get("subject", ""))
            if len(body) > MAX_SOURCE:
                raise TemplateError(f"The {lang} text of template {key!r} is too long.")
            if body.strip():
                variants[str(lang)] = TemplateVariant(str(lang), body, subject)
        if not variants:
            raise TemplateError(f"The template {key!r} has no text in any language.")
        attachments = tuple(
            TemplateAttachment(str(a["filename"]), str(a.get("content_type") or
                               "application/octet-stream"), int(a.get("size", 0)),
                               str(a.get("sha256", "")))
            for a in data.get("attachments", ()) if isinstance(a, Mapping) and a.get("filename")
        )
        keywords = data.get("keywords", {})
        return cls(
            key=key, names={str(k): str(v) for k, v in names.items() if str(v).strip()},
            variants=variants, category=str(data.get("category", "")),
            shortcut=str(data.get("shortcut", "")).strip().lower(),
            triggers=dict(data.get("triggers", {}) or {}),
            keywords={str(k): tuple(str(w) for w in v) for k, v in keywords.items()}
            if isinstance(keywords, Mapping) else {},
            attachments=attachments,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key, "shortcut": self.shortcut, "category": self.category,
            "name": dict(self.names), "triggers": dict(self.triggers),
            "keywords": {k: list(v) for k, v in self.keywords.items()},
            "variants": {lang: {"subject": v.subject, "body": v.body}
                         for lang, v in self.variants.items()},
            "attachments": [
                {"filename": a.filename, "content_type": a.content_type, "size": a.size,
                 "sha256": a.sha256} for a in self.attachments
            ],
        }


def pick_language(available: Sequence[str], wanted: str,
                  fallbacks: Sequence[str] = ("en", "fr", "ar")) -> str:
    """The variant to use: the wanted language, else the first fallback that exists."""
    base = (wanted or "").split("-")[0].lower()
    if base in available:
        return base
    for lang in fallbacks:
        if lang in available:
            return lang
    return available[0] if available else ""


# -- fill-in fields ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FillIn:
    """A ``[[label]]`` placeholder the agent must replace before sending."""

    label: str
    start: int
    end: int


def fill_ins(text: str) -> list[FillIn]:
    return [FillIn(m.group(1).strip(), m.start(), m.end()) for m in FILL_IN_RE.finditer(text)]


def unfilled_fields(text: str) -> list[str]:
    """Labels of the fill-in fields still in ``text``, in order; sending waits until empty."""
    return [f.label for f in fill_ins(text)]


# -- rendering --------------------------------------------------------------------------------
# The Jinja2 sandbox lives in core.template_sandbox and loads on the first render: Jinja2
# costs ~75 ms of start-up, and a window opens long before anyone fills in a template.


def tidy(text: str) -> str:
    """Clean what empty defaults leave behind: a space before a comma, blank tails."""
    text = _SPACE_BEFORE_COMMA.sub(r"\1", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _MANY_BLANK_LINES.sub("\n\n", text).strip()


def render(source: str, context: Mapping[str, Any]) -> str:
    """Render one template text against ``context``; raises :class:`TemplateError`."""
    from agent_assist.core.template_sandbox import render_sandboxed

    return tidy(render_sandboxed(source, context))


def check_source(source: str) -> None:
    """Raise :class:`TemplateError` when ``source`` is not valid template syntax."""
    from agent_assist.core.template_sandbox import compile_source

    compile_source(source)


# -- stacking ---------------------------------------------------------------------------------


def _common_prefix(parts: Sequence[list[str]]) -> int:
    n = 0
    for lines in zip(*parts, strict=False):
        if any(line != lines[0] for line in lines):
            break
        n += 1
    return n


def stack(parts: Iterable[str]) -> str:
    """Several rendered templates as one reply, with one greeting and one sign-off.

    Lines every part starts with (the greeting) and ends with (the sign-off) are kept
    once; each part's own middle is kept in order, separated by a blank line.
    """
    texts = [p.strip("\n") for p in parts if p.strip()]
    if len(texts) < 2:
        return texts[0] if texts else ""
    split = [t.split("\n") for t in texts]
    head = _common_prefix(split)
    tail = _common_prefix([list(reversed(s)) for s in split])
    shortest = min(len(s) for s in split)
    if head + tail >= shortest:  # identical or nested parts: keep the lines, not the trims
        head, tail = min(head, shortest // 2), 0
    middles = ["\n".join(s[head:len(s) - tail]).strip("\n") for s in split]
    pieces = ["\n".join(split[0][:head]).rstrip("\n")] if head else []
    pieces += [m for m in middles if m.strip()]
    if tail:
        pieces.append("\n".join(split[0][len(split[0]) - tail:]).lstrip("\n"))
    return "\n\n".join(p for p in pieces if p.strip())

