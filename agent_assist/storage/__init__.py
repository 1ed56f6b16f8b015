"""SQLite storage: migrations, repositories returning core dataclasses, search, secrets."""
