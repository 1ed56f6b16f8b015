"""Fixtures for the language tests: compiled translations, a private settings file, switching."""

from __future__ import annotations

import importlib.util
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agent_assist.services.demo_shop import build_demo
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.ui.bridge import ImmediateExecutor
from agent_assist.ui.i18n import CONFIG_ENV, apply_language, reset_language
from agent_assist.ui.main_window import MainWindow
from tests.conftest import REPO_ROOT

I18N = REPO_ROOT / "resources" / "i18n"
LANGUAGES = ("en", "fr", "ar")


def load_tool() -> ModuleType:
    """scripts/i18n.py, the lupdate/lrelease driver the Makefile runs."""
    spec = importlib.util.spec_from_file_location("i18n_tool", REPO_ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def tool() -> ModuleType:
    return load_tool()


@pytest.fixture(scope="session", autouse=True)
def compiled(tool: ModuleType) -> None:
    """The .qm files `make i18n` builds, rebuilt here when missing or older than their .ts."""
    stale = [ts for ts in I18N.glob("*.ts")
             if not ts.with_suffix(".qm").exists()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        tool.release(I18N)


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The saved language lives in a test folder, never in the user's real settings."""
    folder = tmp_path / "config"
    monkeypatch.setenv(CONFIG_ENV, str(folder))
    return folder


@pytest.fixture
def switch(qapp: QApplication) -> Iterator[Callable[[str | None], str]]:
    """Switch the running app to a language (translations, locale, direction), as on a US
    system whatever this machine's locale (formats follow the system's country)."""
    yield lambda language: apply_language(qapp, language, system=QLocale("en_US"))
    reset_language(qapp)


@pytest.fixture
def demo(profile: Profile) -> Workspace:
    build_demo(profile, now=time.time())
    return Workspace(profile)


@pytest.fixture
def demo_window(qtbot: QtBot, demo: Workspace) -> Iterator[Callable[[], MainWindow]]:
    """A main window on the demo shop, built after the test chose its language."""
    windows: list[MainWindow] = []

    def build() -> MainWindow:
        window = MainWindow(demo, executor=ImmediateExecutor(), live=False)
        qtbot.addWidget(window)
        window.resize(1400, 860)
        window.start()
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.shutdown()
