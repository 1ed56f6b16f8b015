"""The backup feature's sentences, translated: errors by kind, progress stages, results."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agent_assist.services.backup import BackupError
from agent_assist.ui.i18n import format_number, isolate


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Backups", text, None, n)


def _trn(one: str, many: str, n: int) -> str:
    """English reads right with no .qm loaded; translators give every plural form."""
    return _tr(one if n == 1 else many, n)


def conversations(n: int) -> str:
    return _trn("%n conversation", "%n conversations", n)


def messages(n: int) -> str:
    return _trn("%n message", "%n messages", n)


def attachments(n: int) -> str:
    return _trn("%n attachment", "%n attachments", n)


def size_text(size: int) -> str:
    megabytes = size / 1_000_000
    if megabytes >= 1:
        return _tr("{size} MB").format(size=format_number(round(megabytes, 1)))
    return _tr("{size} kB").format(size=format_number(max(1, round(size / 1000))))


def stage_text(stage: str) -> str:
    return {
        "snapshot": _tr("Copying the database…"),
        "check": _tr("Checking the copy's integrity…"),
        "zip": _tr("Writing the backup file…"),
        "verify": _tr("Reading the backup file back…"),
        "verify_backup": _tr("Checking the backup…"),
        "restore": _tr("Restoring…"),
    }.get(stage, _tr("Backing up…"))


def saved_text(conversation_count: int, message_count: int) -> str:
    return _tr("Backup saved: {conversations}, {messages}, integrity checked.").format(
        conversations=conversations(conversation_count), messages=messages(message_count))


def error_text(error: BaseException) -> str:
    """One translated sentence for a failed backup or restore."""
    if not isinstance(error, BackupError):
        reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
        return _tr("The backup failed: {reason}").format(reason=reason)
    path = isolate(error.path)
    sentences = {
        "is_folder": _tr("{path} is a folder: choose a file name such as backup.zip."),
        "no_folder": _tr("The folder {path} does not exist."),
        "not_writable": _tr("The folder {path} is not writable: choose another folder."),
        "disk_full": _tr("There is not enough free space in {path} for the backup."),
        "write_failed": _tr("The backup could not be written in {path}."),
        "source_corrupt": _tr("The database failed its integrity check: the backup was not "
                              "saved. Restore an earlier backup or contact support."),
        "missing": _tr("The file {path} does not exist."),
        "corrupt": _tr("This backup is damaged or incomplete and cannot be restored: choose "
                       "another one."),
        "not_backup": _tr("{path} is not an Agent Assist backup."),
        "newer": _tr("This backup was made by a newer version of Agent Assist: install that "
                     "version to restore it."),
        "in_use": _tr("Another Agent Assist window or command is using this profile: close "
                      "it, then restore again."),
    }
    text = sentences.get(error.kind)
    return text.format(path=path) if text else str(error)


def refusal(what: str) -> str:
    """Why an agent (not an owner) cannot do ``what``: backup, restore or forget."""
    return {
        "backup": _tr("Only an owner can back up the shop's data or change the backups."),
        "restore": _tr("Only an owner can restore a backup."),
        "forget": _tr("Only an owner can delete a customer's data."),
    }[what]
