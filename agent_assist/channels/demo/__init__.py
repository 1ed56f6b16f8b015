"""The demo shop's local channel: replies are 'delivered' without any account."""

from __future__ import annotations

from agent_assist.core.models import OutboxItem


class DemoSender:
    """Accepts every payload and remembers it, so send works end to end in the demo."""

    def __init__(self) -> None:
        self.delivered: list[OutboxItem] = []

    def send(self, item: OutboxItem) -> None:
        self.delivered.append(item)
