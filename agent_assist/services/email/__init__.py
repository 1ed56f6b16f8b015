"""Email services: accounts, the IMAP sync engine, the SMTP sender and its follow-up steps."""
