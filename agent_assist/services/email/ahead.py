"""Running an iterator a few items ahead on its own thread (fetching while storing).

The sync engine's fetch (socket reads, imapclient's response parsing) and its store
(zlib, SQLite) both release the GIL for long stretches, so overlapping them on two threads
keeps the parser processes fed; items still arrive in order, so the cursor stays exact.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from typing import TypeVar, cast

T = TypeVar("T")

_DONE = object()


class _Failed:
    def __init__(self, error: BaseException) -> None:
        self.error = error


def run_ahead(items: Iterable[T], depth: int = 2, name: str = "run-ahead") -> Iterator[T]:
    """Yield ``items`` in order while a thread produces up to ``depth`` of them in advance.

    An exception in the producer is raised here after the items made before it; closing
    the returned generator early stops the producer after its current item.
    """
    slots: queue.Queue[object] = queue.Queue(maxsize=max(1, depth))
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in items:
                if stop.is_set():
                    return
                slots.put(item)
        except BaseException as exc:  # handed to the consumer, which raises it
            slots.put(_Failed(exc))
        else:
            slots.put(_DONE)

    thread = threading.Thread(target=produce, name=name, daemon=True)
    thread.start()
    try:
        while (item := slots.get()) is not _DONE:
            if isinstance(item, _Failed):
                raise item.error
            yield cast(T, item)
    finally:
        stop.set()
        # Unblock a producer waiting for room, then wait for it to finish its item.
        while thread.is_alive():
            try:
                slots.get(timeout=0.05)
            except queue.Empty:
                pass
        thread.join()
