"""Templates in the composer, wired together: completer, fill-ins, insertion, language switch.

One object per composer editor. It needs the template list (loaded off the GUI thread
through ``run_in_background``) and the open conversation's template variables (from the
guidance panel); rendering a template is then a few Jinja operations on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from agent_assist.core.templates import Template, TemplateError
from agent_assist.services.template_library import RenderedTemplate, render_template
from agent_assist.ui.templates.completer import TemplateCompleter
from agent_assist.ui.templates.fill_ins import Editor, FillInNavigator
from agent_assist.ui.templates.insert import TemplateInserter
from agent_assist.ui.templates.language_switch import LanguageSwitch

RunInBackground = Callable[[Callable[[], Any], Callable[[Any], None]], None]


class ComposerAssist(QObject):
    """Everything template-related for one composer editor.

    - ``send_allowed(bool)``: False while fill-in fields remain (the composer disables Send);
    - ``error(str)``: a template could not be rendered (one sentence for the status bar).
    """

    send_allowed = Signal(bool)
    error = Signal(str)

    def __init__(self, edit: Editor, load_templates: Callable[[], Sequence[Template]],
                 run_in_background: RunInBackground, *, ui_language: str = "en",
                 parent: QObject | None = None) -> None:
        super().__init__(parent or edit)
        self.edit = edit
        self._load = load_templates
        self._run = run_in_background
        self.ui_language = ui_language
        self.templates: tuple[Template, ...] = ()
        self.context: Mapping[str, Any] = {"language": "en"}
        self.customer_language = ""
        # Order matters: the completer's key filter must run before the navigator's, so
        # Tab picks a template while the popup is open and jumps fields otherwise.
        self.navigator = FillInNavigator(edit, self)
        self.inserter = TemplateInserter(edit, self.render, self.navigator, self)
        self.completer = TemplateCompleter(edit, lambda: self.templates,
                                           lambda: self.ui_language, self)
        self.language_switch = LanguageSwitch()
        self.completer.chosen.connect(self.insert_template)
        self.language_switch.language_chosen.connect(self.switch_language)
        self.inserter.error.connect(self.error)
        self.navigator.fields_changed.connect(lambda n: self.send_allowed.emit(n == 0))
        self.reload()

    # -- data -----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the templates again (after an edit or an import), off the GUI thread."""
        def done(result: Any) -> None:
            if isinstance(result, tuple):
                self.templates = result
                self.completer.reload()

        load = self._load
        self._run(lambda: tuple(load()), done)

    def set_context(self, context: Mapping[str, Any], customer_language: str) -> None:
        """The open conversation's template variables and language (from guidance)."""
        self.context = context
        self.customer_language = customer_language

    def new_draft(self) -> None:
        """Another conversation was opened or the reply was sent: start clean."""
        self.inserter.forget()
        self.language_switch.set_languages((), "")

    def can_send(self) -> bool:
        return not self.navigator.unfilled()

    # -- actions --------------------------------------------------------------------------------

    def render(self, key: str, language: str) -> RenderedTemplate:
        template = next((t for t in self.templates if t.key == key), None)
        if template is None:
            raise TemplateError(f"The template {key!r} no longer exists.")
        return render_template(template, language, self.context)

    def insert_template(self, key: str, language: str = "") -> bool:
        """Insert (or stack) a template in the customer's language unless one is given."""
        ok = self.inserter.insert(key, language or self.customer_language or "en")
        if ok:
            self._show_languages()
        return ok

    def insert_text(self, text: str) -> None:
        self.inserter.insert_text(text)
        self.language_switch.set_languages((), "")

    def switch_language(self, language: str) -> None:
        if self.inserter.switch_language(language):
            self._show_languages()

    def _show_languages(self) -> None:
        keys = self.inserter.keys
        common: set[str] | None = None
        for t in self.templates:
            if t.key in keys:
                common = set(t.languages) if common is None else common & set(t.languages)
        ordered = [c for c in ("fr", "en", "ar") if common and c in common]
        self.language_switch.set_languages(ordered, self.inserter.language)
