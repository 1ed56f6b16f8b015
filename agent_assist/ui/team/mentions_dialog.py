"""Notes that mentioned you, shown when you switch in; double-click opens the conversation."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.team import MentionNotice

SNIPPET = 140


def _tr(text: str) -> str:
    return QCoreApplication.translate("Mentions", text)


def describe(notice: MentionNotice) -> str:
    text = " ".join(notice.text.split())
    if len(text) > SNIPPET:
        text = text[: SNIPPET - 1] + "…"
    when = time.strftime("%d %b %H:%M", time.localtime(notice.created_at))
    return _tr("{who} in “{subject}” ({when}): {text}").format(
        who=notice.by_name or _tr("Someone"), subject=notice.conversation_subject or "—",
        when=when, text=text)


class MentionsDialog(QDialog):
    """Non-modal list of mentions; ``open_requested(conversation_id)`` on double-click."""

    open_requested = Signal(int)

    def __init__(self, notices: list[MentionNotice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mentionsDialog")
        self.setWindowTitle(_tr("You were mentioned"))
        self.notices = list(notices)
        intro = QLabel(QCoreApplication.translate(
            "Mentions", "%n note(s) mention you. Double-click one to open its conversation.",
            None, len(self.notices)))
        intro.setWordWrap(True)
        self.items = QListWidget()
        self.items.setObjectName("mentionList")
        self.items.setWordWrap(True)
        for notice in self.notices:
            item = QListWidgetItem(describe(notice))
            item.setData(Qt.ItemDataRole.UserRole, notice.conversation_id)
            self.items.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.items, 1)
        layout.addWidget(buttons)
        self.items.itemActivated.connect(self._open)
        self.resize(520, 300)

    def _open(self, item: QListWidgetItem) -> None:
        conversation_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(conversation_id, int):
            self.open_requested.emit(conversation_id)
