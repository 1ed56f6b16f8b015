"""Reply templates: rows in ``templates``/``template_variants``/``template_attachments``.

A small FTS5 table (``template_search``) holds each variant's folded words so guidance
can rank templates by similarity with the customer's message.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable, Sequence
from typing import Any

import sqlite_utils

from agent_assist.core.templates import Template, TemplateAttachment, TemplateVariant
from agent_assist.core.textnorm import arabic_stems, has_arabic, tokens

__all__ = ["TemplateRepo", "search_words"]

_MARKUP = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}|\[\[|\]\]", re.DOTALL)


def search_words(text: str) -> list[str]:
    """Folded words (and Arabic stems) as indexed in, and queried from, template_search."""
    words: list[str] = []
    for token in tokens(_MARKUP.sub(" ", text)):
        forms = arabic_stems(token.folded) if has_arabic(token.folded) else (token.folded,)
        words.extend(forms)
    return words


class TemplateRepo:
    """Read, save and delete templates; ``search`` scores them against a text."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def all(self) -> list[Template]:
        rows = self.db.execute(
            "SELECT id, key, name, category, shortcut, data FROM templates ORDER BY category, key"
        ).fetchall()
        variants: dict[int, dict[str, TemplateVariant]] = {}
        for tid, lang, subject, body in self.db.execute(
            "SELECT template_id, language, subject, body FROM template_variants"
        ):
            variants.setdefault(tid, {})[lang] = TemplateVariant(lang, body, subject)
        attachments: dict[int, list[TemplateAttachment]] = {}
        for tid, filename, ctype, size, sha in self.db.execute(
            "SELECT template_id, filename, content_type, size, sha256 FROM template_attachments "
            "ORDER BY template_id, position, id"
        ):
            attachments.setdefault(tid, []).append(TemplateAttachment(filename, ctype, size, sha))
        return [_template(r, variants.get(r[0], {}), attachments.get(r[0], [])) for r in rows]

    def get(self, key: str) -> Template | None:
        return next((t for t in self.all() if t.key == key), None)

    def keys(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT key FROM templates")}

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM templates").fetchone()[0])

    def save(self, template: Template, *, agent_id: int | None = None, edited: bool = True) -> None:
        """Insert or replace by key (variants and attachments are replaced as a whole).

        Call inside the service's transaction; attachment bytes must already be stored.
        """
        data = {
            "names": dict(template.names), "triggers": dict(template.triggers),
            "keywords": {k: list(v) for k, v in template.keywords.items()},
        }
        self.db.execute(
            "INSERT INTO templates (key, name, category, shortcut, data, updated_at, updated_by, "
            "edited) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
            "name = excluded.name, category = excluded.category, shortcut = excluded.shortcut, "
            "data = excluded.data, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by, edited = excluded.edited",
            [template.key, template.name("en"), template.category, template.shortcut,
             json.dumps(data, ensure_ascii=False), time.time(), agent_id, int(edited)],
        )
        tid = self._id(template.key)
        self.db.execute("DELETE FROM template_variants WHERE template_id = ?", [tid])
        self.db.execute("DELETE FROM template_attachments WHERE template_id = ?", [tid])
        self.db.execute("DELETE FROM template_search WHERE key = ?", [template.key])
        for lang, v in template.variants.items():
            self.db.execute(
                "INSERT INTO template_variants (template_id, language, subject, body) "
                "VALUES (?, ?, ?, ?)", [tid, lang, v.subject, v.body],
            )
            text = " ".join([
                " ".join(template.names.values()), " ".join(template.keywords.get(lang, ())),
                v.subject, v.body,
            ])
            self.db.execute(
                "INSERT INTO template_search (key, language, text) VALUES (?, ?, ?)",
                [template.key, lang, " ".join(search_words(text))],
            )
        for position, a in enumerate(template.attachments):
            self.db.execute(
                "INSERT INTO template_attachments (template_id, position, filename, "
                "content_type, size, sha256) VALUES (?, ?, ?, ?, ?, ?)",
                [tid, position, a.filename, a.content_type, a.size, a.sha256],
            )

    def delete(self, key: str) -> bool:
        self.db.execute("DELETE FROM template_search WHERE key = ?", [key])
        cur = self.db.execute("DELETE FROM templates WHERE key = ?", [key])
        return cur.rowcount > 0

    def search(self, words: Sequence[str], limit: int = 30) -> dict[tuple[str, str], float]:
        """BM25 relevance (higher is better) of each (template key, language) for ``words``."""
        unique = list(dict.fromkeys(w for w in words if len(w) > 1))[:40]
        if not unique:
            return {}
        query = " OR ".join('"' + w.replace('"', "") + '"' for w in unique)
        # Sorting in Python: "ORDER BY rank" makes FTS5 compute bm25 twice (2x slower).
        rows = self.db.execute(
            "SELECT key, language, bm25(template_search) FROM template_search "
            "WHERE template_search MATCH ?", [query],
        ).fetchall()
        rows.sort(key=lambda r: r[2])
        # bm25() is negative, more negative is better: flip the sign for callers.
        return {(k, lang): -float(score) for k, lang, score in rows[:limit]}

    def is_edited(self, key: str) -> bool:
        row = self.db.execute("SELECT edited FROM templates WHERE key = ?", [key]).fetchone()
        return bool(row and row[0])

    def _id(self, key: str) -> int:
        return int(self.db.execute("SELECT id FROM templates WHERE key = ?", [key]).fetchone()[0])


def _template(row: Sequence[Any], variants: dict[str, TemplateVariant],
              attachments: Iterable[TemplateAttachment]) -> Template:
    _tid, key, name, category, shortcut, data = row
    extra = json.loads(data or "{}")
    names = extra.get("names") or {"en": name}
    return Template(
        key=key, names=names, variants=variants, category=category, shortcut=shortcut,
        triggers=extra.get("triggers", {}),
        keywords={k: tuple(v) for k, v in extra.get("keywords", {}).items()},
        attachments=tuple(attachments),
    )
