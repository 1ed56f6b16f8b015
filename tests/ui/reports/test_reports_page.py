"""The Reports page: figures from a real profile, the period picker, the busy state while a
worker thread computes, stale results dropped, errors as one sentence, PNG and CSV exports."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from agent_assist.core.reports import Report, ReportPeriod
from agent_assist.services.reports import Chart, Preset, ReportCancelled, load_report
from agent_assist.services.workspace import Workspace
from agent_assist.ui.bridge import ImmediateExecutor, TaskRunner, WorkerThread
from agent_assist.ui.reports.page import Choice, Compute, ReportsPage
from tests.unit.core.test_reports_dataset import NOW, PERIOD
from tests.unit.services.test_reports import shop  # noqa: F401 - the fixture

Wanted = Callable[[], bool]


def figure(page: ReportsPage, key: str) -> str:
    label = page.findChild(QLabel, f"figure_{key}")
    assert label is not None
    return label.text()


@pytest.fixture
def make_page(qtbot: QtBot) -> Iterator[Callable[..., ReportsPage]]:
    runners: list[TaskRunner] = []

    def factory(compute: Compute, *, threaded: bool = False) -> ReportsPage:
        runner = TaskRunner(WorkerThread() if threaded else ImmediateExecutor())
        runners.append(runner)
        page = ReportsPage(compute, runner, today=QDate(2026, 10, 27))
        qtbot.addWidget(page)
        page.resize(900, 900)
        page.show()
        return page

    yield factory
    for runner in runners:
        runner.shutdown()


def fixed(shop_ws: Workspace) -> Compute:
    """Whatever is picked, the dataset's week as of its "now" (the clock is fixed)."""
    return lambda _choice, wanted: load_report(shop_ws.repos(), PERIOD, NOW, keep_going=wanted)


def test_figures_and_charts_of_the_week(make_page: Callable[..., ReportsPage],
                                        shop: Workspace) -> None:  # noqa: F811
    page = make_page(fixed(shop))
    page.refresh()
    assert figure(page, "incoming") == "10"
    assert figure(page, "first") == "1 h"
    assert figure(page, "sla") == "85.7 %"
    assert figure(page, "waiting") == "1"
    assert "Europe/Paris" in page.status.text() and "per day" in page.status.text()
    card = page.cards[Chart.VOLUME]
    assert card.chart.count() == 6 and card.png_button.isEnabled()
    assert "left out: 1" in card.note.text()
    assert page.cards[Chart.AGENTS].chart.count() == 3
    assert not page.busy.isVisible()


def test_the_picker_sends_presets_and_custom_periods(
        make_page: Callable[..., ReportsPage], shop: Workspace) -> None:  # noqa: F811
    asked: list[Choice] = []

    def compute(choice: Choice, _wanted: Wanted) -> Report:
        asked.append(choice)
        return load_report(shop.repos(), PERIOD, NOW)

    page = make_page(compute)
    page.picker.choose(Preset.LAST_7_DAYS)
    assert asked == [Preset.LAST_7_DAYS]
    page.picker.choose(ReportPeriod.between(PERIOD.start, PERIOD.last_day))
    assert asked == [Preset.LAST_7_DAYS, PERIOD]  # one computation per choice
    one_day = ReportPeriod.between(PERIOD.start, PERIOD.start)
    page.picker.choose(one_day)  # already on "custom": the new dates still count, once
    assert asked[2:] == [one_day] and one_day.days == 1
    assert page.picker.first.isVisible() and page.picker.last.isVisible()
    calls = len(asked)
    page.picker.first.setDate(QDate(2026, 10, 30))  # after the last day
    assert len(asked) == calls  # nothing computed for a period that makes no sense
    assert page.status.text() == "The first day of the report must not be after its last day."


def test_computing_runs_off_the_gui_thread_with_a_busy_state(
        qtbot: QtBot, make_page: Callable[..., ReportsPage], shop: Workspace) -> None:  # noqa: F811
    release = threading.Event()
    threads: list[int] = []
    asked: list[Choice] = []

    cancelled: list[Choice] = []

    def slow(choice: Choice, wanted: Wanted) -> Report:
        threads.append(threading.get_ident())
        asked.append(choice)
        assert release.wait(10), "the test never released the worker"
        if not wanted():  # as load_report checks between conversations
            cancelled.append(choice)
            raise ReportCancelled
        return load_report(shop.repos(), PERIOD, NOW)

    page = make_page(slow, threaded=True)
    page.refresh()  # 1: starts, blocks on the worker
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert page.busy.isVisible() and page.property("busy") == "yes"
    page.picker.choose(Preset.LAST_7_DAYS)  # 2: queued, will be skipped
    page.picker.choose(Preset.THIS_MONTH)  # 3: the one that counts
    # The GUI thread is free meanwhile: it just handled two choices and can paint.
    page.repaint()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        release.set()
    assert asked == [Preset.LAST_30_DAYS, Preset.THIS_MONTH]  # the 7 days were skipped
    assert cancelled == [Preset.LAST_30_DAYS]  # abandoned once a newer choice came
    assert threading.get_ident() not in threads
    assert not page.busy.isVisible() and figure(page, "incoming") == "10"


def test_a_failure_is_one_sentence_and_nothing_breaks(
        make_page: Callable[..., ReportsPage]) -> None:
    def broken(_choice: Choice, _wanted: Wanted) -> Report:
        raise OSError("disk I/O error\nwith a second line")

    page = make_page(broken)
    page.refresh()
    assert page.status.text() == "Computing the report failed: disk I/O error."
    assert not page.busy.isVisible() and page.report is None
    assert page.export_png(Chart.VOLUME) is None  # nothing to export yet, no crash


def test_save_as_png_and_csv(make_page: Callable[..., ReportsPage], shop: Workspace,  # noqa: F811
                             tmp_path: Path, qtbot: QtBot) -> None:
    page = make_page(fixed(shop))
    page.refresh()
    suggested: list[str] = []

    def ask(_parent: object, _title: str, proposal: str, _filters: str) -> str:
        suggested.append(proposal)
        return str(tmp_path / "volume")  # the suffix is added when missing

    page.ask_save_path = ask
    with qtbot.waitSignal(page.message) as said:
        png = page.export_png(Chart.VOLUME)
    assert png == tmp_path / "volume.png" and said.args == ["Saved volume.png.", False]
    assert suggested[0].endswith("volume-2026-10-22-2026-10-27.png")
    image = QImage(str(png))
    assert image.width() == 2 * page.cards[Chart.VOLUME].chart.width()
    csv_path = page.export_csv(Chart.SLA)
    assert csv_path is not None
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "from,to,responses,met,met_percent,goal_percent" and len(lines) == 7


def test_export_errors_are_messages_not_crashes(make_page: Callable[..., ReportsPage],
                                                shop: Workspace, tmp_path: Path,  # noqa: F811
                                                qtbot: QtBot) -> None:
    page = make_page(fixed(shop))
    page.refresh()
    page.ask_save_path = lambda *_: str(tmp_path / "no-such-folder" / "x.csv")
    with qtbot.waitSignal(page.message) as said:
        assert page.export_csv(Chart.WAITING) is None
    text, error = said.args
    assert error and text.startswith("Could not write") and "\n" not in text
    with qtbot.waitSignal(page.message) as said:
        assert page.export_png(Chart.WAITING) is None
    assert said.args[1] is True
    page.ask_save_path = lambda *_: ""  # cancelled: nothing happens, nothing said
    assert page.export_csv(Chart.WAITING) is None
