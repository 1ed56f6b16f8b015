"""The task runner: results and errors come back on the GUI thread, as one sentence."""

from __future__ import annotations

import functools
import threading

from pytestqt.qtbot import QtBot

from agent_assist.services.actions import ActionError
from agent_assist.ui.bridge import ImmediateExecutor, TaskRunner, WorkerThread, describe_error


def test_immediate_executor_delivers_synchronously(qtbot: QtBot) -> None:
    runner = TaskRunner(ImmediateExecutor())
    got: list[int] = []
    with qtbot.waitSignal(runner.idle, timeout=1000):
        runner.run(lambda: 6 * 7, on_done=got.append)
    assert got == [42]
    assert runner.pending == 0


def test_errors_become_one_sentence_never_a_traceback(qtbot: QtBot) -> None:
    runner = TaskRunner(ImmediateExecutor())
    callbacks: list[str] = []

    def boom() -> None:
        raise ValueError("disk on fire\nTraceback (most recent call last): ...")

    with qtbot.waitSignal(runner.error, timeout=1000) as blocker:
        runner.run(boom, on_error=callbacks.append, what="Saving the reply")
    message = blocker.args[0]
    assert message == "Saving the reply failed: disk on fire."
    assert callbacks == [message]
    assert "Traceback" not in message and "\n" not in message


def test_our_own_errors_keep_their_sentence() -> None:
    assert describe_error("", ActionError("The reply is empty.")) == "The reply is empty."
    assert describe_error("Sending", RuntimeError()) == "Sending failed: RuntimeError."
    long = describe_error("X", RuntimeError("a" * 1000))
    assert len(long) < 300 and long.endswith("…")


def test_worker_thread_runs_off_the_gui_thread_in_order(qtbot: QtBot) -> None:
    worker = WorkerThread()
    runner = TaskRunner(worker)
    gui = threading.get_ident()
    ran_on: list[int] = []
    delivered_on: list[int] = []
    results: list[int] = []

    def job(n: int) -> int:
        ran_on.append(threading.get_ident())
        return n

    def done(n: int) -> None:
        delivered_on.append(threading.get_ident())
        results.append(n)

    try:
        with qtbot.waitSignal(runner.idle, timeout=5000):
            for n in range(5):
                runner.run(functools.partial(job, n), on_done=done)
    finally:
        closed: list[int] = []
        runner.shutdown(last=lambda: closed.append(threading.get_ident()))
    assert results == [0, 1, 2, 3, 4]
    assert len(set(ran_on)) == 1 and ran_on[0] != gui  # one single writer thread
    assert set(delivered_on) == {gui}
    assert closed == [ran_on[0]]  # the last job ran on the worker before it stopped
    assert not worker.isRunning()
    assert runner.run(lambda: 1) == 0  # nothing runs after shutdown
