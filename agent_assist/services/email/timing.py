"""How often an email account catches up, kept light so health checks need not load the sync."""

from __future__ import annotations

#: IDLE is only a wake-up hint: a full catch-up also runs at least this often.
CATCH_UP_SECONDS = 5 * 60
