"""Importing .eml files, mbox files, Maildir folders and JSON exports: streaming, with quarantine.

Mail goes through the email sync's own parse-and-store machinery: a thread reads messages
a few batches ahead, compresses their raw bytes (the zlib work ``put_raw`` would otherwise
do on the storing thread; zlib releases the GIL) and hands them to the sync's parser
processes (``parse_batch``), while the calling thread stores the previous batch with the
sync's set-based lookups (``KnownMessages``).
Memory holds a few batches, never a whole mailbox. A message's identity is its exact bytes
(``import_key``); a copy already stored under another identity (the same bytes fetched by
IMAP sync, or the same Message-ID and text) counts as already there, so a re-run or a
resumed import adds nothing twice.
"""

from __future__ import annotations

import multiprocessing.process
import os
import stat
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import Executor, Future
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from agent_assist.channels.email.files import (
    MESSAGE_EXTENSIONS,
    MailSourceError,
    RawMail,
    iter_raw_messages,
    sniff_kind,
)
from agent_assist.core.models import Channel, Direction, IncomingMessage
from agent_assist.services.email.ahead import run_ahead
from agent_assist.services.email.matching import KnownMessages, twin_marks
from agent_assist.services.email.parsing import (
    InlineExecutor,
    ParseOutcome,
    make_parse_executor,
    parse_batch,
)
from agent_assist.services.ingest import Ingestor
from agent_assist.services.json_import import (
    import_agents,
    import_record,
    is_json_export,
    read_export,
)
from agent_assist.storage.blobs import (
    AttachmentFiles,
    PackedRaw,
    pack_raw,
    put_packed,
    sha256_hex,
)
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import Repos
from agent_assist.storage.transactions import immediate

BATCH = 500  # messages per transaction: bounded memory, few fsyncs
PARSE_CHUNK = 50  # messages per task sent to a parser process (as the sync sends them)
AHEAD = 2  # batches read (and being parsed) ahead of the one being stored
#: Below this much mail, starting parser processes costs more than parsing on this thread.
PARALLEL_FROM_BYTES = 4 * 1024 * 1024
WORKER_CHECK_SECONDS = 1.0  # how often a wait for the parsers checks they are alive


class ImportError_(Exception):
    """An import source cannot be read; the message names it and says why in one sentence.

    ``counts`` holds what was imported before the problem was met: it stays imported.
    """

    def __init__(self, message: str, counts: ImportCounts | None = None) -> None:
        super().__init__(message)
        self.counts = counts or ImportCounts()


@dataclass
class ImportCounts:
    """What an import did; ``skipped`` has one sentence per file that could not be read."""

    imported: int = 0
    duplicates: int = 0
    quarantined: int = 0
    skipped: list[str] = field(default_factory=list)
    cancelled: bool = False

    def as_dict(self) -> dict[str, object]:
        return {"imported": self.imported, "duplicates": self.duplicates,
                "quarantined": self.quarantined, "skipped": list(self.skipped)}


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """How far an import is: bytes of the sources read so far, of the total known up front."""

    counts: ImportCounts
    done_bytes: int
    total_bytes: int

    @property
    def fraction(self) -> float:
        return 1.0 if self.total_bytes <= 0 else min(1.0, self.done_bytes / self.total_bytes)


Progress = Callable[[ImportProgress], bool]  # return False to cancel


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """The checked sources of an import and their total size (for a determinate progress)."""

    mail: tuple[Path, ...]
    exports: tuple[Path, ...]
    total_bytes: int


#: Imported messages are identified by their exact bytes: "import:" + their SHA-256.
IMPORT_PREFIX = "import:"


def import_key(raw: bytes) -> str:
    """Identity of an imported message: its exact bytes (re-importing adds nothing)."""
    return IMPORT_PREFIX + sha256_hex(raw)


def plan_import(paths: Sequence[Path | str]) -> ImportPlan:
    """Check every source before anything is stored; one sentence for the first bad one."""
    mail: list[Path] = []
    exports: list[Path] = []
    total = 0
    for given in paths:
        path = Path(given).expanduser()
        try:
            info = path.stat()
        except OSError as exc:
            raise ImportError_(_unreadable(path, exc)) from exc
        if stat.S_ISDIR(info.st_mode):
            if not os.access(path, os.R_OK | os.X_OK):
                raise ImportError_(f"{path} cannot be read: permission denied.")
            mail.append(path)
            total += _folder_bytes(path)
            continue
        kind = _file_kind(path)
        (exports if kind == "export" else mail).append(path)
        total += info.st_size
    return ImportPlan(tuple(mail), tuple(exports), total)


def _file_kind(path: Path) -> str:
    try:
        if is_json_export(path):
            return "export"
        kind = sniff_kind(path)
    except OSError as exc:
        raise ImportError_(_unreadable(path, exc)) from exc
    except MailSourceError as exc:
        raise ImportError_(str(exc)) from exc
    # A .eml named by the user is read even when it starts oddly: the parser decides, and
    # an unparseable one is quarantined. Any other file must look like mail to be taken.
    if kind or path.suffix.lower() in MESSAGE_EXTENSIONS:
        return "mail"
    raise ImportError_(f"{path.name} is not mail: choose .eml files, mbox files, Maildir "
                       "folders or an Agent Assist JSON export.")


def _unreadable(path: Path, exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return f"{path} does not exist."
    if isinstance(exc, PermissionError):
        return f"{path} cannot be read: permission denied."
    return f"{path} cannot be read: {(exc.strerror or type(exc).__name__).lower()}."


def _folder_bytes(root: Path) -> int:
    """Sizes of the files a folder import may read (cheap: no file is opened)."""
    total = 0
    for folder, dirs, files in os.walk(root):
        if "cur" in dirs and "new" in dirs and "tmp" in dirs:
            dirs.remove("tmp")  # a Maildir's deliveries still being written are not read
        for name in files:
            if not name.startswith("."):
                try:
                    total += os.stat(os.path.join(folder, name)).st_size
                except OSError:
                    pass  # reported when the import reaches it
    return total


def default_executor(total_bytes: int) -> Executor:
    """The sync's parser processes for a big import; this thread for a few messages."""
    return make_parse_executor() if total_bytes >= PARALLEL_FROM_BYTES else InlineExecutor()


def import_paths(
    profile: Profile, paths: Sequence[Path | str], progress: Progress | None = None, *,
    executor: Executor | None = None,
) -> ImportCounts:
    """Import every source on the calling thread (its own connection); see the module doc.

    ``progress`` is called after each stored batch; returning False stops the import after
    that batch (what was stored stays; a re-run continues without duplicates). Parsing runs
    on ``executor``, by default the sync's parser processes when there is much to read.
    """
    plan = plan_import(paths)
    repos = Repos.of(profile.pool.get())
    run = _ImportRun(repos, Ingestor(repos, AttachmentFiles(profile.attachments_dir)), plan,
                     progress)
    try:
        if plan.exports:
            run.import_exports()
        if plan.mail and not run.counts.cancelled:
            pool = executor or default_executor(plan.total_bytes)
            finished = False
            try:
                run.import_mail(pool)
                finished = True
            finally:
                if executor is None:
                    # After a failure, don't wait: a pool whose worker died mid-answer can
                    # hang in shutdown (CPython's pool waits for the rest of that answer).
                    pool.shutdown(wait=finished, cancel_futures=True)
    except ImportError_:
        raise
    except Exception as exc:  # e.g. the disk is full: say so, with what is already stored
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0].rstrip(".")
        raise ImportError_(f"The import stopped: {reason}.", run.counts) from exc
    run.finish()
    return run.counts


@dataclass
class _Pending:
    """A batch read from the sources, its parse still running in the parser processes."""

    mails: list[RawMail]
    keys: list[str]
    packed: list[PackedRaw]
    parsing: list[Future[list[ParseOutcome]]]


class _ImportRun:
    """One import: counts, progress and the store step, on the calling thread."""

    def __init__(self, repos: Repos, ingestor: Ingestor, plan: ImportPlan,
                 progress: Progress | None) -> None:
        self.repos = repos
        self.ingestor = ingestor
        self.plan = plan
        self.progress = progress
        self.counts = ImportCounts()
        self.done_bytes = 0
        self.own = {a.address.lower() for a in repos.accounts.list()
                    if a.channel is Channel.EMAIL and a.address}

    def report(self) -> bool:
        """Tell the caller how far we are; False when it asked to stop."""
        if self.progress is not None and not self.progress(self._snapshot()):
            self.counts.cancelled = True
        return not self.counts.cancelled

    def finish(self) -> None:
        if not self.counts.cancelled:
            self.done_bytes = self.plan.total_bytes  # sizes were an estimate: end at 100 %
        if self.progress is not None:
            self.progress(self._snapshot())

    def _snapshot(self) -> ImportProgress:
        counts = self.counts
        return ImportProgress(
            ImportCounts(counts.imported, counts.duplicates, counts.quarantined,
                         list(counts.skipped), counts.cancelled),
            self.done_bytes, self.plan.total_bytes)

    # -- JSON exports ------------------------------------------------------------------------

    def import_exports(self) -> None:
        for path in self.plan.exports:
            started = self.done_bytes
            try:
                export = read_export(path)
                agents = import_agents(self.repos, export.agents)
                with closing(export.records) as records:
                    for record, offset in records:
                        imported, duplicates = import_record(self.repos, self.ingestor, record,
                                                             agents)
                        self.counts.imported += imported
                        self.counts.duplicates += duplicates
                        self.done_bytes = started + offset
                        if not self.report():
                            return
            except (ValueError, KeyError, TypeError) as exc:
                raise ImportError_(f"{path} is not a valid Agent Assist export ({exc}).",
                                   self.counts) from exc
            except OSError as exc:
                raise ImportError_(_unreadable(path, exc), self.counts) from exc

    # -- mail ----------------------------------------------------------------------------------

    def import_mail(self, executor: Executor) -> None:
        with closing(self._parsed_batches(executor)) as batches:
            for pending in batches:
                outcomes = [o for f in pending.parsing for o in parsed_result(f, executor)]
                self._store(pending, outcomes)
                self.done_bytes += sum(len(m.data) for m in pending.mails)
                if not self.report():
                    return  # batches read ahead are dropped; a re-run reads them again

    def _parsed_batches(self, executor: Executor) -> Generator[_Pending, None, None]:
        # Closing this generator closes run_ahead's, which stops the reading thread.
        yield from run_ahead(self._read_and_parse(executor), AHEAD, "import-read")

    def _read_and_parse(self, executor: Executor) -> Iterator[_Pending]:
        """Runs on the read-ahead thread: read a batch, hand it to the parsers, go on."""
        batch: list[RawMail] = []
        for mail in self._raw_messages():
            batch.append(mail)
            if len(batch) >= BATCH:
                yield self._submit(executor, batch)
                batch = []
        if batch:
            yield self._submit(executor, batch)

    def _raw_messages(self) -> Iterator[RawMail]:
        skipped = self.counts.skipped
        for path in self.plan.mail:
            try:
                # One unreadable file inside a folder is reported and the walk goes on.
                yield from iter_raw_messages(path, on_error=lambda e: skipped.append(str(e)))
            except MailSourceError as exc:  # the file itself failed part-way (an I/O error)
                skipped.append(str(exc))

    @staticmethod
    def _submit(executor: Executor, mails: list[RawMail]) -> _Pending:
        # Compressed here, in parallel with the storing thread: that halves its work, and
        # storing is the one stage of the pipeline that cannot run in parallel.
        packed = [pack_raw(m.data) for m in mails]
        keys = [IMPORT_PREFIX + p.sha256 for p in packed]
        items = list(zip(keys, (m.data for m in mails), strict=True))
        parsing = [executor.submit(parse_batch, items[i : i + PARSE_CHUNK], None)
                   for i in range(0, len(items), PARSE_CHUNK)]
        return _Pending(mails, keys, packed, parsing)

    def _store(self, pending: _Pending, outcomes: list[ParseOutcome]) -> None:
        """One transaction per batch, with the sync's set-based duplicate lookups."""
        repos, counts = self.repos, self.counts
        with immediate(repos.db):
            seen = repos.messages.existing_keys(pending.keys)
            seen |= repos.quarantine.existing_keys(pending.keys)
            batch = list(zip(pending.mails, pending.keys, pending.packed, outcomes, strict=True))
            known = KnownMessages(repos.db, [(o.message, p.sha256) for _, key, p, o in batch
                                             if o.message is not None and key not in seen])
            marks_seen: set[str] = set()
            to_ingest: list[IncomingMessage] = []
            for mail, key, packed, outcome in batch:
                if key in seen:  # stored by an earlier run, or the same bytes twice here
                    counts.duplicates += 1
                    continue
                seen.add(key)
                message = outcome.message
                if message is None:
                    put_packed(repos.db, packed)  # put_raw finds it: no second compression
                    repos.quarantine.add(key, mail.data, outcome.error, source=mail.source)
                    counts.quarantined += 1
                    continue
                marks = twin_marks(message, packed.sha256)
                if known.find(message, packed.sha256) is not None or marks_seen & set(marks):
                    counts.duplicates += 1  # already there under another identity
                    continue
                marks_seen.update(marks)
                put_packed(repos.db, packed)
                message.raw = mail.data
                if message.sender_address.lower() in self.own:
                    message.direction = Direction.OUT  # the shop's own sent mail
                to_ingest.append(message)
            for result in self.ingestor.ingest_many(to_ingest):
                if result.duplicate:
                    counts.duplicates += 1
                else:
                    counts.imported += 1


def parsed_result(future: Future[list[ParseOutcome]], executor: Executor) -> list[ParseOutcome]:
    """A parse task's result; a parser process that died ends the import instead.

    The standard process pool can miss a worker killed at the wrong moment (seen here with
    SIGKILL, as the out-of-memory killer sends) and then waits forever: look for yourself.
    """
    while True:
        try:
            return future.result(timeout=WORKER_CHECK_SECONDS)
        except TimeoutError:
            workers = _workers(executor)
            if any(w.exitcode is not None for w in workers):
                # Stop the others too: nothing will read their answers any more.
                for worker in workers:
                    worker.terminate()
                raise BrokenProcessPool("a parser process stopped unexpectedly") from None


def _workers(executor: Executor) -> list[multiprocessing.process.BaseProcess]:
    processes = getattr(executor, "_processes", None) or {}
    try:
        return list(processes.values())
    except RuntimeError:  # the pool changed its table meanwhile: look again next time
        return []
