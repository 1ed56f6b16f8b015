"""Deleting a contact and everything about them, on request (right to erasure)."""

from __future__ import annotations

from dataclasses import dataclass

from agent_assist.storage.blobs import AttachmentFiles
from agent_assist.storage.repositories import Repos


class PrivacyError(Exception):
    """The deletion cannot be done; one sentence for the user."""


@dataclass(frozen=True)
class ForgetReport:
    """What was deleted (counts only: the audit log must not keep the personal data)."""

    conversations: int
    messages: int
    attachments: int


def forget_contact(
    repos: Repos, files: AttachmentFiles, contact_id: int, *, agent_id: int | None = None
) -> ForgetReport:
    db = repos.db
    if repos.contacts.get(contact_id) is None:
        raise PrivacyError(f"There is no contact {contact_id}.")
    with db.atomic():
        conv_ids = [r[0] for r in db.execute(
            "SELECT id FROM conversations WHERE contact_id = ?", [contact_id])]
        marks = ",".join("?" * len(conv_ids)) or "NULL"
        raw = [r[0] for r in db.execute(
            f"SELECT raw_sha256 FROM messages WHERE conversation_id IN ({marks}) "
            "AND raw_sha256 != ''", conv_ids)]
        digests = [r[0] for r in db.execute(
            f"SELECT a.sha256 FROM attachments a JOIN messages m ON m.id = a.message_id "
            f"WHERE m.conversation_id IN ({marks})", conv_ids)]
        n_messages = db.execute(
            f"SELECT count(*) FROM messages WHERE conversation_id IN ({marks})", conv_ids
        ).fetchone()[0]
        db.execute(f"DELETE FROM conversations WHERE id IN ({marks})", conv_ids)  # cascades
        db.execute("DELETE FROM contacts WHERE id = ?", [contact_id])
        for digest in raw:
            if db.execute("SELECT 1 FROM messages WHERE raw_sha256 = ? UNION "
                          "SELECT 1 FROM quarantine WHERE raw_sha256 = ?",
                          [digest, digest]).fetchone() is None:
                db.execute("DELETE FROM blobs WHERE sha256 = ?", [digest])
        orphaned = [d for d in set(digests) if db.execute(
            "SELECT 1 FROM attachments WHERE sha256 = ?", [d]).fetchone() is None]
        repos.audit.record(
            "contact:forget", agent_id=agent_id, subject_type="contact", subject_id=contact_id,
            details={"conversations": len(conv_ids), "messages": n_messages,
                     "attachments": len(orphaned)},
        )
    for digest in orphaned:  # after the commit: a crash leaves a file, never a dangling row
        files.path_for(digest).unlink(missing_ok=True)
    return ForgetReport(len(conv_ids), n_messages, len(orphaned))
