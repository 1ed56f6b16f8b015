"""How a background runner (email, Telegram, Matrix) tells its owner what happened."""

from __future__ import annotations

from collections.abc import Callable

#: (event, payload), called on the runner's thread. Events: "progress" (a report after each
#: stored batch), "synced" (the report of a whole catch-up), "error" (one sentence naming
#: the account and the fix) and "warning" (one sentence, e.g. Telegram's 24-hour limit).
Notify = Callable[[str, object], None]
