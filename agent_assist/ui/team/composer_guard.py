"""Watches the composer: saves drafts as the agent types, beats presence, checks before send."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from agent_assist.core.models import Conversation
from agent_assist.services.collision import HEARTBEAT_SECONDS, SendCheck
from agent_assist.services.team import Team
from agent_assist.ui.team.collision_banner import confirm_send
from agent_assist.ui.team.login import Runner

SAVE_MS = 800  # a pause this long in typing saves the draft (one committed row)
MAX_WAIT_MS = 3_000  # and during non-stop typing, at least this often
Confirm = Callable[[QWidget | None, SendCheck, dict[int, str]], bool]


class ComposerLike(Protocol):
    """What the guard needs from ui.composer.Composer (kept structural on purpose)."""

    edit: QPlainTextEdit
    conversation: Conversation | None

    def text(self) -> str: ...

    def is_note(self) -> bool: ...


class ComposerGuard(QObject):
    """Drafts survive crashes; others see "X is replying"; late sends are confirmed.

    Writes (draft rows, heartbeats) go through the window's single writer ``runner``;
    the agent is captured when the text changes, so a switch never files one agent's
    words under another's name.
    """

    saved = Signal(int)  # conversation id, after a draft row was committed

    def __init__(self, composer: ComposerLike, team: Team, runner: Runner, *,
                 save_ms: int = SAVE_MS, max_wait_ms: int = MAX_WAIT_MS,
                 heartbeat_ms: int = int(HEARTBEAT_SECONDS * 1000),
                 confirm: Confirm = confirm_send, clock: Callable[[], float] = time.time,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.composer = composer
        self.team = team
        self.runner = runner
        self.confirm = confirm
        self.clock = clock
        self.max_wait = max_wait_ms / 1000
        self._last_flush = 0.0
        self.started: dict[int, float] = {}
        self.opened_at: dict[int, float] = {}
        self._conv_id: int | None = None
        self._pending: tuple[int, int | None, str, bool] | None = None
        self._suspended = False
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(save_ms)
        self.save_timer.timeout.connect(self.flush)
        self.beat_timer = QTimer(self)
        self.beat_timer.setInterval(heartbeat_ms)
        self.beat_timer.timeout.connect(self._beat)
        composer.edit.textChanged.connect(self._changed)

    # -- API for the window -------------------------------------------------------------------

    def conversation_opened(self, conv: Conversation | None) -> None:
        """Call after the composer shows ``conv``: restores a saved draft (after a crash)."""
        new_id = conv.id if conv is not None else None
        if new_id == self._conv_id:
            return
        self._leave()
        self._conv_id = new_id
        if new_id is None:
            return
        self.opened_at[new_id] = self.clock()
        draft = self.team.drafts().get(new_id, self.team.session.agent_id)
        if draft is not None:
            self.started.setdefault(new_id, draft.started_at)
            if not self.composer.text().strip():
                self._set_text(draft.body)
        if self.composer.text().strip():
            self.started.setdefault(new_id, self.clock())
            self._beat()
            self.beat_timer.start()

    def before_send(self, conversation_id: int, as_note: bool) -> bool:
        """Ask the agent to confirm when the customer or a colleague wrote meanwhile."""
        if as_note:
            return True
        self.flush()
        since = self.started.get(conversation_id, self.opened_at.get(conversation_id))
        if since is None:
            return True
        agent_id = self.team.session.agent_id
        check = self.team.guard().check_before_send(conversation_id, since, agent_id)
        if not check.needs_confirmation:
            return True
        names = {a.id: a.name for a in self.team.agents().list()}
        parent = self.composer if isinstance(self.composer, QWidget) else None
        if self.confirm(parent, check, names):
            return True
        self.started[conversation_id] = self.clock()  # seen now: ask only about newer ones
        return False

    def stored(self, conversation_id: int) -> None:
        """The reply or note is safely stored: its draft and presence go."""
        self.started.pop(conversation_id, None)
        if self._pending is not None and self._pending[0] == conversation_id:
            self._pending = None
            self.save_timer.stop()
        agent_id, team = self.team.session.agent_id, self.team
        if conversation_id == self._conv_id:
            self.beat_timer.stop()

        def forget() -> None:
            team.drafts().discard(conversation_id, agent_id)
            team.guard().stop(conversation_id)

        self.runner.run(forget, what="")

    def agent_changed(self) -> None:
        """Another agent signed in: file the text under its author, then show theirs."""
        self.flush()
        conv = self.composer.conversation
        self._leave()
        self.started.clear()
        self._set_text("")
        forget = getattr(self.composer, "forget_drafts", None)
        if callable(forget):
            forget()  # the composer's in-memory drafts belong to the previous agent
        self._conv_id = None
        self.conversation_opened(conv)

    def lock(self) -> None:
        """The window is locked: keep the draft, stop saying "is replying"."""
        self.flush()
        self.beat_timer.stop()
        guard = self.team.guard
        self.runner.run(lambda: guard().stop(), what="")

    def flush(self) -> None:
        """Save the pending change now (also called before send, switch and lock)."""
        self.save_timer.stop()
        self._last_flush = time.monotonic()
        pending, self._pending = self._pending, None
        if pending is None:
            return
        cid, agent_id, body, as_note = pending
        started = self.started.get(cid, self.clock())
        team, saved = self.team, self.saved

        def save() -> int:
            team.drafts().save(cid, agent_id, body, as_note=as_note, started_at=started)
            if body.strip():
                team.guard().heartbeat(cid, agent_id)
            else:
                team.guard().stop(cid)
            return cid

        self.runner.run(save, on_done=lambda _: saved.emit(cid), what="")

    # -- internals --------------------------------------------------------------------------------

    def _changed(self) -> None:
        if self._suspended:
            return
        conv = self.composer.conversation
        if conv is None:
            return
        if conv.id != self._conv_id:
            self.conversation_opened(conv)  # the window did not tell us: catch up
        body = self.composer.text()
        agent_id = self.team.session.agent_id
        if self._pending is not None and (self._pending[0], self._pending[1]) != (conv.id,
                                                                                 agent_id):
            self.flush()
        self._pending = (conv.id, agent_id, body, self.composer.is_note())
        if not body.strip():
            # Emptied (sent, or erased): withdraw the draft and "is replying" at once.
            self.started.pop(conv.id, None)
            self.beat_timer.stop()
            self.flush()
        elif conv.id not in self.started:
            # The first keystroke: "X is replying" appears now, not after a pause.
            self.started[conv.id] = self.clock()
            self.flush()
            self.beat_timer.start()
        elif time.monotonic() - self._last_flush >= self.max_wait:
            self.flush()  # typing without a pause: save anyway, a crash loses little
        else:
            self.save_timer.start()

    def _beat(self) -> None:
        cid, agent_id, team = self._conv_id, self.team.session.agent_id, self.team
        if cid is None or not self.composer.text().strip():
            return
        self.runner.run(lambda: team.guard().heartbeat(cid, agent_id), what="")

    def _leave(self) -> None:
        """Stop announcing presence in the conversation being left (its draft stays)."""
        self.flush()
        self.beat_timer.stop()
        old, team = self._conv_id, self.team
        if old is not None:
            self.runner.run(lambda: team.guard().stop(old), what="")

    def _set_text(self, text: str) -> None:
        self._suspended = True
        try:
            self.composer.edit.setPlainText(text)
        finally:
            self._suspended = False
