"""Two processes on one profile: presence across processes, concurrent writers, kill -9
while typing, and "one sync engine per profile" with other windows as clients."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from agent_assist.core.models import Channel
from agent_assist.core.permissions import Role
from agent_assist.services import collision
from agent_assist.services.agents import AgentService
from agent_assist.services.assignment import Assignment
from agent_assist.services.drafts import DraftStore
from agent_assist.services.roles import claim_role
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import InstanceLock, Profile
from tests.conftest import REPO_ROOT
from tests.fixtures.wait import wait_until
from tests.ui.conftest import add_message, make_window  # noqa: F401 - fixture
from tests.ui.team.conftest import FAST, RigFactory, make_rig  # noqa: F401 - fixture
from tests.unit.cli.conftest import assert_clean_error

N_WRITES = 100

# Each child gets only agent_assist on its path and talks to the profile like a real window.
PRESENCE_CHILD = """
import sys, time
from agent_assist.services.collision import CollisionGuard
from agent_assist.storage.profile import Profile
profile = Profile.open_existing(sys.argv[1])
guard = CollisionGuard(profile.pool.get(), window_id="child-window")
cid, agent = int(sys.argv[2]), int(sys.argv[3])
guard.heartbeat(cid, agent)
print("beating", flush=True)
for line in sys.stdin:  # each line from the parent is one heartbeat; EOF: stop cleanly
    guard.heartbeat(cid, agent)
guard.stop(cid)
print("stopped", flush=True)
"""

WRITER_CHILD = """
import sys, time
from agent_assist.core.models import Channel, HandleKind, IncomingMessage
from agent_assist.services.assignment import Assignment
from agent_assist.services.collision import CollisionGuard
from agent_assist.services.drafts import DraftStore
from agent_assist.services.mentions import MentionService
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
root, who, agent, cid, n = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
profile = Profile.open_existing(root)
workspace = Workspace(profile)
db = profile.pool.get()
sys.stdin.readline()  # start together
started = time.time()
for i in range(n):
    MentionService(workspace.actions()).note(cid, f"{who}-{i} @Camille", agent_id=agent)
    DraftStore(db).save(cid, agent, f"{who} draft {i}")
    CollisionGuard(db, window_id=who).heartbeat(cid, agent)
    workspace.ingestor().ingest(IncomingMessage(
        provider_key=f"race:{who}:{i}", channel=Channel.DEMO_CHAT, sender_address=f"{who}{i}",
        sender_name=f"Customer {who}{i}", handle_kind=HandleKind.DEMO, body_text="Hello?",
        sent_at=time.time(), thread_key=f"chat:{who}{i}"))
    Assignment(db).distribute_new()
print("done", started, time.time(), flush=True)
"""

TYPING_CHILD = """
import sys
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from agent_assist.services.agents import ScryptParams
from agent_assist.services.team import Team
from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile
from agent_assist.ui.bridge import TaskRunner, WorkerThread
from agent_assist.ui.composer.composer import Composer
from agent_assist.ui.team.composer_guard import ComposerGuard
app = QApplication(["typist", "-platform", "offscreen"])
profile = Profile.open_existing(sys.argv[1])
cid, agent, text = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
workspace = Workspace(profile)
team = Team(workspace, params=ScryptParams(n=2**10))
team.session.sign_in(agent)
composer = Composer()
runner = TaskRunner(WorkerThread())
guard = ComposerGuard(composer, team, runner, save_ms=200, max_wait_ms=60)
composer.set_conversation(workspace.conversation(cid))
guard.conversation_opened(composer.conversation)
# Acknowledge a save only once it is committed (on_done runs after the worker's commit).
guard.saved.connect(lambda _: print("saved " + str(len(composer.text())), flush=True))
position = [0]
def type_one():
    if position[0] < len(text):
        ch = text[position[0]]
        position[0] += 1
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(composer.edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
timer = QTimer()
timer.timeout.connect(type_one)
timer.start(15)
app.exec()
"""


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(tmp_path / "home")
    env["PYTHONPATH"] = str(REPO_ROOT)
    return env


def _spawn(tmp_path: Path, script: str, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *map(str, args)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=_env(tmp_path), cwd=str(REPO_ROOT),
    )


@pytest.fixture
def children() -> Iterator[list[subprocess.Popen[str]]]:
    procs: list[subprocess.Popen[str]] = []
    yield procs
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def _team(profile: Profile) -> tuple[int, int]:
    service = AgentService(profile.pool.get(), params=FAST)
    camille = service.add("Camille", Role.OWNER)
    return camille.id, service.add("Yasmine", actor=camille).id


def test_presence_from_another_process_shows_and_fades(
    profile: Profile, workspace: Workspace, tmp_path: Path, qtbot: QtBot,
    make_rig: RigFactory, children: list[subprocess.Popen[str]],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    camille, yasmine = _team(profile)
    cid = add_message(workspace, channel=Channel.DEMO_CHAT, sender="lea")
    agents = {a.id: a for a in AgentService(profile.pool.get()).list()}
    rig = make_rig(workspace, agents[camille])
    rig.window.inbox.select_id(cid)
    child = _spawn(tmp_path, PRESENCE_CHILD, profile.root, cid, yasmine)
    children.append(child)
    assert child.stdout is not None and child.stdin is not None
    assert child.stdout.readline().strip() == "beating", child.stderr.read() if child.stderr else ""
    banner = rig.ui.banner
    qtbot.waitUntil(lambda: banner.label.text() == "Yasmine is replying…", timeout=10_000)
    # A clean stop withdraws it at once.
    child.stdin.close()
    assert child.stdout.readline().strip() == "stopped"
    qtbot.waitUntil(banner.isHidden, timeout=10_000)
    # kill -9 leaves a row behind; it fades once its heartbeat is stale (1 s here).
    monkeypatch.setattr(collision, "FRESH_SECONDS", 1.0)
    again = _spawn(tmp_path, PRESENCE_CHILD, profile.root, cid, yasmine)
    children.append(again)
    assert again.stdout is not None
    assert again.stdout.readline().strip() == "beating"
    qtbot.waitUntil(lambda: not banner.isHidden(), timeout=10_000)
    again.send_signal(signal.SIGKILL)
    again.wait(timeout=10)
    qtbot.waitUntil(banner.isHidden, timeout=10_000)


def test_concurrent_writers_lose_and_duplicate_nothing(
    profile: Profile, workspace: Workspace, tmp_path: Path,
    children: list[subprocess.Popen[str]],
) -> None:
    camille, yasmine = _team(profile)
    cid = add_message(workspace, channel=Channel.DEMO_CHAT, sender="lea")
    agents = AgentService(profile.pool.get())
    Assignment(profile.pool.get()).set_round_robin(True, actor=agents.get(camille))
    who = {"a": camille, "b": yasmine}
    procs = [_spawn(tmp_path, WRITER_CHILD, profile.root, name, agent, cid, N_WRITES)
             for name, agent in who.items()]
    children.extend(procs)
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    spans: list[tuple[float, float]] = []
    for proc in procs:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
        word, start, end = out.split()
        assert word == "done"
        spans.append((float(start), float(end)))
    db = profile.pool.get()
    Assignment(db).distribute_new()  # anything still being built when the children stopped

    def count(sql: str, *params: object) -> int:
        return int(db.execute(sql, list(params)).fetchone()[0])

    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for name, agent in who.items():
        notes = [r[0] for r in db.execute(
            "SELECT body_text FROM messages WHERE direction = 'note' AND agent_id = ? "
            "ORDER BY id", [agent])]
        assert notes == [f"{name}-{i} @Camille" for i in range(N_WRITES)]  # all, in order, once
        assert count("SELECT count(*) FROM audit_log WHERE action = 'note' AND agent_id = ?",
                     agent) == N_WRITES
        draft = DraftStore(db).get(cid, agent)
        assert draft is not None and draft.body == f"{name} draft {N_WRITES - 1}"
    assert count("SELECT count(*) FROM drafts") == 2
    # The two were writing at the same time (SQLite's busy handler is not fair, so how
    # finely their commits interleave varies; that they overlapped does not).
    starts, ends = zip(*spans, strict=True)
    assert max(starts) < min(ends)
    # Camille is mentioned by Yasmine's notes only (never by her own).
    assert count("SELECT count(*) FROM mentions WHERE agent_id = ?", camille) == N_WRITES
    assert count("SELECT count(*) FROM messages WHERE provider_key LIKE 'race:%'") == 2 * N_WRITES
    new = [r[0] for r in db.execute(
        "SELECT c.id FROM conversations c JOIN messages m ON m.conversation_id = c.id "
        "WHERE m.provider_key LIKE 'race:%'")]
    assert len(set(new)) == 2 * N_WRITES
    # Round-robin from two processes: every new conversation assigned exactly once, fairly.
    assigned = [r[0] for r in db.execute(
        "SELECT subject_id FROM audit_log WHERE action = 'assign' AND details LIKE "
        "'%round_robin%'")]
    assert sorted(assigned) == sorted(new)
    owners = [r[0] for r in db.execute(
        f"SELECT assignee_id FROM conversations WHERE id IN ({','.join('?' * len(new))})", new)]
    assert sorted(owners.count(a) for a in (camille, yasmine)) == [N_WRITES, N_WRITES]


def test_a_draft_survives_kill_9_of_the_typing_process(
    profile: Profile, workspace: Workspace, tmp_path: Path, make_rig: RigFactory,  # noqa: F811
    children: list[subprocess.Popen[str]],
) -> None:
    _, yasmine = _team(profile)
    cid = add_message(workspace, channel=Channel.DEMO_CHAT, sender="lea")
    text = "Bonjour Léa, votre vase part demain matin avec un suivi. " * 4
    child = _spawn(tmp_path, TYPING_CHILD, profile.root, cid, yasmine, text)
    children.append(child)
    assert child.stdout is not None
    acknowledged = 0
    while acknowledged < 60:
        line = child.stdout.readline()
        assert line, child.stderr.read() if child.stderr else "the typist died"
        acknowledged = int(line.split()[1])
    child.send_signal(signal.SIGKILL)  # mid-sentence, mid-typing
    child.wait(timeout=10)
    draft = DraftStore(profile.pool.get()).get(cid, yasmine)
    assert draft is not None
    assert len(draft.body) >= acknowledged  # nothing committed was lost...
    assert text.startswith(draft.body)  # ...and nothing garbled
    assert len(draft.body) < len(text)  # it really died while typing
    # The next window of that agent gets the text back in its composer.
    agent = AgentService(profile.pool.get()).get(yasmine)
    rig = make_rig(workspace, agent)
    rig.window.inbox.select_id(cid)
    assert rig.window.composer.text() == draft.body


def test_one_sync_engine_per_profile_and_other_windows_are_clients(
    profile: Profile, workspace: Workspace, tmp_path: Path,
    children: list[subprocess.Popen[str]],
) -> None:
    AgentService(profile.pool.get(), params=FAST).add("Camille", Role.OWNER)
    engine = claim_role(profile.root)
    assert engine.is_engine
    try:
        second = claim_role(profile.root)
        assert second.is_client and second.engine_pid == str(os.getpid())
        # A second app process opens as a client window instead of refusing...
        gui = subprocess.Popen(
            [sys.executable, "-m", "agent_assist", "--profile", str(profile.root)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(tmp_path),
            cwd=str(REPO_ROOT))
        children.append(gui)

        def signed_in() -> bool:
            conn = sqlite3.connect(str(profile.db_path))
            try:
                rows = conn.execute(
                    "SELECT count(*) FROM audit_log WHERE action = 'session:sign_in'").fetchone()
                return bool(rows[0])
            finally:
                conn.close()

        wait_until(lambda: signed_in() or gui.poll() is not None, timeout=60,
                   what="the client window to sign its owner in")
        assert gui.poll() is None, gui.communicate()[1]  # running, not refused
        # ...while a second sync engine is still refused, with one sentence.
        sync = subprocess.run(
            [sys.executable, "-m", "agent_assist", "sync", "--profile", str(profile.root),
             "--once"], capture_output=True, text=True, env=_env(tmp_path), timeout=120,
            cwd=str(REPO_ROOT))
        assert_clean_error(sync, "already syncing")
        gui.terminate()
        gui.wait(timeout=30)
    finally:
        engine.release()
    # The engine gone, the next process becomes the engine.
    after = claim_role(profile.root)
    assert after.is_engine
    after.release()
    lock = InstanceLock(profile.root)
    assert lock.acquire()
    lock.release()


def test_round_robin_state_is_json(profile: Profile) -> None:
    """The cursor lives in settings as plain JSON other processes can read."""
    camille, _ = _team(profile)
    Assignment(profile.pool.get()).set_round_robin(
        True, actor=AgentService(profile.pool.get()).get(camille))
    raw = profile.pool.get().execute(
        "SELECT value FROM settings WHERE key = 'team.round_robin'").fetchone()[0]
    assert json.loads(raw) == {"enabled": True, "after_id": 0}
