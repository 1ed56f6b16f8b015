"""A calm, clean look: Fusion style, a light palette, one font, and the app's few colours."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

# Colours the delegates and message widgets share (kept here so the look has one home).
ACCENT = QColor("#2563eb")
ACCENT_SOFT = QColor("#dbeafe")
TEXT = QColor("#1f2328")
MUTED = QColor("#6b7280")
BORDER = QColor("#e5e7eb")
WINDOW = QColor("#f6f7f9")
BASE = QColor("#ffffff")
WARN = QColor("#b45309")
DANGER = QColor("#c0262d")
SELECTION = QColor("#e0ebff")

BUBBLE_IN = "#f1f3f5"
BUBBLE_OUT = "#dbeafe"
NOTE_BG = "#fff7d6"
NOTE_BORDER = "#f0d77b"
AUTO_BG = "#f6f7f9"

CHANNEL_BADGE = {
    "email": "#e8eefc", "telegram": "#e3f4fb", "matrix": "#eaf7ee", "demo_chat": "#f1e9fb",
}
CHANNEL_BADGE_TEXT = {
    "email": "#1d4ed8", "telegram": "#0b7ea8", "matrix": "#167a3e", "demo_chat": "#6d28d9",
}

_STYLESHEET = f"""
QMainWindow, QSplitter {{ background: {WINDOW.name()}; }}
QToolBar {{ background: {BASE.name()}; border: none; border-bottom: 1px solid {BORDER.name()};
           spacing: 4px; padding: 4px 8px; }}
QToolBar QToolButton {{ padding: 4px 10px; border-radius: 6px; }}
QToolBar QToolButton:hover {{ background: {WINDOW.name()}; }}
QLineEdit#searchBox {{ border: 1px solid {BORDER.name()}; border-radius: 8px; padding: 5px 10px;
                      background: {WINDOW.name()}; min-width: 260px; }}
QListView#navigation {{ background: {WINDOW.name()}; border: none; padding-top: 6px; }}
QListView#inbox, QListView#searchResults {{ background: {BASE.name()}; border: none;
    border-left: 1px solid {BORDER.name()}; border-right: 1px solid {BORDER.name()}; }}
QWidget#conversationHeader {{ background: {BASE.name()};
                              border-bottom: 1px solid {BORDER.name()}; }}
QLabel#conversationSubject {{ font-size: 15pt; font-weight: 600; color: {TEXT.name()}; }}
QLabel#chip {{ background: {WINDOW.name()}; border: 1px solid {BORDER.name()};
              border-radius: 9px; padding: 1px 8px; color: {MUTED.name()}; }}
QScrollArea#thread, QWidget#threadBody {{ background: {WINDOW.name()}; border: none; }}
QFrame#mailCard {{ background: {BASE.name()}; border: 1px solid {BORDER.name()};
                  border-radius: 10px; }}
QFrame#mailCard[direction="out"] {{ background: #f5f8ff; border-color: #c7d7fb; }}
QFrame#bubbleIn {{ background: {BUBBLE_IN}; border-radius: 12px; }}
QFrame#bubbleOut {{ background: {BUBBLE_OUT}; border-radius: 12px; }}
QFrame#noteCard {{ background: {NOTE_BG}; border: 1px solid {NOTE_BORDER}; border-radius: 8px; }}
QFrame#autoCard {{ background: {AUTO_BG}; border: 1px dashed {BORDER.name()};
                  border-radius: 8px; }}
QLabel#meta {{ color: {MUTED.name()}; }}
QLabel#deliveryFailed {{ color: {DANGER.name()}; font-weight: 600; }}
QLabel#deliveryUncertain {{ color: {WARN.name()}; font-weight: 600; }}
QLabel#deliveryOk {{ color: {MUTED.name()}; }}
QWidget#composer {{ background: {BASE.name()}; border-top: 1px solid {BORDER.name()}; }}
QPlainTextEdit#composerEdit {{ border: 1px solid {BORDER.name()}; border-radius: 8px;
                              padding: 4px; background: {BASE.name()}; }}
QPlainTextEdit#composerEdit[note="true"] {{ background: {NOTE_BG}; border-color: {NOTE_BORDER}; }}
QPushButton#sendButton {{ background: {ACCENT.name()}; color: white; border: none;
                         border-radius: 8px; padding: 6px 16px; font-weight: 600; }}
QPushButton#sendButton:disabled {{ background: #9db6ee; }}
QWidget#guidance {{ background: {BASE.name()}; border-left: 1px solid {BORDER.name()}; }}
QLabel#cardTitle {{ font-size: 12pt; font-weight: 600; }}
QLabel#sectionTitle {{ color: {MUTED.name()}; font-weight: 600; }}
QStatusBar {{ background: {BASE.name()}; border-top: 1px solid {BORDER.name()}; }}
QStatusBar QLabel#statusError {{ color: {DANGER.name()}; }}
QPushButton {{ background: {BASE.name()}; border: 1px solid #cfd4dc; border-radius: 6px;
              padding: 5px 14px; color: {TEXT.name()}; }}
QPushButton:hover {{ background: {WINDOW.name()}; }}
QPushButton:pressed {{ background: {BORDER.name()}; }}
QPushButton:disabled {{ color: {MUTED.name()}; background: {WINDOW.name()}; }}
"""

# Keyboard focus must be visible everywhere: Fusion's own focus frame is drawn from the pale
# selection colour, so a 2 px accent ring marks the focused widget instead. (An id selector
# outranks :focus in QSS, hence the repeated #names.)
_FOCUS = ACCENT.name()
_STYLESHEET += f"""
QListView:focus, QTableView:focus, QTreeView:focus, QListView#navigation:focus,
QListView#inbox:focus, QListView#searchResults:focus, QScrollArea#thread:focus,
QTextBrowser:focus {{ border: 2px solid {_FOCUS}; }}
QLineEdit:focus, QLineEdit#searchBox:focus, QPlainTextEdit:focus, QTextEdit:focus,
QPlainTextEdit#composerEdit:focus, QComboBox:focus, QSpinBox:focus, QTimeEdit:focus,
QDateTimeEdit:focus {{ border: 2px solid {_FOCUS}; border-radius: 6px; }}
QPushButton:focus {{ border: 2px solid {_FOCUS}; padding: 4px 13px; }}
QPushButton#sendButton:focus {{ border: 2px solid #1e3a8a; padding: 4px 14px; }}
QToolButton:focus {{ border: 2px solid {_FOCUS}; border-radius: 6px; }}
QCheckBox:focus, QRadioButton:focus {{ background: {ACCENT_SOFT.name()}; border-radius: 4px; }}
"""


def palette() -> QPalette:
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, WINDOW)
    pal.setColor(QPalette.ColorRole.WindowText, TEXT)
    pal.setColor(QPalette.ColorRole.Base, BASE)
    pal.setColor(QPalette.ColorRole.AlternateBase, WINDOW)
    pal.setColor(QPalette.ColorRole.Text, TEXT)
    pal.setColor(QPalette.ColorRole.Button, BASE)
    pal.setColor(QPalette.ColorRole.ButtonText, TEXT)
    pal.setColor(QPalette.ColorRole.Highlight, SELECTION)
    pal.setColor(QPalette.ColorRole.HighlightedText, TEXT)
    pal.setColor(QPalette.ColorRole.PlaceholderText, MUTED)
    pal.setColor(QPalette.ColorRole.ToolTipBase, BASE)
    pal.setColor(QPalette.ColorRole.ToolTipText, TEXT)
    pal.setColor(QPalette.ColorRole.Link, ACCENT)
    return pal


def apply_style(app: QApplication) -> None:
    """Fusion everywhere so the app looks the same on every desktop and offscreen."""
    app.setStyle("Fusion")
    app.setPalette(palette())
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(_STYLESHEET)
