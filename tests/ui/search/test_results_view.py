"""Result rows: customer text is never markup, matches are bold, notes and customers labelled."""

from __future__ import annotations

from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Channel
from agent_assist.services.workspace import Workspace
from agent_assist.storage.search import MARK_END, MARK_START
from agent_assist.ui.search.model import SearchResult, SearchResultsModel, run_search
from agent_assist.ui.search.view import SearchResultsView, snippet_html
from tests.ui.conftest import add_message


def result(snippet: str, *, kind: str = "message", direction: str = "in") -> SearchResult:
    return SearchResult(1, "Ana <script>", "Re: [order]", snippet, 0.0, Channel.EMAIL, 5,
                        kind, direction)


def test_text_is_escaped_before_the_matches_are_marked() -> None:
    html = snippet_html(result(f"a <b>fake</b> [x] {MARK_START}vase{MARK_END} & more"))
    assert "&lt;b&gt;fake&lt;/b&gt;" in html and "[x]" in html
    assert "<b>vase</b>" in html and "&amp; more" in html
    assert "&lt;script&gt;" in html and "Re: [order]" in html


def test_notes_and_customer_matches_are_labelled() -> None:
    assert "Note" in snippet_html(result("x", direction="note"))
    assert "Customer" in snippet_html(result("x", kind="contact", direction=""))
    assert "Note" not in snippet_html(result("x"))


def test_results_group_hits_by_conversation_customers_first(
    workspace: Workspace, qtbot: QtBot
) -> None:
    by_words = add_message(workspace, sender="ana", name="Ana", channel=Channel.DEMO_CHAT,
                           text="Nadia told me about your vases; vases again")
    add_message(workspace, sender="ana", name="Ana", channel=Channel.DEMO_CHAT,
                text="More vases", ago=60)
    nadia = add_message(workspace, sender="nadia@example.com", name="Nadia Saad", text="Hi")
    results = run_search(workspace, "nadia")
    assert [(r.conversation_id, r.kind) for r in results] == [(nadia, "contact"),
                                                              (by_words, "message")]
    model = SearchResultsModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_results("vases", run_search(workspace, "vases"))
    assert model.rowCount() == 1  # two matching messages, one conversation
    assert MARK_START not in model.data(model.index(0, 0))  # plain text for screen readers


def test_no_results_says_how_to_widen_the_search(qtbot: QtBot) -> None:
    def inked_rows(view: SearchResultsView) -> int:
        image = view.viewport().grab().toImage()
        background = image.pixelColor(2, 2)
        return sum(1 for y in range(image.height())
                   if any(image.pixelColor(x, y) != background
                          for x in range(0, image.width(), 2)))

    model = SearchResultsModel()
    view = SearchResultsView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    model.set_results("vasez", [])
    assert inked_rows(view) > 5  # the hint is painted (a bare empty list is blank)
    assert "*" in view.empty_text()
