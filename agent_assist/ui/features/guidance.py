"""The guidance panel and the composer's template assistance (completer, fill-ins)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QSplitter

from agent_assist.core.permissions import Action, can
from agent_assist.services.playbook_store import PlaybookStore
from agent_assist.services.template_store import TemplateStore
from agent_assist.ui.features import action, menu, tr
from agent_assist.ui.guidance.guidance_panel import GuidancePanel
from agent_assist.ui.guidance.playbook_editor import PlaybookEditorDialog
from agent_assist.ui.i18n import current_language
from agent_assist.ui.templates.composer_assist import ComposerAssist
from agent_assist.ui.templates.editor_dialog import TemplateEditorDialog

if TYPE_CHECKING:
    from agent_assist.ui.main_window import MainWindow


def install(window: MainWindow, *, role: str = "owner") -> None:
    ws, lang = window.workspace, current_language()
    store = TemplateStore(ws.profile, clock=window.clock, agent_id=window.agent_id,
                          ui_language=lang)

    background = _background(window)
    panel = GuidancePanel.for_store(store, background)
    _replace_panel(window, panel)
    assist = ComposerAssist(window.composer.edit, store.templates, background, ui_language=lang)
    window.composer.add_to_row(assist.language_switch)
    window.assist = assist  # type: ignore[attr-defined]
    window.template_store = store  # type: ignore[attr-defined]
    panel.guidance_ready.connect(lambda g: assist.set_context(g.context, g.language))
    panel.template_chosen.connect(assist.insert_template)
    panel.reply_chosen.connect(assist.insert_text)
    assist.error.connect(lambda text: window.notify(text, error=True))
    window.on_open.append(lambda _conv: assist.new_draft())

    def fields_filled(_text: str, as_note: bool) -> str | None:
        if as_note or assist.can_send():
            return None
        return tr("Fill in the highlighted fields first: {fields}.").format(
            fields=", ".join(assist.navigator.unfilled()))

    window.send_checks.append(fields_filled)
    settings = menu(window, "settings", tr("&Settings"))
    templates = action(window, tr("Reply templates…"), lambda: _edit_templates(window, store,
                                                                               panel, assist))
    playbooks = action(window, tr("Playbooks and detection rules…"),
                       lambda: _edit_playbooks(window, panel))
    templates.setEnabled(can(role, Action.MANAGE_TEMPLATES))
    playbooks.setEnabled(can(role, Action.MANAGE_PLAYBOOKS))
    settings.addActions([templates, playbooks])


def _replace_panel(window: MainWindow, panel: GuidancePanel) -> None:
    splitter = window.centralWidget()
    assert isinstance(splitter, QSplitter)
    old = window.guidance
    splitter.replaceWidget(splitter.indexOf(old), panel)
    old.deleteLater()
    window.guidance = panel  # type: ignore[assignment]


def _background(window: MainWindow) -> Callable[[Callable[[], Any], Callable[[Any], None]], None]:
    def run(fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        window.runner.run(fn, on_done=done, what=tr("Working"))

    return run


def _edit_templates(window: MainWindow, store: TemplateStore, panel: GuidancePanel,
                    assist: ComposerAssist) -> None:
    dialog = TemplateEditorDialog(
        store, _background(window),
        preview_context=lambda _lang: panel.guidance.context if panel.guidance else {},
        parent=window)
    dialog.templates_changed.connect(assist.reload)
    dialog.templates_changed.connect(panel.refresh)
    dialog.exec()


def _edit_playbooks(window: MainWindow, panel: GuidancePanel) -> None:
    dialog = PlaybookEditorDialog(PlaybookStore(window.workspace.profile, window.agent_id),
                                  _background(window), ui_language=current_language(),
                                  parent=window)
    dialog.guidance_changed.connect(panel.refresh)
    dialog.exec()
