"""A long data job (an import, an export) on its own thread, never on the window's writer.

An import of 50,000 messages takes minutes: on the window's single writer worker it would
hold every reply and refresh behind it. So each job gets its own QThread and its own
database connection (the pool hands one per thread), reports progress through a signal
and can be cancelled between two steps; results arrive on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from agent_assist.services.email.parsing import background_priority
from agent_assist.storage.profile import Profile

log = logging.getLogger(__name__)

Report = Callable[[Any], bool]  # what a job calls with its progress; False: stop now
Job = Callable[[Report], Any]


class DataJob(QThread):
    """Runs ``job(report)`` once: ``progressed(value)``, then ``succeeded(result)`` or
    ``failed(exception)``; the thread's own connection is closed when it ends."""

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, profile: Profile, name: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.job = job
        self.profile = profile
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop at the job's next progress report; what was done so far stays."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, value: Any) -> bool:
        self.progressed.emit(value)
        return not self._cancel.is_set()

    def run(self) -> None:
        # Below the GUI thread's priority: the window stays responsive on two cores.
        background_priority()
        try:
            result = self.job(self._report)
        except Exception as exc:  # delivered as one sentence by the receiver, never raised
            log.info("%s stopped: %s", self.objectName(), exc, exc_info=exc)
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.profile.pool.close_current()
