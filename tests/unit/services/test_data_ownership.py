"""Export → import round trip, CSV and mbox, backup while writing, corrupt restore refused."""

from __future__ import annotations

import csv
import json
import mailbox
import sqlite3
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from agent_assist.core.models import Channel, IncomingAttachment, IncomingMessage
from agent_assist.services.backup import BackupError, backup, restore, verify
from agent_assist.services.demo_shop import build_demo
from agent_assist.services.export import export_to
from agent_assist.services.importer import import_paths
from agent_assist.services.privacy import forget_contact
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import InboxQuery
from tests.fixtures.wait import wait_until


def comparable(path: Path) -> list[dict[str, object]]:
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "agent-assist-export"
    return sorted(document["conversations"], key=lambda c: c["messages"][0]["provider_key"])


def with_email(workspace: Workspace) -> None:
    raw = (b"From: Lea <lea@example.com>\r\nSubject: Vase\r\nMessage-ID: <v@example.com>\r\n"
           b"\r\nFrom now on I only buy here.\r\n")
    workspace.ingestor().ingest(IncomingMessage(
        provider_key="import:v", channel=Channel.EMAIL, sender_address="lea@example.com",
        subject="Vase", body_text="From now on I only buy here.", raw=raw, sent_at=10.0,
        attachments=[IncomingAttachment("photo.jpg", "image/jpeg", b"\xff\xd8jpegbytes")],
    ))


def test_json_export_reimports_equal(workspace: Workspace, tmp_path: Path) -> None:
    build_demo(workspace.profile)
    with_email(workspace)
    first = tmp_path / "a.json"
    export_to(workspace.repos(), workspace.attachments, "json", first)
    other = Profile.create_or_open(tmp_path / "other")
    counts = import_paths(other, [first])
    assert counts.imported == workspace.repos().messages.count()
    assert import_paths(other, [first]).imported == 0  # idempotent
    second = tmp_path / "b.json"
    export_to(Workspace(other).repos(), Workspace(other).attachments, "json", second)
    assert comparable(first) == comparable(second)
    other.close()


def test_csv_has_one_row_per_message(workspace: Workspace, tmp_path: Path) -> None:
    build_demo(workspace.profile)
    out = tmp_path / "m.csv"
    n = export_to(workspace.repos(), workspace.attachments, "csv", out)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == n == workspace.repos().messages.count()
    assert any("ا" in r["body_text"] for r in rows)  # Arabic survives


def test_mbox_holds_emails_byte_exact(workspace: Workspace, tmp_path: Path) -> None:
    with_email(workspace)
    out = tmp_path / "m.mbox"
    assert export_to(workspace.repos(), workspace.attachments, "mbox", out) == 1
    (message,) = mailbox.mbox(str(out))
    assert message.as_bytes().replace(b"\n", b"\r\n").endswith(b"From now on I only buy here.\r\n")
    # Our own mbox reader gives back the exact original bytes.
    from agent_assist.channels.email.files import iter_raw_messages

    (raw,) = [m.data for m in iter_raw_messages(out)]
    assert raw.replace(b"\r\n", b"\n") == (
        b"From: Lea <lea@example.com>\nSubject: Vase\nMessage-ID: <v@example.com>\n\n"
        b"From now on I only buy here.\n")


def test_backup_while_writing_then_restore(workspace: Workspace, tmp_path: Path) -> None:
    build_demo(workspace.profile)
    stop = threading.Event()
    profile = workspace.profile

    def writer() -> None:
        ws = Workspace(profile)
        ids = ws.inbox_ids(InboxQuery("all"))
        i = 0
        while not stop.is_set():
            ws.note(ids[i % len(ids)], f"note {i}")
            i += 1
        profile.pool.close_current()

    thread = threading.Thread(target=writer)
    thread.start()
    notes = "SELECT count(*) FROM messages WHERE direction = 'note'"
    try:
        wait_until(lambda: workspace.repos().db.execute(notes).fetchone()[0] > 5)
        before = workspace.repos().messages.count()
        info = backup(profile, tmp_path / "b.zip")
        after = workspace.repos().messages.count()
    finally:
        stop.set()
        thread.join()
    assert before <= info.messages <= after  # a consistent snapshot taken mid-writing
    assert info.messages > 0 and verify(tmp_path / "b.zip")["format"] == "agent-assist-backup"
    target = tmp_path / "restored"
    restore(target, tmp_path / "b.zip")
    restored = Profile.open_existing(target)
    assert Workspace(restored).repos().messages.count() == info.messages
    restored.close()


def test_corrupt_backup_is_refused(tmp_path: Path, profile: Profile) -> None:
    good = tmp_path / "good.zip"
    backup(profile, good)
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(good.read_bytes()[:200])
    with pytest.raises(BackupError, match="corrupt"):
        verify(truncated)
    damaged_db = tmp_path / "damaged.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(damaged_db, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename.endswith(".sqlite3"):
                data = data[:4096] + b"\x00garbage" * 2000 + data[4096 + 16000:]
            dst.writestr(item, data)
    with pytest.raises(BackupError):
        verify(damaged_db)
    cli = subprocess.run(
        [sys.executable, "-m", "agent_assist", "restore", "--profile", str(tmp_path / "x"),
         str(truncated)], capture_output=True, text=True, check=False)
    assert cli.returncode != 0 and "corrupt" in cli.stderr and "Traceback" not in cli.stderr


def test_forget_contact_removes_everything_and_is_audited(workspace: Workspace) -> None:
    with_email(workspace)
    repos = workspace.repos()
    (contact_id,) = [r[0] for r in repos.db.execute("SELECT id FROM contacts")]
    report = forget_contact(repos, workspace.attachments, contact_id)
    assert (report.conversations, report.messages, report.attachments) == (1, 1, 1)
    for table in ("messages", "conversations", "contacts", "attachments", "blobs"):
        assert repos.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert repos.db.execute("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'buy'"
                            ).fetchone()[0] == 0
    (entry,) = repos.audit.list()
    assert entry.action == "contact:forget" and "lea" not in json.dumps(entry.details)
    assert not any(workspace.attachments.root.rglob("*.jpg"))
    assert sqlite3.connect(workspace.profile.db_path).execute("PRAGMA integrity_check"
                                                              ).fetchone()[0] == "ok"
