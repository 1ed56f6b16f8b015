"""Taking data out: JSON (complete, re-importable), CSV (one row per message), mbox (exact)."""

from __future__ import annotations

import base64
import csv
import json
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from agent_assist import __version__
from agent_assist.storage.blobs import AttachmentFiles, get_raw
from agent_assist.storage.repositories import Repos

EXPORT_FORMAT = "agent-assist-export"
EXPORT_VERSION = 1
_FROM_LINE = re.compile(rb"^(>*From )", re.MULTILINE)


class ExportError(Exception):
    """The export cannot be written; one sentence for the user."""


def conversation_ids(repos: Repos, conversation_id: int | None) -> list[int]:
    if conversation_id is not None:
        if repos.conversations.get(conversation_id) is None:
            raise ExportError(f"There is no conversation {conversation_id} in this profile.")
        return [conversation_id]
    return [r[0] for r in repos.db.execute("SELECT id FROM conversations ORDER BY id")]


def export_json(
    repos: Repos, files: AttachmentFiles, out: IO[str], conversation_id: int | None = None
) -> int:
    """Stream every conversation as one JSON document; returns the number of messages."""
    ids = conversation_ids(repos, conversation_id)
    agents = [{"name": n, "role": r} for n, r in repos.db.execute(
        "SELECT name, role FROM agents ORDER BY id")]
    header = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "app_version": __version__,
              "exported_at": time.time(), "agents": agents}
    # Stream: the header's fields, then conversations one per line (bounded memory).
    out.write(json.dumps(header)[:-1] + ",\n")
    out.write('"conversations": [\n')
    count = 0
    for n, conv_id in enumerate(ids):
        record = _conversation_record(repos, files, conv_id)
        count += len(record["messages"])
        out.write(("," if n else "") + json.dumps(record, ensure_ascii=False) + "\n")
    out.write("]}\n")
    return count


def _conversation_record(repos: Repos, files: AttachmentFiles, conv_id: int) -> dict[str, Any]:
    conv = repos.conversations.get(conv_id)
    assert conv is not None
    contact = repos.contacts.get(conv.contact_id) if conv.contact_id else None
    agents = {i: n for i, n in repos.db.execute("SELECT id, name FROM agents")}
    messages = []
    for row in repos.db.execute(
        "SELECT id, provider_key, channel, direction, sender_name, sender_address, recipients, "
        "cc, reply_to, subject, body_text, body_html, sent_at, received_at, message_id_header, "
        "in_reply_to, references_, language, agent_id, automated_reason, delivery, raw_sha256 "
        "FROM messages WHERE conversation_id = ? ORDER BY sent_at, id", [conv_id]
    ).fetchall():
        raw = get_raw(repos.db, row[21]) if row[21] else None
        attachments = [
            {
                "filename": a[0], "content_type": a[1], "content_id": a[2], "inline": bool(a[3]),
                "data": _b64(files, a[4]),
            }
            for a in repos.db.execute(
                "SELECT filename, content_type, content_id, inline, sha256 FROM attachments "
                "WHERE message_id = ? ORDER BY id", [row[0]])
        ]
        messages.append({
            "provider_key": row[1], "channel": row[2], "direction": row[3],
            "sender_name": row[4], "sender_address": row[5], "recipients": json.loads(row[6]),
            "cc": json.loads(row[7]), "reply_to": json.loads(row[8]), "subject": row[9],
            "body_text": row[10], "body_html": row[11], "sent_at": row[12],
            "received_at": row[13], "message_id": row[14], "in_reply_to": row[15],
            "references": json.loads(row[16]), "language": row[17],
            "agent": agents.get(row[18], ""), "automated_reason": row[19], "delivery": row[20],
            "raw": base64.b64encode(raw).decode() if raw is not None else None,
            "attachments": attachments,
        })
    return {
        "channel": conv.channel.value, "subject": conv.subject, "status": conv.status.value,
        "tags": list(conv.tags), "priority": conv.priority, "language": conv.language,
        "thread_key": conv.thread_key, "snoozed_until": conv.snoozed_until,
        "contact": None if contact is None else {
            "name": contact.name, "language": contact.language, "notes": contact.notes,
            "handles": [{"kind": h.kind.value, "value": h.value} for h in contact.handles],
        },
        "messages": messages,
    }


def _b64(files: AttachmentFiles, digest: str) -> str | None:
    try:
        return base64.b64encode(files.get(digest)).decode()
    except OSError:
        return None  # the raw message still holds it for email; chat files may be gone


CSV_COLUMNS = [
    "conversation_id", "message_id", "channel", "direction", "sent_at", "sender_name",
    "sender_address", "recipients", "subject", "body_text", "contact", "status", "agent",
    "delivery", "automated_reason",
]


def export_csv(repos: Repos, out: IO[str], conversation_id: int | None = None) -> int:
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for conv_id in conversation_ids(repos, conversation_id):
        for row in repos.db.execute(
            "SELECT m.conversation_id, m.id, m.channel, m.direction, m.sent_at, m.sender_name, "
            "m.sender_address, m.recipients, m.subject, m.body_text, COALESCE(ct.name, ''), "
            "c.status, COALESCE(a.name, ''), COALESCE(m.delivery, ''), m.automated_reason "
            "FROM messages m JOIN conversations c ON c.id = m.conversation_id "
            "LEFT JOIN contacts ct ON ct.id = c.contact_id "
            "LEFT JOIN agents a ON a.id = m.agent_id WHERE m.conversation_id = ? "
            "ORDER BY m.sent_at, m.id", [conv_id]
        ):
            values = list(row)
            values[4] = datetime.fromtimestamp(values[4], tz=UTC).isoformat()
            values[7] = ", ".join(json.loads(values[7]))
            writer.writerow(values)
            count += 1
    return count


def iter_exact_emails(repos: Repos, conversation_id: int | None = None) -> Iterator[bytes]:
    """Emails as received (raw bytes) and as we sent them (frozen outbox payloads)."""
    for conv_id in conversation_ids(repos, conversation_id):
        for msg_id, raw_sha in repos.db.execute(
            "SELECT id, raw_sha256 FROM messages WHERE conversation_id = ? AND channel = 'email' "
            "ORDER BY sent_at, id", [conv_id]
        ).fetchall():
            raw = get_raw(repos.db, raw_sha) if raw_sha else None
            if raw is None:
                payload = repos.db.execute(
                    "SELECT payload FROM outbox WHERE message_row_id = ?", [msg_id]).fetchone()
                raw = bytes(payload[0]) if payload else None
            if raw is not None:
                yield raw


def export_mbox(repos: Repos, out: IO[bytes], conversation_id: int | None = None) -> int:
    """mboxrd: each 'From ' line in a body gets one more '>' (the importer undoes it)."""
    count = 0
    for raw in iter_exact_emails(repos, conversation_id):
        stamp = time.strftime("%a %b %d %H:%M:%S %Y", time.gmtime())
        out.write(f"From agent-assist@localhost {stamp}\n".encode())
        body = _FROM_LINE.sub(rb">\1", raw.replace(b"\r\n", b"\n"))
        out.write(body if body.endswith(b"\n") else body + b"\n")
        out.write(b"\n")
        count += 1
    return count


def export_to(repos: Repos, files: AttachmentFiles, fmt: str, path: Path,
              conversation_id: int | None = None) -> int:
    """Write ``path`` atomically (a temp file renamed at the end)."""
    tmp = path.with_name(path.name + ".partial")
    try:
        if fmt == "json":
            with open(tmp, "w", encoding="utf-8") as f:
                count = export_json(repos, files, f, conversation_id)
        elif fmt == "csv":
            with open(tmp, "w", encoding="utf-8", newline="") as f:
                count = export_csv(repos, f, conversation_id)
        elif fmt == "mbox":
            with open(tmp, "wb") as f:
                count = export_mbox(repos, f, conversation_id)
        else:
            raise ExportError(f"Unknown export format {fmt}: use json, csv or mbox.")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count
