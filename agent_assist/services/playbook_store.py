"""Editing playbooks and detection rules: validate, save, enable, restore the shipped version."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from agent_assist.core.detect import Rule, RuleError
from agent_assist.core.playbooks import Playbook
from agent_assist.services.template_library import library, shipped_defaults
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories.playbooks import GuidanceRuleRepo, PlaybookRepo

__all__ = ["PlaybookStore"]


def parse_json(text: str, what: str) -> dict[str, Any]:
    """The edited JSON as an object, or RuleError with the line of the mistake."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RuleError(f"The {what} is not valid JSON (line {exc.lineno}: {exc.msg}).") from None
    if not isinstance(value, dict):
        raise RuleError(f"The {what} must be a JSON object.")
    return value


class PlaybookStore:
    """Playbooks and rules of one profile; every method uses the calling thread's connection."""

    def __init__(self, profile: Profile, agent_id: int | None = None) -> None:
        self.profile = profile
        self.agent_id = agent_id

    def _db(self) -> Any:
        db = self.profile.pool.get()
        library(db)  # make sure the shipped defaults are in before anyone edits
        return db

    def playbooks(self) -> list[Playbook]:
        return PlaybookRepo(self._db()).all(include_disabled=True)

    def rules(self) -> list[Rule]:
        return GuidanceRuleRepo(self._db()).all(include_disabled=True)

    def save_playbook(self, data: Mapping[str, Any]) -> Playbook:
        """Validate and store; unknown template keys are refused (they would never show)."""
        playbook = Playbook.from_dict(data)
        db = self._db()
        known = {t.key for t in library(db).templates}
        missing = [k for k in playbook.templates if k not in known]
        if missing:
            raise RuleError(f"The playbook recommends a template that does not exist: "
                            f"{missing[0]!r}.")
        with db.atomic():
            PlaybookRepo(db).save(playbook, agent_id=self.agent_id)
        return playbook

    def set_playbook_enabled(self, key: str, enabled: bool) -> None:
        db = self._db()
        with db.atomic():
            PlaybookRepo(db).set_enabled(key, enabled)

    def save_rule(self, kind: str, data: Mapping[str, Any]) -> Rule:
        rule = Rule.from_dict(kind, data)
        db = self._db()
        with db.atomic():
            GuidanceRuleRepo(db).save(rule)
        return rule

    def restore_playbook(self, key: str) -> Playbook:
        """Put back the shipped version of a playbook (an edit is replaced)."""
        shipped = next((p for p in shipped_defaults().playbooks if p.key == key), None)
        if shipped is None:
            raise RuleError(f"There is no shipped playbook {key!r} to restore.")
        db = self._db()
        with db.atomic():
            PlaybookRepo(db).save(shipped, agent_id=self.agent_id, edited=False)
        return shipped

    def restore_rule(self, kind: str, key: str) -> Rule:
        shipped = next((r for r in shipped_defaults().rules
                        if r.kind == kind and r.key == key), None)
        if shipped is None:
            raise RuleError(f"There is no shipped {kind} rule {key!r} to restore.")
        db = self._db()
        with db.atomic():
            GuidanceRuleRepo(db).save(shipped, edited=False)
        return shipped
