"""The Telegram bot dialog against the Bot API stand-in: test, webhook removal, add, errors."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Channel
from agent_assist.services.workspace import Workspace
from agent_assist.storage.secrets import SecretStore
from agent_assist.ui.settings.telegram import TelegramAccountDialog
from tests.fixtures.telegram_api import TOKEN, BotApiStandIn, bot_api

__all__ = ["bot_api"]


@pytest.fixture
def dialog(qtbot: QtBot, workspace: Workspace) -> Iterator[TelegramAccountDialog]:
    widget = TelegramAccountDialog(workspace, SecretStore(workspace.profile.root))
    qtbot.addWidget(widget)
    yield widget
    widget.reject()  # as closing the window does: stops the dialog's worker thread


def fill(dialog: TelegramAccountDialog, api: BotApiStandIn, token: str = TOKEN) -> None:
    dialog.name.setText("Shop bot")
    dialog.token.setText(token)
    dialog.api_url.setText(api.url)


def press(qtbot: QtBot, dialog: TelegramAccountDialog, button: str) -> bool:
    with qtbot.waitSignal(dialog.checked, timeout=10_000) as outcome:
        {"test": dialog.test_button, "remove": dialog.remove_webhook_button,
         "add": dialog.buttons.button(dialog.buttons.StandardButton.Ok)}[button].click()
    return bool(outcome.args[0])


def test_test_names_the_bot_and_stores_nothing(
    qtbot: QtBot, dialog: TelegramAccountDialog, bot_api: BotApiStandIn, workspace: Workspace
) -> None:
    fill(dialog, bot_api)
    assert press(qtbot, dialog, "test")
    assert "@atelier_bot" in dialog.status.text()
    assert dialog.webhook_box.isHidden()
    assert workspace.repos().accounts.list() == []


def test_webhook_warning_offers_removal_then_add_works(
    qtbot: QtBot, dialog: TelegramAccountDialog, bot_api: BotApiStandIn, workspace: Workspace
) -> None:
    bot_api.set_webhook("https://old.example/hook")
    fill(dialog, bot_api)
    assert not press(qtbot, dialog, "test")
    assert not dialog.webhook_box.isHidden()
    assert "https://old.example/hook" in dialog.webhook_label.text()
    assert not press(qtbot, dialog, "add")  # refused while the webhook is there
    assert workspace.repos().accounts.list() == []
    assert press(qtbot, dialog, "remove")
    assert bot_api.state.webhook_url == "" and dialog.webhook_box.isHidden()
    with qtbot.waitSignal(dialog.accountAdded, timeout=10_000) as added:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert added.args == ["Shop bot"]
    [account] = workspace.repos().accounts.list()
    assert (account.channel, account.address) == (Channel.TELEGRAM, "@atelier_bot")
    assert TOKEN not in str(account.settings)
    assert SecretStore(workspace.profile.root).get("Shop bot") == TOKEN
    assert dialog.token.text() == ""


def test_wrong_token_is_one_sentence_and_the_form_stays(
    qtbot: QtBot, dialog: TelegramAccountDialog, bot_api: BotApiStandIn
) -> None:
    wrong = "123456789:not-the-right-token-at-all-xx"
    fill(dialog, bot_api, wrong)
    assert not press(qtbot, dialog, "test")
    assert "@BotFather" in dialog.status.text() and wrong not in dialog.status.text()
    assert dialog.token.text() == wrong and dialog.test_button.isEnabled()


def test_empty_token_is_asked_for_without_going_online(
    qtbot: QtBot, dialog: TelegramAccountDialog, bot_api: BotApiStandIn
) -> None:
    dialog.api_url.setText(bot_api.url)
    assert not press(qtbot, dialog, "test")
    assert "token" in dialog.status.text()
    assert bot_api.state.calls == []


def test_the_24_hour_limit_is_stated(dialog: TelegramAccountDialog) -> None:
    label = dialog.findChild(type(dialog.status), "retention")
    assert label is not None and "24 hours" in label.text()
