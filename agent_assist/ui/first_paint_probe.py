"""For bench/startup.py: report when the inbox first paints a page of rows, then quit."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication

ENV = "AGENT_ASSIST_EXIT_AFTER_FIRST_PAINT"


def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class FirstPaintProbe(QObject):
    """Prints ``PAINTED <epoch> RSS <MB>`` at the first paint that shows rows."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        model = self.view.model()
        if event.type() == QEvent.Type.Paint and model is not None and model.rowCount() > 0:
            # Print after this paint event has been handled (the page is on screen).
            QTimer.singleShot(0, self._report)
            watched.removeEventFilter(self)
        return False

    def _report(self) -> None:
        sys.stdout.write(f"PAINTED {time.time():.6f} RSS {_rss_mb():.1f}\n")
        sys.stdout.flush()
        QApplication.quit()


def install_if_requested(view: QAbstractItemView) -> FirstPaintProbe | None:
    return FirstPaintProbe(view) if os.environ.get(ENV) else None
