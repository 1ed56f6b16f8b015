"""Parsing fetched mail on every core: parsing, not the network, bounds sync speed."""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, replace

from agent_assist.channels.email.mime import UnparseableMessage, parse_email
from agent_assist.core.models import IncomingAttachment, IncomingMessage
from agent_assist.services.email.stubs import set_aside
from agent_assist.storage.blobs import sha256_hex


@dataclass(frozen=True, slots=True)
class ParseOutcome:
    """A parsed message, or the reason it must be quarantined."""

    provider_key: str
    message: IncomingMessage | None
    error: str = ""
    digest: str = ""  # SHA-256 of the raw bytes, computed here to spare the storing thread


def parse_raw(raw: bytes, key: str, account_id: int | None = None) -> IncomingMessage:
    """``parse_email`` with big attachment bodies set aside (see ``stubs``): same result."""
    stubbed = set_aside(raw)
    if stubbed is None:
        return parse_email(raw, key, account_id=account_id)
    try:
        message = parse_email(stubbed.light, key, account_id=account_id)
    except UnparseableMessage:
        return parse_email(raw, key, account_id=account_id)
    restored: list[IncomingAttachment] = []
    for attachment in message.attachments:
        data = stubbed.bodies.get(attachment.data)
        restored.append(attachment if data is None else replace(attachment, data=data))
    if sum(a.data in stubbed.bodies for a in message.attachments) != len(stubbed.bodies):
        # A placeholder did not come back as one attachment: trust only the full parse.
        return parse_email(raw, key, account_id=account_id)
    message.attachments = restored
    message.raw = raw
    return message


def parse_batch(items: Sequence[tuple[str, bytes]], account_id: int | None) -> list[ParseOutcome]:
    """Parse (provider_key, raw) pairs; raw bytes are not sent back (the caller has them)."""
    outcomes: list[ParseOutcome] = []
    for key, raw in items:
        try:
            message = parse_raw(raw, key, account_id)
        except UnparseableMessage as exc:
            outcomes.append(ParseOutcome(key, None, str(exc)))
            continue
        except Exception as exc:  # a parser bug must quarantine one message, not stop sync
            outcomes.append(ParseOutcome(key, None, f"parser error: {type(exc).__name__}: {exc}"))
            continue
        message.raw = None  # avoid pickling the bytes back across processes
        outcomes.append(ParseOutcome(key, message, digest=sha256_hex(raw)))
    return outcomes


class InlineExecutor(Executor):
    """Runs submitted work immediately (tests, tiny batches, or one-core machines)."""

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        future: Future[object] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:
            future.set_exception(exc)
        return future


def make_parse_executor(workers: int | None = None) -> Executor:
    """A process pool sized to the machine's cores (inline when there is only one)."""
    workers = workers or os.cpu_count() or 1
    if workers <= 1:
        return InlineExecutor()
    # spawn: the app has threads (Qt, other accounts), and forking a threaded process can
    # inherit a held lock. Not forkserver: its server outlives a kill -9 of the app (seen
    # here: orphaned servers piling up), while spawned workers end with their parent.
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_parser_process_setup)


def _parser_process_setup() -> None:
    background_priority()
    # A worker holds both ends of its task queue, so it never sees EOF when the app is
    # killed (kill -9, a crash): watch the parent instead and leave with it.
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


#: How much nicer than the app background sync work runs (the GUI must stay responsive).
BACKGROUND_NICENESS = 10


def background_priority() -> None:
    """Lower the calling thread's (Linux) or process's CPU priority; never fails.

    Parsing uses every core during a first sync: at normal priority the GUI thread would
    wait its turn behind the parsers and stall visibly.
    """
    try:
        if sys.platform.startswith("linux"):
            # On Linux a thread is a task with its own nice value.
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICENESS)
        elif hasattr(os, "nice"):
            os.nice(BACKGROUND_NICENESS)
    except OSError:
        pass  # not allowed here: run at normal priority
