"""The right-hand guidance panel: customer, situation, playbook, suggested replies.

Guidance is computed off the GUI thread through an injected
``run_in_background(fn, on_done)``; the panel only rebuilds its cards when the result
arrives, and drops results for a conversation the agent has already left. Moving quickly
through the list therefore never waits on guidance. Past replies to similar messages
(a full-text search) can come as a second step, so the rest shows first.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from agent_assist.core.guidance import Guidance, PastReply
from agent_assist.core.models import Conversation
from agent_assist.ui.guidance.cards import (
    PlaybookSection,
    SuggestionsSection,
    customer_section,
    situation_section,
)

Compute = Callable[[int], Guidance]
ComputeReplies = Callable[[Guidance], tuple[PastReply, ...]]
RunInBackground = Callable[[Callable[[], Any], Callable[[Any], None]], None]

_STYLE = """
QFrame#guidanceCard { background: #ffffff; border: 1px solid #e5e7eb; border-radius: 8px; }
QLabel#repeatBanner { background: #fff3cd; color: #7a4d00; border-radius: 6px; padding: 4px 6px;
                      font-weight: 600; }
QLabel#warning { color: #b45309; font-weight: 600; }
QLabel#subTitle { font-weight: 600; margin-top: 4px; }
QLabel#teamNote { background: #fff7d6; border-radius: 6px; padding: 3px 6px; }
QLabel#doLine { color: #166534; }
QLabel#dontLine { color: #9f1239; }
QPushButton#templateButton { text-align: left; padding: 5px 8px; }
QFrame#pastReply { background: #f6f7f9; border-radius: 6px; }
"""


def _labels(g: Guidance) -> dict[str, str]:
    """Detected topics and tones by key, named in the agent's language."""
    return {d.key: d.label for d in (*g.situation.topics, *g.situation.tones)}


@dataclass(frozen=True, slots=True)
class _Failed:
    """Guidance could not be computed; ``message`` is one sentence."""

    message: str


class GuidancePanel(QWidget):
    """Shows guidance for the open conversation; emits what the agent chose to insert.

    Signals: ``template_chosen(key, language)``, ``reply_chosen(text)``,
    ``guidance_ready(Guidance)`` (also for the composer's template variables),
    ``updated(conversation_id)`` once the cards show that conversation, and
    ``replies_updated(conversation_id)`` once past replies are in (when fetched apart).
    """

    template_chosen = Signal(str, str)
    reply_chosen = Signal(str)
    guidance_ready = Signal(object)
    updated = Signal(int)
    replies_updated = Signal(int)

    def __init__(self, compute: Compute, run_in_background: RunInBackground,
                 parent: QWidget | None = None, *,
                 compute_replies: ComputeReplies | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidance")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_STYLE)
        self.compute = compute
        self.compute_replies = compute_replies
        self.run_in_background = run_in_background
        self.guidance: Guidance | None = None
        self.conversation_id: int | None = None
        self._tokens = itertools.count(1)
        self._token = 0
        self._ticks: dict[tuple[int, str], set[int]] = {}
        self.status = QLabel()
        self.status.setObjectName("meta")
        self.status.setWordWrap(True)
        self.cards = QWidget()
        self.cards_layout = QVBoxLayout(self.cards)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.cards)
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(6)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        self.playbook_section: PlaybookSection | None = None
        self.suggestions: SuggestionsSection | None = None
        self.set_conversation(None)

    # -- API ------------------------------------------------------------------------------------

    def set_conversation(self, conversation: Conversation | None) -> None:
        """Show guidance for ``conversation``; returns at once, the cards follow."""
        if conversation is None:
            self._token = next(self._tokens)  # a result still on its way is now stale
            self.conversation_id = None
            self.guidance = None
            self._clear()
            self.status.setText(self.tr("Open a conversation to see what to do."))
            return
        same = self.conversation_id == conversation.id
        self.conversation_id = conversation.id
        if not same:
            self.status.setText(self.tr("Reading the conversation…"))
            self.cards.setEnabled(False)  # the previous customer's cards, greyed out
        self._schedule(conversation.id)

    def refresh(self) -> None:
        """Recompute for the open conversation (after a new message or an edit)."""
        if self.conversation_id is not None:
            self._schedule(self.conversation_id)

    # -- internals ------------------------------------------------------------------------------

    def _schedule(self, conversation_id: int) -> None:
        token = next(self._tokens)
        self._token = token
        compute = self.compute

        def work() -> Guidance | _Failed:
            try:
                return compute(conversation_id)
            except Exception as exc:  # shown in the panel; the list keeps working
                first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                return _Failed(first)

        self.run_in_background(work, lambda result: self._arrived(token, conversation_id, result))

    def _arrived(self, token: int, conversation_id: int, result: Any) -> None:
        if token != self._token or conversation_id != self.conversation_id:
            return  # the agent moved on: this result is for a conversation no longer open
        self.cards.setEnabled(True)
        if isinstance(result, _Failed) or not isinstance(result, Guidance):
            message = result.message if isinstance(result, _Failed) else ""
            self.status.setText(self.tr("Guidance is unavailable: {reason}").format(
                reason=message or self.tr("unknown error")))
            self._clear()
            self.updated.emit(conversation_id)
            return
        self.status.setText("")
        if self.compute_replies is not None and not result.similar_replies and (
                self.guidance is not None and self.guidance.conversation_id == conversation_id):
            # A refresh: keep the past replies already shown until the new ones arrive.
            result = replace(result, similar_replies=self.guidance.similar_replies)
        self._build(result)
        self.guidance = result
        self.guidance_ready.emit(result)
        self.updated.emit(conversation_id)
        if self.compute_replies is not None:
            self._schedule_replies(token, result)

    def _schedule_replies(self, token: int, guidance: Guidance) -> None:
        compute = self.compute_replies
        assert compute is not None

        def work() -> tuple[PastReply, ...] | _Failed:
            try:
                return compute(guidance)
            except Exception as exc:  # past replies are a bonus: the rest stays usable
                return _Failed(str(exc) or type(exc).__name__)

        def done(result: Any) -> None:
            if token != self._token or self.guidance is None:
                return
            replies = result if isinstance(result, tuple) else ()
            self.guidance = replace(self.guidance, similar_replies=replies)
            self._replace_suggestions(self.guidance)
            self.replies_updated.emit(guidance.conversation_id)

        self.run_in_background(work, done)

    def _clear(self) -> None:
        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # still a child until deleted: it must not paint meanwhile
                widget.deleteLater()
        self.playbook_section = None
        self.suggestions = None

    def _suggestions_section(self, g: Guidance) -> SuggestionsSection:
        section = SuggestionsSection(g.templates, g.similar_replies, _labels(g))
        section.template_clicked.connect(self.template_chosen)
        section.reply_clicked.connect(self.reply_chosen)
        return section

    def _replace_suggestions(self, g: Guidance) -> None:
        """Only the suggestions card changes when past replies arrive."""
        old = self.suggestions
        index = self.cards_layout.indexOf(old) if old is not None else -1
        if old is None or index < 0:
            self._build(g)
            return
        self.suggestions = self._suggestions_section(g)
        self.cards_layout.insertWidget(index, self.suggestions)
        self.cards_layout.removeWidget(old)
        old.hide()
        old.deleteLater()

    @classmethod
    def for_store(cls, store: Any, run_in_background: RunInBackground,
                  parent: QWidget | None = None) -> GuidancePanel:
        """The usual wiring: a ``TemplateStore``'s guidance, then its past replies."""
        return cls(lambda cid: store.guidance(cid, similar=False), run_in_background, parent,
                   compute_replies=store.past_replies)

    def _build(self, g: Guidance) -> None:
        # A refresh of the same conversation keeps the agent's place in the panel.
        same = self.guidance is not None and self.guidance.conversation_id == g.conversation_id
        position = self.scroll_area.verticalScrollBar().value() if same else 0
        self._clear()
        self.cards_layout.addWidget(customer_section(g.customer))
        self.cards_layout.addWidget(situation_section(g))
        key = (g.conversation_id, g.playbook.key if g.playbook else "")
        ticked = self._ticks.setdefault(key, set())

        def tick(index: int, on: bool) -> None:
            (ticked.add if on else ticked.discard)(index)

        self.playbook_section = PlaybookSection(g.playbook, ticked, tick, _labels(g))
        self.cards_layout.addWidget(self.playbook_section)
        self.suggestions = self._suggestions_section(g)
        self.cards_layout.addWidget(self.suggestions)
        self.cards_layout.addStretch(1)
        self.cards.adjustSize()
        self.scroll_area.verticalScrollBar().setValue(position)
