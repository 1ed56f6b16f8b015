"""Taking data in and out from the GUI: import, export, and the quarantine of unreadable mail."""
