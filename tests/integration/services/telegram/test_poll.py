"""Polling a bot through the Bot API stand-in: every kind of message, offsets, restarts, errors."""

from __future__ import annotations

import threading

import pytest

from agent_assist.channels.telegram.errors import NetworkError, RateLimited
from agent_assist.core.models import Direction, HandleKind
from agent_assist.services.contacts import ContactService
from agent_assist.services.telegram.poller import SCOPE
from agent_assist.services.telegram.runner import TelegramRunner, catch_up_once
from agent_assist.storage.repositories import InboxQuery
from tests.fixtures.telegram_api import TOKEN, BotApiStandIn
from tests.fixtures.wait import wait_until
from tests.integration.services.telegram.conftest import TelegramSetup, stored_update_ids

pytestmark = pytest.mark.integration

LEA = BotApiStandIn.customer(501, "Léa", "Roux", "learoux")
OMAR = BotApiStandIn.customer(502, "Omar")


def db_path(tg: TelegramSetup):  # type: ignore[no-untyped-def]
    return tg.workspace.profile.db_path


def test_text_photo_document_edit_and_reply_arrive_in_one_conversation(
    tg: TelegramSetup,
) -> None:
    api = tg.api
    _, first = api.push_text(LEA, "Bonjour, mon vase est arrivé cassé.")
    photo = b"\xff\xd8\xff\xe0 fake jpeg " * 50
    api.push_photo(LEA, photo, caption="Voilà la photo")
    api.push_document(LEA, b"%PDF-1.4 invoice", "facture-1042.pdf", "application/pdf")
    edit_id = api.push_edit(LEA, first, "Bonjour, mon grand vase est arrivé cassé.")
    api.push_text(LEA, "C'était un cadeau", reply_to=first)
    api.push_text(OMAR, "Hello, do you ship to Morocco?")

    report = tg.poller().catch_up(timeout=0)

    assert (report.new, report.duplicates, report.received) == (6, 0, 6)
    assert api.pending_update_ids == []  # the last getUpdates confirmed everything
    ws = tg.workspace
    assert len(ws.inbox_ids(InboxQuery("needs_reply"))) == 2
    conv = ws.repos().conversations.find_by_thread_key(tg.account.id, "tg:501")
    assert conv is not None
    messages = ws.messages(conv)
    assert [m.direction for m in messages] == [Direction.IN] * 5
    by_text = {m.body_text: m for m in messages}
    assert by_text["Voilà la photo"].attachments[0].size == len(photo)
    attachment = by_text[""].attachments[0]  # the document came without a caption
    assert attachment.filename == "facture-1042.pdf"
    assert ws.attachments.get(attachment.sha256) == b"%PDF-1.4 invoice"
    edited = by_text["Bonjour, mon grand vase est arrivé cassé."]
    assert edited.message_id == messages[0].message_id == f"tg:501:{first}"
    assert by_text["C'était un cadeau"].in_reply_to == f"tg:501:{first}"
    assert f"tg:{tg.account.id}:{edit_id}" in {
        r[0] for r in ws.repos().db.execute("SELECT provider_key FROM messages")}
    contact = ws.contact(ws.conversation(conv).contact_id or 0)  # type: ignore[union-attr]
    assert contact is not None and contact.name == "Léa Roux"
    assert [(h.kind, h.value) for h in contact.handles] == [(HandleKind.TELEGRAM, "501")]
    assert ("telegram_username", "@learoux", "telegram") in ContactService(
        ws.repos()).details(contact.id)


def test_offset_commits_with_the_batch_and_confirms_on_the_next_call(tg: TelegramSetup) -> None:
    api = tg.api
    ids = [api.push_text(LEA, f"message {i}")[0] for i in range(3)]
    poller = tg.poller()
    report = poller.poll_once(timeout=0)
    assert report.update_ids == ids
    repos = tg.workspace.repos()
    assert repos.sync_state.get(tg.account.id, SCOPE)["offset"] == ids[-1] + 1
    assert api.pending_update_ids == ids  # stored, but Telegram still holds them…
    assert poller.poll_once(timeout=0).received == 0
    assert api.pending_update_ids == []  # …until the next call carried the offset
    assert api.calls_of("getUpdates")[-1].params["offset"] == ids[-1] + 1


def test_failure_before_commit_keeps_nothing_and_the_updates_come_again(
    tg: TelegramSetup,
) -> None:
    api = tg.api
    text_id, _ = api.push_text(LEA, "Here is the receipt")
    doc_id, _ = api.push_document(LEA, b"receipt", "receipt.pdf", "application/pdf")
    api.hang_downloads = True
    with pytest.raises(NetworkError):
        tg.poller(download_timeout=0.3).catch_up(timeout=0)
    assert stored_update_ids(db_path(tg)) == []
    assert tg.workspace.repos().sync_state.get(tg.account.id, SCOPE) == {}
    api.hang_downloads = False
    report = tg.poller().catch_up(timeout=0)
    assert report.new == 2
    assert stored_update_ids(db_path(tg)) == [text_id, doc_id]


def test_runner_restart_resumes_with_no_loss_and_no_duplicate(tg: TelegramSetup) -> None:
    api = tg.api
    events: list[tuple[str, object]] = []

    def start() -> TelegramRunner:
        repos = tg.workspace.repos()
        account = repos.accounts.get(tg.account.id)
        assert account is not None
        runner = TelegramRunner(tg.workspace.profile, account, tg.secrets,
                                lambda e, p: events.append((e, p)), poll_timeout=5)
        runner.start()
        return runner

    pushed = [api.push_text(LEA, f"before {i}")[0] for i in range(3)]
    runner = start()
    wait_until(lambda: stored_update_ids(db_path(tg)) == pushed, what="first messages")
    runner.stop()
    runner.join(timeout=10)
    assert not runner.is_alive()
    offset = tg.workspace.repos().sync_state.get(tg.account.id, SCOPE)["offset"]
    pushed += [api.push_text(OMAR, f"while closed {i}")[0] for i in range(2)]
    calls_before = len(api.calls_of("getUpdates"))
    runner = start()
    try:
        wait_until(lambda: stored_update_ids(db_path(tg)) == pushed, what="the rest")
    finally:
        runner.stop()
        runner.join(timeout=10)
    assert api.calls_of("getUpdates")[calls_before].params["offset"] == offset
    assert not [e for e in events if e[0] == "error"]


def test_runner_waits_exactly_as_long_as_a_429_says(tg: TelegramSetup) -> None:
    api = tg.api
    api.rate_limit("getUpdates", retry_after=1)
    update_id, _ = api.push_text(LEA, "Are you open on Sunday?")
    account = tg.workspace.repos().accounts.get(tg.account.id)
    assert account is not None
    runner = TelegramRunner(tg.workspace.profile, account, tg.secrets, lambda e, p: None,
                            poll_timeout=5)
    runner.start()
    try:
        wait_until(lambda: stored_update_ids(db_path(tg)) == [update_id], what="the message")
    finally:
        runner.stop()
        runner.join(timeout=10)
    assert len(api.calls_of("getUpdates")) >= 2
    assert api.state.early_retries == 0


def test_runner_reports_a_webhook_and_keeps_running(tg: TelegramSetup) -> None:
    tg.api.set_webhook("https://elsewhere.example/hook")
    errors: list[object] = []
    got_error = threading.Event()

    def notify(event: str, payload: object) -> None:
        if event == "error":
            errors.append(payload)
            got_error.set()

    account = tg.workspace.repos().accounts.get(tg.account.id)
    assert account is not None
    runner = TelegramRunner(tg.workspace.profile, account, tg.secrets, notify, poll_timeout=5)
    runner.start()
    try:
        assert got_error.wait(10)
        assert runner.is_alive()
    finally:
        runner.stop()
        runner.join(timeout=10)
    assert "webhook" in str(errors[0])
    stored = tg.workspace.repos().accounts.get(tg.account.id)
    assert stored is not None and "webhook" in stored.last_error


def test_malformed_update_is_quarantined_once_and_passed(tg: TelegramSetup) -> None:
    api = tg.api
    bad = api.push_update("message", {"message_id": 1, "date": 1, "text": "no chat"})
    good, _ = api.push_text(LEA, "after the bad one")
    report = tg.poller().catch_up(timeout=0)
    assert (report.quarantined, report.new) == (1, 1)
    repos = tg.workspace.repos()
    assert repos.quarantine.has(f"tg:{tg.account.id}:{bad}")
    assert repos.sync_state.get(tg.account.id, SCOPE)["offset"] == good + 1


def test_a_recycled_update_id_is_not_taken_for_a_duplicate(tg: TelegramSetup) -> None:
    api = tg.api
    first, _ = api.push_text(LEA, "first message")
    tg.poller().catch_up(timeout=0)
    # After a quiet week Telegram may pick update ids at random: one can come back.
    api.state.queue.append({"update_id": first, "message": {
        "message_id": 99, "from": OMAR, "chat": {"id": 502, "type": "private"},
        "date": 1_800_000_000, "text": "a new customer"}})
    repos = tg.workspace.repos()
    repos.sync_state.put(tg.account.id, SCOPE, {"offset": first})
    report = tg.poller().poll_once(timeout=0)
    assert (report.new, report.duplicates) == (1, 0)
    texts = {r[0] for r in repos.db.execute("SELECT body_text FROM messages")}
    assert texts == {"first message", "a new customer"}


def test_shared_phone_and_same_name_lead_to_merge_suggestions(tg: TelegramSetup) -> None:
    ws = tg.workspace
    repos = ws.repos()
    email_contact = repos.contacts.find_or_create(HandleKind.EMAIL, "lea@example.com",
                                                  "Léa Roux")
    whatsapp = repos.contacts.find_or_create(HandleKind.MATRIX, "@wa_33612345678:bridge.test",
                                             "Lea R.")
    repos.contacts.add_handle(whatsapp, HandleKind.PHONE, "+33612345678")
    tg.api.push_message(LEA, contact={"phone_number": "+33 6 12 34 56 78",
                                      "first_name": "Léa", "user_id": LEA["id"]})
    tg.poller().catch_up(timeout=0)
    telegram_contact = repos.contacts.find_by_handle(HandleKind.TELEGRAM, "501")
    assert telegram_contact is not None
    found = {s.pair: s.reasons for s in ContactService(repos).suggestions()}
    assert found[tuple(sorted((telegram_contact, whatsapp)))] == ("same_phone",)
    assert found[tuple(sorted((telegram_contact, email_contact)))] == ("same_name",)


def test_a_fixed_token_is_picked_up_on_wake(tg: TelegramSetup) -> None:
    tg.secrets.set("shop-bot", "123456789:a-revoked-token-of-this-bot-xxx")
    errors: list[object] = []
    got_error = threading.Event()

    def notify(event: str, payload: object) -> None:
        if event == "error":
            errors.append(payload)
            got_error.set()

    account = tg.workspace.repos().accounts.get(tg.account.id)
    assert account is not None
    runner = TelegramRunner(tg.workspace.profile, account, tg.secrets, notify, poll_timeout=5)
    runner.start()
    try:
        assert got_error.wait(10)
        assert "@BotFather" in str(errors[0])
        update_id, _ = tg.api.push_text(LEA, "hello?")
        tg.secrets.set("shop-bot", TOKEN)  # the user pasted the right token in Settings
        runner.wake()  # as the sync controller does after Settings → Accounts
        wait_until(lambda: stored_update_ids(db_path(tg)) == [update_id], what="the message")
    finally:
        runner.stop()
        runner.join(timeout=10)
    stored = tg.workspace.repos().accounts.get(tg.account.id)
    assert stored is not None and stored.last_error == ""


def test_sync_once_waits_out_a_429_and_counts_every_batch(tg: TelegramSetup) -> None:
    api = tg.api
    ids = [api.push_text(LEA, f"m{i}")[0] for i in range(3)]
    tg.poller().poll_once(timeout=0)  # the first batch is stored…
    more = [api.push_text(OMAR, "later")[0]]
    api.rate_limit("getUpdates", retry_after=1)  # …then Telegram asks for a pause
    account = tg.workspace.repos().accounts.get(tg.account.id)
    assert account is not None
    report = catch_up_once(tg.workspace.profile, account, tg.secrets, timeout=0)
    assert report.new == 1 and api.state.early_retries == 0
    assert stored_update_ids(db_path(tg)) == ids + more
    api.rate_limit("getUpdates", retry_after=120)
    with pytest.raises(RateLimited):  # too long to wait in a one-shot sync: say so
        catch_up_once(tg.workspace.profile, account, tg.secrets, timeout=0)
