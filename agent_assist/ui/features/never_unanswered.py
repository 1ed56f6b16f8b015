"""Tray and notifications, the Today page, SLA settings, acknowledgements and reminders."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from agent_assist.services.auto_ack import AutoAcknowledger
from agent_assist.services.reminders import Reminders
from agent_assist.services.sla import load_config
from agent_assist.storage.secrets import SecretStore
from agent_assist.ui.features import action, menu, tr
from agent_assist.ui.settings.sla import SlaSettingsDialog
from agent_assist.ui.today.view import TodayView
from agent_assist.ui.tray.controller import TrayController

if TYPE_CHECKING:
    from agent_assist.ui.main_window import MainWindow

FIRST_POLL_DELAY_MS = 3000


def install(window: MainWindow, *, live: bool = True) -> None:
    ws, runner = window.workspace, window.runner
    today = TodayView(ws.status, runner)
    window.today = today  # type: ignore[attr-defined]
    action_show_today = action(window, tr("Today"), lambda: _show_today(window, today), "T")
    menu(window, "view", tr("&View")).addAction(action_show_today)
    sla = action(window, tr("Response times and business hours…"),
                 lambda: SlaSettingsDialog.for_workspace(ws, window).exec())
    menu(window, "settings", tr("&Settings")).addAction(sla)
    window.health_actions.update({
        "backfill": lambda account: _backfill(window, account),
        "open_outbox": lambda _account: window.nav.select_key("all"),
        "open_settings": lambda _account: SlaSettingsDialog.for_workspace(ws, window).exec(),
    })
    today.action_requested.connect(lambda kind, account: _health_action(window, kind, account))

    def acknowledge_and_remind() -> None:
        runner.run(lambda: AutoAcknowledger(ws.repos(), ws.ingestor(), ws.clock)
                   .acknowledge_pending(), what=tr("Acknowledging new messages"))
        runner.run(lambda: Reminders(ws.repos(), ws.ingestor(), ws.clock).run(
            load_config(ws.repos(), date.today()).reminders.waiting_days),
            what=tr("Bringing back follow-ups"))

    window.on_tick.append(acknowledge_and_remind)
    if not live:
        return
    tray = TrayController(ws, window, runner=runner, clock=ws.clock)
    window.tray = tray  # type: ignore[attr-defined]
    tray.open_conversation_requested.connect(window.open_conversation)
    tray.quit_requested.connect(QApplication.quit)
    window.close_guard = tray.handle_close
    # After the first page is on screen: the first alert pass reads every waiting
    # conversation's clock (about 2 s at 100,000 conversations) and must not delay it.
    window.on_start.append(lambda: QTimer.singleShot(FIRST_POLL_DELAY_MS, tray.start))
    window.on_tick.append(tray.poll)
    window.on_tick.append(today.refresh)
    window.on_shutdown.append(tray.stop)
    quit_action = window.findChild(QAction, "action-quit")
    if isinstance(quit_action, QAction):
        # Quit really quits (closing the window only hides it): list who waits, then ask.
        quit_action.triggered.disconnect()
        quit_action.triggered.connect(tray.request_quit)


def _show_today(window: MainWindow, today: TodayView) -> None:
    window.show_page(today)
    today.refresh()


def _health_action(window: MainWindow, kind: str, account: str) -> None:
    """A Today button: whichever feature registered the kind answers it."""
    handler = window.health_actions.get(kind)
    if handler is None:
        window.notify(tr("Open Settings to fix this account."))
    else:
        handler(account)


def _backfill(window: MainWindow, account: str) -> None:
    ws = window.workspace
    secrets = SecretStore(ws.profile.root)

    def job() -> int:
        # Imported here: the check pulls in the IMAP sync, which start-up does not need.
        from agent_assist.services.missed_check import MissedCheck

        found = ws.repos().accounts.by_name(account)
        return MissedCheck(ws.repos(), ws.ingestor(), secrets).backfill(found) if found else 0

    window.runner.run(job, on_done=lambda _n: window.refresh(),
                      what=tr("Fetching missed messages"))
