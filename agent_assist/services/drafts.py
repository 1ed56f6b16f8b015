"""Drafts saved continuously per agent and conversation: each save is a committed row."""

from __future__ import annotations

import time
from collections.abc import Callable

import sqlite_utils

from agent_assist.core.team import Draft
from agent_assist.storage.repositories.collab import DraftRepo

Clock = Callable[[], float]


class DraftStore:
    """Save, restore and discard the unsent text of one agent in one conversation.

    Every :meth:`save` is one autocommitted statement, so a crash (even kill -9) a moment
    later still finds the text on the next start.
    """

    def __init__(self, db: sqlite_utils.Database, clock: Clock = time.time) -> None:
        self.repo = DraftRepo(db)
        self.clock = clock

    def save(self, conversation_id: int, agent_id: int | None, body: str, *,
             as_note: bool = False, started_at: float | None = None) -> Draft | None:
        """Store ``body``; a blank body discards the draft (None). ``started_at`` is kept
        from the first save of this draft."""
        if not body.strip():
            self.discard(conversation_id, agent_id)
            return None
        now = self.clock()
        self.repo.save(agent_id, conversation_id, body, as_note,
                       now if started_at is None else started_at, now)
        return self.repo.get(agent_id, conversation_id)

    def get(self, conversation_id: int, agent_id: int | None) -> Draft | None:
        return self.repo.get(agent_id, conversation_id)

    def for_agent(self, agent_id: int | None) -> list[Draft]:
        """The agent's unsent drafts, most recently edited first (to offer after a crash)."""
        return self.repo.for_agent(agent_id)

    def discard(self, conversation_id: int, agent_id: int | None) -> None:
        self.repo.delete(agent_id, conversation_id)
