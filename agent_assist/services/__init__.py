"""Services: sync, ingest, outbox, reminders. No Qt; they own transactions."""
