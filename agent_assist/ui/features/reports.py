"""Reports: View → Reports (Ctrl+Shift+R) shows charts of how the shop answers customers.

The report reads every conversation of the period (seconds at 100,000 conversations), so
it runs on a worker thread of its own with its own database connection: the app's single
writer worker stays free for replies and sync while a report is computed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from agent_assist.ui.bridge import Executor, ImmediateExecutor, TaskRunner, WorkerThread
from agent_assist.ui.features import action, menu, tr

if TYPE_CHECKING:
    from agent_assist.core.reports import Report, ReportPeriod
    from agent_assist.services.reports import Preset
    from agent_assist.ui.main_window import MainWindow
    from agent_assist.ui.reports.page import ReportsPage

SHORTCUT = "Ctrl+Shift+R"


def install(window: MainWindow, *, live: bool = True) -> None:
    """Add View → Reports; ``live`` False computes on the calling thread (tests, screenshots).

    The page, its charts and its thread are built the first time it is shown: start-up
    time is measured, and most sessions never open the reports.
    """
    built: list[ReportsPage] = []

    def show() -> None:
        if not built:
            built.append(_build(window, live))
        show_reports(window, built[0])

    entry = action(window, tr("Reports"), show, SHORTCUT)
    entry.setObjectName("action-reports")
    menu(window, "view", tr("&View")).addAction(entry)


def _build(window: MainWindow, live: bool) -> ReportsPage:
    from agent_assist.services.reports import report_for
    from agent_assist.ui.reports.page import ReportsPage

    ws = window.workspace
    executor: Executor = WorkerThread() if live else ImmediateExecutor()
    runner = TaskRunner(executor, window)
    runner.setObjectName("reportsRunner")
    runner.error.connect(lambda text: window.notify(text, error=True))

    def compute(choice: Preset | ReportPeriod, keep_going: Callable[[], bool]) -> Report:
        return report_for(ws.repos(), choice, ws.clock(), keep_going=keep_going)

    page = ReportsPage(compute, runner)
    page.message.connect(lambda text, error: window.notify(text, error=error))
    window.reports = page  # type: ignore[attr-defined]

    def shutdown() -> None:
        page.cancel()  # a report still computing stops within a few thousand conversations
        # The report thread closes its own connection (sqlite3 refuses a close elsewhere).
        runner.shutdown(last=ws.profile.pool.close_current)

    window.on_shutdown.append(shutdown)
    return page


def show_reports(window: MainWindow, page: ReportsPage) -> None:
    window.show_page(page, wide=True)
    page.refresh()
