"""Team dataclasses: agents, saved drafts, "is replying" presence, and @mention notices."""

from __future__ import annotations

from dataclasses import dataclass, field

from agent_assist.core.permissions import Role


@dataclass(frozen=True, slots=True)
class Agent:
    """A person who works the inbox; the password hash never leaves the storage layer."""

    id: int
    name: str
    role: Role
    active: bool = True
    has_password: bool = False
    on_duty: bool = True
    signatures: dict[str, str] = field(default_factory=dict)
    created_at: float = 0.0

    @property
    def is_owner(self) -> bool:
        return self.role is Role.OWNER

    def signature(self, language: str, fallback: str = "") -> str:
        """The signature for ``language``, else its base language's, else ``fallback``'s."""
        if language in self.signatures:
            return self.signatures[language]
        base = language.split("-")[0].split("_")[0]
        for key in (base, fallback):
            if key and key in self.signatures:
                return self.signatures[key]
        return ""


@dataclass(frozen=True, slots=True)
class Draft:
    """An unsent reply or note, saved on every pause in typing so a crash loses nothing."""

    conversation_id: int
    agent_id: int | None
    body: str
    as_note: bool
    started_at: float
    updated_at: float


@dataclass(frozen=True, slots=True)
class Presence:
    """Someone (in some window of some process) is writing in a conversation."""

    conversation_id: int
    agent_id: int | None
    agent_name: str
    window_id: str
    activity: str
    heartbeat_at: float
    started_at: float


@dataclass(frozen=True, slots=True)
class MentionNotice:
    """A note that mentions an agent, waiting to be shown when that agent switches in."""

    id: int
    agent_id: int
    message_id: int
    conversation_id: int
    conversation_subject: str
    by_agent_id: int | None
    by_name: str
    text: str
    created_at: float
