"""Email channel: IMAP fetch, SMTP send, MIME parsing and local mail files."""
