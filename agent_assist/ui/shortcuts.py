"""Keyboard use: the main window's extra shortcuts and the cheat sheet shown on "?".

The sheet lists the keys the views handle themselves (j/k, Enter, Ctrl+Enter, Esc) and,
read from the window when it opens, every QAction with a shortcut (grouped by its menu) and
every QShortcut that carries a description in its ``whatsThis``: a feature that adds an
action shows up here without editing this file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_assist.ui.i18n import ltr

if TYPE_CHECKING:
    from agent_assist.ui.main_window import MainWindow

NATIVE = QKeySequence.SequenceFormat.NativeText
HELP_KEYS = (("?", "Shift+?"), "F1")
PANE_NEXT, PANE_PREVIOUS = "F6", "Shift+F6"
MAX_VIEW_KEYS = 9  # Ctrl+1 … Ctrl+9 pick the navigation entries


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


@dataclass(frozen=True, slots=True)
class ShortcutInfo:
    """One line of the cheat sheet."""

    keys: str  # as the platform writes them ("Ctrl+Enter", "⌘↩")
    description: str
    group: str


def keys_text(*sequences: str) -> str:
    """Native spellings joined: "J / ↓" ("/" is itself a key, so it is spaced)."""
    return " / ".join(QKeySequence(s).toString(NATIVE) for s in sequences)


def fixed_shortcuts() -> list[ShortcutInfo]:
    """Keys the views handle in their own key handlers (no QAction to read them from)."""
    inbox, writing, everywhere = _tr("Inbox"), _tr("Writing"), _tr("Everywhere")
    return [
        ShortcutInfo(keys_text("J", "Down"), _tr("Next conversation"), inbox),
        ShortcutInfo(keys_text("K", "Up"), _tr("Previous conversation"), inbox),
        ShortcutInfo(keys_text("Return"), _tr("Write a reply to the selected conversation"),
                     inbox),
        ShortcutInfo(keys_text("Ctrl+Return"), _tr("Send the reply (or add the note)"),
                     writing),
        ShortcutInfo(keys_text("Esc"), _tr("Back to the list; from search results, back to "
                                           "the inbox"), everywhere),
        ShortcutInfo(keys_text("/"), _tr("Search all messages"), everywhere),
        ShortcutInfo(keys_text("Tab", "Shift+Tab"), _tr("Next or previous field"), everywhere),
    ]


def _plain(text: str) -> str:
    """A menu text as a sentence: no mnemonic ampersand, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def _menu_of(window: QWidget) -> dict[int, str]:
    """id(action) -> the title of the menu bar menu that holds it."""
    found: dict[int, str] = {}
    menu_bar = getattr(window, "menuBar", None)
    if menu_bar is None:
        return found
    for top in menu_bar().actions():
        menu = top.menu()
        if menu is None:
            continue
        for action in menu.actions():
            found.setdefault(id(action), _plain(top.text()))
    return found


def window_shortcuts(window: QWidget) -> list[ShortcutInfo]:
    """Every QAction with a shortcut and every described QShortcut of ``window``."""
    menus = _menu_of(window)
    other = _tr("Other")
    seen: set[int] = set()
    found: list[ShortcutInfo] = []
    for action in [*window.actions(), *window.findChildren(QAction)]:
        if id(action) in seen or action.isSeparator() or not action.shortcuts():
            continue
        seen.add(id(action))
        keys = " / ".join(s.toString(NATIVE) for s in action.shortcuts())
        found.append(ShortcutInfo(keys, _plain(action.text()), menus.get(id(action), other)))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.whatsThis() and not shortcut.key().isEmpty():
            group = shortcut.property("shortcutGroup") or other
            found.append(ShortcutInfo(shortcut.key().toString(NATIVE), shortcut.whatsThis(),
                                      str(group)))
    return found


def all_shortcuts(window: QWidget) -> list[ShortcutInfo]:
    """Fixed keys first, then the window's; a key listed twice keeps its first line, and
    two keys doing the same thing share one line ("? / F1")."""
    result: list[ShortcutInfo] = []
    keys: set[str] = set()
    for info in [*fixed_shortcuts(), *window_shortcuts(window)]:
        if info.keys in keys:
            continue
        keys.add(info.keys)
        twin = next((i for i, r in enumerate(result)
                     if (r.description, r.group) == (info.description, info.group)), None)
        if twin is None:
            result.append(info)
        else:
            result[twin] = ShortcutInfo(f"{result[twin].keys} / {info.keys}", info.description,
                                        info.group)
    return result


class ShortcutsDialog(QDialog):
    """A two-column table, one heading row per group; Esc or Close leaves."""

    def __init__(self, shortcuts: list[ShortcutInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(_tr("Keyboard shortcuts"))
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([_tr("Keys"), _tr("Action")])
        self.table.setAccessibleName(_tr("Keyboard shortcuts"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        groups: dict[str, list[ShortcutInfo]] = {}
        for info in shortcuts:
            groups.setdefault(info.group, []).append(info)
        for group, entries in groups.items():
            self._add_heading(group)
            for info in entries:
                self._add_row(info)
        hint = QLabel(_tr("Single-letter keys work when no text field has the focus."))
        hint.setObjectName("meta")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(680, 560)

    def _add_heading(self, title: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(title)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, 0, item)
        self.table.setSpan(row, 0, 1, 2)

    def _add_row(self, info: ShortcutInfo) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        # Keys read left to right in every language ("Ctrl+Enter" inside an Arabic table).
        keys = QTableWidgetItem(ltr(info.keys))
        keys.setData(Qt.ItemDataRole.AccessibleTextRole, info.keys)
        self.table.setItem(row, 0, keys)
        description = QTableWidgetItem(info.description)
        description.setToolTip(info.description)  # in full when the column is narrow
        self.table.setItem(row, 1, description)

    def rows(self) -> list[tuple[str, str]]:
        """(keys, description) for every shortcut row (headings have no second cell)."""
        out = []
        for row in range(self.table.rowCount()):
            keys, text = self.table.item(row, 0), self.table.item(row, 1)
            if keys is not None and text is not None:
                out.append((str(keys.data(Qt.ItemDataRole.AccessibleTextRole)), text.text()))
        return out


class KeyboardController(QObject):
    """The main window's keys beyond its menus: help, reply/note, views, pane cycling."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ShortcutsDialog | None = None
        self.shortcuts: list[QShortcut] = []
        inbox, conversation, everywhere = _tr("Inbox"), _tr("Conversation"), _tr("Everywhere")
        for keys in HELP_KEYS:
            self._add(keys, self.show_cheat_sheet, _tr("Show the keyboard shortcuts"),
                      everywhere)
        self._add("R", self.reply, _tr("Reply to the open conversation"), conversation)
        self._add("N", self.note, _tr("Write an internal note"), conversation)
        self._add(PANE_NEXT, lambda: self.cycle_panes(1), _tr("Next pane"), everywhere)
        self._add(PANE_PREVIOUS, lambda: self.cycle_panes(-1), _tr("Previous pane"),
                  everywhere)
        # For a Help menu; no shortcut of its own ("?" and F1 above already open it).
        self.sheet_action = QAction(_tr("Keyboard shortcuts…"), window)
        self.sheet_action.setObjectName("shortcutsAction")
        self.sheet_action.setStatusTip(_tr("Also with ? or F1"))
        self.sheet_action.triggered.connect(self.show_cheat_sheet)
        for number in range(1, MAX_VIEW_KEYS + 1):
            self._add(f"Ctrl+{number}", partial(self.choose_view, number - 1),
                      _tr("Show the view at that place in the list"), inbox, describe=number == 1)

    def _add(self, keys: str | tuple[str, ...], slot: Callable[[], object], description: str,
             group: str, describe: bool = True) -> None:
        shortcut = QShortcut(self.window)
        shortcut.setKeys([QKeySequence(k) for k in ((keys,) if isinstance(keys, str) else keys)])
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        # "?" and "Shift+?" may both match one key press (layouts differ on whether Shift is
        # part of "?"): Qt then reports it as ambiguous, to one of them only.
        shortcut.activatedAmbiguously.connect(slot)
        if describe:
            shortcut.setWhatsThis(description)
            shortcut.setProperty("shortcutGroup", group)
        self.shortcuts.append(shortcut)

    # -- actions ---------------------------------------------------------------------------

    def show_cheat_sheet(self) -> ShortcutsDialog:
        entries = all_shortcuts(self.window)
        # Ctrl+1 stands for the nine: say so on its line.
        entries = [ShortcutInfo(keys_text("Ctrl+1") + " … " + keys_text(f"Ctrl+{MAX_VIEW_KEYS}"),
                                e.description, e.group)
                   if e.keys == keys_text("Ctrl+1") else e for e in entries]
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = ShortcutsDialog(entries, self.window)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def reply(self) -> None:
        composer = self.window.composer
        if composer.conversation is None:
            return
        composer.note_toggle.setChecked(False)
        composer.focus_editor()

    def note(self) -> None:
        composer = self.window.composer
        if composer.conversation is None:
            return
        composer.note_toggle.setChecked(True)
        composer.focus_editor()

    def choose_view(self, row: int) -> None:
        model = self.window.nav.model()
        if 0 <= row < model.rowCount():
            self.window.nav.setCurrentIndex(model.index(row, 0))
            self.window.inbox.focus_list()

    def panes(self) -> list[QWidget]:
        """The focus stops of F6, in reading order (Qt mirrors them on screen in Arabic)."""
        w = self.window
        listing = w.inbox.search_view if w.inbox.is_searching() else w.inbox.view
        stops: list[QWidget] = [w.nav, listing, w.conversation.thread_view, w.composer.edit]
        guidance = _first_focusable(w.guidance)
        if guidance is not None:
            stops.append(guidance)
        return [s for s in stops if s.isVisible() and s.isEnabled()]

    def cycle_panes(self, step: int) -> None:
        stops = self.panes()
        if not stops:
            return
        focus = self.window.focusWidget()
        current = next((i for i, pane in enumerate(stops)
                        if focus is not None and (focus is pane or pane.isAncestorOf(focus))),
                       -1)
        target = stops[(current + step) % len(stops)] if current >= 0 else stops[0]
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _first_focusable(root: QWidget) -> QWidget | None:
    if root.focusPolicy() & Qt.FocusPolicy.TabFocus and root.isVisible():
        return root
    for child in root.findChildren(QWidget):
        if (child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isVisible()
                and child.isEnabled()):
            return child
    return None


def install_keyboard(window: MainWindow) -> KeyboardController:
    """Add the extra shortcuts to the main window (once: a second call returns the first)."""
    existing = window.findChild(KeyboardController)
    return existing if isinstance(existing, KeyboardController) else KeyboardController(window)
