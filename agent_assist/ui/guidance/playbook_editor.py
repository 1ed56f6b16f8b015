"""Edit playbooks and detection rules in the app (as JSON, validated before saving).

The shop owner sees exactly what the guidance uses: each playbook's triggers, steps and
advice, and each topic or tone's keywords per language. A mistake is refused with one
sentence; "Restore" brings back the shipped version.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.detect import Rule, RuleError
from agent_assist.core.playbooks import Playbook
from agent_assist.services.playbook_store import PlaybookStore, parse_json

RunInBackground = Callable[[Callable[[], Any], Callable[[Any], None]], None]
KIND_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class _Failed:
    def __init__(self, message: str) -> None:
        self.message = message


class PlaybookEditorDialog(QDialog):
    """A tree of playbooks and rules, and the selected one's JSON."""

    guidance_changed = Signal()

    def __init__(self, store: PlaybookStore, run_in_background: RunInBackground, *,
                 ui_language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Playbooks and detection rules"))
        self.resize(960, 620)
        self.store = store
        self.run_in_background = run_in_background
        self.ui_language = ui_language
        self.items: dict[tuple[str, str], Playbook | Rule] = {}
        self.selected: tuple[str, str] | None = None
        self._reloading = False
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(self._selected)
        self.editor = QPlainTextEdit()
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setAccessibleName(self.tr("Definition (JSON)"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.restore_button = QPushButton(self.tr("Restore the shipped version"))
        self.restore_button.clicked.connect(self.restore)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        right = QWidget()
        box = QVBoxLayout(right)
        box.addWidget(self.editor, 1)
        box.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(close)
        box.addLayout(row)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setSizes([280, 680])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.reload()

    # -- loading --------------------------------------------------------------------------------

    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def work() -> Any:
            try:
                return fn()
            except RuleError as exc:
                return _Failed(str(exc))

        def finish(result: Any) -> None:
            if isinstance(result, _Failed):
                self.show_message(result.message, error=True)
            else:
                done(result)

        self.run_in_background(work, finish)

    def reload(self) -> None:
        store = self.store
        self._run(lambda: (store.playbooks(), store.rules()), self._fill)

    def _fill(self, result: tuple[list[Playbook], list[Rule]]) -> None:
        playbooks, rules = result
        self.items = {("playbook", p.key): p for p in playbooks}
        self.items.update({(r.kind, r.key): r for r in rules})
        self.tree.blockSignals(True)
        self.tree.clear()
        groups = {"playbook": self.tr("Playbooks"), "topic": self.tr("Topics"),
                  "tone": self.tr("Tones"), "signal": self.tr("Signals")}
        parents = {kind: QTreeWidgetItem(self.tree, [title]) for kind, title in groups.items()}
        for (kind, key), value in self.items.items():
            label = (value.name(self.ui_language) if isinstance(value, Playbook)
                     else value.label(self.ui_language))
            if not value.enabled:
                label = self.tr("{name} (off)").format(name=label)
            item = QTreeWidgetItem(parents[kind], [label])
            item.setData(0, KIND_ROLE, kind)
            item.setData(0, KEY_ROLE, key)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self._reloading = True  # keep "Saved." while the tree is rebuilt
        try:
            self.select(*(self.selected or ("playbook", "")))
        finally:
            self._reloading = False

    def select(self, kind: str, key: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is None:
                continue
            for j in range(group.childCount()):
                child = group.child(j)
                if child is not None and child.data(0, KIND_ROLE) == kind and (
                        not key or child.data(0, KEY_ROLE) == key):
                    self.tree.setCurrentItem(child)
                    return

    def _selected(self, item: QTreeWidgetItem | None) -> None:
        if item is None or item.data(0, KIND_ROLE) is None:
            return
        self.selected = (str(item.data(0, KIND_ROLE)), str(item.data(0, KEY_ROLE)))
        value = self.items[self.selected]
        self.editor.setPlainText(json.dumps(value.to_dict(), ensure_ascii=False, indent=2))
        if not self._reloading:
            self.show_message("")

    # -- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        if self.selected is None:
            return
        kind, key = self.selected
        try:
            data = parse_json(self.editor.toPlainText(), self.tr("definition"))
        except RuleError as exc:
            self.show_message(str(exc), error=True)
            return
        if str(data.get("key", "")) != key:
            self.show_message(self.tr("The key cannot change (other settings refer to it)."),
                              error=True)
            return
        store = self.store

        def write() -> object:
            return (store.save_playbook(data) if kind == "playbook"
                    else store.save_rule(kind, data))

        self._run(write, lambda _r: self._saved(self.tr("Saved.")))

    def restore(self) -> None:
        if self.selected is None:
            return
        kind, key = self.selected
        store = self.store

        def write() -> object:
            return (store.restore_playbook(key) if kind == "playbook"
                    else store.restore_rule(kind, key))

        self._run(write, lambda _r: self._saved(self.tr("The shipped version is back.")))

    def _saved(self, text: str) -> None:
        self.guidance_changed.emit()
        self.reload()
        self.show_message(text)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c0262d;" if error else "")
        self.message.setText(text)
