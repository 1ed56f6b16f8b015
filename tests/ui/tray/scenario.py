"""A deterministic shop for the tray and Today tests: open 24/7 (UTC), a fake clock."""

from __future__ import annotations

import itertools
from datetime import date

from agent_assist.core.models import Channel, Direction, HandleKind, IncomingMessage
from agent_assist.services.sla import save_config
from agent_assist.services.workspace import Workspace

T0 = 1_741_000_000.0
ALWAYS = {"timezone": "UTC", "holidays": [],
          "week": {d: [["00:00", "24:00"]] for d in ("mon", "tue", "wed", "thu", "fri", "sat",
                                                      "sun")}}
_keys = itertools.count(1)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def around_the_clock(ws: Workspace) -> None:
    """Business hours always open: SLA states depend only on the fake clock."""
    save_config(ws.repos(), {"business_hours": ALWAYS}, date(2025, 3, 3))


def say(ws: Workspace, who: str, at: float, text: str = "Hello, where is my order AL-5?", *,
        channel: Channel = Channel.DEMO_CHAT, direction: Direction = Direction.IN) -> int:
    inbound = direction is Direction.IN
    result = ws.ingestor().ingest(IncomingMessage(
        provider_key=f"ui:{next(_keys)}", channel=channel,
        sender_address=who if inbound else "shop", sender_name=who.title() + " Hart",
        handle_kind=HandleKind.DEMO, direction=direction, subject=f"Question from {who}",
        body_text=text, sent_at=at, thread_key=f"chat:{who}",
        recipients=[] if inbound else [who],
    ))
    assert result.conversation_id is not None
    return result.conversation_id
