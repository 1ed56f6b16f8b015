"""Search, reports, import/export, quarantine, backups and privacy in French and Arabic:
no English left on their screens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from agent_assist.core.backup_schedule import ScheduleConfig
from agent_assist.services.privacy import forget_preview
from agent_assist.services.workspace import Workspace
from agent_assist.ui.backups.settings_dialog import BackupSettingsDialog
from agent_assist.ui.bridge import ImmediateExecutor, TaskRunner
from agent_assist.ui.data.export_dialog import ExportDialog, ExportScope
from agent_assist.ui.data.import_dialog import ImportDialog
from agent_assist.ui.data.quarantine_dialog import QuarantineDialog
from agent_assist.ui.main_window import MainWindow
from agent_assist.ui.privacy.forget_dialog import ForgetContactDialog
from agent_assist.ui.search.filters import FilterPopover
from tests.ui.i18n.conftest import I18N
from tests.ui.i18n.visible import english_patterns, untranslated, visible_texts

Build = Callable[[], MainWindow]
Switch = Callable[[str | None], str]


def english_on(widget: QWidget, lang: str) -> list[str]:
    texts = visible_texts(widget)
    assert len(texts) > 3, f"{type(widget).__name__} shows almost nothing: {texts}"
    return untranslated(texts, english_patterns(I18N / f"agent-assist_{lang}.ts"))


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_reports_page_speaks_the_language(lang: str, switch: Switch,
                                              demo_window: Build) -> None:
    switch(lang)
    window = demo_window()
    entry = window.findChild(QAction, "action-reports")
    assert entry is not None
    entry.trigger()  # computed on the calling thread: the window is not live
    page = window.centre.currentWidget()
    assert page is window.reports  # type: ignore[attr-defined]
    found = english_on(page, lang)
    assert not found, "the reports page shows untranslated:\n" + "\n".join(found)


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_data_dialogs_speak_the_language(lang: str, switch: Switch, demo: Workspace,
                                         qtbot: QtBot, tmp_path: Path) -> None:
    switch(lang)
    repos = demo.repos()
    conversation = repos.conversations.get(1)
    assert conversation is not None and conversation.contact_id is not None
    runner = TaskRunner(ImmediateExecutor())
    dialogs: list[QDialog] = [
        ImportDialog(demo.profile),
        ExportDialog(demo.profile, ExportScope(conversation.id, (conversation.id,), 80)),
        QuarantineDialog(demo, runner),
        BackupSettingsDialog(ScheduleConfig(), tmp_path),
        ForgetContactDialog(forget_preview(repos, conversation.contact_id)),
        FilterPopover(),
    ]
    try:
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            found = english_on(dialog, lang)
            assert not found, f"{type(dialog).__name__} shows untranslated:\n" + "\n".join(found)
            dialog.close()
    finally:
        runner.shutdown()
