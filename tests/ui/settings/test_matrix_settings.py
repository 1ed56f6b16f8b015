"""The Matrix account dialog against a real Synapse: test, add, and clear errors."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Channel
from agent_assist.services.workspace import Workspace
from agent_assist.storage.secrets import SecretStore
from agent_assist.ui.settings.matrix import MatrixAccountDialog
from tests.fixtures.synapse import MatrixPair, matrix_pair, synapse, synapse_running

__all__ = ["matrix_pair", "synapse", "synapse_running"]

pytestmark = pytest.mark.integration


@pytest.fixture
def dialog(qtbot: QtBot, workspace: Workspace) -> Iterator[MatrixAccountDialog]:
    widget = MatrixAccountDialog(workspace, SecretStore(workspace.profile.root))
    qtbot.addWidget(widget)
    yield widget
    widget.reject()  # as closing the window does: stops the dialog's worker thread


def fill(dialog: MatrixAccountDialog, pair: MatrixPair, password: str) -> None:
    dialog.name.setText("Shop chat")
    dialog.homeserver.setText(pair.server.base_url)
    dialog.user.setText(pair.shop.user_id)
    dialog.password.setText(password)


def test_test_button_signs_in_and_keeps_nothing(
    qtbot: QtBot, dialog: MatrixAccountDialog, matrix_pair: MatrixPair, workspace: Workspace
) -> None:
    fill(dialog, matrix_pair, matrix_pair.shop.password)
    with qtbot.waitSignal(dialog.checked, timeout=30_000) as outcome:
        dialog.test_button.click()
    assert outcome.args == [True]
    assert matrix_pair.shop.user_id in dialog.status.text()
    assert workspace.repos().accounts.list() == []


def test_wrong_password_is_shown_and_the_form_stays(
    qtbot: QtBot, dialog: MatrixAccountDialog, matrix_pair: MatrixPair
) -> None:
    fill(dialog, matrix_pair, "wrong")
    with qtbot.waitSignal(dialog.checked, timeout=30_000) as outcome:
        dialog.test_button.click()
    assert outcome.args == [False]
    assert "rejected the user name or password" in dialog.status.text()
    assert dialog.password.text() == "wrong" and dialog.test_button.isEnabled()


def test_missing_fields_are_named_without_going_online(
    qtbot: QtBot, dialog: MatrixAccountDialog
) -> None:
    dialog.homeserver.setText("https://matrix.example.org")
    with qtbot.waitSignal(dialog.checked, timeout=1000) as outcome:
        dialog.test_button.click()
    assert outcome.args == [False]
    assert "user" in dialog.status.text() and "password" in dialog.status.text()


def test_add_stores_the_account_and_closes(
    qtbot: QtBot, dialog: MatrixAccountDialog, matrix_pair: MatrixPair, workspace: Workspace
) -> None:
    fill(dialog, matrix_pair, matrix_pair.shop.password)
    with qtbot.waitSignal(dialog.accountAdded, timeout=30_000) as added:
        dialog.buttons.accepted.emit()
    assert added.args == ["Shop chat"]
    (account,) = workspace.repos().accounts.list()
    assert (account.channel, account.address) == (Channel.MATRIX, matrix_pair.shop.user_id)
    assert dialog.result() == MatrixAccountDialog.DialogCode.Accepted
