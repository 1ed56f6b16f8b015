"""A one-click switch between a template's languages (FR · EN · ع), shown by the composer."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

# Short labels in each language's own script: the agent recognises them at a glance.
LABELS = {"fr": "FR", "en": "EN", "ar": "ع"}


class LanguageSwitch(QWidget):
    """Checkable language buttons; ``language_chosen(code)`` when the agent clicks one."""

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateLanguageSwitch")
        self.label = QLabel(self.tr("Template language"))
        self.label.setObjectName("meta")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        names = {"fr": self.tr("French"), "en": self.tr("English"), "ar": self.tr("Arabic")}
        for code, text in LABELS.items():
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolTip(self.tr("Use the {language} text").format(language=names[code]))
            button.setAccessibleName(names[code])
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _checked=False, c=code: self._clicked(c))
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        self.set_languages((), "")

    def set_languages(self, available: Sequence[str], current: str) -> None:
        """Show the switch for an inserted template (hidden when nothing to switch)."""
        for code, button in self.buttons.items():
            button.setVisible(code in available)
            button.setChecked(code == current)
        self.setVisible(len(available) > 1)

    def current(self) -> str:
        return next((c for c, b in self.buttons.items() if b.isChecked()), "")

    def _clicked(self, code: str) -> None:
        self.language_chosen.emit(code)
