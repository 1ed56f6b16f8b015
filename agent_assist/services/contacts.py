"""One customer across channels: profile details, merge suggestions, merge and split.

A contact owns handles (an email address, a Telegram user id, a Matrix id). Chat
profiles also tell us things that are not handles — a phone number shared in Telegram,
an email address in a bridged profile — kept as *details*. Two contacts sharing an email
or phone (as handle or detail), or the same name, are suggested for merging; an agent
merges them, splits a wrongly merged one, or dismisses the pair for good.
"""

from __future__ import annotations

import itertools
import re
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from agent_assist.core.models import Contact, Conversation, Handle
from agent_assist.storage.repositories import Repos

EMAIL = "email"
PHONE = "phone"
TELEGRAM_USERNAME = "telegram_username"

# Reasons, strongest first (codes: the UI words them).
SAME_EMAIL = "same_email"
SAME_PHONE = "same_phone"
SAME_NAME = "same_name"
_STRENGTH = {SAME_EMAIL: 0, SAME_PHONE: 0, SAME_NAME: 1}

#: A name shared by more contacts than this says nothing about identity ("Ana").
MAX_NAME_GROUP = 4
MIN_NAME_LENGTH = 3

_NOT_NAME = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


class ContactError(Exception):
    """A merge or split that cannot be done; one sentence for the agent."""


@dataclass(frozen=True, slots=True)
class MergeSuggestion:
    """Two contacts that may be one customer, and why."""

    first: Contact
    second: Contact
    reasons: tuple[str, ...]
    shared: tuple[str, ...]  # the values in common: addresses, numbers or the name

    @property
    def pair(self) -> tuple[int, int]:
        return (self.first.id, self.second.id)

    @property
    def strong(self) -> bool:
        return SAME_EMAIL in self.reasons or SAME_PHONE in self.reasons


def normalize_phone(value: str) -> str:
    """``+33612345678`` from ``+33 6 12-34-56-78`` or ``0033…``; '' if it is not a number."""
    value = value.strip()
    digits = re.sub(r"\D", "", value)
    if value.startswith("00"):
        value, digits = "+" + value[2:], digits[2:]
    if len(digits) < 6:
        return ""
    return ("+" if value.startswith("+") else "") + digits


def normalize_email(value: str) -> str:
    value = value.strip().lower()
    return value if "@" in value.strip("@") else ""


def normalize_name(name: str) -> str:
    """Case, accents, punctuation and spacing ignored: "Léa  Roux" == "lea roux"."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", _NOT_NAME.sub(" ", plain.casefold())).strip()


def _normalize_detail(kind: str, value: str) -> str:
    if kind == PHONE:
        return normalize_phone(value)
    if kind == EMAIL:
        return normalize_email(value)
    return value.strip()


class ContactService:
    """Contacts across channels; writes run in one transaction with an audit entry."""

    def __init__(self, repos: Repos, clock: Callable[[], float] = time.time) -> None:
        self.repos = repos
        self.clock = clock

    # -- details (called by channel services inside their own transaction) -------------------

    def record_detail(self, contact_id: int, kind: str, value: str, source: str) -> bool:
        """Remember what a chat profile said; True when it is new. No transaction here."""
        value = _normalize_detail(kind, value)
        if not value:
            return False
        cur = self.repos.db.execute(
            "INSERT OR IGNORE INTO contact_details (contact_id, kind, value, source, seen_at) "
            "VALUES (?, ?, ?, ?, ?)", [contact_id, kind, value, source, self.clock()],
        )
        return cur.rowcount > 0

    def details(self, contact_id: int) -> list[tuple[str, str, str]]:
        """(kind, value, source) of every recorded detail, oldest first."""
        return [
            (str(k), str(v), str(s))
            for k, v, s in self.repos.db.execute(
                "SELECT kind, value, source FROM contact_details WHERE contact_id = ? "
                "ORDER BY id", [contact_id],
            )
        ]

    def history(self, contact_id: int) -> list[Conversation]:
        """Every conversation with this customer, on every channel, newest first."""
        return self.repos.conversations.for_contact(contact_id)

    # -- suggestions -------------------------------------------------------------------------

    def suggestions(self, limit: int = 200) -> list[MergeSuggestion]:
        """Pairs worth a look, strongest evidence first, never a dismissed pair."""
        evidence: dict[tuple[int, int], dict[str, set[str]]] = defaultdict(
            lambda: defaultdict(set)
        )
        for reason, value, ids in self._shared_values():
            for pair in itertools.combinations(sorted(ids), 2):
                evidence[pair][reason].add(value)
        for pair in self._dismissed():
            evidence.pop(pair, None)
        if not evidence:
            return []
        contacts = self._contacts({i for pair in evidence for i in pair})
        ranked = sorted(
            evidence.items(),
            key=lambda kv: (min(_STRENGTH[r] for r in kv[1]), -len(kv[1]), kv[0]),
        )
        found: list[MergeSuggestion] = []
        for (a, b), reasons in ranked:
            if a in contacts and b in contacts:
                found.append(MergeSuggestion(
                    contacts[a], contacts[b], tuple(sorted(reasons, key=_STRENGTH.__getitem__)),
                    tuple(sorted(set().union(*reasons.values()))),
                ))
            if len(found) >= limit:
                break
        return found

    def _shared_values(self) -> Iterable[tuple[str, str, set[int]]]:
        owners: dict[tuple[str, str], set[int]] = defaultdict(set)
        rows = self.repos.db.execute(
            "SELECT contact_id, kind, value FROM contact_handles WHERE kind IN (?, ?) "
            "UNION ALL SELECT contact_id, kind, value FROM contact_details WHERE kind IN (?, ?)",
            [EMAIL, PHONE, EMAIL, PHONE],
        )
        for contact_id, kind, value in rows:
            normalized = _normalize_detail(kind, value)
            if normalized:
                owners[(SAME_EMAIL if kind == EMAIL else SAME_PHONE, normalized)].add(contact_id)
        for (reason, value), ids in owners.items():
            if len(ids) > 1:
                yield reason, value, ids
        names: dict[str, set[int]] = defaultdict(set)
        for contact_id, name in self.repos.db.execute(
            "SELECT id, name FROM contacts WHERE name != ''"
        ):
            key = normalize_name(name)
            if len(key) >= MIN_NAME_LENGTH:
                names[key].add(contact_id)
        for key, ids in names.items():
            if 1 < len(ids) <= MAX_NAME_GROUP:
                yield SAME_NAME, key, ids

    def _dismissed(self) -> list[tuple[int, int]]:
        return [
            (int(a), int(b))
            for a, b in self.repos.db.execute(
                "SELECT contact_a, contact_b FROM contact_merge_dismissed"
            )
        ]

    def _contacts(self, ids: set[int]) -> dict[int, Contact]:
        found: dict[int, Contact] = {}
        for contact_id in ids:
            contact = self.repos.contacts.get(contact_id)
            if contact is not None:
                found[contact_id] = contact
        return found

    # -- actions -----------------------------------------------------------------------------

    def dismiss(self, first_id: int, second_id: int, *, agent_id: int | None = None) -> None:
        """The agent says these are two people: never suggest the pair again."""
        a, b = sorted((first_id, second_id))
        if a == b:
            raise ContactError("A contact cannot be compared with itself.")
        with self.repos.db.atomic():
            self._dismiss(a, b)
            self.repos.audit.record(
                "contact:not_same", agent_id=agent_id, subject_type="contact", subject_id=a,
                details={"other": b}, at=self.clock(),
            )

    def merge(self, keep_id: int, other_id: int, *, agent_id: int | None = None) -> Contact:
        """Fold ``other_id`` into ``keep_id``: handles, details and conversations move."""
        if keep_id == other_id:
            raise ContactError("Choose two different contacts to merge.")
        repos = self.repos
        with repos.db.atomic():
            keep, other = repos.contacts.get(keep_id), repos.contacts.get(other_id)
            if keep is None or other is None:
                raise ContactError("One of these contacts no longer exists; refresh the list.")
            db = repos.db
            # Details the kept contact already has would collide: the duplicates just go.
            db.execute("UPDATE OR IGNORE contact_details SET contact_id = ? WHERE contact_id = ?",
                       [keep_id, other_id])
            db.execute("DELETE FROM contact_details WHERE contact_id = ?", [other_id])
            repos.contacts.merge(keep_id, other_id)
            db.execute("UPDATE contacts SET name = ? WHERE id = ? AND name = ''",
                       [other.name, keep_id])
            db.execute("UPDATE contacts SET language = ? WHERE id = ? AND language = ''",
                       [other.language, keep_id])
            repos.audit.record(
                "contact:merge", agent_id=agent_id, subject_type="contact", subject_id=keep_id,
                details={"merged": other_id, "name": other.name,
                         "handles": [[h.kind.value, h.value] for h in other.handles]},
                at=self.clock(),
            )
            merged = repos.contacts.get(keep_id)
        assert merged is not None
        return merged

    def split(
        self, contact_id: int, handles: Sequence[Handle], name: str, *,
        agent_id: int | None = None,
    ) -> Contact:
        """Give ``handles`` (and their conversations) to a new contact called ``name``."""
        name = name.strip()
        if not name:
            raise ContactError("Give the new contact a name.")
        repos = self.repos
        with repos.db.atomic():
            contact = repos.contacts.get(contact_id)
            if contact is None:
                raise ContactError("This contact no longer exists; refresh the list.")
            chosen = set(handles)
            if not chosen:
                raise ContactError("Choose the addresses that belong to the other person.")
            if not chosen <= set(contact.handles):
                raise ContactError("Some of these addresses no longer belong to this contact.")
            if chosen == set(contact.handles):
                raise ContactError("Leave at least one address with the current contact.")
            new_id = repos.contacts.split(contact_id, sorted(chosen, key=_handle_order), name)
            # Details that are one of the moved handles follow them.
            for handle in chosen:
                repos.db.execute(
                    "UPDATE contact_details SET contact_id = ? WHERE contact_id = ? AND kind = ? "
                    "AND value = ?", [new_id, contact_id, handle.kind.value,
                                      _normalize_detail(handle.kind.value, handle.value)],
                )
            # Split means "two people": do not suggest merging them straight back.
            self._dismiss(*sorted((contact_id, new_id)))
            repos.audit.record(
                "contact:split", agent_id=agent_id, subject_type="contact", subject_id=contact_id,
                details={"new_contact": new_id,
                         "handles": [[h.kind.value, h.value] for h in sorted(
                             chosen, key=_handle_order)]},
                at=self.clock(),
            )
            created = repos.contacts.get(new_id)
        assert created is not None
        return created

    def _dismiss(self, a: int, b: int) -> None:
        self.repos.db.execute(
            "INSERT OR IGNORE INTO contact_merge_dismissed (contact_a, contact_b, at) "
            "VALUES (?, ?, ?)", [a, b, self.clock()],
        )


def _handle_order(handle: Handle) -> tuple[str, str]:
    return (handle.kind.value, handle.value)
