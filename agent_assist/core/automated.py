"""Decide whether an email was sent by a machine (bounce, auto-reply, list) and why."""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["automated_reason", "is_automated"]

_BOUNCE_LOCALPARTS = frozenset({"mailer-daemon", "postmaster"})
_NOREPLY = re.compile(
    r"(?:^|[-_.+])(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply)(?:[-_.+]|$)"
)
_PRECEDENCE_AUTOMATED = frozenset({"bulk", "list", "junk", "auto_reply"})
_REPORT_TYPE = re.compile(r"report-type\s*=\s*\"?([\w-]+)", re.IGNORECASE)
_ANGLE_CONTENT = re.compile(r"<\s*([^>]*)>")


def _first_token(value: str) -> str:
    """The value without RFC 5322 comments or parameters, lower-cased."""
    value = re.sub(r"\([^)]*\)", " ", value)
    return value.split(";", 1)[0].strip().strip('"').lower()


def _localpart(address: str) -> str:
    return address.strip().strip("<>").rsplit("@", 1)[0].lower()


def _report_reason(content_type: str) -> str:
    """Reason for a multipart/report body (RFC 6522), "" for anything else."""
    if not content_type.lower().lstrip().startswith("multipart/report"):
        return ""
    found = _REPORT_TYPE.search(content_type)
    kind = found.group(1).lower() if found else ""
    if kind == "disposition-notification":
        return "read receipt (disposition notification report)"
    if kind in ("", "delivery-status"):
        return "bounce (delivery status report)"
    return f"automated report ({kind})"


def automated_reason(
    headers: Mapping[str, str], sender_address: str = "", content_type: str = ""
) -> str:
    """Why this message needs no human reply, or "" when a human probably wrote it.

    ``headers`` maps lower-cased header names to decoded values; ``content_type`` is the
    top-level Content-Type (with parameters if known, so report types can be told apart).
    The most specific reason wins: bounces before auto-replies before lists and bulk.
    """
    reason = _report_reason(content_type or headers.get("content-type", ""))
    if reason:
        return reason
    local = _localpart(sender_address)
    if local in _BOUNCE_LOCALPARTS:
        return f"bounce (sender {local})"
    auto_submitted = _first_token(headers.get("auto-submitted", ""))
    if auto_submitted and auto_submitted != "no":
        return f"auto-submitted: {auto_submitted}"
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder"):
        value = headers.get(name)
        if value is not None and _first_token(value) not in ("no", "false", "0"):
            return f"auto-reply ({name})"
    return_path = headers.get("return-path")
    if return_path is not None:
        inside = _ANGLE_CONTENT.search(return_path)
        if inside is not None and inside.group(1).strip() == "":
            # RFC 3834 and RFC 5321: only automatic responses use a null reverse-path.
            return "empty return-path (automatic response)"
    if "list-id" in headers:
        return "mailing list (list-id)"
    if "list-unsubscribe" in headers:
        return "bulk mail (list-unsubscribe)"
    precedence = _first_token(headers.get("precedence", ""))
    if precedence in _PRECEDENCE_AUTOMATED:
        return f"precedence: {precedence}"
    if local and _NOREPLY.search(local):
        return "no-reply sender"
    return ""


def is_automated(
    headers: Mapping[str, str], sender_address: str = "", content_type: str = ""
) -> bool:
    """True when :func:`automated_reason` finds a reason."""
    return bool(automated_reason(headers, sender_address, content_type))
