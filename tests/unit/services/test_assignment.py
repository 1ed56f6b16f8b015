"""Assignment (me / someone / nobody, views, round-robin) and the agent stamp on every action."""

from __future__ import annotations

import itertools
import time

import pytest

from agent_assist.core.models import Channel, HandleKind, IncomingMessage, Status
from agent_assist.core.permissions import PermissionDenied, Role
from agent_assist.core.team import Agent
from agent_assist.services.agents import AgentService, ScryptParams
from agent_assist.services.assignment import Assignment, AssignmentError, view_query
from agent_assist.services.mentions import MentionService
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import InboxQuery
from agent_assist.storage.repositories.team import AuditQueryRepo

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


@pytest.fixture
def team(profile: Profile) -> dict[str, Agent]:
    service = AgentService(profile.pool.get(), params=ScryptParams(n=2**10))
    camille = service.add("Camille", Role.OWNER)
    return {"camille": camille, "yasmine": service.add("Yasmine", actor=camille),
            "nadia": service.add("Nadia", actor=camille)}


def _audit(profile: Profile) -> list[tuple[str, str, int | None]]:
    entries = AuditQueryRepo(profile.pool.get()).entries()
    return [(e.action, e.agent_name, e.subject_id) for e in reversed(entries)]


def test_assign_to_me_someone_and_nobody(profile: Profile, workspace: Workspace,
                                         team: dict[str, Agent]) -> None:
    cid = add_message(workspace)
    assignment = Assignment(profile.pool.get())
    yasmine, camille = team["yasmine"].id, team["camille"].id
    assert assignment.assign_to_me(cid, yasmine)
    assert not assignment.assign_to_me(cid, yasmine)  # unchanged: no second audit entry
    conv = workspace.conversation(cid)
    assert conv is not None and conv.assignee_id == yasmine
    assert assignment.assign(cid, camille, by=yasmine)
    assert assignment.unassign(cid, by=camille)
    conv = workspace.conversation(cid)
    assert conv is not None and conv.assignee_id is None
    assert [a for a in _audit(profile) if a[0] in ("assign", "unassign")] == [
        ("assign", "Yasmine", cid), ("assign", "Yasmine", cid), ("unassign", "Camille", cid)]
    details = [e.details for e in AuditQueryRepo(profile.pool.get()).entries(
        action_prefix="assign")]
    assert {"from": yasmine, "to": camille} in details


def test_assigning_to_an_inactive_agent_or_a_missing_conversation(
    profile: Profile, workspace: Workspace, team: dict[str, Agent]
) -> None:
    cid = add_message(workspace)
    AgentService(profile.pool.get()).deactivate(team["nadia"].id, actor=team["camille"])
    assignment = Assignment(profile.pool.get())
    with pytest.raises(AssignmentError, match="no longer active"):
        assignment.assign(cid, team["nadia"].id, by=team["camille"].id)
    with pytest.raises(AssignmentError, match="no longer exists"):
        assignment.assign(cid + 999, team["yasmine"].id, by=None)


def test_views_mine_unassigned_all(profile: Profile, workspace: Workspace,
                                   team: dict[str, Agent]) -> None:
    a = add_message(workspace)
    b = add_message(workspace, sender="ben@example.com", subject="Teapot")
    c = add_message(workspace, sender="cy@example.com", subject="Gift")
    assignment = Assignment(profile.pool.get())
    yasmine, camille = team["yasmine"].id, team["camille"].id
    assignment.assign_to_me(a, yasmine)
    assignment.assign_to_me(b, camille)
    ids = workspace.inbox_ids
    assert ids(view_query("mine", yasmine)) == [a]
    assert ids(view_query("unassigned", yasmine)) == [c]
    assert sorted(ids(view_query("all", yasmine))) == sorted([a, b, c])
    assert ids(view_query("mine", None)) == []  # nobody signed in owns nothing
    # On top of another view: Mine within Needs reply.
    assert ids(view_query("mine", camille, InboxQuery("needs_reply"))) == [b]
    with pytest.raises(ValueError):
        view_query("theirs", yasmine)


def test_round_robin_for_new_conversations_among_agents_on_duty(
    profile: Profile, workspace: Workspace, team: dict[str, Agent]
) -> None:
    before = add_message(workspace)  # existed before round-robin was turned on
    assignment = Assignment(profile.pool.get())
    with pytest.raises(PermissionDenied):
        assignment.set_round_robin(True, actor=team["yasmine"])
    assignment.set_round_robin(True, actor=team["camille"])
    AgentService(profile.pool.get()).set_on_duty(team["nadia"].id, False, actor=team["nadia"])
    new = [add_message(workspace, sender=f"c{i}@example.com", subject=f"Q{i}") for i in range(4)]
    newsletter = add_message(workspace, sender="news@example.com", subject="Weekly",
                             automated_reason="list")
    done = assignment.distribute_new()
    on_duty = {team["camille"].id, team["yasmine"].id}
    assert set(done) == set(new)
    assert set(done.values()) == on_duty
    # Alternating: each on-duty agent got two of the four.
    assert sorted(list(done.values()).count(a) for a in on_duty) == [2, 2]
    assert assignment.distribute_new() == {}  # each conversation is considered once
    conv_before, conv_news = workspace.conversation(before), workspace.conversation(newsletter)
    assert conv_before is not None and conv_before.assignee_id is None
    assert conv_news is not None and conv_news.assignee_id is None
    rr = [e for e in AuditQueryRepo(profile.pool.get()).entries(action_prefix="assign")
          if e.details.get("rule") == "round_robin"]
    assert len(rr) == 4 and all(e.agent_id is None for e in rr)


def test_round_robin_off_assigns_nothing(profile: Profile, workspace: Workspace,
                                         team: dict[str, Agent]) -> None:
    add_message(workspace)
    assert Assignment(profile.pool.get()).distribute_new() == {}


def test_every_action_is_stamped_with_the_agent(profile: Profile, workspace: Workspace,
                                                team: dict[str, Agent]) -> None:
    """Reply, note, status, assignment, mention note and team edits all name who did them."""
    yasmine, camille = team["yasmine"], team["camille"]
    cid = add_message(workspace, channel=Channel.DEMO_CHAT, sender="lea")
    reply = workspace.reply(cid, "Bonjour Léa", agent_id=yasmine.id)
    note_id = workspace.note(cid, "Called her", agent_id=camille.id)
    workspace.set_status(cid, Status.WAITING, agent_id=yasmine.id)
    Assignment(profile.pool.get()).assign(cid, camille.id, by=yasmine.id)
    mention = MentionService(workspace.actions()).note(cid, "@Camille look", agent_id=yasmine.id)
    AgentService(profile.pool.get()).set_signature(yasmine.id, "fr", "Y.", actor=yasmine)
    by_id = {m.id: m for m in workspace.messages(cid)}
    assert by_id[reply.message_row_id].agent_id == yasmine.id
    assert by_id[note_id].agent_id == camille.id
    assert by_id[mention.message_id].agent_id == yasmine.id
    trail = [(a, n) for a, n, _ in _audit(profile)
             if a in ("reply", "note", "status:waiting", "assign", "agent:signature")]
    assert trail == [("reply", "Yasmine"), ("note", "Camille"), ("status:waiting", "Yasmine"),
                     ("assign", "Yasmine"), ("note", "Yasmine"), ("agent:signature", "Yasmine")]


def test_template_edits_record_the_agent(profile: Profile, team: dict[str, Agent]) -> None:
    templates = pytest.importorskip("agent_assist.services.template_library")
    from agent_assist.core.templates import Template, TemplateVariant

    db = profile.pool.get()
    template = Template(key="late-parcel", names={"en": "Late parcel"},
                        variants={"en": TemplateVariant("en", "Sorry for the wait.")})
    templates.save_template(db, template, agent_id=team["yasmine"].id)
    row = db.execute("SELECT updated_by FROM templates WHERE key = 'late-parcel'").fetchone()
    assert row[0] == team["yasmine"].id
