"""Settings → Language: follow the system or pick English, French or Arabic (next start)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from agent_assist.ui.i18n import (
    ENDONYMS,
    SUPPORTED,
    current_language,
    store_language,
    stored_language,
    system_language,
)

SYSTEM = "system"


def _tr(text: str) -> str:
    return QCoreApplication.translate("LanguageDialog", text)


class LanguageDialog(QDialog):
    """Radio buttons: the system's language, then each language named in itself."""

    def __init__(self, parent: QWidget | None = None, *,
                 stored: str | None = None, running: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Language"))
        self.setObjectName("languageDialog")
        self.running = running or current_language()
        intro = QLabel(_tr("Choose the language of Agent Assist. Customers' messages and your "
                           "replies stay in their own language."))
        intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        system = ENDONYMS[system_language()]
        choices = [(SYSTEM, _tr("Same as the system ({language})").format(language=system))]
        choices += [(code, ENDONYMS[code]) for code in SUPPORTED]
        for key, text in choices:
            button = QRadioButton(text)
            button.setObjectName(f"language-{key}")
            if key != SYSTEM:
                # The name is in its own language (a screen reader can pick its voice).
                button.setLocale(QLocale(key))
            self.group.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button)
        self.buttons[stored or SYSTEM].setChecked(True)
        self.note = QLabel()
        self.note.setObjectName("meta")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.group.buttonToggled.connect(lambda *_: self._update_note())
        self._update_note()

    def chosen(self) -> str | None:
        """The language picked, or None to follow the system."""
        for key, button in self.buttons.items():
            if button.isChecked():
                return None if key == SYSTEM else key
        return None

    def effective(self) -> str:
        return self.chosen() or system_language()

    def _update_note(self) -> None:
        if self.effective() == self.running:
            self.note.setText(_tr("This is the language in use now."))
        else:
            self.note.setText(_tr("The new language applies the next time you start "
                                  "Agent Assist."))


def choose_language(parent: QWidget | None = None, *,
                    save: Callable[[str | None], None] = store_language) -> bool:
    """Show the dialog and save the choice; True when it was saved. Errors are shown."""
    dialog = LanguageDialog(parent, stored=stored_language())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        save(dialog.chosen())
    except OSError as exc:
        QMessageBox.warning(parent, _tr("Language"),
                            _tr("The language could not be saved: {reason}").format(reason=exc))
        return False
    return True


def language_action(parent: QWidget) -> QAction:
    """"Language…" for a menu; opens the dialog over ``parent``."""
    action = QAction(_tr("Language…"), parent)
    action.setObjectName("languageAction")
    action.setStatusTip(_tr("Choose the language of the interface"))
    action.triggered.connect(lambda: choose_language(parent))
    return action
