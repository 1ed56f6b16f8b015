"""The main window: builds the panes and wires them; the features live in their folders."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QSplitter, QStackedWidget, QWidget

from agent_assist.core.models import Conversation, Status
from agent_assist.services.outbox import SendReport
from agent_assist.services.workspace import Workspace
from agent_assist.storage.repositories import InboxQuery
from agent_assist.ui.bridge import Executor, TaskRunner
from agent_assist.ui.chrome import install_chrome, search_bar
from agent_assist.ui.composer.composer import Composer
from agent_assist.ui.conversation.snooze_dialog import ask_snooze_until
from agent_assist.ui.conversation.status_actions import StatusActions
from agent_assist.ui.conversation.view import ConversationView
from agent_assist.ui.features import install_all as install_features
from agent_assist.ui.guidance.panel import GuidancePanel
from agent_assist.ui.inbox.pane import InboxPane
from agent_assist.ui.inbox.snapshot import InboxSnapshot, load_snapshot
from agent_assist.ui.navigation.model import NavigationModel
from agent_assist.ui.navigation.view import NavigationView
from agent_assist.ui.search.controller import SearchController
from agent_assist.ui.status_line import StatusLine

TICK_MS = 60_000  # counts, wait times, snoozes waking up, retries of the outbox


class MainWindow(QMainWindow):
    """Navigation | inbox | conversation + composer | guidance, around one task runner."""

    def __init__(self, workspace: Workspace, *, executor: Executor | None = None,
                 clock: Callable[[], float] = time.time, agent_id: int | None = None,
                 live: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agent Assist"))
        self.workspace = workspace
        self.clock = clock
        self.agent_id = agent_id
        self.ask_snooze_until: Callable[[QWidget], float | None] = ask_snooze_until
        self.open_id: int | None = None
        self.runner = TaskRunner(executor, self)
        self.nav_model = NavigationModel(self)
        self.nav = NavigationView(self.nav_model)
        self.inbox = InboxPane(workspace.conversations, clock)
        self.conversation = ConversationView(clock)
        self.composer = Composer()
        self.guidance = GuidancePanel(workspace, clock)
        self.status_actions = StatusActions(self)
        self.search_bar = search_bar(self)
        self.search_box = self.search_bar.box
        self.searcher = SearchController(self)
        self.message = StatusLine()
        self.statusBar().addWidget(self.message, 1)
        self._agents = workspace.agent_names()
        # Feature modules (ui/features/) hook in here instead of growing this class.
        self.on_start: list[Callable[[], None]] = []
        self.on_tick: list[Callable[[], None]] = []
        self.on_shutdown: list[Callable[[], None]] = []
        self.on_open: list[Callable[[Conversation | None], None]] = []
        #: What the Today page's warning buttons do, by action kind (see services.health):
        #: each feature registers the kinds it answers; the argument is the account name.
        self.health_actions: dict[str, Callable[[str], object]] = {}
        self.on_stored: list[Callable[[int], None]] = []
        # Each check may refuse a send with one sentence (e.g. unfilled template fields).
        self.send_checks: list[Callable[[str, bool], str | None]] = []
        self.close_guard: Callable[[QCloseEvent], bool] | None = None
        self._build()
        self._connect()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        install_features(self, live=live)
        # After the features: they may replace a pane. The guidance cards need room to read.
        main = self.centralWidget()
        assert isinstance(main, QSplitter)
        main.setSizes([200, 370, 480, 350])
        self._on_view_chosen(self.nav.current_key(), self.nav.current_query())

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.conversation)
        right.addWidget(self.composer)
        right.setStretchFactor(0, 1)
        right.setSizes([600, 170])
        # The centre shows the open conversation, or a feature page (e.g. Today).
        self.centre = QStackedWidget()
        self.wide_page = False  # see show_page
        self.centre.addWidget(right)
        main = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.nav, self.inbox, self.centre, self.guidance):
            main.addWidget(widget)
        main.setStretchFactor(2, 1)
        main.setChildrenCollapsible(False)
        self.setCentralWidget(main)
        install_chrome(self, self.search_bar, self.status_actions, lambda: self.refresh())

    def _connect(self) -> None:
        self.runner.error.connect(lambda text: self.notify(text, error=True))
        self.nav.query_chosen.connect(self._on_view_chosen)
        # A click on the view already chosen changes nothing in the navigation, yet must
        # leave a wide page (Reports) for the list it hides.
        self.nav.reselected.connect(self.leave_wide_page)
        self.inbox.conversation_selected.connect(self.open_conversation)
        self.inbox.open_requested.connect(self.composer.focus_editor)
        self.inbox.search_open_requested.connect(self._open_hit)
        self.inbox.back_requested.connect(self.back_to_list)
        self.composer.submitted.connect(self.submit)
        self.status_actions.requested.connect(self.set_status)
        self.status_actions.snooze_requested.connect(self._ask_snooze)
        self.search_box.returnPressed.connect(self.search)
        QShortcut(QKeySequence("/"), self, self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back_to_list)

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Recover the outbox once (a crash mid-send becomes UNCERTAIN), then load."""
        self.runner.run(self.workspace.recover_outbox, what=self.tr("Checking unsent messages"))
        self.refresh()
        self.timer.start()
        for hook in self.on_start:
            hook()

    def tick(self) -> None:
        actions = self.workspace.actions
        self.runner.run(lambda: actions().wake_snoozed(), what=self.tr("Waking snoozed"))
        for hook in self.on_tick:  # e.g. acknowledgements and reminders, before sending
            hook()
        self.runner.run(self.workspace.send_pending, what=self.tr("Sending queued replies"))
        self.refresh()

    def shutdown(self) -> None:
        self.timer.stop()
        for hook in self.on_shutdown:
            hook()
        self.on_shutdown = []
        # The worker closes its own connection: sqlite3 refuses a close from another thread.
        self.runner.shutdown(last=self.workspace.profile.pool.close_current)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_guard is not None and not self.close_guard(event):
            return  # e.g. hidden to the tray: the app (and sync) keep running
        self.shutdown()
        super().closeEvent(event)

    def show_page(self, page: QWidget | None, *, wide: bool = False) -> None:
        """Show a feature page in the centre (None: back to the conversation).

        A ``wide`` page (Reports) takes the room of the list and the guidance too: charts
        squeezed between them would scroll sideways. Choosing a view, opening a
        conversation or Esc brings them back.
        """
        self.wide_page = wide and page is not None
        self.inbox.setVisible(not self.wide_page)
        self.guidance.setVisible(not self.wide_page)
        if page is None:
            self.centre.setCurrentIndex(0)
            return
        if self.centre.indexOf(page) < 0:
            self.centre.addWidget(page)
        self.centre.setCurrentWidget(page)

    # -- reading -----------------------------------------------------------------------------

    def refresh(self, *, advance: bool = False, reload_thread: bool = False) -> None:
        """Re-read ids and counts on the worker, after every write queued before it.

        After a write the open thread is rebuilt (delivery states change without the
        conversation's summary changing); the periodic refresh only rebuilds on change.
        """
        query, workspace = self.nav.current_query(), self.workspace
        agent = self.nav_model.agent_id
        self.runner.run(lambda: load_snapshot(workspace, query, agent),
                        on_done=lambda snap: self._apply(snap, advance, reload_thread),
                        what=self.tr("Refreshing the inbox"))

    def _apply(self, snapshot: InboxSnapshot, advance: bool, reload_thread: bool) -> None:
        self.nav_model.apply_counts(snapshot.counts)  # may remove the current channel entry
        if snapshot.query != self.nav.current_query():
            return  # the agent switched views meanwhile; that view's refresh follows
        before = self.open_id
        self.inbox.set_ids(snapshot.ids, before, advance=advance)
        if before is not None and self.open_id == before:
            self.open_conversation(before, reload_thread=reload_thread)

    def open_conversation(self, conversation_id: int, reload_thread: bool = True) -> None:
        """Show a conversation; the thread is rebuilt only when asked or when it changed."""
        conv = self.workspace.conversation(conversation_id)
        shown = self.conversation.conversation
        if conv is None:  # merged or deleted meanwhile: show nothing rather than stale data
            if self.open_id == conversation_id:
                self.open_id = None
                self.conversation.show_conversation(None, [], {})
                self.composer.set_conversation(None)
                for hook in self.on_open:
                    hook(None)
                self.guidance.set_conversation(None)
                self.status_actions.update_for(None)
            self.notify(self.tr("That conversation no longer exists."))
            return
        self.show_page(None)
        if reload_thread or shown is None or shown.id != conv.id or shown != conv:
            self.conversation.show_conversation(
                conv, self.workspace.messages(conv.id), self._agents)
        changed = self.open_id != conv.id
        self.open_id = conv.id
        self.composer.set_conversation(conv)
        self.guidance.set_conversation(conv)
        self.status_actions.update_for(conv)
        if changed:
            for hook in self.on_open:
                hook(conv)

    def search(self) -> None:
        """Enter in the search box: ui/search/controller.py runs it."""
        self.searcher.run()

    def _open_hit(self, conversation_id: int, message_id: int = -1) -> None:
        self.searcher.open_hit(conversation_id, message_id)

    # -- writing -----------------------------------------------------------------------------

    def submit(self, text: str, as_note: bool) -> None:
        """Store the reply (or note) on the worker, then send; the draft clears once stored."""
        cid, agent, workspace = self.open_id, self.agent_id, self.workspace
        if cid is None:
            return
        for check in self.send_checks:
            if (problem := check(text, as_note)) is not None:
                if problem:  # "" means the agent already chose not to send
                    self.notify(problem, error=True)
                return
        self.composer.set_busy(True)
        unbusy = lambda _: self.composer.set_busy(False)  # noqa: E731 - tiny local callback
        if as_note:
            self.runner.run(lambda: workspace.note(cid, text, agent), on_error=unbusy,
                            on_done=lambda _: self._stored(cid, self.tr("Note added.")),
                            what=self.tr("Adding the note"))
            return
        # Two tasks: once the reply is stored the draft may go, whatever sending does.
        self.runner.run(lambda: workspace.reply(cid, text, agent), on_error=unbusy,
                        on_done=lambda _: self._stored(cid, ""), what=self.tr("Saving the reply"))
        self.runner.run(workspace.send_pending, on_done=self._sent,
                        what=self.tr("Sending the reply"))

    def _stored(self, conversation_id: int, message: str) -> None:
        for hook in self.on_stored:  # e.g. the saved draft goes, presence ends
            hook(conversation_id)
        self.composer.sent(conversation_id)
        self.composer.set_busy(False)
        if message:
            self.notify(message)
        self.refresh(reload_thread=True)

    def _sent(self, report: SendReport) -> None:
        if report.failed:
            self.notify(self.tr("A reply could not be sent; its conversation is back in "
                                "Needs reply."), error=True)
        elif report.uncertain:
            self.notify(self.tr("A reply may not have arrived: check with the customer "
                                "before sending it again."), error=True)
        elif report.sent:
            self.notify(self.tr("Reply sent."))
        self.refresh(reload_thread=True)

    def set_status(self, status: Status, until: float | None = None) -> None:
        cid, agent, workspace = self.open_id, self.agent_id, self.workspace
        if cid is None:
            return
        self.runner.run(lambda: workspace.set_status(cid, status, until, agent),
                        on_done=lambda _: self.refresh(advance=True, reload_thread=True),
                        what=self.tr("Changing the status"))

    def _ask_snooze(self) -> None:
        if self.open_id is not None and (until := self.ask_snooze_until(self)) is not None:
            self.set_status(Status.SNOOZED, until)

    # -- navigation and keys -------------------------------------------------------------------

    def _on_view_chosen(self, key: str, query: InboxQuery) -> None:
        self.leave_wide_page()
        self.inbox.show_inbox()
        entry = self.nav_model.entry(self.nav_model.row_of(key))
        self.inbox.set_view_title(entry.label if entry else "")
        self.inbox.view.set_empty_text(
            self.tr("Nothing needs a reply. Nice work!") if key == "needs_reply"
            else self.tr("No conversations here."))
        self.refresh()

    def leave_wide_page(self) -> None:
        """Back to the list and the conversation when a wide page hides them."""
        if self.wide_page:
            self.show_page(None)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def back_to_list(self) -> None:
        """Esc: from the composer, thread or search box to the list; from results to the inbox."""
        self.leave_wide_page()
        if self.inbox.is_searching() and self.inbox.search_view.hasFocus():
            self.inbox.show_inbox()
        self.inbox.focus_list()

    def notify(self, text: str, *, error: bool = False) -> None:
        self.message.show_message(text, error=error)
