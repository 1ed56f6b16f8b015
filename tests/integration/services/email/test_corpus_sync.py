"""The shared public corpus delivered through Dovecot syncs to the same results as import.

Both sides run the real CLI (`agent-assist import`, and `agent-assist sync --once`, which
parses in its process pool). Messages are paired by content. Dovecot serves a message with
CRLF line ends and turns NUL bytes into 0x80 (RFC 3501 allows no NUL in a literal), so the
pairing key applies both changes, and a body containing NUL is compared on everything but
its decoded text. One documented difference: import keeps every distinct file, while sync
stores one message per Message-ID and content (a second copy becomes another location of
it), so such copies must be explained by a location pointing at an identical message.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlite_utils

from agent_assist.channels.email.files import iter_raw_messages
from agent_assist.storage.blobs import get_raw
from tests.conftest import REPO_ROOT
from tests.fixtures.servers import DovecotServer, MailUser
from tests.integration.services.email.cli_harness import add_dovecot_account, cli_env, run_cli

pytestmark = pytest.mark.integration

CORPUS = REPO_ROOT.parent / "shared" / "corpus"


@dataclass(frozen=True)
class Stored:
    """What a person sees of one stored message."""

    key: str  # pairing key of its raw bytes
    message_id: str
    subject: str
    sender: str
    body: str
    attachments: tuple[str, ...]

    def seen(self, *, with_body: bool = True) -> tuple[str, str, str, tuple[str, ...]]:
        return (self.subject, self.sender, self.body if with_body else "", self.attachments)


def corpus_files() -> list[Path]:
    files = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".eml", ".msg") and p.is_file())
    if not files:
        pytest.fail(f"The shared email corpus is missing: expected .eml/.msg files under "
                    f"{CORPUS} (see the corpus README).", pytrace=False)
    return files


def pairing_key(raw: bytes) -> str:
    """Identity of a message's bytes as Dovecot serves them, line ends made uniform."""
    return hashlib.sha256(raw.replace(b"\r\n", b"\n").replace(b"\x00", b"\x80")).hexdigest()


def read_profile(db_path: Path) -> tuple[dict[str, Stored], int, int]:
    """Messages by pairing key, the quarantine count, and the INBOX location count."""
    db = sqlite_utils.Database(sqlite3.connect(db_path))
    try:
        names: dict[int, list[str]] = {}
        for message_id, filename in db.execute("SELECT message_id, filename FROM attachments"):
            names.setdefault(int(message_id), []).append(str(filename))
        found: dict[str, Stored] = {}
        rows = db.execute("SELECT id, message_id_header, subject, sender_address, body_text, "
                          "raw_sha256 FROM messages").fetchall()
        for row_id, message_id, subject, sender, body, digest in rows:
            raw = get_raw(db, digest)
            assert raw is not None, f"message {row_id} lost its raw bytes"
            key = pairing_key(raw)
            assert key not in found, "the same bytes stored twice"
            found[key] = Stored(key, message_id, subject, sender, body.replace("\r\n", "\n"),
                                tuple(sorted(names.get(int(row_id), []))))
        quarantined = int(db.execute("SELECT count(*) FROM quarantine").fetchone()[0])
        locations = int(db.execute(
            "SELECT count(*) FROM imap_locations WHERE folder = 'INBOX'").fetchone()[0])
        return found, quarantined, locations
    finally:
        db.close()


def test_corpus_through_dovecot_syncs_like_import(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser
) -> None:
    files = corpus_files()
    env = cli_env(tmp_path)
    imported_dir, synced_dir = tmp_path / "imported", tmp_path / "synced"
    done = run_cli(env, "import", "--profile", str(imported_dir), *map(str, files), "--json")
    assert done.returncode == 0, done.stderr

    # The messages as import reads them (an mbox-style file loses its "From " line).
    messages = [mail.data for path in files for mail in iter_raw_messages(path)]
    assert dovecot.seed_maildir(mail_user, messages) == len(messages) >= len(files)
    add_dovecot_account(env, synced_dir, "shop", dovecot, mail_user)
    synced = run_cli(env, "sync", "--profile", str(synced_dir), "--once")
    assert synced.returncode == 0, synced.stderr

    expected, expected_quarantined, _ = read_profile(imported_dir / "agent-assist.sqlite3")
    actual, actual_quarantined, locations = read_profile(synced_dir / "agent-assist.sqlite3")
    assert actual_quarantined == expected_quarantined
    assert locations == len(messages)  # every server copy accounted for, none dropped
    with_nul = {pairing_key(raw) for raw in messages if b"\x00" in raw}
    assert len(with_nul) <= 2, "more NUL-byte messages than the corpus had: recheck"

    assert set(actual) <= set(expected), "sync stored bytes that import never saw"
    for key, got in actual.items():
        whole = key not in with_nul  # Dovecot changed bytes of that body: compare the rest
        assert got.seen(with_body=whole) == expected[key].seen(with_body=whole), key[:12]
    merged = [expected[k] for k in set(expected) - set(actual)]
    for copy in merged:
        # Another copy of a synced message: same Message-ID, same everything a person sees.
        assert copy.message_id and any(
            s.message_id == copy.message_id and s.seen() == copy.seen()
            for s in actual.values()), f"{copy.subject!r} was lost by the sync"
    assert len(merged) <= 2 and len(actual) >= 120, (len(merged), len(actual))
    assert sum(bool(s.attachments) for s in actual.values()) >= 10
