"""Internal notes with @mentions: record who was mentioned, notify them when they switch in."""

from __future__ import annotations

from dataclasses import dataclass

from agent_assist.core.mentions import mentioned_names, normalize_name
from agent_assist.core.team import Agent, MentionNotice
from agent_assist.services.actions import ConversationActions
from agent_assist.storage.repositories.collab import MentionRepo
from agent_assist.storage.repositories.team import AgentRepo
from agent_assist.storage.transactions import immediate


@dataclass(frozen=True, slots=True)
class NoteResult:
    """The stored note and the agents it notifies."""

    message_id: int
    mentioned: list[Agent]


class MentionService:
    """Notes go through :class:`ConversationActions` (stamped and audited as usual); the
    mentions are stored in the same transaction, so a note never loses its notices."""

    def __init__(self, actions: ConversationActions) -> None:
        self.actions = actions
        self.db = actions.repos.db
        self.repo = MentionRepo(self.db)

    def note(self, conversation_id: int, text: str, *, agent_id: int | None) -> NoteResult:
        with immediate(self.db):
            message_id = self.actions.note(conversation_id, text, agent_id=agent_id)
            mentioned = self.record(message_id, conversation_id, text, by_agent_id=agent_id)
        return NoteResult(message_id, mentioned)

    def record(self, message_id: int, conversation_id: int, text: str, *,
               by_agent_id: int | None) -> list[Agent]:
        """Store a notice for each active agent mentioned (not the author themself)."""
        agents = AgentRepo(self.db).list(include_inactive=False)
        by_key = {normalize_name(a.name): a for a in agents}
        names = mentioned_names(text, [a.name for a in agents])
        mentioned = [by_key[k] for k in map(normalize_name, names) if k in by_key]
        now = self.actions.clock()
        result: list[Agent] = []
        for agent in mentioned:
            if agent.id == by_agent_id:
                continue
            self.repo.add(message_id, conversation_id, agent.id, by_agent_id, now)
            result.append(agent)
        return result

    def pending(self, agent_id: int) -> list[MentionNotice]:
        return self.repo.unseen(agent_id)

    def mark_seen(self, agent_id: int, ids: list[int]) -> None:
        self.repo.mark_seen(agent_id, ids, self.actions.clock())
