"""Repositories: the only code that knows table layouts; they return core dataclasses."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from agent_assist.storage.repositories.accounts import AccountRepo, SyncStateRepo
from agent_assist.storage.repositories.audit import AuditRepo
from agent_assist.storage.repositories.contacts import ContactRepo
from agent_assist.storage.repositories.conversations import ConversationRepo, InboxQuery
from agent_assist.storage.repositories.messages import MessageRepo
from agent_assist.storage.repositories.outbox import OutboxRepo
from agent_assist.storage.repositories.quarantine import QuarantineRepo
from agent_assist.storage.repositories.settings import SettingsRepo

__all__ = [
    "AccountRepo",
    "AuditRepo",
    "ContactRepo",
    "ConversationRepo",
    "InboxQuery",
    "MessageRepo",
    "OutboxRepo",
    "QuarantineRepo",
    "Repos",
    "SettingsRepo",
    "SyncStateRepo",
]


@dataclass(frozen=True)
class Repos:
    """Every repository bound to one connection (one per thread)."""

    db: sqlite_utils.Database
    accounts: AccountRepo
    sync_state: SyncStateRepo
    audit: AuditRepo
    contacts: ContactRepo
    conversations: ConversationRepo
    messages: MessageRepo
    outbox: OutboxRepo
    quarantine: QuarantineRepo
    settings: SettingsRepo

    @classmethod
    def of(cls, db: sqlite_utils.Database) -> Repos:
        return cls(
            db=db,
            accounts=AccountRepo(db),
            sync_state=SyncStateRepo(db),
            audit=AuditRepo(db),
            contacts=ContactRepo(db),
            conversations=ConversationRepo(db),
            messages=MessageRepo(db),
            outbox=OutboxRepo(db),
            quarantine=QuarantineRepo(db),
            settings=SettingsRepo(db),
        )
