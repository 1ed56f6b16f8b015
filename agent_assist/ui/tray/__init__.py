"""The system tray: waiting count, desktop notifications, close-to-tray and quit policy."""
