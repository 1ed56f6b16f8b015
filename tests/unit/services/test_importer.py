"""Import: .eml, mbox and Maildir sources, re-import adds nothing, the corpus imports whole."""

from __future__ import annotations

import json
import mailbox
from pathlib import Path

import pytest

from agent_assist.services.importer import ImportError_, import_paths
from agent_assist.storage.profile import Profile
from tests.conftest import REPO_ROOT

CORPUS = REPO_ROOT.parent / "shared" / "corpus"


def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(f"The shared email corpus is missing: expected it at {CORPUS}", pytrace=False)
    return CORPUS


def eml(subject: str, body: str = "Bonjour, où est ma commande ?") -> bytes:
    return (
        f"From: Léa <lea@example.com>\r\nTo: shop@example.com\r\nSubject: {subject}\r\n"
        f"Message-ID: <{abs(hash(subject))}@example.com>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    ).encode() + body.encode() + b"\r\n"


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
    from agent_assist.storage.repositories import Repos

    repos = Repos.of(profile.pool.get())
    assert repos.quarantine.raw(repos.quarantine.list()[0].id) == garbage
    assert import_paths(profile, [tmp_path / "bad.eml"]).duplicates == 1


def test_missing_path_is_a_clear_error(profile: Profile, tmp_path: Path) -> None:
    with pytest.raises(ImportError_, match="does not exist"):
        import_paths(profile, [tmp_path / "nope.mbox"])


def test_the_whole_shared_corpus_imports_with_nothing_lost(profile: Profile) -> None:
    root = corpus()
    files = [p for p in root.rglob("*") if p.suffix in (".eml", ".msg")]
    counts = import_paths(profile, [root])
    distinct = len({p.read_bytes() for p in files})
    # Every distinct file is either stored or quarantined; identical copies are duplicates.
    assert counts.imported + counts.quarantined == distinct
    assert counts.duplicates == len(files) - distinct


def test_cli_import_json_counts(tmp_path: Path) -> None:
    import subprocess
    import sys

    (tmp_path / "a.eml").write_bytes(eml("CLI"))
    cmd = [sys.executable, "-m", "agent_assist", "import", "--profile", str(tmp_path / "p"),
           str(tmp_path / "a.eml"), "--json"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == {"imported": 1, "duplicates": 0, "quarantined": 0}
    bad = subprocess.run([*cmd[:6], str(tmp_path / "missing.eml")], capture_output=True,
                         text=True, check=False)
    assert bad.returncode != 0 and "does not exist" in bad.stderr and "Traceback" not in bad.stderr
