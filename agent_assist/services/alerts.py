"""What deserves the agent's attention right now: new customer messages and SLA escalations.

The tray polls this. Each escalation (at risk, then breached) is announced once per wait:
``sla_escalations`` remembers it across restarts, so reopening the app does not repeat it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from agent_assist.core.models import Channel
from agent_assist.core.sla import SlaClock, SlaState
from agent_assist.services.sla import SlaConfig, load_config, waiting_clocks
from agent_assist.storage.repositories import Repos

Clock = Callable[[], float]
MAX_NEW = 50


@dataclass(frozen=True, slots=True)
class NewMessageAlert:
    """A customer message that put (or kept) its conversation in Needs reply."""

    conversation_id: int
    message_id: int
    channel: Channel
    sender: str
    subject: str
    snippet: str


@dataclass(frozen=True, slots=True)
class Escalation:
    """A waiting conversation that just became at risk or breached."""

    conversation_id: int
    name: str
    subject: str
    clock: SlaClock

    @property
    def state(self) -> SlaState:
        return self.clock.state


@dataclass(frozen=True)
class AlertBatch:
    """One poll: counts for the tray, and what to announce."""

    needs_reply: int
    at_risk: int
    breached: int
    last_message_id: int
    new_messages: list[NewMessageAlert] = field(default_factory=list)
    escalations: list[Escalation] = field(default_factory=list)


class Alerts:
    """Reads counts and new messages; records escalations so each is announced once."""

    def __init__(self, repos: Repos, clock: Clock = time.time,
                 config: SlaConfig | None = None) -> None:
        self.repos = repos
        self.clock = clock
        self._config = config

    def last_message_id(self) -> int:
        row = self.repos.db.execute("SELECT max(id) FROM messages").fetchone()
        return int(row[0] or 0)

    def poll(self, after_message_id: int) -> AlertBatch:
        now = self.clock()
        config = self._config or load_config(self.repos, date.fromtimestamp(now))
        clocks = waiting_clocks(self.repos, config, now)
        escalations: list[Escalation] = []
        with self.repos.db.atomic():
            for item in clocks:
                state = item.clock.state
                if state is SlaState.ON_TRACK:
                    continue
                cur = self.repos.db.execute(
                    "INSERT OR IGNORE INTO sla_escalations (conversation_id, waiting_since, "
                    "level, at) VALUES (?, ?, ?, ?)",
                    [item.conversation.id, item.clock.waiting_since, state.value, now],
                )
                if cur.rowcount:
                    conv = item.conversation
                    escalations.append(Escalation(conv.id, conv.contact_name, conv.subject,
                                                  item.clock))
        last_id = self.last_message_id()
        return AlertBatch(
            needs_reply=len(clocks),
            at_risk=sum(1 for c in clocks if c.clock.state is SlaState.AT_RISK),
            breached=sum(1 for c in clocks if c.clock.state is SlaState.BREACHED),
            last_message_id=max(last_id, after_message_id),
            new_messages=self._new_messages(after_message_id, last_id),
            escalations=escalations,
        )

    def _new_messages(self, after: int, upto: int) -> list[NewMessageAlert]:
        if upto <= after:
            return []
        rows = self.repos.db.execute(
            "SELECT m.conversation_id, m.id, m.channel, "
            "COALESCE(NULLIF(m.sender_name, ''), m.sender_address), "
            "COALESCE(NULLIF(m.subject, ''), c.subject), substr(m.body_text, 1, 200) "
            "FROM messages m JOIN conversations c ON c.id = m.conversation_id "
            "WHERE m.id > ? AND m.id <= ? AND m.direction = 'in' AND m.automated_reason = '' "
            "AND c.status = 'open' AND c.needs_reply = 1 ORDER BY m.id LIMIT ?",
            [after, upto, MAX_NEW],
        ).fetchall()
        return [
            NewMessageAlert(int(r[0]), int(r[1]), Channel(r[2]), str(r[3]), str(r[4]),
                            " ".join(str(r[5]).split()))
            for r in rows
        ]
