"""Profiles: creation, refusal of missing or newer ones, the one-instance lock."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from agent_assist.storage import migrations
from agent_assist.storage.db import connect
from agent_assist.storage.profile import InstanceLock, Profile, ProfileError


def test_create_applies_schema_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    profile = Profile.create_or_open(tmp_path / "p")
    db = profile.pool.get()
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert migrations.schema_version(db) == sorted(migrations.KNOWN)[-1]
    assert "messages_fts" in db.table_names()
    profile.close()


def test_open_existing_refuses_an_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="No Agent Assist profile"):
        Profile.open_existing(tmp_path)


def test_newer_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    Profile.create_or_open(tmp_path).close()
    db = connect(tmp_path / "agent-assist.sqlite3")
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('agent_assist', '9999_from_the_future', '2030-01-01')"
    )
    db.conn.commit()
    db.close()
    with pytest.raises(ProfileError, match="newer version of Agent Assist"):
        Profile.open_existing(tmp_path)


def test_garbage_database_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "agent-assist.sqlite3").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ProfileError, match="cannot be opened"):
        Profile.open_existing(tmp_path)


def test_profile_path_that_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(ProfileError, match="is a file"):
        Profile.create_or_open(target)


def test_instance_lock_is_exclusive_across_processes(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path)
    assert lock.acquire()
    probe = (
        "import sys; from agent_assist.storage.profile import InstanceLock; "
        "sys.exit(0 if InstanceLock(sys.argv[1]).acquire() else 3)"
    )
    held = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], check=False)
    assert held.returncode == 3
    lock.release()
    free = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], check=False)
    assert free.returncode == 0


def test_grouped_counts_equal_one_query_each(tmp_path: Path) -> None:
    from agent_assist.core.models import Channel
    from agent_assist.services.demo_shop import build_demo
    from agent_assist.storage.repositories import InboxQuery, Repos

    profile = Profile.create_or_open(tmp_path / "p")
    build_demo(profile, size=300)
    repos = Repos.of(profile.pool.get())
    repos.db.execute("UPDATE conversations SET assignee_id = 1 WHERE id % 3 = 0")
    queries = {
        f"{view}/{channel}/{assignee}/{unassigned}": InboxQuery(
            view, channel=channel, assignee_id=assignee, unassigned=unassigned)
        for view in ("needs_reply", "open", "waiting", "snoozed", "closed", "all")
        for channel in (None, Channel.EMAIL, Channel.DEMO_CHAT)
        for assignee in (None, 1)
        for unassigned in (False, True)
    }
    grouped = repos.conversations.count_many(queries)
    assert grouped == {key: repos.conversations.count(q) for key, q in queries.items()}
    assert grouped["needs_reply/None/None/False"] > 0
    profile.close()
