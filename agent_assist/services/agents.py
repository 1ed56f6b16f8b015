"""The team's agents: add, list, deactivate, passwords/PINs (scrypt), signatures per language."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils

from agent_assist.core.permissions import Action, PermissionDenied, Role, can
from agent_assist.core.team import Agent
from agent_assist.storage.repositories.audit import AuditRepo
from agent_assist.storage.repositories.team import AgentRepo
from agent_assist.storage.transactions import immediate

Clock = Callable[[], float]

MAX_NAME = 60
MIN_SECRET = 4  # a 4-digit PIN is the shortest a shop counter will accept


class AgentError(Exception):
    """An agent operation that cannot be done; the message is one sentence for the user."""


# -- password hashing --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScryptParams:
    """scrypt cost: n=2**15, r=8 uses 32 MiB per hash (memory-hard), ~0.1 s on this machine."""

    n: int = 2**15
    r: int = 8
    p: int = 1
    dklen: int = 32

    @property
    def maxmem(self) -> int:
        return 128 * self.r * self.n * self.p * 2 + 1024 * 1024


DEFAULT_PARAMS = ScryptParams()
_SCHEME = "scrypt"


def hash_password(password: str, params: ScryptParams = DEFAULT_PARAMS) -> str:
    """``scrypt$n=…,r=…,p=…$salt$hash`` (base64): parameters travel with the hash."""
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, params)
    return (f"{_SCHEME}$n={params.n},r={params.r},p={params.p}$"
            f"{_b64(salt)}${_b64(digest)}")


def verify_password(password: str, stored: str) -> bool:
    """Constant-time check of ``password`` against a stored hash; False for any malformed one."""
    try:
        scheme, settings, salt_text, digest_text = stored.split("$")
        if scheme != _SCHEME:
            return False
        values = dict(part.split("=", 1) for part in settings.split(","))
        expected = base64.b64decode(digest_text, validate=True)
        params = ScryptParams(n=int(values["n"]), r=int(values["r"]), p=int(values["p"]),
                              dklen=len(expected))
        salt = base64.b64decode(salt_text, validate=True)
        actual = _scrypt(password, salt, params)
    except (ValueError, KeyError):
        return False
    return hmac.compare_digest(actual, expected)


def _scrypt(password: str, salt: bytes, params: ScryptParams) -> bytes:
    # NFC first: the same PIN typed on two keyboards (composed or not) must match.
    secret = unicodedata.normalize("NFC", password).encode("utf-8")
    return hashlib.scrypt(secret, salt=salt, n=params.n, r=params.r, p=params.p,
                          maxmem=params.maxmem, dklen=params.dklen)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# -- the service -------------------------------------------------------------------------------


def validate_name(name: str) -> str:
    name = " ".join(unicodedata.normalize("NFC", name).split())
    if not name:
        raise AgentError("The agent's name is empty.")
    if len(name) > MAX_NAME:
        raise AgentError(f"The agent's name is longer than {MAX_NAME} characters.")
    if "@" in name or any(unicodedata.category(ch)[0] == "C" for ch in name):
        raise AgentError("An agent's name cannot contain @ or control characters.")
    return name


def validate_secret(secret: str) -> str:
    if len(secret) < MIN_SECRET:
        raise AgentError(f"A password or PIN needs at least {MIN_SECRET} characters.")
    return secret


class AgentService:
    """Every change is checked against the acting agent's role and recorded in the audit log.

    ``actor`` is who asks (None: the person at the keyboard of an unprotected profile, e.g.
    the CLI without --as). A profile is *protected* once an active owner has a password;
    then only an identified owner manages the team.
    """

    def __init__(self, db: sqlite_utils.Database, *, params: ScryptParams = DEFAULT_PARAMS,
                 clock: Clock = time.time) -> None:
        self.db = db
        self.agents = AgentRepo(db)
        self.audit = AuditRepo(db)
        self.params = params
        self.clock = clock

    # -- reads -------------------------------------------------------------------------------

    def list(self, *, include_inactive: bool = True) -> list[Agent]:
        return self.agents.list(include_inactive=include_inactive)

    def get(self, agent_id: int) -> Agent | None:
        return self.agents.get(agent_id)

    def by_name(self, name: str) -> Agent | None:
        return self.agents.by_name(name)

    def require_by_name(self, name: str) -> Agent:
        agent = self.agents.by_name(name)
        if agent is None:
            raise AgentError(f"There is no agent named {name}.")
        return agent

    def is_protected(self) -> bool:
        return self.agents.any_password()

    def verify(self, agent_id: int, password: str) -> bool:
        """Whether ``password`` is the agent's; an agent without one accepts only ''."""
        stored = self.agents.password_hash(agent_id)
        if not stored:
            return password == ""
        return verify_password(password, stored)

    # -- permission ----------------------------------------------------------------------------

    def authorize(self, actor: Agent | None, action: Action) -> None:
        """Raise PermissionDenied unless ``actor`` (or the anonymous operator) may act."""
        if actor is None:
            if self.is_protected() and not can(Role.AGENT, action):
                raise PermissionDenied(action)
            return
        fresh = self.agents.get(actor.id)  # a role changed in another window counts now
        if fresh is None or not fresh.active or not can(fresh.role, action):
            raise PermissionDenied(action, fresh.role if fresh else None,
                                   fresh.name if fresh else actor.name)

    # -- writes --------------------------------------------------------------------------------

    def add(self, name: str, role: Role | str = Role.AGENT, *, password: str = "",
            signatures: dict[str, str] | None = None, actor: Agent | None = None) -> Agent:
        name = validate_name(name)
        try:
            role = Role(role)
        except ValueError:
            raise AgentError(f"The role {role} is unknown: use owner or agent.") from None
        hashed = hash_password(validate_secret(password), self.params) if password else ""
        with immediate(self.db):
            self.authorize(actor, Action.MANAGE_AGENTS)
            if self.agents.by_name(name) is not None:
                raise AgentError(f"There is already an agent named {name}.")
            agent_id = self.agents.insert(name, role, hashed, dict(signatures or {}),
                                          self.clock())
            self._record("agent:add", actor, agent_id, {"name": name, "role": role.value,
                                                         "password": bool(password)})
        agent = self.agents.get(agent_id)
        assert agent is not None
        return agent

    def rename(self, agent_id: int, name: str, *, actor: Agent | None = None) -> Agent:
        """Owners rename anyone, agents themselves (e.g. the first start's "Owner")."""
        name = validate_name(name)
        with immediate(self.db):
            self._authorize_self_or_owner(actor, agent_id, Action.EDIT_OWN_NAME)
            agent = self._existing(agent_id)
            clash = self.agents.by_name(name)
            if clash is not None and clash.id != agent_id:
                raise AgentError(f"There is already an agent named {name}.")
            self.agents.rename(agent_id, name)
            self._record("agent:rename", actor, agent_id, {"from": agent.name, "to": name})
        return self._existing(agent_id)

    def set_active(self, agent_id: int, active: bool, *, actor: Agent | None = None) -> None:
        with immediate(self.db):
            self.authorize(actor, Action.MANAGE_AGENTS)
            agent = self._existing(agent_id)
            if (not active and agent.active and agent.is_owner
                    and self.agents.count_active(Role.OWNER) <= 1):
                raise AgentError(f"{agent.name} is the only active owner; make someone else "
                                 "an owner first.")
            self.agents.set_active(agent_id, active)
            self._record("agent:activate" if active else "agent:deactivate", actor, agent_id,
                         {"name": agent.name})

    def deactivate(self, agent_id: int, *, actor: Agent | None = None) -> None:
        self.set_active(agent_id, False, actor=actor)

    def set_role(self, agent_id: int, role: Role, *, actor: Agent | None = None) -> None:
        with immediate(self.db):
            self.authorize(actor, Action.MANAGE_AGENTS)
            agent = self._existing(agent_id)
            if (agent.is_owner and role is not Role.OWNER and agent.active
                    and self.agents.count_active(Role.OWNER) <= 1):
                raise AgentError(f"{agent.name} is the only active owner; make someone else "
                                 "an owner first.")
            self.agents.set_role(agent_id, role)
            self._record("agent:role", actor, agent_id, {"name": agent.name, "role": role.value})

    def set_password(self, agent_id: int, password: str, *, actor: Agent | None = None) -> None:
        """An owner sets anyone's; an agent only their own. '' removes the password."""
        hashed = hash_password(validate_secret(password), self.params) if password else ""
        with immediate(self.db):
            self._authorize_self_or_owner(actor, agent_id, Action.CHANGE_OWN_PASSWORD)
            agent = self._existing(agent_id)
            self.agents.set_password_hash(agent_id, hashed)
            self._record("agent:password", actor, agent_id,
                         {"name": agent.name, "removed": not password})

    def set_signature(self, agent_id: int, language: str, text: str, *,
                      actor: Agent | None = None) -> None:
        """The signature for one language ('' removes it); agents edit their own."""
        language = language.strip().lower()
        if not language:
            raise AgentError("Choose the language of the signature.")
        with immediate(self.db):
            self._authorize_self_or_owner(actor, agent_id, Action.EDIT_OWN_SIGNATURE)
            agent = self._existing(agent_id)
            signatures = dict(agent.signatures)
            if text.strip():
                signatures[language] = text.rstrip()
            else:
                signatures.pop(language, None)
            self.agents.set_signatures(agent_id, signatures)
            self._record("agent:signature", actor, agent_id,
                         {"name": agent.name, "language": language})

    def set_on_duty(self, agent_id: int, on_duty: bool, *, actor: Agent | None = None) -> None:
        with immediate(self.db):
            self._authorize_self_or_owner(actor, agent_id, Action.ASSIGN)
            agent = self._existing(agent_id)
            self.agents.set_on_duty(agent_id, on_duty)
            self._record("agent:duty", actor, agent_id, {"name": agent.name, "on_duty": on_duty})

    # -- internals -------------------------------------------------------------------------------

    def _existing(self, agent_id: int) -> Agent:
        agent = self.agents.get(agent_id)
        if agent is None:
            raise AgentError(f"Agent {agent_id} no longer exists.")
        return agent

    def _authorize_self_or_owner(self, actor: Agent | None, agent_id: int,
                                 own_action: Action) -> None:
        if actor is not None and actor.id == agent_id:
            self.authorize(actor, own_action)
        else:
            self.authorize(actor, Action.MANAGE_AGENTS)

    def _record(self, action: str, actor: Agent | None, agent_id: int,
                details: dict[str, object]) -> None:
        self.audit.record(action, agent_id=actor.id if actor else None, subject_type="agent",
                          subject_id=agent_id, details=details, at=self.clock())
