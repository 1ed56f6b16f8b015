"""The Matrix sync engine: each /sync's events and its ``next_batch`` commit in one transaction.

Network work (the /sync itself, /messages backfill, room state, media downloads, joining
invitations) happens before the transaction; the transaction then stores the messages and
moves the cursor. A crash anywhere before the commit leaves the old cursor, so the next
/sync redelivers the same events and the UNIQUE provider key turns them into counted
duplicates: at least once, never twice.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from agent_assist.channels.matrix import (
    Mapper,
    MatrixClient,
    MatrixError,
    MatrixRequestError,
    RoomState,
    SyncBatch,
    parse_txn_id,
    provider_key,
)
from agent_assist.core.models import Account, Direction, HandleKind, IncomingMessage
from agent_assist.services.ingest import Ingestor
from agent_assist.services.matrix.accounts import MatrixSettings
from agent_assist.storage.blobs import sha256_hex
from agent_assist.storage.repositories import Repos

SCOPE = "matrix:sync"


@dataclass
class MatrixSyncReport:
    """What one sync pass did."""

    account: str
    events: int = 0
    new: int = 0
    duplicates: int = 0
    linked: int = 0  # our own sent events matched to the reply already stored
    backfilled: int = 0
    quarantined: int = 0  # events that could not be read: kept as JSON and shown
    skipped_rooms: int = 0  # group rooms too big to be a customer conversation
    joined: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    next_batch: str = ""


class MatrixSync:
    """Runs sync passes for one account on the calling thread (its own DB connection)."""

    def __init__(
        self, repos: Repos, ingestor: Ingestor, account: Account, client: MatrixClient, *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.repos = repos
        self.ingestor = ingestor
        self.account = account
        self.client = client
        self.settings = MatrixSettings.from_account(account)
        self.clock = clock
        self.mapper = Mapper(account.id, self.settings.user_id, client.download)

    def since(self) -> str | None:
        token = self.repos.sync_state.get(self.account.id, SCOPE).get("next_batch")
        return str(token) if token else None

    def run_once(self, timeout_ms: int = 0) -> MatrixSyncReport:
        batch = self.client.sync(self.since(), timeout_ms=timeout_ms,
                                 timeline_limit=self.settings.timeline_limit)
        return self.store(batch)

    def store(self, batch: SyncBatch) -> MatrixSyncReport:
        report = MatrixSyncReport(self.account.name, events=batch.event_count,
                                  next_batch=batch.next_batch)
        prepared: list[tuple[dict[str, Any], RoomState, IncomingMessage]] = []
        broken: list[tuple[str, dict[str, Any], str]] = []
        for room in batch.rooms:
            report.backfilled += room.backfilled
            if not room.gap_closed:
                report.errors.append(f"History of room {room.room_id} was cut after "
                                     f"{room.backfilled} backfilled events.")
            if not room.events:
                continue
            state = self.client.room_state(room.room_id, room.state)
            if not self._is_conversation(state):
                report.skipped_rooms += 1
                continue
            for event in room.events:
                try:
                    message = self.mapper.to_incoming(event, state)
                except MatrixError:
                    raise  # the network: retry the whole batch later
                except Exception as exc:  # one malformed event must not block the account
                    broken.append((room.room_id, event, f"{type(exc).__name__}: {exc}"))
                    continue
                if message is not None:
                    prepared.append((event, state, message))
        if self.settings.auto_join:
            report.joined = self._join(batch.invites, report)
        with self.repos.db.atomic():
            to_ingest = []
            for event, state, message in prepared:
                if message.direction is Direction.OUT and self._link_own(event, message):
                    report.linked += 1
                    continue
                to_ingest.append((state, message))
            results = self.ingestor.ingest_many([m for _, m in to_ingest])
            touched: dict[int, RoomState] = {}
            for (state, _message), result in zip(to_ingest, results, strict=True):
                if result.duplicate:
                    report.duplicates += 1
                    continue
                report.new += 1
                if result.conversation_id is not None:
                    touched[result.conversation_id] = state
            for conversation_id, state in touched.items():
                self._settle_conversation(conversation_id, state)
            for room_id, event, error in broken:
                raw = json.dumps(event, ensure_ascii=False, default=str).encode()
                key = provider_key(self.account.id, str(event.get("event_id") or
                                                        sha256_hex(raw)))
                if self.repos.quarantine.add(key, raw, error, source=f"{self.account.name}/"
                                             f"{room_id}", account_id=self.account.id):
                    report.quarantined += 1
            # The cursor moves in the same transaction as the events it covers.
            self.repos.sync_state.put(self.account.id, SCOPE, {"next_batch": batch.next_batch})
            self.repos.accounts.mark_synced(self.account.id, self.clock())
        return report

    # -- internals ------------------------------------------------------------------------

    def _is_conversation(self, state: RoomState) -> bool:
        """DMs and small rooms only; a room with nobody but us and a bot is a bot's console."""
        people = state.others(self.settings.user_id, present_only=False)
        return 0 < len(people) <= self.settings.max_room_members

    def _join(self, invites: list[str], report: MatrixSyncReport) -> list[str]:
        joined = []
        for room_id in invites:
            try:
                self.client.join(room_id)
            except MatrixRequestError as exc:
                if exc.retryable:
                    raise  # try again with the next sync, before the cursor moves on
                report.errors.append(str(exc))  # withdrawn or refused: nothing to wait for
                continue
            joined.append(room_id)
        return joined

    def _link_own(self, event: dict[str, Any], message: IncomingMessage) -> bool:
        """True when ``event`` is a reply this app sent: the stored reply row takes its id."""
        unsigned = event.get("unsigned")
        ref = parse_txn_id(unsigned.get("transaction_id") if isinstance(unsigned, dict)
                           else None, self.settings.txn_prefix)
        if ref is None:
            return False
        if ref.part == 0:
            self.link_reply(self.repos, self.account.id, ref.message_row_id,
                            str(event.get("event_id")))
        # Later parts are the reply's files: already part of the stored reply.
        return True

    @staticmethod
    def link_reply(repos: Repos, account_id: int, message_row_id: int, event_id: str) -> None:
        """Give our stored reply the event's identity, so the event is never stored again."""
        repos.db.execute(
            "UPDATE OR IGNORE messages SET provider_key = ?, message_id_header = ? "
            "WHERE id = ? AND provider_key LIKE 'local:%'",
            [provider_key(account_id, event_id), event_id, message_row_id])

    def _settle_conversation(self, conversation_id: int, state: RoomState) -> None:
        """Tag a bridged room with its network; make the customer, not a bot, its contact."""
        repos = self.repos
        conversation = repos.conversations.get(conversation_id)
        if conversation is None:
            return
        bridge = state.bridge
        if bridge is not None and bridge.tag not in conversation.tags:
            repos.conversations.set_tags(conversation_id, [*conversation.tags, bridge.tag])
        own = self.settings.user_id
        people = state.others(own) or state.others(own, present_only=False)
        if len(people) != 1:
            return  # a small group: the first writer stays the contact
        current = repos.contacts.get(conversation.contact_id) if conversation.contact_id else None
        if current is not None and not any(state.is_bot(h.value) for h in current.handles):
            return
        person = people[0]
        contact_id = repos.contacts.find_or_create(HandleKind.MATRIX, person.user_id,
                                                   person.display_name)
        # A bridge bot's status line may have opened the conversation: it is not the customer.
        repos.db.execute("UPDATE conversations SET contact_id = ? WHERE id = ?",
                         [contact_id, conversation_id])
