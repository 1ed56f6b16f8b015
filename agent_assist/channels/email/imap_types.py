"""Plain data types of the IMAP wrapper (settings, folder state, fetched messages)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, NamedTuple

TlsMode = Literal["none", "starttls", "ssl"]

#: Fallback names for the Sent folder when the server has no SPECIAL-USE flag on it.
SENT_NAMES = frozenset({
    "sent", "sent items", "sent messages", "sent mail", "gesendet", "gesendete elemente",
    "envoyés", "éléments envoyés", "enviados", "elementos enviados", "inviati",
    "posta inviata", "verzonden", "verzonden items", "отправленные", "المرسلة",
})


@dataclass(frozen=True, slots=True)
class ImapConfig:
    """Where and how to reach one IMAP account (the password is passed separately)."""

    host: str
    port: int
    tls: TlsMode
    user: str
    timeout: float = 30.0
    #: Display name used in error messages; defaults to the user name.
    account: str = ""

    @property
    def label(self) -> str:
        """The account as named in messages to the user."""
        return self.account or self.user


@dataclass(frozen=True, slots=True)
class FolderInfo:
    """One folder from LIST, with its flags (``\\Sent``, ``\\HasChildren`` ...)."""

    name: str
    delimiter: str | None
    flags: frozenset[str]


@dataclass(frozen=True, slots=True)
class FolderState:
    """What a read-only SELECT reports: the identity and size of a folder right now."""

    name: str
    uidvalidity: int
    uidnext: int | None
    highestmodseq: int | None
    exists: int


class FetchedMessage(NamedTuple):
    """One message's raw bytes as stored on the server, with its flags at fetch time."""

    uid: int
    flags: tuple[str, ...]
    raw: bytes
    modseq: int | None


class FlagChange(NamedTuple):
    """Current flags of a message whose flags changed (or of every message without CONDSTORE)."""

    uid: int
    flags: tuple[str, ...]
    modseq: int | None


def find_sent_folder(folders: Iterable[FolderInfo]) -> str | None:
    """Return the Sent folder: the one flagged ``\\Sent``, else one with a common name."""
    folders = list(folders)
    for folder in folders:
        if "\\sent" in {flag.lower() for flag in folder.flags}:
            return folder.name
    for folder in folders:
        leaf = folder.name.rsplit(folder.delimiter, 1)[-1] if folder.delimiter else folder.name
        if leaf.strip().lower() in SENT_NAMES or folder.name.lower() == "[gmail]/sent mail":
            return folder.name
    return None
