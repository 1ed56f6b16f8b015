"""The search bar: the box, its Filters and Save buttons, and a line for what went wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agent_assist.ui import app_style


class SearchBar(QWidget):
    """The text in the box is the whole search; the buttons only help write it.

    A refused query is explained in one sentence under the box until the text changes.
    """

    filters_requested = Signal()
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self.box = QLineEdit(self)
        self.box.setObjectName("searchBox")
        self.box.setToolTip(self.tr(
            "Words, \"exact phrases\", prefix*, -excluded, and filters such as "
            "channel:email status:open after:7d has:attachment tag:vip contact:Léa"))
        self.box.setClearButtonEnabled(True)
        self.filters_button = self._button(self.tr("Filters"), self.tr(
            "Channel, status, agent, dates, attachments, tag (Ctrl+Shift+F)"))
        self.filters_button.clicked.connect(lambda: self.filters_requested.emit())
        self.save_button = self._button(self.tr("Save…"), self.tr(
            "Save this search in the navigation"))
        self.save_button.clicked.connect(lambda: self.save_requested.emit())
        self.error = QLabel(self)
        self.error.setObjectName("searchError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(f"color: {app_style.DANGER.name()};")
        self.error.setVisible(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.box, 1)
        row.addWidget(self.filters_button)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.box.textChanged.connect(lambda _text: self.clear_error())
        self.box.textChanged.connect(self._update_buttons)
        self._update_buttons(self.box.text())

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def _update_buttons(self, text: str) -> None:
        self.save_button.setEnabled(bool(text.strip()))

    def text(self) -> str:
        return self.box.text()

    def set_text(self, text: str) -> None:
        self.box.setText(text)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        self.box.setAccessibleDescription(message)  # read out by a screen reader

    def clear_error(self) -> None:
        if self.error.isVisible():
            self.error.clear()
            self.error.setVisible(False)
            self.box.setAccessibleDescription("")
