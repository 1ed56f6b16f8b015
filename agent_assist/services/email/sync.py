"""The IMAP sync engine: catch up each watched folder with zero loss and zero duplicates.

Rules (see docs/ARCHITECTURE.md): a message's identity is (account, folder, UIDVALIDITY,
UID); the folder cursor is committed in the same transaction as the rows it covers; mail
is fetched with BODY.PEEK[] and nothing on the server is ever changed by syncing; a
UIDVALIDITY change re-matches messages by Message-ID / content hash instead of copying
them; expunged messages are marked, never deleted; unparseable mail is quarantined once.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import Executor, Future
from contextlib import closing
from dataclasses import dataclass, field

from agent_assist.channels.email.imap import FetchedMessage, ImapSession
from agent_assist.core.models import Account, Direction, IncomingMessage
from agent_assist.services.email.accounts import EmailSettings
from agent_assist.services.email.ahead import run_ahead
from agent_assist.services.email.matching import KnownMessages, twin_marks
from agent_assist.services.email.parsing import InlineExecutor, ParseOutcome, parse_batch
from agent_assist.services.ingest import Ingestor
from agent_assist.storage.blobs import sha256_hex
from agent_assist.storage.repositories import Repos
from agent_assist.storage.transactions import immediate

FETCH_BATCH = 250  # messages per FETCH and per transaction
PARSE_CHUNK = 50  # messages per task sent to a parser process
FETCH_AHEAD = 2  # batches fetched (and being parsed) ahead of the one being stored
_IN_CHUNK = 500  # values per SQL "IN (...)" list


@dataclass
class FolderReport:
    """What one folder catch-up did."""

    folder: str
    fetched: int = 0
    new: int = 0
    linked: int = 0  # already stored (other folder, UIDVALIDITY change, our own sent copy)
    quarantined: int = 0
    expunged: int = 0
    flag_changes: int = 0
    uidvalidity_changed: bool = False
    # The folder as the catch-up's SELECT found it: a later SELECT that differs means
    # something happened since (IDLE only reports what happens after it starts).
    uidnext: int | None = None
    exists: int = 0
    highestmodseq: int | None = None


@dataclass
class SyncReport:
    """What one account catch-up did."""

    account: str
    folders: list[FolderReport] = field(default_factory=list)

    @property
    def new(self) -> int:
        return sum(f.new for f in self.folders)


Progress = Callable[[FolderReport], None]


def provider_key(account_id: int, folder: str, uidvalidity: int, uid: int) -> str:
    return f"imap:{account_id}:{folder}:{uidvalidity}:{uid}"


class FolderSync:
    """Catches up one account's folders on an open session, on the calling thread."""

    def __init__(
        self,
        repos: Repos,
        ingestor: Ingestor,
        account: Account,
        *,
        executor: Executor | None = None,
        progress: Progress | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.repos = repos
        self.ingestor = ingestor
        self.account = account
        self.settings = EmailSettings.from_account(account)
        self.executor = executor or InlineExecutor()
        self.progress = progress
        self.clock = clock

    def folders(self, session: ImapSession) -> list[tuple[str, bool]]:
        """(folder, is_sent) pairs to watch: configured ones plus the Sent folder."""
        watched = [(f, False) for f in self.settings.folders]
        if self.settings.watch_sent:
            sent = self.settings.extra.get("sent_folder") or session.sent_folder()
            if sent and sent not in self.settings.folders:
                watched.append((sent, True))
        return watched

    def catch_up(self, session: ImapSession) -> SyncReport:
        report = SyncReport(self.account.name)
        for folder, is_sent in self.folders(session):
            report.folders.append(self.sync_folder(session, folder, is_sent=is_sent))
        return report

    # -- one folder ------------------------------------------------------------------------

    def sync_folder(self, session: ImapSession, folder: str, *, is_sent: bool) -> FolderReport:
        repos, account = self.repos, self.account
        scope = f"imap:{folder}"
        state = session.select(folder)
        cursor = repos.sync_state.get(account.id, scope)
        report = FolderReport(folder, uidnext=state.uidnext, exists=state.exists,
                              highestmodseq=state.highestmodseq)
        last_uid = int(cursor.get("last_uid", 0))
        if cursor and int(cursor.get("uidvalidity", 0)) != state.uidvalidity:
            # The server renumbered the folder: start over; known mail is re-matched below.
            report.uidvalidity_changed = True
            last_uid = 0
            cursor = {}
        cursor["uidvalidity"] = state.uidvalidity
        cursor.setdefault("last_uid", last_uid)
        new_uids = session.search_uids(folder, since_uid=last_uid or None)
        # closing(): if storing fails, the fetch thread stops now, not when GC runs.
        with closing(self._fetch_parsed(session, folder, state.uidvalidity, new_uids)) as batches:
            for batch in batches:
                self._store_batch(folder, state.uidvalidity, is_sent, batch, cursor, report)
                if self.progress is not None:
                    self.progress(report)
        report.expunged = self._mark_expunged(session, folder, state.uidvalidity)
        report.flag_changes = self._sync_flags(session, folder, state, cursor)
        with immediate(repos.db):
            cursor["highestmodseq"] = state.highestmodseq
            repos.sync_state.put(account.id, scope, cursor)
            repos.accounts.mark_synced(account.id, self.clock())
        return report

    def backfill(
        self, session: ImapSession, folder: str, uids: Sequence[int], *, uidvalidity: int,
        is_sent: bool,
    ) -> FolderReport:
        """Fetch exactly ``uids`` (found missing by the missed-message check) and store them.

        Same storage path as a catch-up; the cursor can only move forward, so UIDs below it
        leave it unchanged. Nothing is fetched when the folder was renumbered meanwhile.
        """
        report = FolderReport(folder)
        state = session.select(folder)
        if state.uidvalidity != uidvalidity or not uids:
            report.uidvalidity_changed = state.uidvalidity != uidvalidity
            return report
        cursor = self.repos.sync_state.get(self.account.id, f"imap:{folder}")
        if int(cursor.get("uidvalidity", state.uidvalidity)) != state.uidvalidity:
            report.uidvalidity_changed = True  # the next catch-up re-matches this folder
            return report
        cursor.setdefault("uidvalidity", state.uidvalidity)
        cursor.setdefault("last_uid", 0)
        fetching = self._fetch_parsed(session, folder, state.uidvalidity, sorted(uids))
        with closing(fetching) as batches:
            for batch in batches:
                self._store_batch(folder, state.uidvalidity, is_sent, batch, cursor, report)
        return report

    def _fetch_parsed(
        self, session: ImapSession, folder: str, uidvalidity: int, uids: Sequence[int]
    ) -> Generator[list[tuple[FetchedMessage, ParseOutcome]], None, None]:
        """Batches in UID order with their parse outcomes.

        A thread fetches and hands each batch to the parser processes up to FETCH_AHEAD
        batches ahead of the caller, who stores them: network, parsing and SQLite overlap.
        """
        if not uids:
            return

        def fetch_all() -> Iterator[tuple[list[FetchedMessage], list[Future[list[ParseOutcome]]]]]:
            for start in range(0, len(uids), FETCH_BATCH):
                chunk = uids[start : start + FETCH_BATCH]
                fetched = list(session.fetch_raw(chunk, batch=FETCH_BATCH, folder=folder))
                yield fetched, [
                    self.executor.submit(
                        parse_batch,
                        [(provider_key(self.account.id, folder, uidvalidity, m.uid), m.raw)
                         for m in fetched[i : i + PARSE_CHUNK]],
                        self.account.id,
                    )
                    for i in range(0, len(fetched), PARSE_CHUNK)
                ]

        for fetched, futures in run_ahead(fetch_all(), FETCH_AHEAD, f"fetch-{self.account.name}"):
            yield _join(fetched, futures)

    # Write transactions take the write lock first (immediate): they read before writing,
    # and a deferred one would fail at once if another runner or the GUI committed meanwhile.
    def _store_batch(
        self,
        folder: str,
        uidvalidity: int,
        is_sent: bool,
        batch: list[tuple[FetchedMessage, ParseOutcome]],
        cursor: dict[str, object],
        report: FolderReport,
    ) -> None:
        repos, account = self.repos, self.account
        own = self.settings.email.lower()
        now = self.clock()
        with immediate(repos.db):
            # Set-based lookups: a few queries per batch instead of several per message.
            present = self._locations_present(folder, uidvalidity, [f.uid for f, _ in batch])
            fresh = [(f, o) for f, o in batch if f.uid not in present]
            report.fetched += len(batch)
            digests = {f.uid: o.digest or sha256_hex(f.raw) for f, o in fresh
                       if o.message is not None}
            known = KnownMessages(repos.db, [(o.message, digests[f.uid]) for f, o in fresh
                                             if o.message is not None])
            to_ingest: list[tuple[FetchedMessage, IncomingMessage]] = []
            locations: list[tuple[FetchedMessage, int | None, bool]] = []
            # A second copy of one message within this batch links to the first.
            first_copy: dict[str, str] = {}
            twins: list[tuple[FetchedMessage, str]] = []
            for fetched, outcome in fresh:
                message = outcome.message
                if message is None:
                    key = provider_key(account.id, folder, uidvalidity, fetched.uid)
                    repos.quarantine.add(key, fetched.raw, outcome.error,
                                         source=f"{account.name}/{folder} UID {fetched.uid}",
                                         account_id=account.id)
                    report.quarantined += 1
                    locations.append((fetched, None, True))
                    continue
                digest = digests[fetched.uid]
                existing = known.find(message, digest)
                if existing is not None:
                    report.linked += 1
                    locations.append((fetched, existing, False))
                    continue
                marks = twin_marks(message, digest)
                twin = next((first_copy[m] for m in marks if m in first_copy), None)
                if twin is not None:
                    report.linked += 1
                    twins.append((fetched, twin))
                    continue
                first_copy.update(dict.fromkeys(marks, message.provider_key))
                message.raw = fetched.raw
                if is_sent or (own and message.sender_address == own):
                    message.direction = Direction.OUT
                to_ingest.append((fetched, message))
            results = self.ingestor.ingest_many([m for _, m in to_ingest])
            row_of: dict[str, int | None] = {}
            for (fetched, message), result in zip(to_ingest, results, strict=True):
                row_id = result.message_row_id
                if row_id is None:  # stored meanwhile under this key (e.g. a backfill)
                    row_id = self._known_message(message, fetched.raw)
                    report.linked += 1
                else:
                    report.new += 1
                row_of[message.provider_key] = row_id
                locations.append((fetched, row_id, False))
            locations.extend((fetched, row_of.get(twin), False) for fetched, twin in twins)
            repos.db.conn.executemany(
                "INSERT OR IGNORE INTO imap_locations (account_id, folder, uidvalidity, uid, "
                "message_row_id, quarantined, flags, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(account.id, folder, uidvalidity, fetched.uid, row_id, int(quarantined),
                  _flags_json(fetched.flags), now)
                 for fetched, row_id, quarantined in locations],
            )
            if batch:
                cursor["last_uid"] = max(int(str(cursor.get("last_uid", 0))),
                                         max(f.uid for f, _ in batch))
            # The cursor moves in the same transaction as the rows it covers.
            repos.sync_state.put(account.id, f"imap:{folder}", cursor)

    def _locations_present(self, folder: str, uidvalidity: int, uids: Sequence[int]) -> set[int]:
        """Which of ``uids`` are stored already (a resumed or repeated fetch)."""
        found: set[int] = set()
        for start in range(0, len(uids), _IN_CHUNK):
            chunk = list(uids[start : start + _IN_CHUNK])
            marks = ",".join("?" * len(chunk))
            found.update(int(r[0]) for r in self.repos.db.execute(
                f"SELECT uid FROM imap_locations WHERE account_id = ? AND folder = ? AND "
                f"uidvalidity = ? AND uid IN ({marks})",
                [self.account.id, folder, uidvalidity, *chunk]))
        return found

    def _known_message(self, message: IncomingMessage, raw: bytes) -> int | None:
        """A stored message that this server copy is another location of."""
        digest = sha256_hex(raw)
        return KnownMessages(self.repos.db, [(message, digest)]).find(message, digest)

    def _mark_expunged(self, session: ImapSession, folder: str, uidvalidity: int) -> int:
        """Compare the server's UID set with ours; mark what vanished (never delete)."""
        on_server = set(session.search_uids(folder))
        stored = {
            int(r[0]) for r in self.repos.db.execute(
                "SELECT uid FROM imap_locations WHERE account_id = ? AND folder = ? AND "
                "uidvalidity = ? AND expunged_at IS NULL", [self.account.id, folder, uidvalidity])
        }
        gone = sorted(stored - on_server)
        if gone:
            now = self.clock()
            with immediate(self.repos.db):
                for start in range(0, len(gone), 500):
                    chunk = gone[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    self.repos.db.execute(
                        f"UPDATE imap_locations SET expunged_at = ? WHERE account_id = ? AND "
                        f"folder = ? AND uidvalidity = ? AND uid IN ({marks})",
                        [now, self.account.id, folder, uidvalidity, *chunk])
        return len(gone)

    def _sync_flags(
        self, session: ImapSession, folder: str, state: object, cursor: dict[str, object]
    ) -> int:
        """CONDSTORE: fetch only flags changed since the last HIGHESTMODSEQ we saw."""
        since = cursor.get("highestmodseq")
        if not session.condstore or not isinstance(since, int):
            return 0
        current = getattr(state, "highestmodseq", None)
        if current is not None and current <= since:
            return 0
        changes = session.fetch_flags_changed_since(since, folder=folder)
        uidvalidity = int(str(cursor["uidvalidity"]))
        with immediate(self.repos.db):
            for change in changes:
                self.repos.db.execute(
                    "UPDATE imap_locations SET flags = ? WHERE account_id = ? AND folder = ? "
                    "AND uidvalidity = ? AND uid = ?",
                    [_flags_json(change.flags), self.account.id, folder, uidvalidity,
                     change.uid])
        return len(changes)


def _flags_json(flags: Sequence[str]) -> str:
    # \Recent belongs to one IMAP session (RFC 3501), not to the message: never store it.
    return json.dumps([f for f in flags if f.lower() != "\\recent"])


def _join(
    fetched: list[FetchedMessage], futures: list[Future[list[ParseOutcome]]]
) -> list[tuple[FetchedMessage, ParseOutcome]]:
    outcomes = [o for f in futures for o in f.result()]
    by_key = {o.provider_key.rsplit(":", 1)[1]: o for o in outcomes}
    return [(m, by_key[str(m.uid)]) for m in fetched]
