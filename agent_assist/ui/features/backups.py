"""Backups and privacy: File → Back up now… / Restore from backup…, Settings → Backups…,
the daily automatic backup (engine window only), and Conversation → Forget this customer…."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from agent_assist.core.models import Conversation
from agent_assist.core.permissions import Action
from agent_assist.services import backup_schedule as schedule
from agent_assist.services.privacy import (
    ForgetPreview,
    ForgetReport,
    forget_contact,
    forget_preview,
)
from agent_assist.services.roles import ClientWorkspace
from agent_assist.ui.backups import texts
from agent_assist.ui.backups.controller import BackupController
from agent_assist.ui.backups.restore_flow import RestoreFlow
from agent_assist.ui.backups.settings_dialog import BackupSettingsDialog
from agent_assist.ui.features import action, add_above_quit, allowed, menu, tr
from agent_assist.ui.privacy.forget_dialog import ForgetContactDialog

if TYPE_CHECKING:
    from agent_assist.ui.main_window import MainWindow

#: The first schedule check waits for the first paint and the start-up work to settle.
FIRST_CHECK_MS = 90_000


def install(window: MainWindow, *, live: bool = True) -> None:
    """Add the menu entries; schedule daily backups where this window runs the engine."""
    controller = BackupController(window.workspace,
                                  lambda text, error: window.notify(text, error=error),
                                  clock=window.clock, parent=window)
    window.backups = controller  # type: ignore[attr-defined]
    window.statusBar().addPermanentWidget(controller.indicator)
    add_above_quit(window, [
        action(window, tr("Back up now…"), lambda: back_up_now(window)),
        action(window, tr("Restore from backup…"), lambda: restore_from_backup(window)),
    ])
    menu(window, "settings", tr("&Settings")).addAction(
        action(window, tr("Backups…"), lambda: open_backup_settings(window)))
    forget = action(window, tr("Forget this customer…"), lambda: forget_customer(window))
    forget.setObjectName("action-forget-customer")
    forget.setEnabled(False)
    conversation_menu = menu(window, "conversation", tr("&Conversation"))
    conversation_menu.addSeparator()
    conversation_menu.addAction(forget)
    window.on_open.append(lambda conv: forget.setEnabled(_has_contact(conv)))
    window.on_shutdown.append(controller.shutdown)
    window.health_actions["open_backups"] = lambda _account: open_backup_settings(window)
    today = getattr(window, "today", None)
    if today is not None:
        controller.finished.connect(lambda _last: today.refresh())
    if schedules_backups(window, live=live):
        window.on_start.append(
            lambda: QTimer.singleShot(FIRST_CHECK_MS, window, controller.check_schedule))
        window.on_tick.append(controller.check_schedule)
        controller.automatic_failed.connect(lambda text: _tray_warning(window, text))


def schedules_backups(window: MainWindow, *, live: bool) -> bool:
    """Only the window running the sync engine schedules (one per profile), never a client."""
    return live and not isinstance(window.workspace, ClientWorkspace)


def _has_contact(conversation: Conversation | None) -> bool:
    return conversation is not None and conversation.contact_id is not None


def _controller(window: MainWindow) -> BackupController:
    controller = window.backups  # type: ignore[attr-defined]
    assert isinstance(controller, BackupController)
    return controller


# -- backups ---------------------------------------------------------------------------------


def back_up_now(window: MainWindow) -> None:
    if allowed(window, Action.EXPORT_DATA, texts.refusal("backup")):
        _controller(window).ask_and_back_up(window)


def open_backup_settings(window: MainWindow) -> BackupSettingsDialog | None:
    """The Backups dialog (one per window, refreshed each time it opens)."""
    if not allowed(window, Action.EXPORT_DATA, texts.refusal("backup")):
        return None
    ws, controller = window.workspace, _controller(window)
    repos = ws.repos()
    dialog = getattr(window, "backup_settings", None)
    if not isinstance(dialog, BackupSettingsDialog):
        dialog = BackupSettingsDialog(schedule.load_config(repos),
                                      schedule.default_folder(ws.profile.root),
                                      clock=window.clock, parent=window)
        dialog.saved.connect(lambda config: window.runner.run(
            lambda: schedule.save_config(ws.repos(), config),
            what=tr("Saving the backup settings")))
        dialog.backup_now_requested.connect(controller.back_up_scheduled)
        controller.started.connect(dialog.backup_started)
        controller.finished.connect(dialog.backup_finished)
        window.backup_settings = dialog  # type: ignore[attr-defined]
    dialog.load(schedule.load_config(repos))
    dialog.show_last(schedule.last_backup(repos))
    dialog.set_running(controller.running)
    dialog.open()
    return dialog


def restore_from_backup(window: MainWindow) -> RestoreFlow | None:
    if not allowed(window, Action.RESTORE_DATA, texts.refusal("restore")):
        return None
    if _controller(window).running:
        window.notify(tr("A backup is running: restore once it has finished."), error=True)
        return None
    flow = RestoreFlow(window, window, clock=window.clock, parent=window)
    window.restore_flow = flow  # type: ignore[attr-defined]  # tests drive its dialogs
    flow.start()
    return flow


def _tray_warning(window: MainWindow, text: str) -> None:
    tray = getattr(window, "tray", None)
    if tray is not None:
        tray.notifier.notify(tr("The automatic backup failed"), text, True)


# -- forgetting a customer -------------------------------------------------------------------------


def forget_customer(window: MainWindow) -> None:
    conversation = None if window.open_id is None else window.workspace.conversation(
        window.open_id)
    if conversation is None or conversation.contact_id is None:
        return
    if not allowed(window, Action.FORGET_CONTACTS, texts.refusal("forget")):
        return
    ws, contact_id = window.workspace, conversation.contact_id
    window.runner.run(lambda: forget_preview(ws.repos(), contact_id),
                      on_done=lambda preview: _confirm_forget(window, preview),
                      what=tr("Counting the customer's data"))


def _confirm_forget(window: MainWindow, preview: ForgetPreview) -> None:
    dialog = ForgetContactDialog(preview, window)
    window.forget_dialog = dialog  # type: ignore[attr-defined]  # tests tick and click it
    dialog.accepted.connect(lambda: _forget(window, preview))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def _forget(window: MainWindow, preview: ForgetPreview) -> None:
    ws, agent_id, shown = window.workspace, window.agent_id, window.open_id
    window.runner.run(
        lambda: forget_contact(ws.repos(), ws.attachments, preview.contact_id, agent_id=agent_id),
        on_done=lambda report: _forgotten(window, shown, report),
        what=tr("Deleting the customer's data"))


def _forgotten(window: MainWindow, shown: int | None, report: ForgetReport) -> None:
    if shown is not None and window.open_id == shown:
        window.open_conversation(shown)  # gone now: clears the thread, composer and panel
    window.notify(tr("Customer deleted: {conversations}, {messages}. Recorded in the audit "
                     "log.").format(conversations=texts.conversations(report.conversations),
                                    messages=texts.messages(report.messages)))
    window.refresh()
