"""One sync engine per profile: the first process runs it, later windows are its clients."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from agent_assist.services.outbox import SendReport
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import InstanceLock


class ProcessRole(enum.StrEnum):
    """What this process does on a shared profile."""

    ENGINE = "engine"  # syncs accounts, sends the outbox, recovers interrupted sends
    CLIENT = "client"  # reads and writes the inbox; the engine does the network work


@dataclass
class RoleClaim:
    """The role this process got; an engine keeps the profile's lock until :meth:`release`."""

    role: ProcessRole
    lock: InstanceLock | None
    engine_pid: str = ""

    @property
    def is_engine(self) -> bool:
        return self.role is ProcessRole.ENGINE

    @property
    def is_client(self) -> bool:
        return self.role is ProcessRole.CLIENT

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def claim_role(root: Path | str) -> RoleClaim:
    """Become the engine when nobody else is; otherwise a client (never a refusal).

    The lock is an OS file lock, released by the OS when the engine dies (even kill -9):
    the next window to start becomes the engine.
    """
    lock = InstanceLock(Path(root))
    if lock.acquire():
        return RoleClaim(ProcessRole.ENGINE, lock)
    return RoleClaim(ProcessRole.CLIENT, None, lock.holder_pid())


class ClientWorkspace(Workspace):
    """A workspace for a client window: replies are queued, and the engine sends them.

    Two processes sending the same outbox could send a reply twice, and a client running
    ``recover`` would mark the engine's in-flight send UNCERTAIN; so both are no-ops here.
    """

    def send_pending(self) -> SendReport:
        return SendReport()

    def recover_outbox(self) -> list[int]:
        return []
