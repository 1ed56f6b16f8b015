"""The ids-only inbox model: correct for Qt, and lazy enough for 100,000 conversations."""

from __future__ import annotations

import time

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Conversation
from agent_assist.services.workspace import Workspace
from agent_assist.storage.repositories import InboxQuery
from agent_assist.ui import app_style
from agent_assist.ui.inbox.delegate import InboxDelegate
from agent_assist.ui.inbox.model import CONVERSATION_ROLE, ID_ROLE, InboxModel
from agent_assist.ui.inbox.view import InboxView
from agent_assist.ui.labels import format_wait, wait_severity
from tests.ui.conftest import WindowFactory, add_message, make_inbox

FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


class CountingFetch:
    """Wraps Workspace.conversations and remembers how many rows each call asked for."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.calls: list[int] = []

    def __call__(self, ids: list[int]) -> dict[int, Conversation]:
        self.calls.append(len(ids))
        return self.workspace.conversations(ids)


def insert_conversations(workspace: Workspace, n: int) -> None:
    """Direct SQL: 100k rows in well under a second (the ingest path is not under test)."""
    db = workspace.profile.pool.get()
    now = time.time()
    contact_rows = [(i, f"Customer {i}", now) for i in range(1, 1001)]
    rows = [
        ("email" if i % 3 else "demo_chat", (i % 1000) + 1, f"Order question {i}",
         "open" if i % 4 else "closed", 1 if i % 2 else 0, now - i * 7, now - i * 7,
         f"Snippet {i}", now, now)
        for i in range(n)
    ]
    with db.atomic():
        db.conn.executemany("INSERT INTO contacts (id, name, created_at) VALUES (?, ?, ?)",
                       contact_rows)
        db.conn.executemany(
            "INSERT INTO conversations (channel, contact_id, subject, status, needs_reply, "
            "waiting_since, last_message_at, snippet, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def test_model_passes_the_qt_model_tester(workspace: Workspace, qtbot: QtBot) -> None:
    make_inbox(workspace)
    model = InboxModel(workspace.conversations)
    QAbstractItemModelTester(model, FAIL)
    model.set_ids(workspace.inbox_ids(InboxQuery("all")))
    assert model.rowCount() == 3
    model.invalidate()
    model.set_ids(workspace.inbox_ids(InboxQuery("needs_reply"))[:2])
    model.set_ids([])
    assert model.rowCount() == 0


def test_rows_come_in_chunks_and_the_cache_is_bounded(workspace: Workspace) -> None:
    insert_conversations(workspace, 1200)
    fetch = CountingFetch(workspace)
    model = InboxModel(fetch)
    model.MAX_CACHED = 300
    ids = workspace.inbox_ids(InboxQuery("all"))
    model.set_ids(ids)
    assert fetch.calls == []  # setting 1,200 ids reads no row at all
    conv = model.data(model.index(5, 0), CONVERSATION_ROLE)
    assert isinstance(conv, Conversation) and conv.id == ids[5]
    assert fetch.calls == [InboxModel.CHUNK]
    model.data(model.index(99, 0), CONVERSATION_ROLE)  # same chunk: cached
    assert fetch.calls == [InboxModel.CHUNK]
    assert model.data(model.index(7, 0), ID_ROLE) == ids[7]
    for row in range(0, 1200, 50):
        model.conversation(row)
    assert len(model._cache) <= 300
    assert model.row_of(ids[1000]) == 1000 and model.row_of(-5) == -1


def test_vanished_conversation_is_not_refetched(workspace: Workspace) -> None:
    fetch = CountingFetch(workspace)
    model = InboxModel(fetch)
    model.set_ids([424242])
    assert model.conversation(0) is None
    assert model.data(model.index(0, 0)) == ""
    model.conversation(0)
    assert fetch.calls == [1]


def test_same_ids_keep_the_selection(workspace: Workspace, qtbot: QtBot) -> None:
    make_inbox(workspace)
    model = InboxModel(workspace.conversations)
    view = InboxView()
    qtbot.addWidget(view)
    view.setModel(model)
    ids = workspace.inbox_ids(InboxQuery("all"))
    model.set_ids(ids)
    view.selectionModel().setCurrentIndex(model.index(1, 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_ids(list(ids))
    assert view.currentIndex().row() == 1


def test_hundred_thousand_ids_fetch_only_what_is_painted(
    workspace: Workspace, qtbot: QtBot
) -> None:
    insert_conversations(workspace, 100_000)
    fetch = CountingFetch(workspace)
    model = InboxModel(fetch)
    QAbstractItemModelTester(model, FAIL)
    view = InboxView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(InboxDelegate(parent=view))
    view.resize(420, 900)
    ids = workspace.inbox_ids(InboxQuery("all"))
    assert len(ids) == 100_000
    model.set_ids(ids)
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # paint the first screen
    assert 0 < model.fetched_rows <= 2 * InboxModel.CHUNK
    assert max(fetch.calls) <= InboxModel.CHUNK
    view.scrollToBottom()
    view.setCurrentIndex(model.index(99_999, 0))
    view.grab()
    view.scrollTo(model.index(50_000, 0))
    view.grab()
    # Three screens painted: at most a few chunks read, never the whole list.
    assert model.fetched_rows <= 8 * InboxModel.CHUNK
    assert len(fetch.calls) <= 8


def test_window_over_hundred_thousand_stays_lazy(
    workspace: Workspace, make_window: WindowFactory, qtbot: QtBot
) -> None:
    insert_conversations(workspace, 100_000)
    window = make_window(workspace)
    window.show()
    window.grab()
    model = window.inbox.model
    assert model.rowCount() == 50_000  # odd i: needs reply, open
    assert model.fetched_rows <= 2 * InboxModel.CHUNK
    # Typing a letter in the list must not run Qt's type-to-find over every row.
    window.inbox.view.setFocus()
    qtbot.keyClicks(window.inbox.view, "cx")
    qtbot.keyClick(window.inbox.view, Qt.Key.Key_End)
    window.grab()
    assert model.fetched_rows <= 4 * InboxModel.CHUNK
    counts = {e.key: e.count for e in window.nav_model.entries()}
    assert counts["all"] == 100_000 and counts["needs_reply"] == 50_000


def test_wait_formatting() -> None:
    assert format_wait(5) == "now"
    assert format_wait(12 * 60) == "12 min"
    assert format_wait(3 * 3600 + 5) == "3 h"
    assert format_wait(2 * 86400 + 7) == "2 d"
    assert [wait_severity(s) for s in (60, 5 * 3600, 30 * 3600)] == [0, 1, 2]


def test_delegate_paints_rows_left_to_right_and_mirrored(
    workspace: Workspace, qtbot: QtBot
) -> None:
    make_inbox(workspace)
    add_message(workspace, sender="rana", name="رنا خوري", subject="شمعة",
                text="مرحبا، هل ستتوفر الشمعة؟", ago=100)
    model = InboxModel(workspace.conversations)
    model.set_ids(workspace.inbox_ids(InboxQuery("all")))
    for direction in ("ltr", "rtl"):
        view = InboxView()
        qtbot.addWidget(view)
        if direction == "rtl":
            view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        view.setModel(model)
        view.setItemDelegate(InboxDelegate(parent=view))
        view.resize(400, 300)
        view.show()
        image = view.viewport().grab().toImage()
        width = image.width()
        assert len({image.pixel(x, y) for x in range(0, width, 3) for y in range(0, 60, 3)}) > 10
        # Needs-reply rows carry the accent bar on the leading edge: left, or right mirrored.
        edge = width - 2 if direction == "rtl" else 1
        other = 1 if direction == "rtl" else width - 2
        assert QColor(image.pixel(edge, 10)) == app_style.ACCENT
        assert QColor(image.pixel(other, 10)) != app_style.ACCENT
