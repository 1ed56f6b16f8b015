"""Every text a window shows (widgets, actions, menus, list rows), and English sources as
patterns, so a test can tell whether anything on screen escaped translation."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from agent_assist.ui.i18n import strip_isolates

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
         Qt.ItemDataRole.AccessibleTextRole)
SEPARATORS = re.compile(r"\s*(?:,|·|\n| — |: )\s*")


def _plain(text: str, rich: bool = False) -> str:
    if rich or (text.startswith("<") and text.endswith(">")):
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return strip_isolates(text).replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _model_texts(view: QAbstractItemView, rows: int = 30) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: Qt keeps columnCount private there
        columns = 1
    for section in range(columns):
        header = model.headerData(section, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            texts.append(header)
    for row in range(min(rows, model.rowCount(QModelIndex()))):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            texts += [v for role in ROLES if isinstance(v := index.data(role), str)]
    return texts


def widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.toolTip(), widget.accessibleName(), widget.whatsThis()]
    if isinstance(widget, QLabel):
        texts.append(_plain(widget.text(), widget.textFormat() == Qt.TextFormat.RichText))
    elif isinstance(widget, QAbstractButton):
        texts.append(widget.text())
    elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        texts.append(widget.placeholderText())
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    elif isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    elif isinstance(widget, QAbstractItemView):
        texts += _model_texts(widget)
    return texts


def visible_texts(window: QWidget, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """Texts of the visible widgets (not inside ``skip``: customer data) and of the actions."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or any(s is widget or s.isAncestorOf(widget)
                                                  for s in skip):
            continue
        texts += widget_texts(widget)
    actions = list(window.findChildren(QAction))
    if isinstance(window, QMainWindow):
        for top in window.menuBar().actions():
            actions.append(top)
            if top.menu() is not None:
                actions += top.menu().actions()
    for action in actions:
        texts += [action.text(), action.toolTip(), action.statusTip()]
    return [p for t in texts if t for p in {_plain(t), *SEPARATORS.split(_plain(t))} if p]


def english_patterns(ts: Path) -> dict[str, re.Pattern[str]]:
    """Sources whose translation differs, as full-match patterns ({x} and %n are wildcards)."""
    patterns = {}
    root = ET.parse(ts).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = ([f.text or "" for f in translation.iter("numerusform")]
                 if translation is not None and message.get("numerus") == "yes"
                 else [translation.text or "" if translation is not None else ""])
        literal = re.sub(r"\{[a-z_]*\}|%n", "", source)
        forms = [form.replace("%Ln", "%n") for form in forms]  # a localised number is a number
        if source in forms or len(re.findall(r"[^\W\d_]", literal)) < 3:
            continue  # the same in both languages ("Qt", "Chat") or nothing but placeholders
        pattern = re.escape(_plain(source))
        pattern = re.sub(r"\\\{[a-z_]*\\\}", ".+", pattern).replace("%n", r"\d+")
        patterns[source] = re.compile(pattern)
    return patterns


def untranslated(texts: list[str], patterns: dict[str, re.Pattern[str]]) -> list[str]:
    return sorted({f"{text!r} (source {source!r})" for text in texts
                   for source, pattern in patterns.items() if pattern.fullmatch(text)})
