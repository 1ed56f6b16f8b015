"""Chat latency: a Matrix message from the customer → visible in the inbox model.

Runs a real Synapse (the test suite's fixture: its cached venv, SQLite, 127.0.0.1). For each
of N messages the customer sends one text; two clients long-poll /sync at the same time:

* baseline: a bare matrix-nio AsyncClient (its own device) — the time until its /sync
  returns the event is the raw nio sync latency;
* app: the app's MatrixRunner (sync, ingest, commit with the cursor) plus the UI's
  InboxModel refreshed from Workspace.inbox_ids — the time until the model's row shows
  the message.

Prints p50/p95 of both and their ratio, and records them in bench/RESULTS.md under
"Chat (Matrix)". `python bench/chat.py [--messages 100]`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.fixtures.memory_keyring.MemoryKeyring"

from _common import RESULTS, percentile, write_results  # noqa: E402
from nio import AsyncClient, SyncResponse  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402

from agent_assist.services.matrix.accounts import add_matrix_account  # noqa: E402
from agent_assist.services.matrix.runner import MatrixRunner, sync_once  # noqa: E402
from agent_assist.services.workspace import Workspace  # noqa: E402
from agent_assist.storage.profile import Profile  # noqa: E402
from agent_assist.storage.repositories import InboxQuery  # noqa: E402
from agent_assist.storage.secrets import SecretStore  # noqa: E402
from agent_assist.ui.inbox.model import InboxModel  # noqa: E402
from tests.fixtures.synapse import MatrixTestUser, SynapseServer, synapse_python  # noqa: E402

HEADING = "## Chat (Matrix)"
TIMEOUT = 15.0


class RawNioWatcher(threading.Thread):
    """A bare nio client long-polling /sync; records when each event id first arrives."""

    def __init__(self, base_url: str, user: MatrixTestUser) -> None:
        super().__init__(name="raw-nio", daemon=True)
        self.base_url, self.user = base_url, user
        self.seen: dict[str, float] = {}
        self.ready = threading.Event()
        self._stop = False

    def run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        client = AsyncClient(self.base_url, self.user.user_id)
        await client.login(self.user.password, device_name="bench raw nio")
        first = await client.sync(timeout=0)
        assert isinstance(first, SyncResponse)
        since = first.next_batch
        self.ready.set()
        while not self._stop:
            response = await client.sync(timeout=30_000, since=since)
            now = time.perf_counter()
            if not isinstance(response, SyncResponse):
                continue
            since = response.next_batch
            for room in response.rooms.join.values():
                for event in room.timeline.events:
                    self.seen.setdefault(event.event_id, now)
        await client.close()

    def stop(self) -> None:
        self._stop = True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=100)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    app = QCoreApplication.instance() or QCoreApplication([])
    root = Path(tempfile.mkdtemp(prefix="agentassist-bench-chat-"))
    began = time.perf_counter()
    python = synapse_python()
    venv_s = time.perf_counter() - began
    server = SynapseServer(root / "synapse", python)
    server_start = server.start()
    runner: MatrixRunner | None = None
    raw: RawNioWatcher | None = None
    profile = Profile.create_or_open(root / "profile")
    try:
        shop, customer = server.register(), server.register()
        workspace = Workspace(profile)
        secrets = SecretStore(profile.root)
        account = add_matrix_account(workspace.repos(), secrets, "bench", server.base_url,
                                     shop.user_id, password=shop.password)
        room = customer.create_room(invite=(shop.user_id,))
        customer.send_text(room, "warm-up")
        sync_once(profile, account, secrets)  # joins the DM and stores the warm-up message
        conv_id = workspace.repos().conversations.find_by_thread_key(account.id, f"mx:{room}")
        assert conv_id is not None

        raw = RawNioWatcher(server.base_url, shop)
        raw.start()
        raw.ready.wait(30)
        synced = threading.Event()
        runner = MatrixRunner(profile, workspace.repos().accounts.get(account.id) or account,
                              secrets, lambda event, _payload: synced.set())
        runner.start()
        model = InboxModel(workspace.conversations)
        query = InboxQuery(view="all")
        app_lat: list[float] = []
        raw_lat: list[float] = []
        for i in range(args.messages):
            text = f"Bench message {i}: is my order on its way?"
            synced.clear()
            t0 = time.perf_counter()
            event_id = customer.send_text(room, text)
            deadline = t0 + TIMEOUT
            shown = None
            while shown is None:
                synced.wait(0.05)
                synced.clear()
                model.set_ids(workspace.inbox_ids(query))  # what the inbox does on "synced"
                row = model.row_of(conv_id)
                conv = model.conversation(row) if row >= 0 else None
                if conv is not None and conv.snippet == text:
                    shown = time.perf_counter()
                elif time.perf_counter() > deadline:
                    raise SystemExit(f"message {i} not shown after {TIMEOUT:g} s")
            while event_id not in raw.seen:
                if time.perf_counter() > deadline:
                    raise SystemExit(f"raw nio never saw message {i}")
                time.sleep(0.005)
            app_lat.append(shown - t0)
            raw_lat.append(raw.seen[event_id] - t0)
    finally:
        if runner is not None:
            runner.stop()
            runner.join(10)
        if raw is not None:
            raw.stop()
        server.stop()
        profile.close()
        shutil.rmtree(root, ignore_errors=True)
    del app
    a50, a95 = percentile(app_lat, 50), percentile(app_lat, 95)
    r50, r95 = percentile(raw_lat, 50), percentile(raw_lat, 95)
    lines = [
        f"Measured {time.strftime('%Y-%m-%d')} on {platform.system()} "
        f"{platform.machine()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores; {len(app_lat)} messages, Synapse on 127.0.0.1 (SQLite).",
        "",
        "| customer message → … | p50 | p95 | mean |",
        "|---|---|---|---|",
        f"| raw matrix-nio /sync returns it (baseline) | {r50 * 1000:.1f} ms | "
        f"{r95 * 1000:.1f} ms | {statistics.mean(raw_lat) * 1000:.1f} ms |",
        f"| visible in the inbox model (sync, ingest, commit, model refresh) | "
        f"{a50 * 1000:.1f} ms | {a95 * 1000:.1f} ms | {statistics.mean(app_lat) * 1000:.1f} ms |",
        "",
        f"p95 ratio app / raw nio: **{a95 / r95:.2f}**; p50 ratio {a50 / r50:.2f}.",
        f"Synapse start to ready: {server_start:.2f} s (its venv: "
        f"{'cached' if venv_s < 1 else f'created in {venv_s:.0f} s'}).",
    ]
    print("\n".join(lines))
    if not args.no_write:
        write_results(HEADING, lines)
        print(f"\nwritten to {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
