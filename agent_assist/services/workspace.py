"""One profile's services behind a small facade the UI and CLI call (no Qt here)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import Any

from agent_assist.channels.base import Sender
from agent_assist.channels.demo import DemoSender
from agent_assist.core.models import Contact, Conversation, Message, OutboxItem, Status
from agent_assist.services.actions import ConversationActions, QueuedReply
from agent_assist.services.ingest import Ingestor
from agent_assist.services.outbox import OutboxSender, SendReport
from agent_assist.storage.blobs import AttachmentFiles
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import InboxQuery, Repos
from agent_assist.storage.saved_searches import SavedSearchRepo
from agent_assist.storage.search import SearchHit, count_conversations, search

Clock = Callable[[], float]
SenderFactory = Callable[[Repos, OutboxItem], Sender | None]


def demo_sender_factory(demo: DemoSender) -> SenderFactory:
    """Items with no account (the demo shop) go to the local demo channel."""

    def factory(repos: Repos, item: OutboxItem) -> Sender | None:
        return demo if item.account_id is None else None

    return factory


class Workspace:
    """Every operation on a profile, each on the calling thread's own connection.

    Cheap reads (a page of rows) may run on the GUI thread; writes and sending run on
    the UI's single writer worker. Thread safety comes from one connection per thread.
    """

    def __init__(
        self,
        profile: Profile,
        *,
        sender_factory: SenderFactory | None = None,
        clock: Clock = time.time,
    ) -> None:
        self.profile = profile
        self.clock = clock
        self.demo_sender = DemoSender()
        self.sender_factory = sender_factory or demo_sender_factory(self.demo_sender)
        self.attachments = AttachmentFiles(profile.attachments_dir)

    # -- building blocks (per thread) ------------------------------------------------------

    def repos(self) -> Repos:
        return Repos.of(self.profile.pool.get())

    def ingestor(self) -> Ingestor:
        return Ingestor(self.repos(), self.attachments)

    def actions(self) -> ConversationActions:
        repos = self.repos()
        return ConversationActions(repos, Ingestor(repos, self.attachments), self.clock)

    def outbox(self) -> OutboxSender:
        repos = self.repos()
        return OutboxSender(
            repos, Ingestor(repos, self.attachments),
            lambda item: self.sender_factory(repos, item),
        )

    # -- reads -------------------------------------------------------------------------------

    def inbox_ids(self, query: InboxQuery) -> list[int]:
        return self.repos().conversations.ids(query)

    def view_counts(self, queries: dict[str, InboxQuery]) -> dict[str, int]:
        return self.repos().conversations.count_many(queries)

    def conversations(self, ids: list[int]) -> dict[int, Conversation]:
        return self.repos().conversations.get_many(ids)

    def conversation(self, conversation_id: int) -> Conversation | None:
        return self.repos().conversations.get(conversation_id)

    def messages(self, conversation_id: int) -> list[Message]:
        return self.repos().messages.for_conversation(conversation_id)

    def contact(self, contact_id: int) -> Contact | None:
        return self.repos().contacts.get(contact_id)

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Hits for the query language (core.search_query); raises QueryError."""
        return search(self.profile.pool.get(), text, limit, today=self.today())

    def count_search(self, text: str) -> int:
        """Conversations the query finds (the count beside a saved search)."""
        return count_conversations(self.profile.pool.get(), text, today=self.today())

    def saved_searches(self) -> SavedSearchRepo:
        return SavedSearchRepo(self.profile.pool.get())

    def today(self) -> date:
        """The user's day by this workspace's clock ("today", "7d" in searches)."""
        return date.fromtimestamp(self.clock())

    def status(self) -> dict[str, Any]:
        # Imported here: the report pulls in every channel's health checks, which the GUI's
        # start-up does not need.
        from agent_assist.services.status import status_report

        return status_report(self.repos(), self.clock())

    def agent_names(self) -> dict[int, str]:
        rows = self.profile.pool.get().execute("SELECT id, name FROM agents")
        return {int(i): str(n) for i, n in rows}

    # -- writes (call from the writer worker) -----------------------------------------------

    def reply(self, conversation_id: int, text: str, agent_id: int | None = None) -> QueuedReply:
        return self.actions().reply(conversation_id, text, agent_id=agent_id)

    def note(self, conversation_id: int, text: str, agent_id: int | None = None) -> int:
        return self.actions().note(conversation_id, text, agent_id=agent_id)

    def set_status(
        self, conversation_id: int, status: Status, until: float | None = None,
        agent_id: int | None = None,
    ) -> None:
        self.actions().set_status(conversation_id, status, until=until, agent_id=agent_id)

    def send_pending(self) -> SendReport:
        return self.outbox().send_pending()

    def recover_outbox(self) -> list[int]:
        return self.outbox().recover()
