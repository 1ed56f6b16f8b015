"""Collision guard: presence heartbeats between windows, and what arrived since a draft began."""

from __future__ import annotations

import itertools
import time

from agent_assist.core.models import Channel, Direction, HandleKind, IncomingMessage
from agent_assist.core.permissions import Role
from agent_assist.services.agents import AgentService, ScryptParams
from agent_assist.services.collision import FRESH_SECONDS, CollisionGuard
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
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


def _agents(profile: Profile) -> tuple[int, int]:
    service = AgentService(profile.pool.get(), params=ScryptParams(n=2**10))
    return service.add("Camille", Role.OWNER).id, service.add("Yasmine").id


def test_others_see_who_is_replying_until_the_heartbeat_is_stale(
    profile: Profile, workspace: Workspace
) -> None:
    camille, yasmine = _agents(profile)
    cid = add_message(workspace)
    clock = Clock()
    mine = CollisionGuard(profile.pool.get(), window_id="w-camille", clock=clock)
    theirs = CollisionGuard(profile.pool.get(), window_id="w-yasmine", clock=clock)
    theirs.heartbeat(cid, yasmine)
    rows = mine.others_replying(cid)
    assert [(r.agent_name, r.window_id, r.activity) for r in rows] == [
        ("Yasmine", "w-yasmine", "replying")]
    assert theirs.others_replying(cid) == []  # one's own window is not "someone else"
    clock.now += FRESH_SECONDS - 1
    assert mine.others_replying(cid)
    clock.now += 2  # the other window stopped beating (closed, crashed)
    assert mine.others_replying(cid) == []
    theirs.heartbeat(cid, yasmine)  # a beat brings it back
    assert mine.others_replying(cid)
    theirs.stop(cid)
    assert mine.others_replying(cid) == []
    assert camille  # Camille's window only reads


def test_the_same_agent_in_another_window_is_reported(profile: Profile,
                                                      workspace: Workspace) -> None:
    _, yasmine = _agents(profile)
    cid = add_message(workspace)
    one = CollisionGuard(profile.pool.get(), window_id="a")
    two = CollisionGuard(profile.pool.get(), window_id="b")
    two.heartbeat(cid, yasmine)
    assert [r.agent_id for r in one.others_replying(cid)] == [yasmine]


def test_presence_by_conversation_and_purge(profile: Profile, workspace: Workspace) -> None:
    camille, yasmine = _agents(profile)
    first, second = add_message(workspace), add_message(workspace, sender="ben@example.com")
    clock = Clock()
    reader = CollisionGuard(profile.pool.get(), window_id="reader", clock=clock)
    CollisionGuard(profile.pool.get(), window_id="c", clock=clock).heartbeat(first, camille)
    CollisionGuard(profile.pool.get(), window_id="y", clock=clock).heartbeat(second, yasmine)
    by_conv = reader.replying_in([first, second])
    assert {k: [r.agent_name for r in v] for k, v in by_conv.items()} == {
        first: ["Camille"], second: ["Yasmine"]}
    clock.now += 11 * FRESH_SECONDS
    assert reader.purge_stale() == 2


def test_check_before_send_lists_newer_customer_messages_and_others_replies(
    profile: Profile, workspace: Workspace
) -> None:
    camille, yasmine = _agents(profile)
    cid = add_message(workspace, text="Where is my order?", channel=Channel.DEMO_CHAT,
                      sender="lea")
    guard = CollisionGuard(profile.pool.get())
    started = time.time()
    # Nothing new yet.
    assert not guard.check_before_send(cid, started, yasmine).needs_confirmation
    # My own note does not count; Camille's reply and note do; the customer's message does.
    actions = workspace.actions()
    actions.note(cid, "I am on it", agent_id=yasmine)
    assert not guard.check_before_send(cid, started, yasmine).needs_confirmation
    assert add_message(workspace, text="Hello? Any news?", ago=0, channel=Channel.DEMO_CHAT,
                       sender="lea") == cid
    actions.reply(cid, "It left today.", agent_id=camille)
    actions.note(cid, "Replied by phone too", agent_id=camille)
    check = guard.check_before_send(cid, started, yasmine)
    assert check.needs_confirmation
    assert [m.body_text for m in check.customer] == ["Hello? Any news?"]
    assert [m.body_text for m in check.replies_by_others] == ["It left today."]
    assert [m.body_text for m in check.notes_by_others] == ["Replied by phone too"]
    assert [m.direction for m in check.messages] == [Direction.IN, Direction.OUT, Direction.NOTE]
    # Once the agent has seen them (a later draft start), nothing is reported again.
    assert not guard.check_before_send(cid, time.time() + 1, yasmine).needs_confirmation


def test_messages_older_than_the_draft_are_not_reported(profile: Profile,
                                                        workspace: Workspace) -> None:
    _, yasmine = _agents(profile)
    cid = add_message(workspace, channel=Channel.DEMO_CHAT, sender="lea")
    assert add_message(workspace, text="second", ago=10, channel=Channel.DEMO_CHAT,
                       sender="lea") == cid
    started = time.time()
    assert not CollisionGuard(profile.pool.get()).check_before_send(
        cid, started, yasmine).needs_confirmation
