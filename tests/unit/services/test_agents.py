"""Agents: scrypt passwords, roles and permissions, sessions, and @mention notices."""

from __future__ import annotations

import base64
import itertools
import time

import pytest

from agent_assist.core.models import Channel, HandleKind, IncomingMessage
from agent_assist.core.permissions import Action, PermissionDenied, Role
from agent_assist.services.agents import (
    AgentError,
    AgentService,
    ScryptParams,
    hash_password,
    verify_password,
)
from agent_assist.services.mentions import MentionService
from agent_assist.services.session import (
    DEFAULT_OWNER_NAME,
    FAILURE_PAUSE,
    MAX_FAILURES,
    Session,
    SessionError,
)
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories.audit import AuditRepo

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


FAST = ScryptParams(n=2**10, r=8, p=1)  # the scheme under test, cheaper per hash


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def service(profile: Profile) -> AgentService:
    return AgentService(profile.pool.get(), params=FAST)


# -- hashing ---------------------------------------------------------------------------------


def test_default_hash_is_scrypt_with_its_parameters_and_a_random_salt() -> None:
    first, second = hash_password("2468"), hash_password("2468")
    scheme, settings, salt, digest = first.split("$")
    assert scheme == "scrypt" and settings == "n=32768,r=8,p=1"
    assert len(base64.b64decode(salt)) == 16 and len(base64.b64decode(digest)) == 32
    assert first != second  # different salts
    assert "2468" not in first
    assert verify_password("2468", first) and verify_password("2468", second)
    assert not verify_password("2469", first)


def test_verify_uses_the_parameters_stored_with_the_hash() -> None:
    stored = hash_password("sésame", FAST)
    assert stored.split("$")[1] == "n=1024,r=8,p=1"
    assert verify_password("sésame", stored)
    assert verify_password("se\u0301same", stored)  # the same word typed decomposed


@pytest.mark.parametrize("stored", ["", "plain", "md5$x$y$z", "scrypt$n=1024$r$x",
                                    "scrypt$n=1000,r=8,p=1$AAAA$AAAA",  # n not a power of 2
                                    "scrypt$n=1024,r=8,p=1$!!!$AAAA"])
def test_malformed_hashes_never_verify(stored: str) -> None:
    assert not verify_password("anything", stored)


def test_no_clear_text_in_the_database(profile: Profile, service: AgentService) -> None:
    service.add("Camille", Role.OWNER, password="correct horse 42")
    dump = "\n".join(profile.pool.get().conn.iterdump())
    assert "correct horse 42" not in dump
    assert "scrypt$" in dump
    agent = service.require_by_name("camille")
    assert agent.has_password
    assert not hasattr(agent, "password_hash")  # the hash never leaves storage in an Agent
    assert service.verify(agent.id, "correct horse 42")
    assert not service.verify(agent.id, "correct horse 43")
    assert not service.verify(agent.id, "")


# -- the agent service -------------------------------------------------------------------------


def test_add_list_deactivate_with_audit(profile: Profile, service: AgentService) -> None:
    owner = service.add("Camille", Role.OWNER)
    agent = service.add("  Yasmine  ", "agent", signatures={"fr": "Yasmine — Atelier"})
    assert agent.name == "Yasmine" and agent.role is Role.AGENT and agent.active
    assert [a.name for a in service.list()] == ["Camille", "Yasmine"]
    service.deactivate(agent.id, actor=owner)
    assert [a.name for a in service.list(include_inactive=False)] == ["Camille"]
    assert not service.require_by_name("Yasmine").active
    actions = [(e.action, e.agent_name) for e in AuditRepo(profile.pool.get()).list()]
    assert ("agent:deactivate", "Camille") in actions
    assert ("agent:add", "") in actions  # added from an unprotected profile: nobody identified


@pytest.mark.parametrize(("name", "error"), [
    ("", "empty"), ("a" * 61, "longer than"), ("ana@shop", "cannot contain @"),
    ("Ya\x07smine", "cannot contain"),
])
def test_bad_names_are_refused(service: AgentService, name: str, error: str) -> None:
    with pytest.raises(AgentError, match=error):
        service.add(name)


def test_duplicate_names_are_refused_case_insensitively(service: AgentService) -> None:
    service.add("Yasmine")
    with pytest.raises(AgentError, match="already an agent named"):
        service.add("YASMINE")


def test_short_pin_and_unknown_role(service: AgentService) -> None:
    with pytest.raises(AgentError, match="at least 4"):
        service.add("Yasmine", password="123")
    with pytest.raises(AgentError, match="role intern is unknown"):
        service.add("Yasmine", "intern")
    assert service.list() == []


def test_an_agent_cannot_manage_the_team(service: AgentService) -> None:
    owner = service.add("Camille", Role.OWNER, password="1234")
    yasmine = service.add("Yasmine", actor=owner)
    with pytest.raises(PermissionDenied, match="Yasmine is not an owner"):
        service.add("Intruder", Role.OWNER, actor=yasmine)
    with pytest.raises(PermissionDenied):
        service.deactivate(owner.id, actor=yasmine)
    with pytest.raises(PermissionDenied):
        service.set_role(yasmine.id, Role.OWNER, actor=yasmine)
    with pytest.raises(PermissionDenied):
        service.set_password(owner.id, "0000", actor=yasmine)
    # ...but manages her own PIN and signatures.
    service.set_password(yasmine.id, "9876", actor=yasmine)
    service.set_signature(yasmine.id, "ar", "ياسمين", actor=yasmine)
    assert service.verify(yasmine.id, "9876")
    assert service.require_by_name("Yasmine").signature("ar-MA") == "ياسمين"


def test_a_protected_profile_refuses_anonymous_management(service: AgentService) -> None:
    service.add("Camille", Role.OWNER)  # no password yet: the profile is open
    service.add("Yasmine")
    assert not service.is_protected()
    camille = service.require_by_name("Camille")
    service.set_password(camille.id, "1234", actor=camille)
    assert service.is_protected()
    with pytest.raises(PermissionDenied, match="Only an owner can add"):
        service.add("Someone")
    service.authorize(None, Action.REPLY)  # everyday work stays open to everyone


def test_role_is_read_fresh(service: AgentService) -> None:
    owner = service.add("Camille", Role.OWNER)
    other = service.add("Nadia", Role.OWNER)
    service.set_role(owner.id, Role.AGENT, actor=other)
    with pytest.raises(PermissionDenied):  # the stale Agent object still says owner
        service.add("Late", actor=owner)


def test_the_last_owner_stays(service: AgentService) -> None:
    owner = service.add("Camille", Role.OWNER)
    with pytest.raises(AgentError, match="only active owner"):
        service.deactivate(owner.id, actor=owner)
    with pytest.raises(AgentError, match="only active owner"):
        service.set_role(owner.id, Role.AGENT, actor=owner)


def test_rename_self_or_by_an_owner(service: AgentService) -> None:
    owner = service.add("Owner", Role.OWNER)
    yasmine = service.add("Yasmine", actor=owner)
    assert service.rename(owner.id, "Camille", actor=owner).name == "Camille"
    assert service.rename(yasmine.id, "Yasmine B.", actor=yasmine).name == "Yasmine B."
    with pytest.raises(PermissionDenied):
        service.rename(owner.id, "Boss", actor=service.require_by_name("Yasmine B."))
    with pytest.raises(AgentError, match="already an agent named camille"):
        service.rename(yasmine.id, "camille", actor=service.require_by_name("Camille"))


def test_signatures_per_language(service: AgentService) -> None:
    agent = service.add("Yasmine")
    service.set_signature(agent.id, "FR", "Yasmine\nAtelier Lumière")
    service.set_signature(agent.id, "en", "Yasmine, Atelier Lumière")
    stored = service.require_by_name("Yasmine")
    assert stored.signature("fr") == "Yasmine\nAtelier Lumière"
    assert stored.signature("fr-CA") == "Yasmine\nAtelier Lumière"
    assert stored.signature("de", fallback="en") == "Yasmine, Atelier Lumière"
    assert stored.signature("de") == ""
    service.set_signature(agent.id, "fr", "")
    assert "fr" not in service.require_by_name("Yasmine").signatures


# -- sessions -----------------------------------------------------------------------------------


def test_a_new_profile_gets_an_owner_and_no_login(profile: Profile) -> None:
    session = Session(profile.pool.get, params=FAST)
    sign_in = session.start()
    assert sign_in is not None and sign_in.automatic
    assert sign_in.agent.name == DEFAULT_OWNER_NAME and sign_in.agent.is_owner
    assert session.agent_id == sign_in.agent.id
    assert not session.needs_login() and not session.idle_lock_applies()


def test_a_solo_owner_without_password_never_logs_in(profile: Profile) -> None:
    AgentService(profile.pool.get(), params=FAST).add("Camille", Role.OWNER)
    session = Session(profile.pool.get, params=FAST)
    sign_in = session.start()
    assert sign_in is not None and sign_in.agent.name == "Camille"


def test_a_solo_owner_with_a_password_logs_in(profile: Profile) -> None:
    AgentService(profile.pool.get(), params=FAST).add("Camille", Role.OWNER, password="1234")
    session = Session(profile.pool.get, params=FAST)
    assert session.start() is None and session.needs_login()


def test_two_agents_ask_who_is_working_and_wrong_pins_are_refused(profile: Profile) -> None:
    service = AgentService(profile.pool.get(), params=FAST)
    camille = service.add("Camille", Role.OWNER, password="1234")
    yasmine = service.add("Yasmine", password="5678", actor=camille)
    clock = Clock()
    session = Session(profile.pool.get, params=FAST, clock=clock)
    assert session.start() is None
    with pytest.raises(SessionError, match="Wrong PIN or password for Yasmine"):
        session.sign_in(yasmine.id, "1234")
    assert session.current is None
    assert session.sign_in(yasmine.id, "5678").agent.id == yasmine.id
    assert not session.can(Action.MANAGE_AGENTS) and session.can(Action.REPLY)
    switched = session.sign_in(camille.id, "1234")
    assert switched.agent.id == camille.id and session.can(Action.VIEW_AUDIT)
    session.lock()
    assert session.locked and not session.can(Action.REPLY)
    session.sign_in(camille.id, "1234")
    assert not session.locked
    actions = [r[0] for r in profile.pool.get().execute("SELECT action FROM audit_log ORDER BY id")]
    assert actions[-5:] == ["session:refused", "session:sign_in", "session:switch",
                            "session:lock", "session:unlock"]


def test_repeated_wrong_pins_pause_that_agent(profile: Profile) -> None:
    service = AgentService(profile.pool.get(), params=FAST)
    camille = service.add("Camille", Role.OWNER, password="1234")
    yasmine = service.add("Yasmine", password="5678", actor=camille)
    clock = Clock()
    session = Session(profile.pool.get, params=FAST, clock=clock)
    for _ in range(MAX_FAILURES):
        with pytest.raises(SessionError, match="Wrong PIN"):
            session.sign_in(yasmine.id, "0000")
    with pytest.raises(SessionError, match="Too many wrong attempts"):
        session.sign_in(yasmine.id, "5678")  # even the right PIN waits
    clock.now += FAILURE_PAUSE + 1
    assert session.sign_in(yasmine.id, "5678").agent.name == "Yasmine"


def test_inactive_agents_cannot_sign_in(profile: Profile) -> None:
    service = AgentService(profile.pool.get(), params=FAST)
    owner = service.add("Camille", Role.OWNER)
    yasmine = service.add("Yasmine")
    service.deactivate(yasmine.id, actor=owner)
    session = Session(profile.pool.get, params=FAST)
    with pytest.raises(SessionError, match="no longer active"):
        session.sign_in(yasmine.id)
    assert [a.name for a in session.agents()] == ["Camille"]


def test_idle_lock_setting_is_owner_only(profile: Profile) -> None:
    service = AgentService(profile.pool.get(), params=FAST)
    owner = service.add("Camille", Role.OWNER)
    service.add("Yasmine", actor=owner)
    session = Session(profile.pool.get, params=FAST)
    assert session.idle_lock_minutes() == 10 and session.idle_lock_applies()
    session.sign_in(service.require_by_name("Yasmine").id)
    with pytest.raises(PermissionDenied):
        session.set_idle_lock_minutes(1)
    session.sign_in(owner.id)
    session.set_idle_lock_minutes(0)
    assert session.idle_lock_minutes() == 0 and not session.idle_lock_applies()
    with pytest.raises(SessionError, match="between 0"):
        session.set_idle_lock_minutes(-1)


# -- mentions -------------------------------------------------------------------------------------


def test_mentions_notify_when_the_agent_switches_in(profile: Profile,
                                                    workspace: Workspace) -> None:
    service = AgentService(profile.pool.get(), params=FAST)
    camille = service.add("Camille", Role.OWNER)
    yasmine = service.add("ياسمين")
    cid = add_message(workspace, subject="Broken vase")
    mentions = MentionService(workspace.actions())
    result = mentions.note(cid, "@ياسمين can you call her? cc @Camille", agent_id=camille.id)
    assert [a.id for a in result.mentioned] == [yasmine.id]  # not the author herself
    note = workspace.messages(cid)[-1]
    assert note.id == result.message_id and note.agent_id == camille.id
    session = Session(profile.pool.get, params=FAST)
    sign_in = session.sign_in(yasmine.id)
    assert [(m.by_name, m.conversation_subject) for m in sign_in.mentions] == [
        ("Camille", "Broken vase")]
    assert "call her" in sign_in.mentions[0].text
    session.mark_mentions_seen([m.id for m in sign_in.mentions])
    session.sign_in(camille.id)
    assert session.sign_in(yasmine.id).mentions == []  # shown once


def test_an_empty_note_records_no_mention(profile: Profile, workspace: Workspace) -> None:
    from agent_assist.services.actions import ActionError

    AgentService(profile.pool.get(), params=FAST).add("Yasmine")
    cid = add_message(workspace)
    with pytest.raises(ActionError):
        MentionService(workspace.actions()).note(cid, "   ", agent_id=None)
    assert profile.pool.get().execute("SELECT count(*) FROM mentions").fetchone()[0] == 0
