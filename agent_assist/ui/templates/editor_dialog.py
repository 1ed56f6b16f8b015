"""The template editor: texts per language with a live preview, attachments, import/export.

Every write (save, delete, import) runs through the injected ``run_in_background``; the
preview renders on the GUI thread (a compiled template renders in well under a
millisecond) against the open conversation's variables, so the agent sees exactly what
the customer would get, or the one-sentence reason it cannot be filled in.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agent_assist.core.template_context import ContextFacts, build_context
from agent_assist.core.templates import (
    LANGUAGES,
    Template,
    TemplateAttachment,
    TemplateError,
    render,
    unfilled_fields,
)
from agent_assist.services.template_store import TemplateStore

RunInBackground = Callable[[Callable[[], Any], Callable[[Any], None]], None]
PreviewContext = Callable[[str], Mapping[str, Any]]
PREVIEW_DELAY_MS = 150  # re-render after a short pause in typing, not on every key


def sample_context(language: str) -> Mapping[str, Any]:
    """Believable values for a preview when no conversation is open."""
    return build_context(ContextFacts(
        language=language, customer_name="Ana Lopez", customer_handles=["ana@mail.example"],
        agent_name="Camille", shop={"name": "Atelier Lumière"}, subject="AL-10234",
        order_number="AL-10234", wait_seconds=3 * 3600, channel="email",
    ))


class _Failed:
    def __init__(self, message: str) -> None:
        self.message = message


class LanguageTab(QWidget):
    """Subject, body and live preview for one language."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setObjectName("templatePreview")
        self.problem = QLabel()
        self.problem.setObjectName("templateProblem")
        self.problem.setStyleSheet("color: #c0262d;")
        self.problem.setWordWrap(True)
        if language == "ar":
            for widget in (self.subject, self.body, self.preview):
                widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        form = QFormLayout(self)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Text"), self.body)
        form.addRow(self.tr("Preview"), self.preview)
        form.addRow(self.problem)


class TemplateEditorDialog(QDialog):
    """Create, edit, delete, import and export reply templates."""

    templates_changed = Signal()
    busy_changed = Signal(bool)

    def __init__(self, store: TemplateStore, run_in_background: RunInBackground, *,
                 preview_context: PreviewContext | None = None, ui_language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reply templates"))
        self.resize(980, 640)
        self.store = store
        self.run_in_background = run_in_background
        self.preview_context = preview_context or sample_context
        self.ui_language = ui_language
        self.templates: dict[str, Template] = {}
        self.current_key: str | None = None
        self.attachments: list[TemplateAttachment] = []
        self.new_bytes: dict[str, bytes] = {}
        self.pending = 0
        self._reloading = False
        self._build()
        self.reload()

    # -- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._selected)
        self.key = QLineEdit()
        self.shortcut = QLineEdit()
        self.category = QLineEdit()
        self.names = {lang: QLineEdit() for lang in LANGUAGES}
        self.names["ar"].setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        form = QFormLayout()
        form.addRow(self.tr("Key"), self.key)
        form.addRow(self.tr("Shortcut (type /shortcut in a reply)"), self.shortcut)
        form.addRow(self.tr("Category"), self.category)
        labels = {"fr": self.tr("Name (French)"), "en": self.tr("Name (English)"),
                  "ar": self.tr("Name (Arabic)")}
        for lang in LANGUAGES:
            form.addRow(labels[lang], self.names[lang])
        self.tabs = QTabWidget()
        self.language_tabs = {lang: LanguageTab(lang) for lang in LANGUAGES}
        titles = {"fr": "Français", "en": "English", "ar": "العربية"}
        for lang, tab in self.language_tabs.items():
            self.tabs.addTab(tab, titles[lang])
            tab.body.textChanged.connect(self._schedule_preview)
            tab.subject.textChanged.connect(self._schedule_preview)
        self.tabs.currentChanged.connect(self._schedule_preview)
        self.attachment_list = QListWidget()
        self.attachment_list.setMaximumHeight(70)
        add_file = QPushButton(self.tr("Attach a file…"))
        add_file.clicked.connect(self._choose_attachment)
        remove_file = QPushButton(self.tr("Remove attachment"))
        remove_file.clicked.connect(self._remove_attachment)
        files = QHBoxLayout()
        files.addWidget(self.attachment_list, 1)
        files.addWidget(add_file)
        files.addWidget(remove_file)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("editorMessage")
        editor = QWidget()
        right = QVBoxLayout(editor)
        right.addLayout(form)
        right.addWidget(self.tabs, 1)
        right.addLayout(files)
        right.addWidget(self.message)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(editor)
        split.setSizes([260, 720])
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("new", self.tr("New"), self.new_template),
            ("delete", self.tr("Delete"), self._confirm_delete),
            ("import", self.tr("Import…"), self._choose_import),
            ("export", self.tr("Export…"), self._choose_export),
            ("save", self.tr("Save"), self.save),
            ("close", self.tr("Close"), self.accept),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons[name] = button
            buttons.addWidget(button)
        self.buttons["save"].setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.update_preview)

    # -- background work ------------------------------------------------------------------------

    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def work() -> Any:
            try:
                return fn()
            except (TemplateError, OSError) as exc:
                return _Failed(str(exc))

        def finish(result: Any) -> None:
            self.pending -= 1
            self.busy_changed.emit(self.pending > 0)
            if isinstance(result, _Failed):
                self.show_message(result.message, error=True)
            else:
                done(result)

        self.pending += 1
        self.busy_changed.emit(True)
        self.run_in_background(work, finish)

    def reload(self, select: str | None = None) -> None:
        store = self.store
        self._run(lambda: store.templates(), lambda ts: self._fill_list(ts, select))

    def _fill_list(self, templates: tuple[Template, ...], select: str | None) -> None:
        self.templates = {t.key: t for t in templates}
        self.list.blockSignals(True)
        self.list.clear()
        for t in templates:
            item = QListWidgetItem(f"{t.name(self.ui_language)}   /{t.shortcut or t.key}")
            item.setData(Qt.ItemDataRole.UserRole, t.key)
            self.list.addItem(item)
        self.list.blockSignals(False)
        wanted = select or self.current_key
        rows = [r for r in range(self.list.count())
                if self.list.item(r).data(Qt.ItemDataRole.UserRole) == wanted]
        self._reloading = True  # keep the message ("Saved.") while the list is rebuilt
        try:
            if rows or self.list.count():
                self.list.setCurrentRow(rows[0] if rows else 0)
        finally:
            self._reloading = False

    # -- editing --------------------------------------------------------------------------------

    def _selected(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        template = self.templates.get(str(item.data(Qt.ItemDataRole.UserRole)))
        if template is not None:
            self.load(template)
            if not self._reloading:
                self.show_message("")

    def load(self, t: Template) -> None:
        self.current_key = t.key
        self.key.setText(t.key)
        self.key.setReadOnly(True)  # the key links playbooks to the template: fixed once saved
        self.shortcut.setText(t.shortcut)
        self.category.setText(t.category)
        for lang in LANGUAGES:
            self.names[lang].setText(t.names.get(lang, ""))
            variant = t.variants.get(lang)
            tab = self.language_tabs[lang]
            tab.subject.setText(variant.subject if variant else "")
            tab.body.setPlainText(variant.body if variant else "")
        self.attachments = list(t.attachments)
        self.new_bytes = {}
        self._show_attachments()
        self.update_preview()

    def new_template(self) -> None:
        self.current_key = None
        self.list.clearSelection()
        for widget in (self.key, self.shortcut, self.category, *self.names.values()):
            widget.clear()
        self.key.setReadOnly(False)
        for tab in self.language_tabs.values():
            tab.subject.clear()
            tab.body.clear()
        self.attachments, self.new_bytes = [], {}
        self._show_attachments()
        self.key.setFocus()

    def current_template(self) -> Template:
        """The form as a template (raises TemplateError with the reason when invalid)."""
        base = self.templates.get(self.current_key or "")
        return Template.from_dict({
            "key": self.key.text().strip(), "shortcut": self.shortcut.text().strip(),
            "category": self.category.text().strip(),
            "name": {lang: w.text().strip() for lang, w in self.names.items() if w.text().strip()},
            "triggers": dict(base.triggers) if base else {},
            "keywords": {k: list(v) for k, v in base.keywords.items()} if base else {},
            "variants": {lang: {"subject": tab.subject.text(), "body": tab.body.toPlainText()}
                         for lang, tab in self.language_tabs.items()},
            "attachments": [{"filename": a.filename, "content_type": a.content_type,
                             "size": a.size, "sha256": a.sha256} for a in self.attachments],
        })

    def save(self) -> None:
        try:
            template = self.current_template()
        except TemplateError as exc:
            self.show_message(str(exc), error=True)
            return
        clash = next((t for t in self.templates.values() if t.shortcut and
                      t.shortcut == template.shortcut and t.key != template.key), None)
        if clash is not None:
            self.show_message(self.tr("The shortcut /{s} is already used by “{name}”.").format(
                s=template.shortcut, name=clash.name(self.ui_language)), error=True)
            return
        store, files = self.store, dict(self.new_bytes)

        def saved(_result: Any) -> None:
            self.current_key = template.key
            self.show_message(self.tr("Saved."))
            self.templates_changed.emit()
            self.reload(select=template.key)

        self._run(lambda: store.save(template, files), saved)

    def _confirm_delete(self) -> None:
        if self.current_key is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete template"),
            self.tr("Delete the template “{name}”? This cannot be undone.").format(
                name=self.templates[self.current_key].name(self.ui_language)))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_current()

    def delete_current(self) -> None:
        key, store = self.current_key, self.store
        if key is None:
            return

        def deleted(_result: Any) -> None:
            self.current_key = None
            self.show_message(self.tr("Deleted."))
            self.templates_changed.emit()
            self.reload()

        self._run(lambda: store.delete(key), deleted)

    # -- attachments ----------------------------------------------------------------------------

    def _choose_attachment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.show_message(self.tr("Cannot read {file}: {reason}.").format(
                file=path.name, reason=exc.strerror or exc), error=True)
            return
        digest = hashlib.sha256(data).hexdigest()
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self.attachments.append(TemplateAttachment(path.name, kind, len(data), digest))
        self.new_bytes[digest] = data
        self._show_attachments()

    def _remove_attachment(self) -> None:
        row = self.attachment_list.currentRow()
        if 0 <= row < len(self.attachments):
            del self.attachments[row]
            self._show_attachments()

    def _show_attachments(self) -> None:
        self.attachment_list.clear()
        for a in self.attachments:
            # The size in the interface language's units ("12 Kio", "12 KiB").
            self.attachment_list.addItem(f"{a.filename} ({QLocale().formattedDataSize(a.size)})")

    # -- import / export ------------------------------------------------------------------------

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import templates"), "",
                                              self.tr("Templates (*.json)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        store = self.store

        def imported(report: Any) -> None:
            self.show_message(self.tr("Imported: {added} added, {updated} replaced.").format(
                added=report.added, updated=report.updated))
            self.templates_changed.emit()
            self.reload()

        self._run(lambda: store.import_from(path), imported)

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export templates"),
                                              "templates.json", self.tr("Templates (*.json)"))
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> None:
        store = self.store
        self._run(lambda: store.export_to(path), lambda n: self.show_message(
            self.tr("Exported {n} templates to {file}.").format(n=n, file=path.name)))

    # -- preview --------------------------------------------------------------------------------

    def _schedule_preview(self, *_args: object) -> None:
        self.preview_timer.start()

    def update_preview(self) -> None:
        tab = self.language_tabs[LANGUAGES[self.tabs.currentIndex()]]
        values = dict(self.preview_context(tab.language))
        values["language"] = tab.language
        try:
            subject = render(tab.subject.text(), values) if tab.subject.text() else ""
            body = render(tab.body.toPlainText(), values)
        except TemplateError as exc:
            tab.problem.setText(str(exc))
            return
        fields = unfilled_fields(body)
        tab.problem.setText(self.tr("To fill in when replying: {fields}").format(
            fields=", ".join(fields)) if fields else "")
        tab.preview.setPlainText(f"{subject}\n\n{body}" if subject else body)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c0262d;" if error else "")
        self.message.setText(text)
