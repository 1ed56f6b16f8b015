"""Channel integrations (email, Telegram, Matrix, demo). No Qt, no SQL."""
