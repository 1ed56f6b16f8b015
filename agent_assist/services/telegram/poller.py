"""Fetching a bot's updates with no loss and no duplicates.

The offset (last update_id + 1) is committed in the same transaction as the messages of
the batch it covers, and only then is the next getUpdates sent with it — which is what
confirms those updates to Telegram. A crash anywhere before that commit leaves them
unconfirmed, so Telegram hands them out again and the UNIQUE provider key absorbs any
that were stored.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from agent_assist.channels.telegram.client import BotClient
from agent_assist.channels.telegram.mapping import MappedUpdate, map_update, provider_key
from agent_assist.channels.telegram.types import MalformedUpdate, parse_update
from agent_assist.core.models import Account, HandleKind
from agent_assist.services.contacts import PHONE, TELEGRAM_USERNAME, ContactService
from agent_assist.services.ingest import Ingestor
from agent_assist.storage.repositories import Repos

SCOPE = "updates"


@dataclass
class PollReport:
    """What polling did for one account (summed over batches)."""

    account: str
    batches: int = 0
    received: int = 0
    new: int = 0
    duplicates: int = 0
    skipped: int = 0
    quarantined: int = 0
    update_ids: list[int] = field(default_factory=list)
    offset: int | None = None

    def add(self, other: PollReport) -> None:
        self.batches += other.batches
        self.received += other.received
        self.new += other.new
        self.duplicates += other.duplicates
        self.skipped += other.skipped
        self.quarantined += other.quarantined
        self.update_ids.extend(other.update_ids)
        self.offset = other.offset if other.offset is not None else self.offset


@dataclass
class _Prepared:
    mapped: list[MappedUpdate] = field(default_factory=list)
    broken: list[tuple[str, bytes, str]] = field(default_factory=list)  # key, raw, error
    update_ids: list[int] = field(default_factory=list)


class TelegramPoller:
    """Polls one account on the calling thread; the caller owns the loop and its errors."""

    def __init__(
        self, repos: Repos, ingestor: Ingestor, account: Account, client: BotClient, *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.repos = repos
        self.ingestor = ingestor
        self.account = account
        self.client = client
        self.clock = clock

    def offset(self) -> int | None:
        value = self.repos.sync_state.get(self.account.id, SCOPE).get("offset")
        return int(value) if isinstance(value, int) else None

    def poll_once(self, timeout: int) -> PollReport:
        """One getUpdates (waiting up to ``timeout`` s), stored and committed with its offset."""
        offset = self.offset()
        raw = self.client.get_updates(offset, timeout=timeout)
        report = PollReport(self.account.name, offset=offset)
        if not raw:
            with self.repos.db.atomic():
                self.repos.accounts.mark_synced(self.account.id, self.clock())
            return report
        prepared = self._prepare(raw)  # downloads files: a network error here loses nothing
        new_offset = max([*prepared.update_ids, (offset or 0) - 1]) + 1
        with self.repos.db.atomic():
            self._store(prepared, report)
            self.repos.sync_state.put(
                self.account.id, SCOPE, {"offset": new_offset, "at": self.clock()}
            )
            self.repos.accounts.mark_synced(self.account.id, self.clock())
        report.batches = 1
        report.received = len(raw)
        report.update_ids = sorted(prepared.update_ids)
        report.offset = new_offset
        return report

    def catch_up(self, timeout: int = 1, max_batches: int = 1000) -> PollReport:
        """Poll until Telegram has nothing more; the last call confirms the last batch."""
        total = PollReport(self.account.name, offset=self.offset())
        for _ in range(max_batches):
            report = self.poll_once(timeout)
            total.add(report)
            if report.received == 0:
                break
        return total

    # -- internals ---------------------------------------------------------------------------

    def _prepare(self, raw: list[dict[str, Any]]) -> _Prepared:
        prepared = _Prepared()
        for data in raw:
            update_id = data.get("update_id")
            if isinstance(update_id, int) and not isinstance(update_id, bool):
                prepared.update_ids.append(update_id)
            body = json.dumps(data, ensure_ascii=False).encode()
            try:
                update = parse_update(data)
                prepared.mapped.append(map_update(update, self.account.id, self.client.download))
            except MalformedUpdate as exc:
                key = (provider_key(self.account.id, update_id) if isinstance(update_id, int)
                       else f"tg:{self.account.id}:bad:{hashlib.sha256(body).hexdigest()}")
                prepared.broken.append((key, body, f"Telegram update not understood: {exc}"))
        return prepared

    def _store(self, prepared: _Prepared, report: PollReport) -> None:
        repos = self.repos
        messages = []
        for mapped in prepared.mapped:
            if mapped.message is None:
                report.skipped += 1
                continue
            self._avoid_recycled_key(mapped)
            messages.append(mapped.message)
        for result in self.ingestor.ingest_many(messages):
            if result.duplicate:
                report.duplicates += 1
            else:
                report.new += 1
        contacts = ContactService(repos, self.clock)
        for mapped in prepared.mapped:
            self._remember_profile(contacts, mapped)
        for key, body, error in prepared.broken:
            if repos.quarantine.add(key, body, error, source="telegram",
                                    account_id=self.account.id):
                report.quarantined += 1

    def _avoid_recycled_key(self, mapped: MappedUpdate) -> None:
        """Telegram may restart update ids at random after a quiet week: a stored key that
        belongs to another message must not swallow a new one as a "duplicate"."""
        message = mapped.message
        assert message is not None
        row = self.repos.db.execute(
            "SELECT message_id_header, sent_at FROM messages WHERE provider_key = ?",
            [message.provider_key],
        ).fetchone()
        if row is not None and (row[0], row[1]) != (message.message_id, message.sent_at):
            message.provider_key = f"{message.provider_key}:{message.message_id}:" \
                                   f"{int(message.sent_at or 0)}"

    def _remember_profile(self, contacts: ContactService, mapped: MappedUpdate) -> None:
        sender = mapped.sender
        if sender is None:
            return
        contact_id = self.repos.contacts.find_by_handle(HandleKind.TELEGRAM, str(sender.id))
        if contact_id is None:
            return
        if sender.username:
            contacts.record_detail(contact_id, TELEGRAM_USERNAME, f"@{sender.username}",
                                   "telegram")
        if mapped.own_phone:
            contacts.record_detail(contact_id, PHONE, mapped.own_phone, "telegram")
