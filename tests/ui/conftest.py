"""Helpers for the GUI tests: tiny conversations made through the real ingest path."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Channel, Direction, HandleKind, IncomingMessage
from agent_assist.services.workspace import Workspace
from agent_assist.ui.bridge import Executor, ImmediateExecutor
from agent_assist.ui.i18n import reset_language
from agent_assist.ui.main_window import MainWindow

_keys = itertools.count(1)


def add_message(
    workspace: Workspace,
    *,
    sender: str = "ana@example.com",
    name: str = "Ana Lopez",
    subject: str = "Where is my order?",
    text: str = "Hello, where is my order AL-1?",
    html: str = "",
    channel: Channel = Channel.EMAIL,
    ago: float = 3600.0,
    direction: Direction = Direction.IN,
    thread_key: str = "",
    language: str = "",
    automated_reason: str = "",
) -> int:
    """Ingest one message and return its conversation id."""
    chat = channel.is_chat
    message = IncomingMessage(
        provider_key=f"test:{next(_keys)}",
        channel=channel,
        sender_address=sender,
        sender_name=name,
        handle_kind=HandleKind.DEMO if chat else HandleKind.EMAIL,
        direction=direction,
        subject=subject,
        body_text=text,
        body_html=html,
        sent_at=time.time() - ago,
        message_id="" if chat else f"m{next(_keys)}@example.com",
        thread_key=thread_key or (f"chat:{sender}" if chat else ""),
        language=language,
        automated_reason=automated_reason,
        recipients=[] if direction is Direction.IN else [sender],
    )
    result = workspace.ingestor().ingest(message)
    assert result.conversation_id is not None
    return result.conversation_id


def make_inbox(workspace: Workspace) -> dict[str, int]:
    """Three customers waiting (oldest first in Needs reply) and one chat."""
    return {
        "ana": add_message(workspace, ago=3 * 86400),
        "ben": add_message(workspace, sender="ben@example.com", name="Ben Hart",
                           subject="Chipped teapot", text="My teapot arrived chipped.",
                           ago=5 * 3600),
        "lea": add_message(workspace, sender="lea", name="Léa Roux", channel=Channel.DEMO_CHAT,
                           subject="Paquet cadeau", text="Bonjour ! Un paquet cadeau ?",
                           ago=600),
    }


@pytest.fixture(autouse=True)
def _left_to_right(qapp: QApplication) -> Iterator[None]:
    """A test that switches the app to Arabic must not leak RTL (or its translations)."""
    yield
    reset_language(qapp)  # removes the translators a screenshot in another language installed
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


WindowFactory = Callable[..., MainWindow]


def type_text(widget: QWidget, text: str) -> None:
    """Type any Unicode text as key events (QTest.keyClicks only knows Latin-1)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def show_active(window: MainWindow, qtbot: QtBot) -> None:
    """Shortcuts and focus need an active window (offscreen still tracks activation)."""
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[WindowFactory]:
    """Build main windows; each is shut down (worker joined) before the profile closes."""
    windows: list[MainWindow] = []

    def factory(workspace: Workspace, *, executor: Executor | None = None,
                start: bool = True) -> MainWindow:
        window = MainWindow(workspace, executor=executor or ImmediateExecutor(), agent_id=None,
                            live=False)
        qtbot.addWidget(window)
        window.resize(1300, 800)
        windows.append(window)
        if start:
            if executor is None:
                window.start()
            else:
                with qtbot.waitSignal(window.runner.idle, timeout=5000):
                    window.start()
        return window

    yield factory
    for window in windows:
        window.shutdown()
