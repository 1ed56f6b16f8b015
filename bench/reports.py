"""The Reports page on a 100k-conversation profile: computing a 90-day report against the raw
SQL scan of the same messages, painting the page against a plain table of the same numbers,
and how long the GUI event loop stalls while a report computes on its worker thread.

Baselines are measured in the same run; prints medians and ratios. `make bench` runs it.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from _common import timed_wall_cpu  # noqa: E402
from startup import ensure_profile  # noqa: E402  (bench/startup.py builds and caches it)

from agent_assist.core.reports import Report, ReportBuilder, ReportPeriod  # noqa: E402
from agent_assist.services.reports import (  # noqa: E402
    MESSAGES_SQL,
    Chart,
    chart_table,
    config_for_period,
    histories,
    load_report,
    shop_today,
)
from agent_assist.storage.profile import Profile  # noqa: E402
from agent_assist.storage.repositories import Repos  # noqa: E402


def compute_times(repos: Repos, period: ReportPeriod, now: float, runs: int) -> dict[str, list]:
    config = config_for_period(repos, period)
    builder = ReportBuilder(period, config.calendar, config.policies, now)
    start, end = builder.buckets[0].start, builder.buckets[-1].end
    results: dict[str, list] = {"scan": [], "histories": [], "report": []}
    load_report(repos, period, now)  # warm the page cache for everyone
    for _ in range(runs):  # interleaved, so machine noise hits all three alike
        results["scan"].append(timed_wall_cpu(lambda: repos.db.execute(
            MESSAGES_SQL, {"start": start, "end": end}).fetchall()))
        results["histories"].append(timed_wall_cpu(
            lambda: sum(1 for _ in histories(repos, start, end))))
        results["report"].append(timed_wall_cpu(lambda: load_report(repos, period, now, config)))
    return results


def paint_times(report: Report, runs: int) -> dict[str, list]:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    from agent_assist.app import ensure_app
    from agent_assist.ui.bridge import ImmediateExecutor, TaskRunner
    from agent_assist.ui.reports.page import ReportsPage

    ensure_app(offscreen=True)
    runner = TaskRunner(ImmediateExecutor())
    page = ReportsPage(lambda _choice, _wanted: report, runner, today=QDate.currentDate())
    page.resize(1000, 2400)
    header, rows = chart_table(report, Chart.VOLUME)
    table = QTableWidget(len(rows), len(header))
    table.setHorizontalHeaderLabels(header)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))
    table.resize(1000, 2400)
    results: dict[str, list] = {"show": [], "paint": [], "table": []}
    page.grab()
    table.grab()
    for _ in range(runs):
        results["show"].append(timed_wall_cpu(lambda: page.show_report(report)))
        results["paint"].append(timed_wall_cpu(page.grab))
        results["table"].append(timed_wall_cpu(table.grab))
    return results


def gui_stall(profile: Profile, period: ReportPeriod, now: float) -> tuple[float, float, float]:
    """(longest 10 ms-timer gap while computing, same idle, compute seconds) on the page's
    own worker thread, as the app runs it."""
    from PySide6.QtCore import QDate, QEventLoop, QTimer

    from agent_assist.app import ensure_app
    from agent_assist.ui.bridge import TaskRunner, WorkerThread
    from agent_assist.ui.reports.page import ReportsPage

    ensure_app(offscreen=True)
    runner = TaskRunner(WorkerThread())
    page = ReportsPage(lambda _c, wanted: load_report(Repos.of(profile.pool.get()), period,
                                                      now, keep_going=wanted),
                       runner, today=QDate.currentDate())
    page.resize(1000, 1200)
    page.show()

    def longest_gap(seconds: float | None, start: Callable[[], None] | None = None) -> float:
        stamps: list[float] = []
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(10)

        def tick() -> None:
            stamps.append(time.perf_counter())
            if seconds is not None and stamps[-1] - stamps[0] >= seconds:
                loop.quit()

        timer.timeout.connect(tick)
        if start is not None:
            page.loaded.connect(loop.quit)
        timer.start()
        if start is not None:
            start()
        loop.exec()
        timer.stop()
        return max(b - a for a, b in itertools.pairwise(stamps))

    began = time.perf_counter()
    busy = longest_gap(None, page.refresh)
    took = time.perf_counter() - began
    idle = longest_gap(took)
    runner.shutdown(last=profile.pool.close_current)
    return busy, idle, took


def med(samples: list, index: int) -> float:
    return statistics.median(s[index] for s in samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--profile", type=Path, default=Path("/tmp/agent-assist-bench-100k"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--days", type=int, default=90)
    args = parser.parse_args()
    ensure_profile(args.profile, args.size)
    profile = Profile.open_existing(args.profile)
    repos = Repos.of(profile.pool.get())
    now = time.time()
    period = ReportPeriod.last_days(args.days, shop_today(repos, now))
    report = load_report(repos, period, now)
    rows = len(repos.db.execute(MESSAGES_SQL, {"start": report.buckets[0].start,
                                            "end": report.buckets[-1].end}).fetchall())
    t = compute_times(repos, period, now, args.runs)
    p = paint_times(report, args.runs)
    busy, idle, took = gui_stall(profile, period, now)
    profile.close()
    print(f"profile: {args.size:,} conversations ({args.profile}); {args.days}-day report, "
          f"{len(report.buckets)} buckets, {rows:,} messages read, medians of {args.runs}")
    for key, label in (("scan", "raw SQL scan of the same messages (baseline)"),
                       ("histories", "scan + facts per conversation"),
                       ("report", "whole report (load_report)")):
        print(f"  {label}: wall {med(t[key], 0) * 1000:.0f} ms, cpu {med(t[key], 1) * 1000:.0f} ms")
    print(f"  -> report / scan: wall {med(t['report'], 0) / med(t['scan'], 0):.1f}x, "
          f"cpu {med(t['report'], 1) / med(t['scan'], 1):.1f}x")
    print(f"page: show_report {med(p['show'], 0) * 1000:.1f} ms; paint of the page (1000x2400) "
          f"{med(p['paint'], 0) * 1000:.1f} ms vs a table of the same volume figures "
          f"{med(p['table'], 0) * 1000:.1f} ms -> {med(p['paint'], 0) / med(p['table'], 0):.1f}x")
    print(f"GUI event loop while the report computes on its own thread ({took:.1f} s): longest "
          f"gap {busy * 1000:.0f} ms (idle: {idle * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
