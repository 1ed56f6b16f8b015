"""Puts the team features on a main window: switcher, idle lock, banner, assignment, drafts."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QMainWindow, QToolBar, QWidget

from agent_assist.core.models import Conversation
from agent_assist.core.permissions import Action
from agent_assist.core.team import Agent
from agent_assist.services.session import SignIn
from agent_assist.services.team import Team
from agent_assist.ui.team.agents_dialog import AgentsDialog
from agent_assist.ui.team.assign_menu import AssignButton
from agent_assist.ui.team.audit_view import AuditDialog
from agent_assist.ui.team.collision_banner import (
    POLL_MS,
    CollisionBanner,
    PresencePoller,
    confirm_send,
)
from agent_assist.ui.team.composer_guard import SAVE_MS, ComposerGuard, ComposerLike, Confirm
from agent_assist.ui.team.login import Runner
from agent_assist.ui.team.mentions_dialog import MentionsDialog
from agent_assist.ui.team.switcher import AgentSwitcher, IdleLock, LockOverlay

ROUND_ROBIN_MS = 30_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Team", text)


class WindowLike(Protocol):
    """What TeamUi uses of ui.main_window.MainWindow (public attributes only)."""

    agent_id: int | None
    open_id: int | None
    composer: ComposerLike
    runner: Runner

    def refresh(self, *, advance: bool = ..., reload_thread: bool = ...) -> None: ...

    def open_conversation(self, conversation_id: int, reload_thread: bool = ...) -> None: ...

    def notify(self, text: str, *, error: bool = ...) -> None: ...


class TeamUi(QObject):
    """Owns the team widgets of one window; the window calls four hooks (see the report):
    :meth:`start`, :meth:`conversation_opened`, :meth:`before_send`, :meth:`stored`."""

    agent_changed = Signal(object)  # Agent

    def __init__(self, window: QMainWindow, team: Team, *, idle_ms: int | None = None,
                 poll_ms: int = POLL_MS, save_ms: int = SAVE_MS,
                 confirm: Confirm = confirm_send, round_robin_ms: int = ROUND_ROBIN_MS) -> None:
        super().__init__(window)
        self.window: QMainWindow = window
        self.w: WindowLike = window  # type: ignore[assignment]  # MainWindow fits WindowLike
        self.team = team
        self.session = team.session
        self._idle_ms_override = idle_ms
        self.switcher = AgentSwitcher(self.session)
        self.overlay = LockOverlay(window, self.session, runner=self.w.runner)
        self.idle = IdleLock(0, self)
        self.poller = PresencePoller(lambda cid: team.guard().others_replying(cid),
                                     interval_ms=poll_ms,
                                     on_thread_exit=team.workspace.profile.pool.close_current,
                                     parent=self)
        self.banner = CollisionBanner(self.poller, lambda: self.session.agent_id)
        self.assign_button = AssignButton()
        self.guard = ComposerGuard(self.w.composer, team, self.w.runner, save_ms=save_ms,
                                   confirm=confirm, parent=self)
        self.mentions_dialog: MentionsDialog | None = None
        self.round_robin = QTimer(self)
        self.round_robin.setInterval(round_robin_ms)
        self.round_robin.timeout.connect(self.distribute)
        self._closed = False
        self._place_widgets()
        self._connect()
        hooks = getattr(window, "on_shutdown", None)
        if isinstance(hooks, list):
            hooks.append(self.shutdown)  # MainWindow.shutdown runs it before the worker stops

    # -- construction -------------------------------------------------------------------------

    def _place_widgets(self) -> None:
        window = self.window
        window.statusBar().addPermanentWidget(self.switcher)
        toolbar = window.findChild(QToolBar, "mainToolbar")
        if toolbar is not None:
            toolbar.addWidget(self.assign_button)  # after the status actions
        composer = self.w.composer
        layout = composer.layout() if isinstance(composer, QWidget) else None
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self.banner)  # right above the text the agent types
        window.menuBar().addMenu(self.switcher.menu_)  # shared with the status-bar button
        window.menuBar().addMenu(self.assign_button.menu_)  # shared with the toolbar button
        # Shortcuts work without opening a menu (the menus are rebuilt when they open).
        window.addActions([self.switcher.lock_action, self.assign_button.menu_.me_action])

    def _connect(self) -> None:
        self.idle.idle.connect(self.lock)
        self.overlay.unlocked.connect(self._apply)
        self.switcher.switch_requested.connect(self.switch_to)
        self.switcher.lock_requested.connect(self.lock)
        self.switcher.manage_requested.connect(self.manage_agents)
        self.switcher.audit_requested.connect(self.show_audit)
        self.switcher.duty_toggled.connect(self.set_on_duty)
        self.assign_button.assign_requested.connect(self.assign)
        # Follow the window's own selection too (connected after the window's slot, so the
        # conversation is already open); an explicit conversation_opened() call is harmless.
        inbox = getattr(self.window, "inbox", None)
        selected = getattr(inbox, "conversation_selected", None)
        if selected is not None:
            selected.connect(lambda _cid: self._follow_open())

    def intercept_submit(self) -> bool:
        """Put :meth:`before_send` between the composer and ``window.submit`` without
        touching the window's code (used by client windows); False if not possible."""
        composer, submit = self.w.composer, getattr(self.window, "submit", None)
        signal = getattr(composer, "submitted", None)
        if signal is None or submit is None:
            return False
        try:
            signal.disconnect(submit)
        except (RuntimeError, TypeError):
            return False

        def checked(text: str, as_note: bool) -> None:
            cid = self.w.open_id
            if cid is None or self.before_send(cid, as_note):
                submit(text, as_note)

        signal.connect(checked)
        return True

    # -- hooks called by the window -------------------------------------------------------------

    def start(self, sign_in: SignIn | None) -> None:
        """After the start-up login (or automatic sign-in); None locks until someone signs in."""
        if sign_in is None:
            self.overlay.show_locked()
        else:
            self._apply(sign_in)
        self.round_robin.start()

    def conversation_opened(self, conv: Conversation | None) -> None:
        self.guard.conversation_opened(conv)
        self.banner.watch(conv.id if conv is not None else None)
        self._update_assign(conv)

    def before_send(self, conversation_id: int, as_note: bool) -> bool:
        return self.guard.before_send(conversation_id, as_note)

    def stored(self, conversation_id: int) -> None:
        self.guard.stored(conversation_id)

    def shutdown(self) -> None:
        """Save the draft, withdraw presence, stop polling (idempotent)."""
        if self._closed:
            return
        self._closed = True
        self.round_robin.stop()
        self.idle.remove()
        self.guard.flush()
        guard = self.team.guard
        self.w.runner.run(lambda: guard().stop(), what="")
        self.poller.shutdown()

    # -- actions -------------------------------------------------------------------------------

    def lock(self) -> None:
        if self.session.current is None or not self.session.needs_login():
            return
        self.guard.lock()
        self.w.runner.run(self.session.lock, what="")  # its audit row: a write, on the worker
        self.idle.pause()
        self.overlay.show_locked(self.session.agent_id)

    def switch_to(self, agent: Agent) -> None:
        if agent.has_password:
            self.overlay.show_locked(agent.id)
            self.overlay.panel.title.setText(_tr("Switch to {name}").format(name=agent.name))
            return
        self.overlay.panel.select(agent.id)
        self.overlay.panel.submit()  # no password: signs in at once (through the same path)

    def assign(self, agent_id: int | None) -> None:
        cid, me, team = self.w.open_id, self.session.agent_id, self.team
        if cid is None:
            return
        def done(_: object) -> None:
            self.w.refresh(reload_thread=True)
            if self.w.open_id == cid:
                self._update_assign(team.workspace.conversation(cid))

        self.w.runner.run(lambda: team.assignment().assign(cid, agent_id, by=me),
                          on_done=done, what=_tr("Assigning the conversation"))

    def distribute(self) -> None:
        team = self.team
        def job() -> dict[int, int]:
            team.guard().purge_stale()  # rows of windows that went away long ago
            return team.assignment().distribute_new()

        self.w.runner.run(job, on_done=lambda done: self.w.refresh() if done else None,
                          what=_tr("Assigning new conversations"))

    def set_on_duty(self, on_duty: bool) -> None:
        me = self.session.current
        if me is None:
            return
        session = self.session

        def job() -> None:
            session.service().set_on_duty(me.id, on_duty, actor=me)
            session.refresh_current()

        self.w.runner.run(job, what=_tr("Changing duty"))

    def manage_agents(self) -> None:
        dialog = AgentsDialog(self.session, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        self.session.refresh_current()
        self.switcher.rebuild()
        self._arm_idle()

    def show_audit(self) -> AuditDialog | None:
        if not self.session.can(Action.VIEW_AUDIT):
            self.w.notify(_tr("Only an owner can see the audit log."), error=True)
            return None
        team = self.team
        dialog = AuditDialog(
            lambda agent_id, since, until: team.audit().entries(
                agent_id=agent_id, since=since, until=until),
            self.session.service().list(), self.window)
        dialog.show()
        return dialog

    # -- internals --------------------------------------------------------------------------------

    def _follow_open(self) -> None:
        open_id = self.w.open_id
        self.conversation_opened(
            None if open_id is None else self.team.workspace.conversation(open_id))

    def _apply(self, sign_in: SignIn) -> None:
        changed = self.w.agent_id != sign_in.agent.id
        self.w.agent_id = sign_in.agent.id
        if changed:
            self.guard.agent_changed()
            self.agent_changed.emit(sign_in.agent)
        self.switcher.rebuild()
        self._arm_idle()
        open_id = self.w.open_id
        self._update_assign(None if open_id is None else self.team.workspace.conversation(open_id))
        if sign_in.mentions:
            self._show_mentions(sign_in)
        if not sign_in.automatic:
            self.w.notify(_tr("Working as {name}.").format(name=sign_in.agent.name))

    def _show_mentions(self, sign_in: SignIn) -> None:
        if self.mentions_dialog is not None:
            self.mentions_dialog.close()
        dialog = MentionsDialog(sign_in.mentions, self.window)
        dialog.open_requested.connect(lambda cid: self.w.open_conversation(cid))
        dialog.show()
        self.mentions_dialog = dialog
        ids, session = [m.id for m in sign_in.mentions], self.session
        self.w.runner.run(lambda: session.mark_mentions_seen(ids), what="")

    def _arm_idle(self) -> None:
        if self._idle_ms_override is not None:
            ms = self._idle_ms_override if self.session.needs_login() else 0
        else:
            ms = self.session.idle_lock_minutes() * 60_000 if self.session.idle_lock_applies() \
                else 0
        self.idle.set_interval(ms)

    def _update_assign(self, conv: Conversation | None) -> None:
        agents = self.session.agents()
        self.assign_button.update_for(agents, conv.assignee_id if conv else None,
                                      self.session.agent_id, has_conversation=conv is not None)
