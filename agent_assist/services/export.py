"""Taking data out: JSON (complete, re-importable), CSV (one row per message), mbox (exact)."""

from __future__ import annotations

import base64
import contextlib
import csv
import json
import re
import time
from collections.abc import Callable, Iterator, Sequence
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


class ExportCancelled(Exception):
    """The person stopped the export; nothing was written."""


#: Called with (conversations done, conversations in scope); returning False cancels.
Progress = Callable[[int, int], bool]


def conversation_ids(
    repos: Repos, conversation_id: int | None = None, conversations: Sequence[int] | None = None
) -> list[int]:
    """The scope of an export: one conversation, a list of them, or (neither) everything."""
    if conversation_id is not None:
        conversations = [conversation_id, *(conversations or [])]
    if conversations is None:
        return [r[0] for r in repos.db.execute("SELECT id FROM conversations ORDER BY id")]
    wanted = list(dict.fromkeys(conversations))
    found: set[int] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(int(r[0]) for r in repos.db.execute(
            f"SELECT id FROM conversations WHERE id IN ({marks})", chunk))
    missing = [i for i in wanted if i not in found]
    if missing:
        raise ExportError(f"There is no conversation {missing[0]} in this profile.")
    return wanted


def _tracked(ids: list[int], progress: Progress | None) -> Iterator[int]:
    """``ids`` one by one, telling ``progress`` how far the export is."""
    for done, conv_id in enumerate(ids):
        if progress is not None and not progress(done, len(ids)):
            raise ExportCancelled()
        yield conv_id
    if progress is not None:
        progress(len(ids), len(ids))


def export_json(
    repos: Repos, files: AttachmentFiles, out: IO[str], ids: list[int],
    progress: Progress | None = None,
) -> int:
    """Stream the conversations as one JSON document; returns the number of messages."""
    agent_rows = repos.db.execute("SELECT id, name, role FROM agents ORDER BY id").fetchall()
    agents = [{"name": n, "role": r} for _i, n, r in agent_rows]
    header = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "app_version": __version__,
              "exported_at": time.time(), "agents": agents}
    # Stream: the header's fields, then conversations one per line (bounded memory; the
    # importer reads it back line by line).
    out.write(json.dumps(header)[:-1] + ",\n")
    out.write('"conversations": [\n')
    names = {i: n for i, n, _r in agent_rows}
    count = 0
    for n, conv_id in enumerate(_tracked(ids, progress)):
        record = _conversation_record(repos, files, conv_id, names)
        count += len(record["messages"])
        out.write(("," if n else "") + json.dumps(record, ensure_ascii=False) + "\n")
    out.write("]}\n")
    return count


def _conversation_record(
    repos: Repos, files: AttachmentFiles, conv_id: int, agents: dict[int, str]
) -> dict[str, Any]:
    conv = repos.conversations.get(conv_id)
    if conv is None:  # deleted while the export ran
        raise ExportError(f"Conversation {conv_id} was deleted during the export.")
    contact = repos.contacts.get(conv.contact_id) if conv.contact_id else None
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


def export_csv(repos: Repos, out: IO[str], ids: list[int], progress: Progress | None = None
               ) -> int:
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for conv_id in _tracked(ids, progress):
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


def iter_exact_emails(repos: Repos, ids: list[int], progress: Progress | None = None
                      ) -> Iterator[bytes]:
    """Emails as received (raw bytes) and as we sent them (frozen outbox payloads)."""
    for conv_id in _tracked(ids, progress):
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


def export_mbox(repos: Repos, out: IO[bytes], ids: list[int], progress: Progress | None = None
                ) -> int:
    """mboxrd with each email's exact bytes: the only change is one more '>' on body lines
    starting with '>*From ', which every mboxrd reader (ours too) removes again. Line
    endings stay as received (CRLF from most servers), so a re-import finds the same bytes.
    """
    count = 0
    for raw in iter_exact_emails(repos, ids, progress):
        stamp = time.strftime("%a %b %d %H:%M:%S %Y", time.gmtime())
        out.write(f"From agent-assist@localhost {stamp}\n".encode())
        body = _FROM_LINE.sub(rb">\1", raw)
        out.write(body if body.endswith(b"\n") else body + b"\n")
        out.write(b"\n")
        count += 1
    return count


FORMATS = ("json", "csv", "mbox")


def export_to(repos: Repos, files: AttachmentFiles, fmt: str, path: Path,
              conversation_id: int | None = None, *,
              conversations: Sequence[int] | None = None,
              progress: Progress | None = None) -> int:
    """Write ``path`` atomically (a temp file renamed at the end); returns messages written.

    The scope is ``conversation_id`` and/or ``conversations``, or everything when neither
    is given. ``progress`` may stop the export (ExportCancelled): nothing is left behind.
    """
    if fmt not in FORMATS:
        raise ExportError(f"Unknown export format {fmt}: use json, csv or mbox.")
    ids = conversation_ids(repos, conversation_id, conversations)
    tmp = path.with_name(path.name + ".partial")
    try:
        if fmt == "json":
            with open(tmp, "w", encoding="utf-8") as f:
                count = export_json(repos, files, f, ids, progress)
        elif fmt == "csv":
            with open(tmp, "w", encoding="utf-8", newline="") as f:
                count = export_csv(repos, f, ids, progress)
        else:
            with open(tmp, "wb") as f:
                count = export_mbox(repos, f, ids, progress)
        tmp.replace(path)
    except OSError as exc:
        _discard(tmp)
        raise ExportError(f"Cannot write {path}: {(exc.strerror or str(exc)).lower()}.") from exc
    except BaseException:
        _discard(tmp)
        raise
    return count


def _discard(tmp: Path) -> None:
    """Remove a half-written export; a folder we could not write to has nothing to remove."""
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)
