"""Backups: back up now, daily backups with rotation, restore."""
