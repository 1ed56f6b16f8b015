"""The guidance library: shipped defaults, a per-process cache, import/export, rendering.

The shipped templates, playbooks and rules (``resources/``) are copied into the profile
the first time guidance is used; from then on the database is the truth and the shop can
edit it. A later version's new defaults are added without touching what the shop edited
or deleted. The compiled library is cached per database and rebuilt when the change
counter (bumped by triggers on every edit) moves.
"""

from __future__ import annotations

import base64
import json
import sqlite3
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from agent_assist.core.detect import Rule, RuleError, RuleSet
from agent_assist.core.playbooks import Playbook, PlaybookSet
from agent_assist.core.templates import (
    Template,
    TemplateAttachment,
    TemplateError,
    check_source,
    render,
    unfilled_fields,
)
from agent_assist.paths import resources_dir
from agent_assist.storage.blobs import get_raw, put_raw, sha256_hex
from agent_assist.storage.repositories.playbooks import (
    GuidanceRuleRepo,
    PlaybookRepo,
    guidance_revision,
)
from agent_assist.storage.repositories.settings import SettingsRepo
from agent_assist.storage.repositories.templates import TemplateRepo

__all__ = [
    "EXPORT_FORMAT",
    "Library",
    "RenderedTemplate",
    "ensure_defaults",
    "export_templates",
    "import_templates",
    "library",
    "render_template",
]

EXPORT_FORMAT = "agent-assist/templates"
SEEDED_KEY = "guidance.seeded"
MAX_IMPORT_BYTES = 25 * 1024 * 1024


@dataclass(frozen=True)
class Defaults:
    """The shipped data files, read once per process."""

    templates: tuple[Template, ...]
    playbooks: tuple[Playbook, ...]
    rules: tuple[Rule, ...]


_defaults: Defaults | None = None
_lock = threading.Lock()


def shipped_defaults(root: Path | None = None) -> Defaults:
    """Templates, playbooks and rules from ``resources/`` (a broken file is a bug: raise)."""
    global _defaults
    if root is None and _defaults is not None:
        return _defaults
    base = root or resources_dir()
    templates = tuple(
        Template.from_dict(json.loads(p.read_text(encoding="utf-8")))
        for p in sorted((base / "templates").glob("*.json"))
    )
    playbooks = tuple(
        Playbook.from_dict(json.loads(p.read_text(encoding="utf-8")))
        for p in sorted((base / "playbooks").glob("*.json"))
    )
    rule_data = json.loads((base / "guidance" / "rules.json").read_text(encoding="utf-8"))
    rules = RuleSet.from_data(rule_data).rules
    result = Defaults(templates, playbooks, rules)
    if root is None:
        _defaults = result
    return result


def _immediate(db: sqlite_utils.Database) -> bool:
    """Start a write transaction now (unless one is open), so two seeders cannot race."""
    if db.conn.in_transaction:
        return False
    db.execute("BEGIN IMMEDIATE")
    return True


def ensure_defaults(db: sqlite_utils.Database, defaults: Defaults | None = None) -> int:
    """Copy shipped defaults the profile has never had; returns how many rows were added."""
    defaults = defaults or shipped_defaults()
    seeded: dict[str, list[str]] = SettingsRepo(db).get(SEEDED_KEY) or {}
    wanted = {
        "templates": [t.key for t in defaults.templates],
        "playbooks": [p.key for p in defaults.playbooks],
        "rules": [f"{r.kind}:{r.key}" for r in defaults.rules],
    }
    if all(set(keys) <= set(seeded.get(part, ())) for part, keys in wanted.items()):
        return 0
    own = _immediate(db)
    try:
        added = _seed(db, defaults, wanted)
        if own:
            db.conn.commit()
    except BaseException:
        if own:
            db.conn.rollback()
        raise
    return added


def _seed(db: sqlite_utils.Database, defaults: Defaults, wanted: dict[str, list[str]]) -> int:
    # Re-read inside the write transaction: another thread may have seeded meanwhile.
    seeded: dict[str, list[str]] = SettingsRepo(db).get(SEEDED_KEY) or {}
    done = {part: set(seeded.get(part, ())) for part in wanted}
    added = 0
    templates, playbooks, rules = TemplateRepo(db), PlaybookRepo(db), GuidanceRuleRepo(db)
    existing_t, existing_p, existing_r = templates.keys(), playbooks.keys(), rules.keys()
    for t in defaults.templates:
        if t.key not in done["templates"] and t.key not in existing_t:
            templates.save(t, edited=False)
            added += 1
    for p in defaults.playbooks:
        if p.key not in done["playbooks"] and p.key not in existing_p:
            playbooks.save(p, edited=False)
            added += 1
    for position, r in enumerate(defaults.rules):
        if f"{r.kind}:{r.key}" not in done["rules"] and (r.kind, r.key) not in existing_r:
            rules.save(r, position=position, edited=False)
            added += 1
    merged = {part: sorted(done[part] | set(keys)) for part, keys in wanted.items()}
    SettingsRepo(db).set(SEEDED_KEY, merged)
    return added


@dataclass(frozen=True)
class Library:
    """Everything guidance needs from the database, compiled for fast matching."""

    revision: int
    templates: tuple[Template, ...]
    playbooks: PlaybookSet
    rules: RuleSet
    by_key: Mapping[str, Template] = field(default_factory=dict)

    def template(self, key: str) -> Template | None:
        return self.by_key.get(key)

    def by_shortcut(self, shortcut: str) -> Template | None:
        shortcut = shortcut.strip().lower()
        return next((t for t in self.templates if t.shortcut == shortcut), None)


_cache: dict[str, Library] = {}
# Connection -> its database file, to skip a PRAGMA per call. The connection itself is
# kept with the path so a recycled id() can never be mistaken for another database.
_files: dict[int, tuple[sqlite3.Connection, str]] = {}


def _db_file(db: sqlite_utils.Database) -> str:
    conn = db.conn
    entry = _files.get(id(conn))
    if entry is not None and entry[0] is conn:
        return entry[1]
    row = db.execute("PRAGMA database_list").fetchone()
    path = str(row[2]) if row and row[2] else f"memory:{id(conn)}"
    if len(_files) > 256:
        _files.clear()
    _files[id(conn)] = (conn, path)
    return path


def library(db: sqlite_utils.Database, *, seed: bool = True,
            revision: int | None = None) -> Library:
    """The compiled library for this database, rebuilt only after an edit.

    ``revision`` is the change counter when the caller has just read it.
    """
    path = _db_file(db)
    revision = guidance_revision(db) if revision is None else revision
    cached = _cache.get(path)
    if cached is not None and cached.revision == revision:
        return cached
    with _lock:  # one thread builds; the others reuse its result
        if seed and ensure_defaults(db):
            revision = guidance_revision(db)
        cached = _cache.get(path)
        if cached is not None and cached.revision == revision:
            return cached
        templates = tuple(TemplateRepo(db).all())
        built = Library(
            revision=revision, templates=templates,
            playbooks=PlaybookSet(PlaybookRepo(db).all()),
            rules=RuleSet(GuidanceRuleRepo(db).all()),
            by_key={t.key: t for t in templates},
        )
        _cache[path] = built
        return built


# -- rendering ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RenderedTemplate:
    """A template filled in for one conversation, ready for the composer."""

    key: str
    language: str
    subject: str
    body: str
    unfilled: tuple[str, ...]
    attachments: tuple[TemplateAttachment, ...] = ()


def render_template(template: Template, language: str, context: Mapping[str, Any]
                    ) -> RenderedTemplate:
    """Render the best variant for ``language``; raises TemplateError (one sentence)."""
    variant = template.variant(language)
    if variant is None:
        raise TemplateError(f"The template {template.name('en')!r} has no text.")
    values = dict(context)
    values["language"] = variant.language
    body = render(variant.body, values)
    subject = render(variant.subject, values) if variant.subject else ""
    return RenderedTemplate(template.key, variant.language, subject, body,
                            tuple(unfilled_fields(body)), template.attachments)


# -- import / export ------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportReport:
    """How many templates a file added and replaced."""

    added: int
    updated: int

    def as_dict(self) -> dict[str, int]:
        return {"added": self.added, "updated": self.updated}


def export_templates(db: sqlite_utils.Database, keys: Sequence[str] | None = None
                     ) -> dict[str, Any]:
    """All (or some) templates as one JSON document, attachments embedded in base64."""
    items = []
    for t in TemplateRepo(db).all():
        if keys is not None and t.key not in keys:
            continue
        data = t.to_dict()
        for entry, attachment in zip(data["attachments"], t.attachments, strict=True):
            blob = get_raw(db, attachment.sha256)
            if blob is not None:
                entry["data_base64"] = base64.b64encode(blob).decode("ascii")
        items.append(data)
    return {"format": EXPORT_FORMAT, "version": 1, "templates": items}


def parse_import(raw: bytes) -> tuple[list[Template], dict[str, bytes]]:
    """Validate a whole import file; nothing is written when anything is wrong."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise TemplateError("The file is too large to be a template export (over 25 MB).")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateError(f"The file is not valid JSON ({exc}).") from None
    if isinstance(data, Mapping) and "templates" in data:
        if data.get("format", EXPORT_FORMAT) != EXPORT_FORMAT:
            raise TemplateError("The file is not an Agent Assist template export.")
        items = data["templates"]
    elif isinstance(data, Mapping):
        items = [data]
    else:
        items = data
    if not isinstance(items, list) or not items:
        raise TemplateError("The file contains no templates.")
    templates: list[Template] = []
    blobs: dict[str, bytes] = {}
    seen: set[str] = set()
    for index, item in enumerate(items, 1):
        try:
            template = Template.from_dict(item)
            for v in template.variants.values():
                check_source(v.body)
                check_source(v.subject)
        except TemplateError as exc:
            raise TemplateError(f"Template {index} in the file: {exc}") from None
        if template.key in seen:
            raise TemplateError(f"The key {template.key!r} appears twice in the file.")
        seen.add(template.key)
        attachments = []
        for entry in item.get("attachments", ()) if isinstance(item, Mapping) else ():
            payload = entry.get("data_base64") if isinstance(entry, Mapping) else None
            if not payload:
                raise TemplateError(
                    f"The attachment {entry.get('filename', '?')!r} of {template.key!r} has no "
                    "data.")
            try:
                content = base64.b64decode(payload, validate=True)
            except (ValueError, TypeError):
                raise TemplateError(
                    f"The attachment data of {template.key!r} is damaged.") from None
            digest = sha256_hex(content)
            blobs[digest] = content
            attachments.append(TemplateAttachment(
                str(entry["filename"]), str(entry.get("content_type") or
                                            "application/octet-stream"), len(content), digest))
        templates.append(Template(
            key=template.key, names=template.names, variants=template.variants,
            category=template.category, shortcut=template.shortcut,
            triggers=template.triggers, keywords=template.keywords,
            attachments=tuple(attachments),
        ))
    return templates, blobs


def import_templates(db: sqlite_utils.Database, raw: bytes, *, agent_id: int | None = None
                     ) -> ImportReport:
    """Add or replace templates from an export file, all in one transaction."""
    templates, blobs = parse_import(raw)
    repo = TemplateRepo(db)
    existing = repo.keys()
    try:
        with db.atomic():
            for content in blobs.values():
                put_raw(db, content)
            for t in templates:
                repo.save(t, agent_id=agent_id, edited=True)
    except sqlite3.Error as exc:
        raise TemplateError(f"The templates could not be saved ({exc}).") from None
    updated = sum(1 for t in templates if t.key in existing)
    return ImportReport(added=len(templates) - updated, updated=updated)


def save_template(db: sqlite_utils.Database, template: Template, *,
                  attachments: Mapping[str, bytes] | None = None,
                  agent_id: int | None = None) -> None:
    """Validate and store one edited template (and new attachment bytes) atomically."""
    for v in template.variants.values():
        check_source(v.body)
        check_source(v.subject)
    with db.atomic():
        for content in (attachments or {}).values():
            put_raw(db, content)
        TemplateRepo(db).save(template, agent_id=agent_id, edited=True)


def attachment_bytes(db: sqlite_utils.Database, attachment: TemplateAttachment) -> bytes | None:
    return get_raw(db, attachment.sha256)


def validate_rules(data: Mapping[str, Any]) -> RuleSet:
    """Parse edited rules (raises RuleError with one sentence)."""
    try:
        return RuleSet.from_data(data)
    except (TypeError, AttributeError) as exc:
        raise RuleError(f"The rules are not in the expected layout ({exc}).") from None
