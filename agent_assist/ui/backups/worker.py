"""A long data job (backup, check, restore) on its own thread, never on the window's writer.

The window's single writer worker must stay free while a backup of a big profile takes
many seconds, so each job gets its own QThread and its own database connections; it
reports progress and its outcome through signals, delivered on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from agent_assist.services.backup import BackupError, Progress

log = logging.getLogger(__name__)

Job = Callable[[Progress], Any]


class Cancelled(Exception):
    """The job was asked to stop (the window is closing); it cleaned up after itself."""


class JobThread(QThread):
    """Runs ``job(progress)`` once; ``progressed(stage, done 0..1)``, then ``succeeded(result)``
    or ``failed(exception)``. ``on_exit`` runs on the thread at the end (close its connection).
    """

    progressed = Signal(str, float)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, *, on_exit: Callable[[], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agent-assist-backup")
        self.job = job
        self.on_exit = on_exit
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop at the next progress report; the job's own cleanup removes partial files."""
        self._cancel.set()

    def _progress(self, stage: str, done: float) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.progressed.emit(stage, done)

    def run(self) -> None:
        try:
            result = self.job(self._progress)
        except Exception as exc:  # delivered as a sentence by the receiver, never re-raised
            if isinstance(exc, BackupError):
                log.info("backup job refused: %s", exc)  # an expected, explained failure
            elif not isinstance(exc, Cancelled):
                log.warning("backup job failed: %s", exc, exc_info=exc)
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            if self.on_exit is not None:
                self.on_exit()
