"""run_ahead: order kept, producer errors raised after the items made before them, and an
early stop ends the producer thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from agent_assist.services.email.ahead import run_ahead


def producer_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "test-ahead"]


def test_items_arrive_in_order_from_another_thread() -> None:
    made_on: set[str] = set()

    def items() -> Iterator[int]:
        for i in range(50):
            made_on.add(threading.current_thread().name)
            yield i

    assert list(run_ahead(items(), 3, "test-ahead")) == list(range(50))
    assert made_on == {"test-ahead"}
    assert producer_threads() == []


def test_an_error_comes_after_the_items_made_before_it() -> None:
    def items() -> Iterator[int]:
        yield 1
        yield 2
        raise ConnectionError("cut mid-literal")

    got: list[int] = []
    with pytest.raises(ConnectionError, match="mid-literal"):
        for item in run_ahead(items(), 2, "test-ahead"):
            got.append(item)
    assert got == [1, 2]


def test_closing_early_stops_the_producer() -> None:
    produced: list[int] = []

    def endless() -> Iterator[int]:
        i = 0
        while True:
            produced.append(i)
            yield i
            i += 1

    ahead = run_ahead(endless(), 2, "test-ahead")
    assert next(ahead) == 0
    ahead.close()  # returns once the producer thread has ended
    assert producer_threads() == []
    assert len(produced) <= 5  # it stopped instead of running on (depth 2 + one in hand)
