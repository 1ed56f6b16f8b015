"""Deleting a contact and everything about them, on request (right to erasure).

Only the local copy is deleted: mail stays on the mail server and chats on their service
(Agent Assist never deletes there), and the IMAP locations stay so a catch-up does not
fetch the forgotten mail again. The audit log records who did it and the counts only.
"""

from __future__ import annotations

from dataclasses import dataclass

from agent_assist.core.permissions import Action
from agent_assist.services.agents import AgentService
from agent_assist.storage.blobs import AttachmentFiles
from agent_assist.storage.repositories import Repos


class PrivacyError(Exception):
    """The deletion cannot be done; one sentence for the user."""


@dataclass(frozen=True)
class ForgetPreview:
    """What forgetting a contact would delete, shown before asking for confirmation."""

    contact_id: int
    name: str
    handles: tuple[str, ...]
    conversations: int
    messages: int
    attachments: int


@dataclass(frozen=True)
class ForgetReport:
    """What was deleted (counts only: the audit log must not keep the personal data).

    ``attachments`` are the attachment entries deleted; ``files`` the attachment files
    removed from disk (a file another message shares stays).
    """

    conversations: int
    messages: int
    attachments: int
    files: int = 0


def _scope(repos: Repos, contact_id: int) -> tuple[list[int], str]:
    conv_ids = [r[0] for r in repos.db.execute(
        "SELECT id FROM conversations WHERE contact_id = ?", [contact_id])]
    return conv_ids, ",".join("?" * len(conv_ids)) or "NULL"


def forget_preview(repos: Repos, contact_id: int) -> ForgetPreview:
    """Counts of what :func:`forget_contact` would delete now."""
    contact = repos.contacts.get(contact_id)
    if contact is None:
        raise PrivacyError(f"There is no contact {contact_id}.")
    conv_ids, marks = _scope(repos, contact_id)
    messages = repos.db.execute(
        f"SELECT count(*) FROM messages WHERE conversation_id IN ({marks})", conv_ids
    ).fetchone()[0]
    attachments = repos.db.execute(
        f"SELECT count(*) FROM attachments a JOIN messages m ON m.id = a.message_id "
        f"WHERE m.conversation_id IN ({marks})", conv_ids).fetchone()[0]
    handles = tuple(h.value for h in contact.handles)
    return ForgetPreview(contact_id, contact.name, handles, len(conv_ids), messages, attachments)


def forget_contact(
    repos: Repos, files: AttachmentFiles, contact_id: int, *, agent_id: int | None = None
) -> ForgetReport:
    """Delete the contact, their conversations, messages, raw mail and attachment files.

    Owners only once the team is protected (``agent_id`` is who asks; None is the
    operator of an unprotected profile): raises PermissionDenied otherwise.
    """
    db = repos.db
    agents = AgentService(db)
    agents.authorize(agents.get(agent_id) if agent_id is not None else None,
                     Action.FORGET_CONTACTS)
    if repos.contacts.get(contact_id) is None:
        raise PrivacyError(f"There is no contact {contact_id}.")
    with db.atomic():
        conv_ids, marks = _scope(repos, contact_id)
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
                     "attachments": len(digests), "files": len(orphaned)},
        )
    for digest in orphaned:  # after the commit: a crash leaves a file, never a dangling row
        files.path_for(digest).unlink(missing_ok=True)
    return ForgetReport(len(conv_ids), n_messages, len(digests), len(orphaned))
