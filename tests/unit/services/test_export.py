"""Export scopes (one, a list, everything), progress and cancel, byte-exact mbox, clear errors."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from agent_assist.channels.email.files import iter_raw_messages
from agent_assist.services.export import ExportCancelled, ExportError, export_to
from agent_assist.services.importer import import_paths
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from tests.fixtures.mail_files import customer_email, emails, write_mbox


@pytest.fixture
def shop(workspace: Workspace, tmp_path: Path) -> Workspace:
    """Five customer emails (five conversations), imported from an mbox."""
    import_paths(workspace.profile, [write_mbox(tmp_path / "in.mbox", emails(5))])
    return workspace


def conversation_ids(workspace: Workspace) -> list[int]:
    return [r[0] for r in workspace.repos().db.execute("SELECT id FROM conversations ORDER BY id")]


def test_a_list_of_conversations_exports_only_those(shop: Workspace, tmp_path: Path) -> None:
    ids = conversation_ids(shop)
    chosen = [ids[3], ids[1]]
    out = tmp_path / "two.json"
    assert export_to(shop.repos(), shop.attachments, "json", out, conversations=chosen) == 2
    document = json.loads(out.read_text("utf-8"))
    subjects = [c["subject"] for c in document["conversations"]]
    expected = [shop.conversation(i).subject for i in chosen]  # type: ignore[union-attr]
    assert subjects == expected  # in the order asked for
    export_to(shop.repos(), shop.attachments, "csv", tmp_path / "x.csv", conversations=chosen)
    rows = list(csv.DictReader((tmp_path / "x.csv").open(encoding="utf-8")))
    assert sorted(int(r["conversation_id"]) for r in rows) == sorted(chosen)


def test_an_unknown_conversation_is_one_sentence_and_writes_nothing(
    shop: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "x.json"
    with pytest.raises(ExportError, match=r"^There is no conversation 999 in this profile\.$"):
        export_to(shop.repos(), shop.attachments, "json", out, conversations=[1, 999])
    assert not out.exists() and not list(tmp_path.glob("*.partial"))


def test_progress_counts_conversations_and_cancel_leaves_nothing(
    shop: Workspace, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    export_to(shop.repos(), shop.attachments, "csv", tmp_path / "all.csv",
              progress=lambda done, total: seen.append((done, total)) or True)
    assert seen == [(n, 5) for n in range(6)]
    out = tmp_path / "stopped.mbox"
    with pytest.raises(ExportCancelled):
        export_to(shop.repos(), shop.attachments, "mbox", out,
                  progress=lambda done, total: done < 2)
    assert not out.exists() and not list(tmp_path.glob("*.partial"))


def test_mbox_keeps_every_email_byte_exact_and_reimports_as_already_there(
    shop: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "out.mbox"
    assert export_to(shop.repos(), shop.attachments, "mbox", out) == 5
    # CRLF line endings and a body line starting with "From " come back exactly.
    assert sorted(m.data for m in iter_raw_messages(out)) == sorted(emails(5))
    again = import_paths(shop.profile, [out])
    assert (again.imported, again.duplicates) == (0, 5)


def test_mbox_of_one_conversation_in_another_profile(shop: Workspace, tmp_path: Path) -> None:
    first = conversation_ids(shop)[0]
    out = tmp_path / "one.mbox"
    assert export_to(shop.repos(), shop.attachments, "mbox", out, first) == 1
    (mail,) = iter_raw_messages(out)
    assert mail.data == customer_email(0)
    other = Profile.create_or_open(tmp_path / "other")
    try:
        assert import_paths(other, [out]).imported == 1
    finally:
        other.close()


def test_a_path_that_cannot_be_written_is_one_sentence(shop: Workspace, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(ExportError, match=r"^Cannot write .*: not a directory\.$"):
        export_to(shop.repos(), shop.attachments, "csv", tmp_path / "file" / "out.csv")
    with pytest.raises(ExportError, match="Unknown export format pdf"):
        export_to(shop.repos(), shop.attachments, "pdf", tmp_path / "out.pdf")
