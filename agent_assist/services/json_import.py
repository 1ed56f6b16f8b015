"""Re-importing an Agent Assist JSON export (the round trip of `export --format json`)."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent_assist.core.models import Channel, Delivery, Direction, HandleKind, Status
from agent_assist.services.export import EXPORT_FORMAT
from agent_assist.services.ingest import Ingestor
from agent_assist.storage.blobs import put_raw
from agent_assist.storage.repositories import Repos
from agent_assist.storage.repositories.messages import NewMessage


def is_json_export(path: Path) -> bool:
    if path.suffix.lower() != ".json" or not path.is_file():
        return False
    with open(path, "rb") as f:
        head = f.read(200)
    return EXPORT_FORMAT.encode() in head


@dataclass
class ExportDocument:
    """An export being read: its agents, then its conversations one at a time."""

    agents: list[dict[str, Any]]
    records: Generator[tuple[dict[str, Any], int], None, None]  # (conversation, bytes read)


def read_export(path: Path) -> ExportDocument:
    """Stream the conversations of an export written by ``export_json`` (one per line).

    Other layouts of the same JSON (e.g. pretty-printed by a tool) are read whole.
    """
    with open(path, "rb") as f:
        head, second = f.readline(), f.readline()
    header = _streamable_header(head, second)
    if header is None:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
            raise ValueError("not an Agent Assist export")
        size = path.stat().st_size
        conversations = list(document.get("conversations", []))
        whole = ((r, size * (i + 1) // len(conversations)) for i, r in enumerate(conversations))
        return ExportDocument(list(document.get("agents", [])), whole)
    return ExportDocument(list(header.get("agents", [])), _stream_records(path))


def _streamable_header(head: bytes, second: bytes) -> dict[str, Any] | None:
    if not head.rstrip().endswith(b",") or second.strip() != b'"conversations": [':
        return None
    try:
        header = json.loads(head.rstrip()[:-1] + b"}")
    except ValueError:
        return None
    return header if isinstance(header, dict) and header.get("format") == EXPORT_FORMAT \
        else None


def _stream_records(path: Path) -> Generator[tuple[dict[str, Any], int], None, None]:
    with open(path, "rb") as f:
        offset = len(f.readline()) + len(f.readline())
        for line in f:
            offset += len(line)
            text = line.strip()
            if text in (b"]}", b""):
                continue
            record = json.loads(text[1:] if text.startswith(b",") else text)
            if not isinstance(record, dict):
                raise ValueError("a conversation is not a JSON object")
            yield record, offset


def import_agents(repos: Repos, agents: list[dict[str, Any]]) -> dict[str, int]:
    """The export's agents, so that replies keep who wrote them; returns name → id."""
    with repos.db.atomic():
        for agent in agents:
            repos.db.execute(
                "INSERT OR IGNORE INTO agents (name, role, created_at) VALUES (?, ?, ?)",
                [agent["name"], agent.get("role", "agent"), time.time()])
    return {name: agent_id for agent_id, name in repos.db.execute("SELECT id, name FROM agents")}


def import_record(repos: Repos, ingestor: Ingestor, record: dict[str, Any],
                  agents: Mapping[str, int]) -> tuple[int, int]:
    """One exported conversation in its own transaction; (imported, duplicates).

    ``agents`` maps names to ids (what :func:`import_agents` returned).
    """
    with repos.db.atomic():
        return _import_conversation(repos, ingestor, record, agents)


def _import_conversation(
    repos: Repos, ingestor: Ingestor, record: dict[str, Any], agents: Mapping[str, int]
) -> tuple[int, int]:
    messages = record.get("messages", [])
    keys = [m["provider_key"] for m in messages]
    existing = repos.messages.existing_keys(keys)
    if len(existing) == len(keys):
        return 0, len(keys)
    conversation_id = _existing_conversation(repos, existing)
    if conversation_id is None:
        contact_id = _contact(repos, record.get("contact"))
        conversation_id = repos.conversations.create(
            channel=Channel(record["channel"]), subject=record.get("subject", ""),
            contact_id=contact_id, thread_key=record.get("thread_key", ""),
            language=record.get("language", ""),
            created_at=messages[0]["sent_at"] if messages else None,
        )
    new = 0
    for m in messages:
        if m["provider_key"] in existing:
            continue
        raw = base64.b64decode(m["raw"]) if m.get("raw") else None
        row_id = repos.messages.insert(NewMessage(
            conversation_id=conversation_id, channel=Channel(m["channel"]),
            direction=Direction(m["direction"]), provider_key=m["provider_key"],
            sent_at=m["sent_at"], received_at=m.get("received_at"),
            body_text=m.get("body_text", ""), body_html=m.get("body_html", ""),
            subject=m.get("subject", ""), sender_name=m.get("sender_name", ""),
            sender_address=m.get("sender_address", ""), recipients=m.get("recipients", []),
            cc=m.get("cc", []), reply_to=m.get("reply_to", []), message_id=m.get("message_id", ""),
            in_reply_to=m.get("in_reply_to", ""), references=m.get("references", []),
            language=m.get("language", ""), agent_id=agents.get(m.get("agent", "")),
            automated_reason=m.get("automated_reason", ""),
            delivery=Delivery(m["delivery"]) if m.get("delivery") else None,
            raw_sha256=put_raw(repos.db, raw) if raw is not None else "",
            has_attachments=bool(m.get("attachments")),
        ))
        if row_id is None:
            continue
        new += 1
        for att in m.get("attachments", []):
            if att.get("data") is None:
                continue
            data = base64.b64decode(att["data"])
            digest = ingestor.attachments.put(data)
            repos.messages.add_attachment(
                row_id, att["filename"], att["content_type"], len(data), digest,
                att.get("content_id", ""), att.get("inline", False),
            )
    ingestor.refresh(conversation_id)
    status = Status(record.get("status", "open"))
    repos.conversations.set_status(conversation_id, status,
                                   snoozed_until=record.get("snoozed_until"))
    repos.conversations.set_tags(conversation_id, record.get("tags", []))
    return new, len(messages) - new


def _existing_conversation(repos: Repos, existing: set[str]) -> int | None:
    for key in existing:
        row = repos.db.execute(
            "SELECT conversation_id FROM messages WHERE provider_key = ?", [key]).fetchone()
        if row:
            return int(row[0])
    return None


def _contact(repos: Repos, contact: dict[str, Any] | None) -> int | None:
    if not contact or not contact.get("handles"):
        return None
    first, *others = contact["handles"]
    contact_id = repos.contacts.find_or_create(HandleKind(first["kind"]), first["value"],
                                               contact.get("name", ""))
    for handle in others:
        repos.contacts.add_handle(contact_id, HandleKind(handle["kind"]), handle["value"])
    if contact.get("language"):
        repos.contacts.set_language(contact_id, contact["language"])
    return contact_id
