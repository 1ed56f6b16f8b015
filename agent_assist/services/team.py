"""The team services of one window, each on the calling thread's own connection."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

from agent_assist.services.agents import DEFAULT_PARAMS, AgentService, ScryptParams
from agent_assist.services.assignment import Assignment
from agent_assist.services.collision import CollisionGuard
from agent_assist.services.drafts import DraftStore
from agent_assist.services.mentions import MentionService
from agent_assist.services.session import Session
from agent_assist.services.workspace import Workspace
from agent_assist.storage.repositories.team import AuditQueryRepo

Clock = Callable[[], float]


class Team:
    """Session, agents, drafts, presence, assignment and mentions for one window.

    Like :class:`Workspace`, every accessor builds its service on the calling thread's
    connection, so the GUI thread, the writer and the presence poller never share one.
    """

    def __init__(self, workspace: Workspace, *, clock: Clock = time.time,
                 params: ScryptParams = DEFAULT_PARAMS, window_id: str | None = None) -> None:
        self.workspace = workspace
        self.clock = clock
        self.params = params
        self.window_id = window_id or uuid.uuid4().hex
        self.session = Session(workspace.profile.pool.get, clock=clock, params=params,
                               window_id=self.window_id)

    def agents(self) -> AgentService:
        return AgentService(self.workspace.profile.pool.get(), params=self.params,
                            clock=self.clock)

    def drafts(self) -> DraftStore:
        return DraftStore(self.workspace.profile.pool.get(), self.clock)

    def guard(self) -> CollisionGuard:
        return CollisionGuard(self.workspace.profile.pool.get(), window_id=self.window_id,
                              clock=self.clock)

    def assignment(self) -> Assignment:
        return Assignment(self.workspace.profile.pool.get(), self.clock)

    def mentions(self) -> MentionService:
        return MentionService(self.workspace.actions())

    def audit(self) -> AuditQueryRepo:
        return AuditQueryRepo(self.workspace.profile.pool.get())

    @property
    def agent_id(self) -> int | None:
        return self.session.agent_id
