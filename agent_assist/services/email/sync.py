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
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field

from agent_assist.channels.email.imap import FetchedMessage, ImapSession
from agent_assist.core.models import Account, Direction
from agent_assist.services.email.accounts import EmailSettings
from agent_assist.services.email.parsing import InlineExecutor, ParseOutcome, parse_batch
from agent_assist.services.ingest import Ingestor
from agent_assist.storage.blobs import sha256_hex
from agent_assist.storage.repositories import Repos

FETCH_BATCH = 250  # messages per FETCH and per transaction
PARSE_CHUNK = 50  # messages per task sent to a parser process


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
        report = FolderReport(folder)
        last_uid = int(cursor.get("last_uid", 0))
        if cursor and int(cursor.get("uidvalidity", 0)) != state.uidvalidity:
            # The server renumbered the folder: start over; known mail is re-matched below.
            report.uidvalidity_changed = True
            last_uid = 0
            cursor = {}
        cursor["uidvalidity"] = state.uidvalidity
        cursor.setdefault("last_uid", last_uid)
        new_uids = session.search_uids(folder, since_uid=last_uid or None)
        for batch in self._fetch_parsed(session, folder, state.uidvalidity, new_uids):
            self._store_batch(folder, state.uidvalidity, is_sent, batch, cursor, report)
            if self.progress is not None:
                self.progress(report)
        report.expunged = self._mark_expunged(session, folder, state.uidvalidity)
        report.flag_changes = self._sync_flags(session, folder, state, cursor)
        with repos.db.atomic():
            cursor["highestmodseq"] = state.highestmodseq
            repos.sync_state.put(account.id, scope, cursor)
            repos.accounts.mark_synced(account.id, self.clock())
        return report

    def _fetch_parsed(
        self, session: ImapSession, folder: str, uidvalidity: int, uids: Sequence[int]
    ) -> Iterator[list[tuple[FetchedMessage, ParseOutcome]]]:
        """Fetch batch k+1 while the parser processes work on batch k."""
        pending: tuple[list[FetchedMessage], list[Future[list[ParseOutcome]]]] | None = None
        for start in range(0, len(uids), FETCH_BATCH):
            chunk = uids[start : start + FETCH_BATCH]
            fetched = list(session.fetch_raw(chunk, batch=FETCH_BATCH, folder=folder))
            futures = [
                self.executor.submit(
                    parse_batch,
                    [
                        (provider_key(self.account.id, folder, uidvalidity, m.uid), m.raw)
                        for m in fetched[i : i + PARSE_CHUNK]
                    ],
                    self.account.id,
                )
                for i in range(0, len(fetched), PARSE_CHUNK)
            ]
            if pending is not None:
                yield _join(*pending)
            pending = (fetched, futures)
        if pending is not None:
            yield _join(*pending)

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
        with repos.db.atomic():
            to_ingest = []
            locations: list[tuple[FetchedMessage, str, int | None, bool]] = []
            for fetched, outcome in batch:
                report.fetched += 1
                key = provider_key(account.id, folder, uidvalidity, fetched.uid)
                if self._location_exists(folder, uidvalidity, fetched.uid):
                    continue
                message = outcome.message
                if message is None:
                    repos.quarantine.add(key, fetched.raw, outcome.error,
                                         source=f"{account.name}/{folder} UID {fetched.uid}",
                                         account_id=account.id)
                    report.quarantined += 1
                    locations.append((fetched, key, None, True))
                    continue
                existing = self._known_message(message.message_id, fetched.raw)
                if existing is not None:
                    report.linked += 1
                    locations.append((fetched, key, existing, False))
                    continue
                message.raw = fetched.raw
                if is_sent or (own and message.sender_address == own):
                    message.direction = Direction.OUT
                to_ingest.append((fetched, message))
            results = self.ingestor.ingest_many([m for _, m in to_ingest])
            for (fetched, message), result in zip(to_ingest, results, strict=True):
                row_id = result.message_row_id
                if row_id is None:  # same Message-ID earlier in this very batch
                    row_id = self._known_message(message.message_id, fetched.raw)
                    report.linked += 1
                else:
                    report.new += 1
                locations.append((fetched, message.provider_key, row_id, False))
            for fetched, _key, row_id, quarantined in locations:
                repos.db.execute(
                    "INSERT OR IGNORE INTO imap_locations (account_id, folder, uidvalidity, uid, "
                    "message_row_id, quarantined, flags, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [account.id, folder, uidvalidity, fetched.uid, row_id, int(quarantined),
                     json.dumps(list(fetched.flags)), now],
                )
            if batch:
                cursor["last_uid"] = max(int(str(cursor.get("last_uid", 0))),
                                         max(f.uid for f, _ in batch))
            # The cursor moves in the same transaction as the rows it covers.
            repos.sync_state.put(account.id, f"imap:{folder}", cursor)

    def _location_exists(self, folder: str, uidvalidity: int, uid: int) -> bool:
        return self.repos.db.execute(
            "SELECT 1 FROM imap_locations WHERE account_id = ? AND folder = ? AND uidvalidity = ? "
            "AND uid = ?", [self.account.id, folder, uidvalidity, uid]).fetchone() is not None

    def _known_message(self, message_id: str, raw: bytes) -> int | None:
        """A stored message that this server copy is another location of."""
        db = self.repos.db
        if message_id:
            row = db.execute(
                "SELECT id FROM messages WHERE message_id_header = ? ORDER BY id LIMIT 1",
                [message_id]).fetchone()
            if row is not None:
                return int(row[0])
        row = db.execute(
            "SELECT id FROM messages WHERE raw_sha256 = ? ORDER BY id LIMIT 1", [sha256_hex(raw)]
        ).fetchone()
        return None if row is None else int(row[0])

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
            with self.repos.db.atomic():
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
        with self.repos.db.atomic():
            for change in changes:
                self.repos.db.execute(
                    "UPDATE imap_locations SET flags = ? WHERE account_id = ? AND folder = ? "
                    "AND uidvalidity = ? AND uid = ?",
                    [json.dumps(list(change.flags)), self.account.id, folder, uidvalidity,
                     change.uid])
        return len(changes)


def _join(
    fetched: list[FetchedMessage], futures: list[Future[list[ParseOutcome]]]
) -> list[tuple[FetchedMessage, ParseOutcome]]:
    outcomes = [o for f in futures for o in f.result()]
    by_key = {o.provider_key.rsplit(":", 1)[1]: o for o in outcomes}
    return [(m, by_key[str(m.uid)]) for m in fetched]
