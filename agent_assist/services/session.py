"""Who is working in this window: sign-in, quick switch, idle lock, mentions on switching in."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlite_utils

from agent_assist.core.permissions import Action, Role
from agent_assist.core.permissions import can as role_can
from agent_assist.core.team import Agent, MentionNotice
from agent_assist.services.agents import DEFAULT_PARAMS, AgentService, ScryptParams
from agent_assist.storage.repositories.audit import AuditRepo
from agent_assist.storage.repositories.collab import MentionRepo
from agent_assist.storage.repositories.settings import SettingsRepo
from agent_assist.storage.transactions import immediate

Clock = Callable[[], float]
DbProvider = Callable[[], sqlite_utils.Database]

IDLE_LOCK_KEY = "team.idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10
MAX_FAILURES = 5
FAILURE_PAUSE = 30.0  # seconds refused after MAX_FAILURES wrong PINs in a row
DEFAULT_OWNER_NAME = "Owner"


class SessionError(Exception):
    """Signing in failed; the message is one sentence for the person at the keyboard."""


@dataclass(frozen=True, slots=True)
class SignIn:
    """Who is now working, and the notes that mentioned them since they last looked."""

    agent: Agent
    mentions: list[MentionNotice] = field(default_factory=list)
    automatic: bool = False


class Session:
    """The agent working in one window; the database is reached through ``db`` per thread.

    A solo owner never sees a login screen: with at most one active agent and no password
    the session signs that agent in automatically (creating the owner on a new profile).
    """

    def __init__(self, db: DbProvider, *, clock: Clock = time.time,
                 params: ScryptParams = DEFAULT_PARAMS, window_id: str | None = None) -> None:
        self._db = db
        self.clock = clock
        self.params = params
        self.window_id = window_id or uuid.uuid4().hex
        self.current: Agent | None = None
        self.locked = False
        self._failures: dict[int, tuple[int, float]] = {}

    def db(self) -> sqlite_utils.Database:
        """This thread's connection to the profile."""
        return self._db()

    def service(self) -> AgentService:
        return AgentService(self._db(), params=self.params, clock=self.clock)

    # -- who may sign in ---------------------------------------------------------------------

    def agents(self) -> list[Agent]:
        """Active agents, the ones the login screen lists."""
        return self.service().list(include_inactive=False)

    def needs_login(self) -> bool:
        """False for a solo agent without a password; True as soon as there is a choice."""
        agents = self.agents()
        return len(agents) > 1 or any(a.has_password for a in agents)

    @property
    def agent_id(self) -> int | None:
        return self.current.id if self.current is not None else None

    # -- signing in --------------------------------------------------------------------------

    def start(self) -> SignIn | None:
        """At app start: sign in automatically when nobody needs to choose; else None."""
        db = self._db()
        service = self.service()
        with immediate(db):
            if not service.list():
                service.add(DEFAULT_OWNER_NAME, Role.OWNER)
        if self.needs_login():
            return None
        agents = self.agents()
        if not agents:
            return None  # every agent deactivated: the owner must reactivate one (CLI)
        return self._signed_in(agents[0], automatic=True)

    def sign_in(self, agent_id: int, password: str = "") -> SignIn:
        """Sign in (or switch to, or unlock as) ``agent_id``; wrong secrets are refused."""
        service = self.service()
        agent = service.get(agent_id)
        if agent is None or not agent.active:
            raise SessionError("That agent is no longer active; choose someone else.")
        now = self.clock()
        count, since = self._failures.get(agent.id, (0, 0.0))
        if count >= MAX_FAILURES and now - since < FAILURE_PAUSE:
            wait = int(FAILURE_PAUSE - (now - since)) + 1
            raise SessionError(f"Too many wrong attempts for {agent.name}; try again in "
                               f"{wait} seconds.")
        if not service.verify(agent.id, password):
            count = count + 1 if count < MAX_FAILURES else 1
            self._failures[agent.id] = (count, now)
            AuditRepo(self._db()).record("session:refused", agent_id=agent.id,
                                         subject_type="agent", subject_id=agent.id, at=now)
            raise SessionError(f"Wrong PIN or password for {agent.name}.")
        self._failures.pop(agent.id, None)
        return self._signed_in(agent, automatic=False)

    def lock(self) -> None:
        """Hide the work until someone signs in again (the idle lock, or "Lock now")."""
        if self.current is not None and not self.locked:
            self.locked = True
            AuditRepo(self._db()).record("session:lock", agent_id=self.current.id,
                                         at=self.clock())

    def sign_out(self) -> None:
        if self.current is not None:
            AuditRepo(self._db()).record("session:sign_out", agent_id=self.current.id,
                                         at=self.clock())
        self.current = None
        self.locked = False

    def refresh_current(self) -> Agent | None:
        """Re-read the current agent (a role or name may have changed in another window)."""
        if self.current is not None:
            self.current = self.service().get(self.current.id)
        return self.current

    def can(self, action: Action) -> bool:
        """Whether the signed-in agent may do ``action`` now (False when locked or nobody)."""
        return (self.current is not None and not self.locked
                and role_can(self.current.role, action))

    # -- mentions -----------------------------------------------------------------------------

    def mark_mentions_seen(self, ids: list[int]) -> None:
        if self.current is not None and ids:
            MentionRepo(self._db()).mark_seen(self.current.id, ids, self.clock())

    # -- idle lock ------------------------------------------------------------------------------

    def idle_lock_minutes(self) -> int:
        value = SettingsRepo(self._db()).get(IDLE_LOCK_KEY, DEFAULT_IDLE_LOCK_MINUTES)
        try:
            return max(0, int(value))
        except (TypeError, ValueError):
            return DEFAULT_IDLE_LOCK_MINUTES

    def set_idle_lock_minutes(self, minutes: int) -> None:
        """Owners only; 0 turns the idle lock off."""
        if minutes < 0 or minutes > 24 * 60:
            raise SessionError("The idle lock takes between 0 (off) and 1440 minutes.")
        db = self._db()
        with immediate(db):
            self.service().authorize(self.current, Action.MANAGE_TEAM_SETTINGS)
            SettingsRepo(db).set(IDLE_LOCK_KEY, int(minutes))
            AuditRepo(db).record("settings:idle_lock", agent_id=self.agent_id,
                                 details={"minutes": int(minutes)}, at=self.clock())

    def idle_lock_applies(self) -> bool:
        """A lock only makes sense when someone else could sit down (or a password is set)."""
        return self.idle_lock_minutes() > 0 and self.needs_login()

    # -- internals --------------------------------------------------------------------------------

    def _signed_in(self, agent: Agent, *, automatic: bool) -> SignIn:
        before = self.current
        db = self._db()
        action = ("session:unlock" if self.locked and before is not None and before.id == agent.id
                  else "session:switch" if before is not None and before.id != agent.id
                  else "session:sign_in")
        AuditRepo(db).record(action, agent_id=agent.id, subject_type="agent",
                             subject_id=agent.id,
                             details={"from": before.name} if before is not None else {},
                             at=self.clock())
        self.current = agent
        self.locked = False
        return SignIn(agent, MentionRepo(db).unseen(agent.id), automatic)
