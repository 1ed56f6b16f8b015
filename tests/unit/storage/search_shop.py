"""A tiny shop for the search tests, filled through the real ingest and action services."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass

from agent_assist.core.models import (
    Channel,
    Direction,
    HandleKind,
    IncomingAttachment,
    IncomingMessage,
    Status,
)
from agent_assist.services.agents import AgentService
from agent_assist.services.workspace import Workspace
from agent_assist.storage.search import SearchHit

_keys = itertools.count(1)
DAY = 86400.0


@dataclass(frozen=True)
class Posted:
    """Where a message went."""

    conversation_id: int
    message_id: int


class Shop:
    """Messages, notes, agents, statuses and tags, as the app stores them."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.repos = workspace.repos()

    def message(self, text: str, *, subject: str = "", sender: str = "ana@example.com",
                name: str = "Ana Lopez", channel: Channel = Channel.EMAIL, ago: float = 3600,
                attachment: bool = False, thread: str = "") -> Posted:
        key = next(_keys)
        chat = channel.is_chat
        incoming = IncomingMessage(
            provider_key=f"search-test:{key}", channel=channel, sender_address=sender,
            sender_name=name, handle_kind=HandleKind.DEMO if chat else HandleKind.EMAIL,
            direction=Direction.IN, subject=subject, body_text=text,
            sent_at=time.time() - ago, message_id="" if chat else f"m{key}@example.com",
            thread_key=thread or (f"chat:{sender}" if chat else f"t{key}"),
            attachments=[IncomingAttachment("facture.pdf", "application/pdf", b"%PDF-1.4")]
            if attachment else [],
        )
        with self.repos.db.atomic():
            result = self.workspace.ingestor().ingest(incoming)
        assert result.conversation_id is not None and result.message_row_id is not None
        return Posted(result.conversation_id, result.message_row_id)

    def note(self, conversation_id: int, text: str, agent_id: int | None = None) -> Posted:
        return Posted(conversation_id, self.workspace.note(conversation_id, text, agent_id))

    def reply(self, conversation_id: int, text: str, agent_id: int | None = None) -> Posted:
        queued = self.workspace.reply(conversation_id, text, agent_id)
        return Posted(conversation_id, queued.message_row_id)

    def agent(self, name: str) -> int:
        return AgentService(self.repos.db).add(name, "agent").id

    def status(self, conversation_id: int, status: Status) -> None:
        self.workspace.set_status(conversation_id, status, time.time() + DAY)

    def tags(self, conversation_id: int, *tags: str) -> None:
        with self.repos.db.atomic():
            self.repos.conversations.set_tags(conversation_id, tags)

    def assign(self, conversation_id: int, agent_id: int | None) -> None:
        with self.repos.db.atomic():
            self.repos.conversations.set_assignee(conversation_id, agent_id)

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        return self.workspace.search(text, limit)

    def found(self, text: str, limit: int = 50) -> set[int]:
        """The conversations a search finds."""
        return {h.conversation_id for h in self.search(text, limit)}

    def messages_found(self, text: str, limit: int = 50) -> set[int]:
        return {h.message_id for h in self.search(text, limit) if h.message_id is not None}
