"""Baseline for bench/startup.py: a bare PySide6 window with a table, first paint timed."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class FirstPaint(QObject):
    """Prints the wall-clock time of the table's first paint, then quits."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"PAINTED {time.time():.6f} RSS {rss_mb():.1f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    model = QStandardItemModel(50, 4)
    for row in range(50):
        for col in range(4):
            model.setItem(row, col, QStandardItem(f"row {row} col {col}"))
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1400, 860)
    spy = FirstPaint()
    view.viewport().installEventFilter(spy)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
