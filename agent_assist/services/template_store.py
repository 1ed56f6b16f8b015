"""What the template editor and the composer need, on the calling thread's connection.

A thin facade over the library functions so the UI can run each call on a worker without
knowing about connections or transactions.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from agent_assist.core.guidance import Guidance, PastReply
from agent_assist.core.templates import Template, TemplateError
from agent_assist.services.guidance import guidance_for, past_replies
from agent_assist.services.template_library import (
    ImportReport,
    RenderedTemplate,
    export_templates,
    import_templates,
    library,
    render_template,
    save_template,
)
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import Repos
from agent_assist.storage.repositories.templates import TemplateRepo

__all__ = ["TemplateStore"]


class TemplateStore:
    """Templates of one profile: list, render, save, delete, import and export."""

    def __init__(self, profile: Profile, *, clock: Callable[[], float] = time.time,
                 agent_id: int | None = None, ui_language: str = "en") -> None:
        self.profile = profile
        self.clock = clock
        self.agent_id = agent_id
        self.ui_language = ui_language

    def _db(self) -> Any:
        return self.profile.pool.get()

    def templates(self) -> tuple[Template, ...]:
        return library(self._db()).templates

    def template(self, key: str) -> Template | None:
        return library(self._db()).template(key)

    def guidance(self, conversation_id: int, similar: bool = True) -> Guidance:
        """The guidance panel's content (call it off the GUI thread).

        ``similar=False`` leaves out past replies: the panel fetches them as a second step.
        """
        return guidance_for(Repos.of(self._db()), conversation_id, self.clock(),
                            ui_language=self.ui_language, agent_id=self.agent_id,
                            similar=similar)

    def past_replies(self, guidance: Guidance) -> tuple[PastReply, ...]:
        return past_replies(Repos.of(self._db()), guidance)

    def render(self, key: str, language: str, context: Mapping[str, Any]) -> RenderedTemplate:
        template = self.template(key)
        if template is None:
            raise TemplateError(f"The template {key!r} no longer exists.")
        return render_template(template, language, context)

    def save(self, template: Template, attachments: Mapping[str, bytes] | None = None) -> None:
        save_template(self._db(), template, attachments=attachments, agent_id=self.agent_id)

    def delete(self, key: str) -> bool:
        db = self._db()
        with db.atomic():
            return TemplateRepo(db).delete(key)

    def export_to(self, path: Path) -> int:
        """Write every template to ``path`` (atomically); returns how many."""
        document = export_templates(self._db())
        tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
        try:
            tmp.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n",
                           encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise TemplateError(f"Cannot write {path}: {exc.strerror or exc}.") from None
        return len(document["templates"])

    def import_from(self, path: Path) -> ImportReport:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise TemplateError(f"Cannot read {path}: {exc.strerror or exc}.") from None
        return import_templates(self._db(), raw, agent_id=self.agent_id)
