"""Importing .eml files, mbox files and Maildir folders, streaming, with quarantine."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from agent_assist.channels.email.files import MailSourceError, iter_raw_messages
from agent_assist.channels.email.mime import UnparseableMessage, parse_email
from agent_assist.core.models import IncomingMessage
from agent_assist.services.ingest import Ingestor
from agent_assist.services.json_import import import_json_export, is_json_export
from agent_assist.storage.blobs import AttachmentFiles, sha256_hex
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import Repos

BATCH = 500  # messages per transaction: bounded memory, few fsyncs


class ImportError_(Exception):
    """An import source cannot be read; the message names it and says why."""


@dataclass
class ImportCounts:
    """What an import did."""

    imported: int = 0
    duplicates: int = 0
    quarantined: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


Progress = Callable[[ImportCounts], bool]  # return False to cancel


def import_key(raw: bytes) -> str:
    """Identity of an imported message: its exact bytes (re-importing adds nothing)."""
    return f"import:{sha256_hex(raw)}"


def import_paths(
    profile: Profile, paths: Sequence[Path], progress: Progress | None = None
) -> ImportCounts:
    for path in paths:
        if not Path(path).exists():
            raise ImportError_(f"{path} does not exist.")
    repos = Repos.of(profile.pool.get())
    ingestor = Ingestor(repos, AttachmentFiles(profile.attachments_dir))
    exports = [Path(p) for p in paths if is_json_export(Path(p))]
    mail = [Path(p) for p in paths if Path(p) not in exports]
    counts = ImportCounts()
    for path in exports:
        try:
            imported, duplicates = import_json_export(repos, ingestor, path)
        except (ValueError, KeyError) as exc:
            raise ImportError_(f"{path} is not a valid Agent Assist export ({exc}).") from exc
        counts.imported += imported
        counts.duplicates += duplicates
    if not mail:
        return counts
    try:
        found = import_stream(repos, ingestor, _sources(mail), progress)
    except MailSourceError as exc:
        raise ImportError_(str(exc)) from exc
    counts.imported += found.imported
    counts.duplicates += found.duplicates
    counts.quarantined += found.quarantined
    return counts


def _sources(paths: Sequence[Path]) -> Iterator[tuple[str, bytes]]:
    for path in paths:
        for mail in iter_raw_messages(path):
            yield mail.source, mail.data


def import_stream(
    repos: Repos,
    ingestor: Ingestor,
    sources: Iterable[tuple[str, bytes]],
    progress: Progress | None = None,
) -> ImportCounts:
    counts = ImportCounts()
    batch: list[tuple[str, bytes]] = []
    for item in sources:
        batch.append(item)
        if len(batch) >= BATCH:
            _flush(repos, ingestor, batch, counts)
            batch = []
            if progress is not None and not progress(counts):
                return counts
    if batch:
        _flush(repos, ingestor, batch, counts)
    if progress is not None:
        progress(counts)
    return counts


def _flush(
    repos: Repos, ingestor: Ingestor, batch: list[tuple[str, bytes]], counts: ImportCounts
) -> None:
    parsed: list[IncomingMessage] = []
    with repos.db.atomic():
        for label, raw in batch:
            key = import_key(raw)
            if repos.messages.exists(key) or repos.quarantine.has(key):
                counts.duplicates += 1
                continue
            try:
                parsed.append(parse_email(raw, key))
            except UnparseableMessage as exc:
                repos.quarantine.add(key, raw, str(exc), source=label)
                counts.quarantined += 1
        for result in ingestor.ingest_many(parsed):
            if result.duplicate:
                counts.duplicates += 1
            else:
                counts.imported += 1
