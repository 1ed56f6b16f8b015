"""Matrix accounts, the /sync engine (events and cursor in one transaction), runner, sender."""
