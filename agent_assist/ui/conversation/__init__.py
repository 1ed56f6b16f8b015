"""The conversation pane: header, the thread (mail or chat bubbles), and status actions."""
