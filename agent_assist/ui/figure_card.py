"""A big figure with its caption underneath: the Today page's and the reports' summaries."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class FigureCard(QFrame):
    """Shows one value (``set``) above a wrapped caption; ``value_name`` names the label."""

    def __init__(self, value_name: str, caption: str, *, scale: float = 1.6,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("—")
        self.value.setObjectName(value_name)  # tests and screen readers find it by name
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setObjectName("meta")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, text: str, tooltip: str = "") -> None:
        self.value.setText(text)
        self.setToolTip(tooltip)
