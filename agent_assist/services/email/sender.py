"""Sending email replies over SMTP, then the separate follow-up steps on the IMAP server."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from agent_assist.channels.base import DeliveryFailed
from agent_assist.channels.email.errors import EmailChannelError
from agent_assist.channels.email.imap import ImapSession
from agent_assist.channels.email.smtp import send_frozen
from agent_assist.core.models import Account, OutboxItem
from agent_assist.services.email.accounts import EmailSettings
from agent_assist.storage.repositories import Repos
from agent_assist.storage.secrets import SecretStore, SecretStoreError


class EmailSender:
    """The outbox's Sender for one email account: submits the frozen bytes unchanged."""

    def __init__(self, account: Account, secrets: SecretStore) -> None:
        self.account = account
        self.settings = EmailSettings.from_account(account)
        self.secrets = secrets

    def send(self, item: OutboxItem) -> None:
        try:
            password = self.secrets.get(self.account.name)
        except SecretStoreError as exc:
            raise DeliveryFailed(str(exc), retryable=False, phase="keychain") from exc
        send_frozen(
            self.settings.smtp(self.account.name), password, self.settings.email,
            list(item.recipients), item.payload,
        )


@dataclass
class PostSendReport:
    """What the follow-up steps did."""

    copied: int = 0
    flagged: int = 0
    errors: list[str] | None = None


class PostSendSteps:
    """After SENT: a copy in the Sent folder, and \\Answered on the customer's message.

    Each step is recorded separately and is idempotent (the Sent copy is looked up by
    Message-ID before APPEND), so a crash between steps never duplicates anything.
    """

    def __init__(
        self, repos: Repos, account: Account, clock: Callable[[], float] = time.time
    ) -> None:
        self.repos = repos
        self.account = account
        self.settings = EmailSettings.from_account(account)
        self.clock = clock

    def run(self, session: ImapSession) -> PostSendReport:
        report = PostSendReport(errors=[])
        rows = self.repos.db.execute(
            "SELECT o.id, o.message_id_header, o.payload, o.sent_copy_at, o.answered_flag_at, "
            "m.in_reply_to FROM outbox o JOIN messages m ON m.id = o.message_row_id "
            "WHERE o.account_id = ? AND o.state = 'sent' AND "
            "(o.sent_copy_at IS NULL OR o.answered_flag_at IS NULL)",
            [self.account.id],
        ).fetchall()
        sent_folder: str | None = None
        for outbox_id, message_id, payload, copied_at, flagged_at, in_reply_to in rows:
            try:
                if copied_at is None:
                    if not self.settings.server_saves_sent:
                        sent_folder = sent_folder or self._sent_folder(session)
                        if sent_folder and not session.find_by_message_id(sent_folder, message_id):
                            session.append(sent_folder, bytes(payload), flags=["\\Seen"])
                            report.copied += 1
                    self._mark(outbox_id, "sent_copy_at")
                if flagged_at is None:
                    if self._flag_answered(session, in_reply_to):
                        report.flagged += 1
                    self._mark(outbox_id, "answered_flag_at")
            except EmailChannelError as exc:
                # Keep the step pending: it is retried on the next catch-up.
                assert report.errors is not None
                report.errors.append(str(exc))
                with self.repos.db.atomic():
                    self.repos.db.execute(
                        "UPDATE outbox SET post_send_error = ? WHERE id = ?", [str(exc), outbox_id]
                    )
        return report

    def _sent_folder(self, session: ImapSession) -> str | None:
        configured = self.settings.extra.get("sent_folder")
        return str(configured) if configured else session.sent_folder()

    def _flag_answered(self, session: ImapSession, in_reply_to: str) -> bool:
        if not in_reply_to:
            return False
        row = self.repos.db.execute(
            "SELECT l.folder, l.uid FROM imap_locations l JOIN messages m "
            "ON m.id = l.message_row_id WHERE m.message_id_header = ? AND l.account_id = ? "
            "AND l.expunged_at IS NULL ORDER BY l.id DESC LIMIT 1",
            [in_reply_to, self.account.id],
        ).fetchone()
        if row is None:
            return False
        session.add_flags(row[0], int(row[1]), [b"\\Answered"])
        return True

    def _mark(self, outbox_id: int, column: str) -> None:
        assert column in ("sent_copy_at", "answered_flag_at")
        with self.repos.db.atomic():
            self.repos.db.execute(
                f"UPDATE outbox SET {column} = ?, post_send_error = '' WHERE id = ?",
                [self.clock(), outbox_id],
            )
