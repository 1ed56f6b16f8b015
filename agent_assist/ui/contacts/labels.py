"""Words for contacts in the UI: why two contacts may be one, and how a handle reads."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agent_assist.core.models import Contact, Handle, HandleKind
from agent_assist.services.contacts import SAME_EMAIL, SAME_NAME, SAME_PHONE


def _tr(text: str) -> str:
    return QCoreApplication.translate("Contacts", text)


def reason_text(reason: str) -> str:
    return {
        SAME_EMAIL: _tr("same email address"),
        SAME_PHONE: _tr("same phone number"),
        SAME_NAME: _tr("same name"),
    }.get(reason, reason)


def handle_text(handle: Handle) -> str:
    kind = {
        HandleKind.EMAIL: _tr("Email"),
        HandleKind.TELEGRAM: _tr("Telegram"),
        HandleKind.MATRIX: _tr("Matrix"),
        HandleKind.PHONE: _tr("Phone"),
        HandleKind.DEMO: _tr("Demo chat"),
    }.get(handle.kind, handle.kind.value)
    return _tr("{kind}: {value}").format(kind=kind, value=handle.value)


def contact_text(contact: Contact) -> str:
    """The name, or the first handle when the contact has no name yet."""
    if contact.name.strip():
        return contact.name
    if contact.handles:
        return contact.handles[0].value
    return _tr("(no name)")
