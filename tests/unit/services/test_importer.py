"""Import: .eml, mbox, Maildir and JSON sources; progress, cancel and resume; nothing twice."""

from __future__ import annotations

import json
import mailbox
import multiprocessing
import os
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from agent_assist.channels.email.files import iter_raw_messages
from agent_assist.channels.email.mime import parse_email
from agent_assist.core.models import Direction
from agent_assist.services.email.accounts import EmailSettings, add_email_account
from agent_assist.services.email.parsing import make_parse_executor
from agent_assist.services.export import export_to
from agent_assist.services.importer import (
    BATCH,
    ImportError_,
    ImportProgress,
    import_paths,
    parsed_result,
    plan_import,
)
from agent_assist.services.workspace import Workspace
from agent_assist.storage.blobs import sha256_hex
from agent_assist.storage.profile import Profile
from agent_assist.storage.repositories import Repos
from agent_assist.storage.secrets import SecretStore
from tests.fixtures.mail_files import corpus_dir, customer_email, emails, write_maildir, write_mbox
from tests.fixtures.wait import wait_until


def eml(subject: str, body: str = "Bonjour, où est ma commande ?") -> bytes:
    return (
        f"From: Léa <lea@example.com>\r\nTo: shop@example.com\r\nSubject: {subject}\r\n"
        f"Message-ID: <{abs(hash(subject))}@example.com>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    ).encode() + body.encode() + b"\r\n"


def stored_count(profile: Profile) -> int:
    return Repos.of(profile.pool.get()).messages.count()


def test_eml_mbox_and_maildir_import_and_reimport_adds_nothing(
    profile: Profile, tmp_path: Path
) -> None:
    (tmp_path / "one.eml").write_bytes(eml("Single file"))
    box = mailbox.mbox(str(tmp_path / "archive.mbox"))
    for i in range(3):
        box.add(eml(f"From mbox {i}"))
    box.flush()
    md = mailbox.Maildir(str(tmp_path / "Maildir"), create=True)
    for i in range(2):
        md.add(eml(f"From maildir {i}"))
    paths = [tmp_path / "one.eml", tmp_path / "archive.mbox", tmp_path / "Maildir"]
    first = import_paths(profile, paths)
    assert (first.imported, first.duplicates, first.quarantined) == (6, 0, 0)
    again = import_paths(profile, paths)
    assert (again.imported, again.duplicates) == (0, 6)


def test_garbage_is_quarantined_with_its_bytes(profile: Profile, tmp_path: Path) -> None:
    garbage = b"\x00\xff" * 40
    (tmp_path / "bad.eml").write_bytes(garbage)
    counts = import_paths(profile, [tmp_path / "bad.eml"])
    assert counts.quarantined == 1 and counts.imported == 0
    repos = Repos.of(profile.pool.get())
    (item,) = repos.quarantine.list()
    assert repos.quarantine.raw(item.id) == garbage
    assert item.source == str(tmp_path / "bad.eml") and item.size == len(garbage)
    assert import_paths(profile, [tmp_path / "bad.eml"]).duplicates == 1


def test_missing_path_is_a_clear_error(profile: Profile, tmp_path: Path) -> None:
    with pytest.raises(ImportError_, match="does not exist"):
        import_paths(profile, [tmp_path / "nope.mbox"])


def test_a_file_that_is_not_mail_is_refused_before_anything_is_stored(
    profile: Profile, tmp_path: Path
) -> None:
    write_mbox(tmp_path / "good.mbox", emails(3))
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8)
    (tmp_path / "other.json").write_text('{"hello": "world"}', encoding="utf-8")
    for bad in ("photo.jpg", "other.json"):
        with pytest.raises(ImportError_, match=f"{bad} is not mail"):
            import_paths(profile, [tmp_path / "good.mbox", tmp_path / bad])
    assert stored_count(profile) == 0


def test_an_unreadable_file_in_a_folder_is_skipped_and_named(
    profile: Profile, tmp_path: Path
) -> None:
    folder = tmp_path / "export"
    write_maildir(folder / "Maildir", emails(4))
    (folder / "gone.eml").symlink_to(folder / "missing-target.eml")  # unreadable when read
    counts = import_paths(profile, [folder])
    assert counts.imported == 4
    assert len(counts.skipped) == 1 and "gone.eml" in counts.skipped[0]
    assert counts.skipped[0].endswith(".")


def test_the_whole_shared_corpus_imports_with_nothing_lost(profile: Profile) -> None:
    root = corpus_dir()
    files = [p for p in root.rglob("*") if p.suffix in (".eml", ".msg")]
    # A file starting with an mbox "From " line is read as an mbox (of one message).
    read = [mail.data for path in files for mail in iter_raw_messages(path)]
    counts = import_paths(profile, [root])
    assert counts.imported + counts.duplicates + counts.quarantined == len(read) >= len(files)
    repos = Repos.of(profile.pool.get())
    for raw in read:  # every message is stored, quarantined, or a copy of a stored message
        digest = sha256_hex(raw)
        in_db = repos.db.execute(
            "SELECT 1 FROM messages WHERE raw_sha256 = ? UNION SELECT 1 FROM quarantine "
            "WHERE raw_sha256 = ?", [digest, digest]).fetchone()
        if in_db is None:  # another copy of a stored message: same Message-ID and text
            message = parse_email(raw, "check")
            assert message.message_id and repos.db.execute(
                "SELECT 1 FROM messages WHERE message_id_header = ?",
                [message.message_id]).fetchone(), raw[:200]


def test_progress_is_bytes_of_a_total_known_up_front(profile: Profile, tmp_path: Path) -> None:
    source = write_mbox(tmp_path / "big.mbox", emails(BATCH * 2 + 7))
    seen: list[ImportProgress] = []
    counts = import_paths(profile, [source], lambda p: seen.append(p) or True)
    assert plan_import([source]).total_bytes == source.stat().st_size
    assert len(seen) == 4  # after each of the 3 batches, then the end
    assert all(p.total_bytes == source.stat().st_size for p in seen)
    done = [p.done_bytes for p in seen]
    assert done == sorted(done) and 0 < done[0] < done[1] < done[-1] == seen[-1].total_bytes
    assert [p.counts.imported for p in seen] == [BATCH, 2 * BATCH, 2 * BATCH + 7, counts.imported]
    assert seen[-1].fraction == 1.0


def test_cancel_keeps_what_was_stored_and_a_rerun_continues_without_duplicates(
    profile: Profile, tmp_path: Path
) -> None:
    total = BATCH * 3
    source = write_mbox(tmp_path / "big.mbox", emails(total))
    first = import_paths(profile, [source], lambda p: p.counts.imported < BATCH)
    assert first.cancelled and first.imported == BATCH
    assert stored_count(profile) == BATCH
    second = import_paths(profile, [source])
    assert not second.cancelled
    assert (second.imported, second.duplicates) == (total - BATCH, BATCH)
    assert stored_count(profile) == total


def test_parser_processes_give_the_same_result_as_this_thread(tmp_path: Path) -> None:
    source = write_mbox(tmp_path / "mixed.mbox", [*emails(120), b"\x00\xff" * 50])
    results = []
    for name, executor in (("inline", None), ("pool", make_parse_executor(2))):
        profile = Profile.create_or_open(tmp_path / name)
        try:
            counts = import_paths(profile, [source], executor=executor)
            repos = Repos.of(profile.pool.get())
            keys = sorted(r[0] for r in repos.db.execute("SELECT provider_key FROM messages"))
            results.append((counts.imported, counts.quarantined, keys))
        finally:
            if executor is not None:
                executor.shutdown()
            profile.close()
    assert results[0] == results[1] and results[0][:2] == (120, 1)


def test_mail_already_stored_by_the_sync_counts_as_already_there(
    workspace: Workspace, tmp_path: Path
) -> None:
    synced = [customer_email(1), customer_email(2)]
    workspace.ingestor().ingest_many(
        [parse_email(raw, f"imap:1:INBOX:7:{uid}") for uid, raw in enumerate(synced, 1)])
    # The same bytes; the same message with other line endings (another mail program); new.
    lf_copy = synced[1].replace(b"\r\n", b"\n")
    write_mbox(tmp_path / "a.mbox", [synced[0], lf_copy, customer_email(3)])
    counts = import_paths(workspace.profile, [tmp_path / "a.mbox"])
    assert (counts.imported, counts.duplicates) == (1, 2)
    assert workspace.repos().messages.count() == 3


def test_the_shops_own_mail_is_imported_as_sent(workspace: Workspace, tmp_path: Path) -> None:
    settings = EmailSettings(imap_host="h", imap_port=1, imap_tls="none", smtp_host="h",
                             smtp_port=1, smtp_tls="none", user="u", email="shop@example.com")
    add_email_account(workspace.repos(), SecretStore(workspace.profile.root), "shop", settings,
                      "pw")
    reply = (b"From: Shop <SHOP@example.com>\r\nTo: client1@example.com\r\nSubject: Re: hi\r\n"
             b"Message-ID: <r1@shop.example>\r\n\r\nThanks!\r\n")
    write_mbox(tmp_path / "sent.mbox", [reply])
    assert import_paths(workspace.profile, [tmp_path / "sent.mbox"]).imported == 1
    (message,) = workspace.repos().messages.for_conversation(
        workspace.repos().db.execute("SELECT id FROM conversations").fetchone()[0])
    assert message.direction is Direction.OUT


def test_json_export_streams_with_progress_and_cancel(workspace: Workspace, tmp_path: Path) -> None:
    write_mbox(tmp_path / "a.mbox", emails(30))
    import_paths(workspace.profile, [tmp_path / "a.mbox"])
    export = tmp_path / "all.json"
    export_to(workspace.repos(), workspace.attachments, "json", export)
    other = Profile.create_or_open(tmp_path / "other")
    try:
        seen: list[ImportProgress] = []
        stopped = import_paths(other, [export], lambda p: seen.append(p) or len(seen) < 10)
        assert stopped.cancelled and stopped.imported == 10
        assert [p.counts.imported for p in seen[:10]] == list(range(1, 11))  # per conversation
        assert all(0 < p.done_bytes < p.total_bytes for p in seen)
        assert seen[-1].counts.cancelled  # the last report says how it ended
        rest = import_paths(other, [export])
        assert (rest.imported, rest.duplicates) == (20, 10)
    finally:
        other.close()


def test_a_reformatted_json_export_still_imports(workspace: Workspace, tmp_path: Path) -> None:
    write_mbox(tmp_path / "a.mbox", emails(3))
    import_paths(workspace.profile, [tmp_path / "a.mbox"])
    export = tmp_path / "all.json"
    export_to(workspace.repos(), workspace.attachments, "json", export)
    pretty = tmp_path / "pretty.json"
    pretty.write_text(json.dumps(json.loads(export.read_text("utf-8")), indent=2), "utf-8")
    other = Profile.create_or_open(tmp_path / "other")
    try:
        assert import_paths(other, [pretty]).imported == 3
    finally:
        other.close()


def test_a_broken_json_export_is_one_sentence_and_keeps_what_came_before(
    workspace: Workspace, tmp_path: Path
) -> None:
    write_mbox(tmp_path / "a.mbox", emails(3))
    import_paths(workspace.profile, [tmp_path / "a.mbox"])
    export = tmp_path / "all.json"
    export_to(workspace.repos(), workspace.attachments, "json", export)
    lines = export.read_text("utf-8").splitlines(keepends=True)
    lines[3] = lines[3][: len(lines[3]) // 2] + "\n"  # the 2nd conversation is cut in half
    export.write_text("".join(lines), "utf-8")
    other = Profile.create_or_open(tmp_path / "other")
    try:
        with pytest.raises(ImportError_, match="is not a valid Agent Assist export") as caught:
            import_paths(other, [export])
        assert caught.value.counts.imported == 1 == stored_count(other)
    finally:
        other.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_a_file_without_permission_is_refused(profile: Profile, tmp_path: Path) -> None:
    source = write_mbox(tmp_path / "locked.mbox", emails(1))
    source.chmod(0)
    with pytest.raises(ImportError_, match="permission denied"):
        import_paths(profile, [source])


def test_cli_import_json_counts(tmp_path: Path) -> None:
    import subprocess
    import sys

    (tmp_path / "a.eml").write_bytes(eml("CLI"))
    cmd = [sys.executable, "-m", "agent_assist", "import", "--profile", str(tmp_path / "p"),
           str(tmp_path / "a.eml"), "--json"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == {"imported": 1, "duplicates": 0, "quarantined": 0,
                                      "skipped": []}
    bad = subprocess.run([*cmd[:6], str(tmp_path / "missing.eml")], capture_output=True,
                         text=True, check=False)
    assert bad.returncode != 0 and "does not exist" in bad.stderr and "Traceback" not in bad.stderr


def test_a_parser_process_that_dies_ends_the_wait_for_its_answer() -> None:
    executor = make_parse_executor(2)
    try:
        futures = [executor.submit(time.sleep, 60) for _ in range(2)]  # both workers busy
        wait_until(lambda: len(multiprocessing.active_children()) >= 2)
        for worker in multiprocessing.active_children():
            worker.kill()  # as the out-of-memory killer would
        with pytest.raises(BrokenProcessPool):
            parsed_result(futures[0], executor)
    finally:
        executor.shutdown(cancel_futures=True)
