"""The Today page's warnings in the interface's language, from the warnings' fields.

Services word their warnings in English for the CLI and logs; here each kind has its own
translated sentence. Details that come from elsewhere (a server's error, a settings
problem) are shown as they came, inside a translated sentence.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from agent_assist.ui.i18n import isolate
from agent_assist.ui.labels import format_wait

_CONTEXT = "TodayWarnings"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, None, n)


def warning_text(warning: Mapping[str, object]) -> str:
    """One sentence for a ``HealthWarning.as_json()``; unknown kinds keep their message."""
    kind = str(warning.get("kind", ""))
    count = int(str(warning.get("count", 0) or 0))
    account = isolate(str(warning.get("account", "")))
    detail = isolate(str(warning.get("detail", "")))
    if kind == "missed_messages":
        return _tr("%n possible missed message(s) in {account} ({folders}): they are on the "
                   "server but not in the inbox.", count).format(account=account,
                                                                 folders=detail)
    if kind == "sync_error":
        return _tr("{account} cannot sync: {error}").format(account=account, error=detail)
    if kind == "sync_stale":
        if not count:
            return _tr("{account} has never synced.").format(account=account)
        return _tr("{account} has not synced for {wait}.").format(
            account=account, wait=format_wait(count))
    if kind == "outbox_failed":
        return _tr("%n message(s) could not be sent.", count)
    if kind == "outbox_uncertain":
        return _tr("%n message(s) may not have arrived: check before resending.", count)
    if kind == "quarantined":
        return _tr("%n new message(s) could not be read: each is kept with its exact bytes, "
                   "to read, save or try again.", count)
    if kind == "settings":
        return _tr("Settings need a look: {problem}").format(problem=detail)
    if kind == "backup_failed":
        return _tr("The automatic backup failed: {reason}").format(reason=detail)
    return str(warning.get("message", ""))
