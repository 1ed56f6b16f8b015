"""Quarantine: list, preview and save the exact bytes, try again (stored, or still kept)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from agent_assist.channels.email.mime import parse_email
from agent_assist.core.models import Channel
from agent_assist.services.importer import import_key
from agent_assist.services.quarantine import (
    PREVIEW_BYTES,
    QuarantineError,
    QuarantineService,
    preview,
)
from agent_assist.services.workspace import Workspace
from tests.fixtures.mail_files import customer_email

GARBAGE = b"\x00\xff" * 40


@pytest.fixture
def service(workspace: Workspace) -> QuarantineService:
    return QuarantineService(workspace.repos(), workspace.ingestor())


def quarantine(workspace: Workspace, key: str, raw: bytes, *, source: str = "old.mbox#1",
               account_id: int | None = None) -> int:
    """Quarantine as an older parser did; returns the item's id."""
    repos = workspace.repos()
    with repos.db.atomic():
        repos.quarantine.add(key, raw, "The old parser could not read it.", source=source,
                             account_id=account_id)
    return next(i.id for i in repos.quarantine.list() if repos.quarantine.raw(i.id) == raw)


def test_list_preview_and_save_give_the_exact_bytes(
    workspace: Workspace, service: QuarantineService, tmp_path: Path
) -> None:
    item_id = quarantine(workspace, import_key(GARBAGE), GARBAGE)
    (item,) = service.list()
    assert (item.id, item.source, item.size) == (item_id, "old.mbox#1", len(GARBAGE))
    assert service.raw(item_id) == GARBAGE
    out = tmp_path / "raw.eml"
    assert service.save_raw(item_id, out) == len(GARBAGE)
    assert out.read_bytes() == GARBAGE
    with pytest.raises(QuarantineError, match=r"^Cannot write .*: not a directory\.$"):
        service.save_raw(item_id, out / "below-a-file.eml")


def test_preview_is_text_and_limited() -> None:
    text, cut = preview(b"Subject: caf\xe9\r\n\r\nbody")
    assert text.startswith("Subject: caf\ufffd") and not cut
    text, cut = preview(b"x" * (PREVIEW_BYTES + 10))
    assert len(text) == PREVIEW_BYTES and cut


def test_try_again_stores_a_now_readable_message_and_releases_it(
    workspace: Workspace, service: QuarantineService
) -> None:
    raw = customer_email(7)
    item_id = quarantine(workspace, import_key(raw), raw)
    result = service.retry(item_id)
    assert result.stored and result.conversation_id is not None
    assert service.count() == 0
    (message,) = workspace.messages(result.conversation_id)
    assert message.subject == "Chipped teapot 7"
    row = workspace.repos().db.execute("SELECT raw_sha256 FROM messages").fetchone()
    assert workspace.repos().db.execute(  # the bytes stay: the stored message is made of them
        "SELECT count(*) FROM blobs WHERE sha256 = ?", [row[0]]).fetchone()[0] == 1


def test_try_again_on_still_unreadable_bytes_keeps_them(
    workspace: Workspace, service: QuarantineService
) -> None:
    item_id = quarantine(workspace, import_key(GARBAGE), GARBAGE)
    result = service.retry(item_id)
    assert not result.stored and "binary" in result.error
    (item,) = service.list()
    assert item.error == result.error and service.raw(item_id) == GARBAGE


def test_try_again_of_a_synced_email_points_its_server_copy_at_the_message(
    workspace: Workspace, service: QuarantineService
) -> None:
    repos = workspace.repos()
    with repos.db.atomic():
        account = repos.accounts.add("shop", Channel.EMAIL, "shop@example.com", {})
        repos.db.execute(
            "INSERT INTO imap_locations (account_id, folder, uidvalidity, uid, quarantined, "
            "seen_at) VALUES (?, 'Clients:VIP', 9, 42, 1, ?)", [account.id, time.time()])
    raw = customer_email(3)
    item_id = quarantine(workspace, f"imap:{account.id}:Clients:VIP:9:42", raw,
                         source="shop/Clients:VIP UID 42", account_id=account.id)
    assert service.can_retry(item_id)
    assert service.retry(item_id).stored
    location = repos.db.execute(
        "SELECT message_row_id, quarantined FROM imap_locations WHERE uid = 42").fetchone()
    stored = repos.db.execute("SELECT id, account_id FROM messages").fetchone()
    assert location == (stored[0], 0) and stored[1] == account.id


def test_try_again_of_a_copy_already_stored_links_it_and_drops_the_spare_bytes(
    workspace: Workspace, service: QuarantineService
) -> None:
    stored = customer_email(5)
    workspace.ingestor().ingest(parse_email(stored, "imap:1:INBOX:1:1"))
    copy = stored.replace(b"\r\n", b"\n")  # the same message as another program saved it
    item_id = quarantine(workspace, import_key(copy), copy)
    assert service.retry(item_id).stored
    repos = workspace.repos()
    assert repos.messages.count() == 1 and service.count() == 0
    assert repos.db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1


def test_a_chat_event_cannot_be_read_again(
    workspace: Workspace, service: QuarantineService
) -> None:
    item_id = quarantine(workspace, "tg:1:55", b'{"update_id": 55}', source="telegram")
    assert not service.can_retry(item_id)
    with pytest.raises(QuarantineError, match="Only emails can be read again"):
        service.retry(item_id)
    assert service.count() == 1
    with pytest.raises(QuarantineError, match="no longer in quarantine"):
        service.retry(item_id + 100)


def test_new_quarantined_mail_is_a_warning_until_the_user_looks(
    workspace: Workspace, service: QuarantineService
) -> None:
    from agent_assist.services.health import health_warnings

    def quarantine_warnings() -> list[str]:
        return [w.message for w in health_warnings(workspace.repos(), time.time())
                if w.kind == "quarantined" and w.action == "open_quarantine"]

    assert quarantine_warnings() == []
    quarantine(workspace, "import:a", GARBAGE, source="a.mbox#1")
    quarantine(workspace, "import:b", GARBAGE + b"b", source="a.mbox#2")
    assert quarantine_warnings() == [
        "2 new messages could not be read: each is kept with its exact bytes, "
        "to read, save or try again."]
    service.mark_seen()
    assert quarantine_warnings() == []  # seen: the items stay, the warning goes
    assert service.count() == 2
    quarantine(workspace, "import:c", GARBAGE + b"c", source="b.mbox#1")
    assert [m.split(" could")[0] for m in quarantine_warnings()] == ["1 new message"]
