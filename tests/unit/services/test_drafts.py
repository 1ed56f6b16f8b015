"""Drafts: one per agent and conversation, committed on every save, kept from the first save."""

from __future__ import annotations

import itertools
import sqlite3
import time

from agent_assist.core.models import Channel, HandleKind, IncomingMessage
from agent_assist.core.permissions import Role
from agent_assist.services.agents import AgentService, ScryptParams
from agent_assist.services.drafts import DraftStore
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile

_keys = itertools.count(1)


def add_message(workspace: Workspace, *, sender: str = "ana@example.com",
                subject: str = "Where is my order?", text: str = "Hello, where is my order?",
                channel: Channel = Channel.EMAIL, ago: float = 3600.0,
                automated_reason: str = "") -> int:
    """Ingest one customer message through the real path; its conversation id."""
    chat = channel.is_chat
    result = workspace.ingestor().ingest(IncomingMessage(
        provider_key=f"unit:{next(_keys)}", channel=channel, sender_address=sender,
        sender_name=sender.split("@")[0].title(),
        handle_kind=HandleKind.DEMO if chat else HandleKind.EMAIL, subject=subject,
        body_text=text, sent_at=time.time() - ago,
        message_id="" if chat else f"u{next(_keys)}@example.com",
        thread_key=f"chat:{sender}" if chat else "", automated_reason=automated_reason))
    assert result.conversation_id is not None
    return result.conversation_id


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def test_save_keeps_the_start_and_updates_the_text(profile: Profile, workspace: Workspace) -> None:
    agents = AgentService(profile.pool.get(), params=ScryptParams(n=2**10))
    yasmine = agents.add("Yasmine").id
    cid = add_message(workspace)
    clock = Clock()
    drafts = DraftStore(profile.pool.get(), clock)
    first = drafts.save(cid, yasmine, "Bonjour")
    clock.now += 30
    second = drafts.save(cid, yasmine, "Bonjour Ana,", as_note=True)
    assert first is not None and second is not None
    assert second.started_at == first.started_at == 1_700_000_000.0
    assert second.updated_at == 1_700_000_030.0
    assert (second.body, second.as_note) == ("Bonjour Ana,", True)
    assert profile.pool.get().execute("SELECT count(*) FROM drafts").fetchone()[0] == 1


def test_each_agent_has_their_own_draft(profile: Profile, workspace: Workspace) -> None:
    service = AgentService(profile.pool.get(), params=ScryptParams(n=2**10))
    camille, yasmine = service.add("Camille", Role.OWNER).id, service.add("Yasmine").id
    cid = add_message(workspace)
    drafts = DraftStore(profile.pool.get())
    drafts.save(cid, camille, "Camille's words")
    drafts.save(cid, yasmine, "Yasmine's words")
    drafts.save(cid, None, "nobody signed in")
    got = drafts.get(cid, yasmine)
    assert got is not None and got.body == "Yasmine's words"
    assert [d.body for d in drafts.for_agent(camille)] == ["Camille's words"]
    nobody = drafts.get(cid, None)
    assert nobody is not None and nobody.body == "nobody signed in"


def test_blank_text_discards(profile: Profile, workspace: Workspace) -> None:
    cid = add_message(workspace)
    drafts = DraftStore(profile.pool.get())
    drafts.save(cid, None, "text")
    assert drafts.save(cid, None, "   \n") is None
    assert drafts.get(cid, None) is None


def test_every_save_is_visible_to_another_connection_at_once(profile: Profile,
                                                             workspace: Workspace) -> None:
    """Committed, not pending in an open transaction: a crash right after loses nothing."""
    cid = add_message(workspace)
    drafts = DraftStore(profile.pool.get())
    other = sqlite3.connect(str(profile.db_path))
    try:
        for text in ("B", "Bo", "Bon", "Bonjour"):
            drafts.save(cid, None, text)
            assert other.execute("SELECT body FROM drafts").fetchone()[0] == text
        assert not profile.pool.get().conn.in_transaction
    finally:
        other.close()


def test_a_draft_goes_with_its_conversation(profile: Profile, workspace: Workspace) -> None:
    cid = add_message(workspace)
    drafts = DraftStore(profile.pool.get())
    drafts.save(cid, None, "text")
    profile.pool.get().execute("DELETE FROM conversations WHERE id = ?", [cid])
    assert drafts.for_agent(None) == []
