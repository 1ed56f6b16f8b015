"""Turning channel messages into stored, threaded conversations (shared by every channel)."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

from agent_assist.core.models import Channel, Direction, HandleKind, IncomingMessage, Status
from agent_assist.core.needs_reply import is_trivial_closing, reply_state
from agent_assist.core.threading import looks_like_reply, normalize_subject, snippet
from agent_assist.storage.blobs import AttachmentFiles, put_raw
from agent_assist.storage.repositories import Repos
from agent_assist.storage.repositories.messages import NewMessage

# How far back a subject-only match may reach when headers don't thread a reply.
SUBJECT_FALLBACK_DAYS = 30


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What happened to one incoming message."""

    provider_key: str
    conversation_id: int | None
    message_row_id: int | None
    duplicate: bool


class Ingestor:
    """Stores incoming messages in the caller's transaction and keeps conversations current.

    Callers wrap a batch (and the sync cursor that covers it) in one ``db.atomic()``;
    the UNIQUE provider key makes a redelivered message a counted duplicate, not a copy.
    """

    def __init__(self, repos: Repos, attachments: AttachmentFiles) -> None:
        self.repos = repos
        self.attachments = attachments

    def ingest_many(self, messages: Iterable[IncomingMessage]) -> list[IngestResult]:
        results = [self._store(m) for m in messages]
        for conversation_id in {r.conversation_id for r in results if not r.duplicate}:
            if conversation_id is not None:
                self.refresh(conversation_id)
        return results

    def ingest(self, message: IncomingMessage) -> IngestResult:
        return self.ingest_many([message])[0]

    def refresh(self, conversation_id: int) -> None:
        """Recompute the summary columns the inbox sorts and filters on."""
        db = self.repos.db
        facts = self.repos.messages.facts(conversation_id)
        state = reply_state(facts)
        last = db.execute(
            # Our notes and automatic acknowledgements are not what the list should preview.
            "SELECT body_text, sent_at FROM messages WHERE conversation_id = ? AND direction "
            "NOT IN ('note', 'auto') ORDER BY sent_at DESC, id DESC LIMIT 1",
            [conversation_id],
        ).fetchone()
        lang = db.execute(
            "SELECT language FROM messages WHERE conversation_id = ? AND direction = 'in' AND "
            "language != '' ORDER BY sent_at DESC LIMIT 1",
            [conversation_id],
        ).fetchone()
        inbound = [f for f in facts if f.direction is Direction.IN]
        self.repos.conversations.update_summary(
            conversation_id,
            needs_reply=state.needs_reply,
            waiting_since=state.waiting_since,
            last_message_at=max((f.sent_at for f in facts), default=None),
            snippet=snippet(last[0]) if last else "",
            message_count=len(facts),
            automated=bool(inbound) and all(f.automated for f in inbound),
            language=lang[0] if lang else "",
        )

    # -- internals ---------------------------------------------------------------------

    def _store(self, m: IncomingMessage) -> IngestResult:
        repos = self.repos
        if repos.messages.exists(m.provider_key):
            return IngestResult(m.provider_key, None, None, duplicate=True)
        contact_id = self._contact_for(m)
        conversation_id = self._conversation_for(m, contact_id)
        raw_sha = put_raw(repos.db, m.raw) if m.raw is not None else ""
        sent_at = m.sent_at if m.sent_at is not None else time.time()
        row_id = repos.messages.insert(
            NewMessage(
                conversation_id=conversation_id, channel=m.channel, direction=m.direction,
                provider_key=m.provider_key, sent_at=sent_at, body_text=m.body_text,
                body_html=m.body_html, subject=m.subject, sender_name=m.sender_name,
                sender_address=m.sender_address, recipients=m.recipients, cc=m.cc,
                reply_to=m.reply_to, message_id=m.message_id, in_reply_to=m.in_reply_to,
                references=m.references, account_id=m.account_id, language=m.language,
                automated_reason=m.automated_reason, raw_sha256=raw_sha,
                has_attachments=bool(m.attachments), parse_defects=m.parse_defects,
            )
        )
        if row_id is None:  # lost a race with another writer: still a duplicate
            return IngestResult(m.provider_key, conversation_id, None, duplicate=True)
        for att in m.attachments:
            digest = self.attachments.put(att.data)
            repos.messages.add_attachment(
                row_id, att.filename, att.content_type, len(att.data), digest,
                att.content_id or "", att.inline,
            )
        self._reopen_if_needed(conversation_id, m)
        return IngestResult(m.provider_key, conversation_id, row_id, duplicate=False)

    def _contact_for(self, m: IncomingMessage) -> int | None:
        if m.direction is Direction.IN:
            address, name = m.sender_address, m.sender_name
        else:
            address, name = (m.recipients[0] if m.recipients else ""), ""
        if not address:
            return None
        return self.repos.contacts.find_or_create(m.handle_kind, address, name)

    def _conversation_for(self, m: IncomingMessage, contact_id: int | None) -> int:
        repos = self.repos
        if m.thread_key:
            found = repos.conversations.find_by_thread_key(m.account_id, m.thread_key)
        else:
            found = repos.messages.conversation_for_message_ids(
                [m.in_reply_to, *reversed(m.references)]
            )
            if found is None and contact_id is not None and looks_like_reply(m.subject):
                found = self._by_subject(m, contact_id)
        if found is not None:
            return found
        return repos.conversations.create(
            channel=m.channel,
            subject=m.subject,
            contact_id=contact_id,
            account_id=m.account_id,
            thread_key=m.thread_key,
            language=m.language,
            created_at=m.sent_at,
        )

    def _by_subject(self, m: IncomingMessage, contact_id: int) -> int | None:
        """Conservative fallback: same contact, same channel, same subject, recent."""
        key = normalize_subject(m.subject)
        if not key:
            return None
        since = (m.sent_at or time.time()) - SUBJECT_FALLBACK_DAYS * 86400
        for conv_id, subject in self.repos.db.execute(
            "SELECT id, subject FROM conversations WHERE contact_id = ? AND channel = ? "
            "AND COALESCE(last_message_at, created_at) >= ? ORDER BY last_message_at DESC",
            [contact_id, m.channel.value, since],
        ):
            if normalize_subject(subject) == key:
                return int(conv_id)
        return None

    def _reopen_if_needed(self, conversation_id: int, m: IncomingMessage) -> None:
        """A real customer follow-up brings a closed/waiting/snoozed conversation back."""
        if m.direction is not Direction.IN or m.automated_reason:
            return
        conv = self.repos.conversations.get(conversation_id)
        if conv is None or conv.status is Status.OPEN:
            return
        if conv.status is Status.CLOSED and is_trivial_closing(m.body_text):
            return
        self.repos.conversations.set_status(conversation_id, Status.OPEN)


def handle_kind_for(channel: Channel) -> HandleKind:
    return {
        Channel.EMAIL: HandleKind.EMAIL,
        Channel.TELEGRAM: HandleKind.TELEGRAM,
        Channel.MATRIX: HandleKind.MATRIX,
        Channel.DEMO_CHAT: HandleKind.DEMO,
    }[channel]
