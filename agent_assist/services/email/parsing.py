"""Parsing fetched mail on every core: parsing, not the network, bounds sync speed."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass

from agent_assist.channels.email.mime import UnparseableMessage, parse_email
from agent_assist.core.models import IncomingMessage


@dataclass(frozen=True, slots=True)
class ParseOutcome:
    """A parsed message, or the reason it must be quarantined."""

    provider_key: str
    message: IncomingMessage | None
    error: str = ""


def parse_batch(items: Sequence[tuple[str, bytes]], account_id: int | None) -> list[ParseOutcome]:
    """Parse (provider_key, raw) pairs; raw bytes are not sent back (the caller has them)."""
    outcomes: list[ParseOutcome] = []
    for key, raw in items:
        try:
            message = parse_email(raw, key, account_id=account_id)
        except UnparseableMessage as exc:
            outcomes.append(ParseOutcome(key, None, str(exc)))
            continue
        except Exception as exc:  # a parser bug must quarantine one message, not stop sync
            outcomes.append(ParseOutcome(key, None, f"parser error: {type(exc).__name__}: {exc}"))
            continue
        message.raw = None  # avoid pickling the bytes back across processes
        outcomes.append(ParseOutcome(key, message))
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
    # forkserver: the app has threads (Qt, other accounts), and forking a threaded process
    # can inherit a held lock; workers forked from a clean server process cannot.
    methods = multiprocessing.get_all_start_methods()
    method = "forkserver" if "forkserver" in methods else "spawn"
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method))
