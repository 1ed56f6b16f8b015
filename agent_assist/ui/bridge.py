"""One writer worker for the GUI: runs callables off the GUI thread, answers through signals.

Every write (and the reads that must see those writes in order) goes through
:class:`TaskRunner`. Results and errors come back to the GUI thread as queued Qt signals;
errors reach the user as one sentence, never a traceback (the traceback goes to the log).
"""

from __future__ import annotations

import itertools
import logging
import queue
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from agent_assist.services.actions import ActionError
from agent_assist.storage.db import DatabaseError
from agent_assist.storage.profile import ProfileError

log = logging.getLogger(__name__)

Job = Callable[[], None]
_MAX_REASON = 240


class Executor(Protocol):
    """Runs jobs one at a time, in submission order."""

    def submit(self, job: Job) -> None: ...

    def shutdown(self) -> None: ...


class ImmediateExecutor:
    """Runs each job at once on the calling thread: deterministic tests and screenshots."""

    def submit(self, job: Job) -> None:
        job()

    def shutdown(self) -> None:
        pass


class WorkerThread(QThread):
    """The single writer thread: a FIFO queue drained by one QThread.

    One thread (not a pool) because SQLite writes are serialized anyway and each thread
    keeps its own connection: a thread that never changes keeps one connection for life.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agent-assist-writer")
        self._jobs: queue.Queue[Job | None] = queue.Queue()

    def submit(self, job: Job) -> None:
        if not self.isRunning():
            self.start()
        self._jobs.put(job)

    def run(self) -> None:
        while (job := self._jobs.get()) is not None:
            job()  # jobs built by TaskRunner never raise

    def shutdown(self) -> None:
        """Finish the queued jobs, then stop (called once, when the window closes)."""
        if self.isRunning():
            self._jobs.put(None)
            self.wait()


@dataclass(frozen=True, slots=True)
class _Pending:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[str], None] | None
    what: str


class TaskRunner(QObject):
    """Submits callables to the executor and delivers results on the GUI thread.

    ``error`` carries a one-sentence message for the status bar; ``idle`` fires when the
    last pending task has been delivered (tests wait on it around an action).
    """

    error = Signal(str)
    busy = Signal(bool)
    idle = Signal()
    _finished = Signal(int, object, object)

    def __init__(self, executor: Executor | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor: Executor = executor if executor is not None else WorkerThread()
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._closed = False
        # Emitted from the worker thread, received here: Qt queues it to the GUI thread.
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def run(
        self,
        fn: Callable[[], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        what: str = "",
    ) -> int:
        """Queue ``fn`` on the worker; ``what`` names the action in error messages."""
        if self._closed:
            return 0
        task_id = next(self._ids)
        self._pending[task_id] = _Pending(on_done, on_error, what)
        if len(self._pending) == 1:
            self.busy.emit(True)
        finished = self._finished

        def job() -> None:
            try:
                result = fn()
            except Exception as exc:  # delivered to the GUI as a sentence, never re-raised
                finished.emit(task_id, None, exc)
            else:
                finished.emit(task_id, result, None)

        self._executor.submit(job)
        return task_id

    def shutdown(self, last: Callable[[], Any] | None = None) -> None:
        """Run ``last`` on the worker (e.g. close its connection), then stop the worker."""
        if self._closed:
            return
        if last is not None:
            self.run(last)
        self._closed = True
        self._executor.shutdown()

    def _deliver(self, task_id: int, result: object, exc: object) -> None:
        pending = self._pending.pop(task_id, None)
        if pending is not None:
            if isinstance(exc, BaseException):
                message = describe_error(pending.what, exc)
                log.error("%s", message, exc_info=exc)
                if pending.on_error is not None:
                    pending.on_error(message)
                self.error.emit(message)
            elif pending.on_done is not None:
                pending.on_done(result)
        if not self._pending:
            self.busy.emit(False)
            self.idle.emit()


def describe_error(what: str, exc: BaseException) -> str:
    """One sentence for the user: our own errors already are; others get a short reason."""
    if isinstance(exc, ActionError | ProfileError | DatabaseError):
        reason = str(exc)
    elif isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
        reason = _tr("The database is busy; please try again in a moment.")
    else:
        first = (str(exc).strip().splitlines() or [""])[0]
        reason = first or type(exc).__name__
    reason = reason.strip()
    if len(reason) > _MAX_REASON:
        reason = reason[: _MAX_REASON - 1].rstrip() + "…"
    if reason and reason[-1] not in ".!?…":
        reason += "."
    if not what:
        return reason[:1].upper() + reason[1:]
    return _tr("{what} failed: {reason}").format(what=what, reason=reason)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TaskRunner", text)
