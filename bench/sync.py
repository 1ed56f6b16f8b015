"""Email sync: first sync of a 20,000-message mailbox, push latency, GUI responsiveness.

A private Dovecot (the test suite's DovecotServer, outside pytest) holds a generated shop
mailbox (French, English and Arabic; threads; ~10 % with attachments; see _mailbox.py),
seeded as Maildir files. Measured in one run:

* raw baseline: imapclient fetching every message's BODY.PEEK[] (best of two runs, one
  before and one after the app, after an untimed warm-up that builds Dovecot's index);
* the app's full first sync: ``catch_up_once`` with ``make_parse_executor()`` (fetch, parse
  on every core, store, full-text index) into a fresh profile — ratio to the raw fetch;
* push latency: LMTP delivery -> the new conversation in ``Workspace.inbox_ids`` through a
  running AccountRunner (what the inbox shows on its next refresh), p50/p95 over N
  deliveries, beside Dovecot's own IDLE notification delay measured by a raw imapclient
  IDLE waiting for EXISTS on the same deliveries;
* GUI stall: an offscreen MainWindow with a 10 ms QTimer while a SyncController runs the
  full first sync of the same mailbox into another fresh profile (the inbox refreshing as
  batches land); the longest gap between ticks, against the same timer with no sync.

`python bench/sync.py [--messages 20000] [--deliveries 50] [--no-write] [--cprofile]`.
Figures go to bench/RESULTS.md under "Email sync".
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import signal
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

import _mailbox  # noqa: E402
from _common import RESULTS, percentile, write_results  # noqa: E402
from _gui_stall import gui_stall  # noqa: E402
from imapclient import IMAPClient  # noqa: E402

from agent_assist.core.models import Account  # noqa: E402
from agent_assist.services.email.accounts import EmailSettings, add_email_account  # noqa: E402
from agent_assist.services.email.parsing import make_parse_executor  # noqa: E402
from agent_assist.services.email.runner import AccountRunner, catch_up_once  # noqa: E402
from agent_assist.services.workspace import Workspace  # noqa: E402
from agent_assist.storage.profile import Profile  # noqa: E402
from agent_assist.storage.repositories import InboxQuery  # noqa: E402
from agent_assist.storage.secrets import SecretStore  # noqa: E402
from tests.fixtures.dovecot import DovecotServer, MailUser, make_root  # noqa: E402

# Findings from profiling this benchmark (py-spy, 2026-11-23); kept with the figures.
NOTES = [
    "Why the first sync misses 3x, and what was done:",
    "",
    "* Before: 155 s for this mailbox (ratio 28). Threading looked Message-IDs up with "
    "`IN (...)`, which the partial index could not serve: a table scan per message, growing "
    "with the mailbox (migration 0009 adds a full index). The sync's per-message SELECTs are "
    "now set-based per batch; big base64 attachments are set aside before MIME parsing "
    "(3.2 -> 1.0 ms per such message, identical result, checked on the corpus); fetching "
    "runs on its own thread ahead of storing; parse workers run at lower CPU priority.",
    "* Now (py-spy on the storing thread): zlib compression of each raw message in "
    "`storage.blobs.put_raw` is about half of it (43 MB/s on base64-heavy mail here, ~5 CPU-s "
    "for 209 MB), the Ingestor's SQLite statements (~11 per message) about a third; the "
    "fetch thread is mostly imapclient parsing FETCH responses; parse workers spend "
    "~0.5 ms per message in the stdlib feed parser.",
    "* The app needs about ten times the raw fetch's CPU (see the CPU row), so 2 cores cannot "
    "reach 3x. "
    "Next steps outside the sync engine: let put_raw take a payload compressed by the parse "
    "workers (or skip compressing base64-heavy raw), batch the Ingestor's contact and "
    "conversation lookups per transaction, and a faster MIME parser.",
    "* GUI stalls come from the sync threads sharing the GIL with the GUI thread; the "
    "controller signals new mail at most twice a second, and parse workers are niced.",
]

HEADING = "## Email sync"
RAW_BATCH = 1000


# -- the mailbox and the baseline ------------------------------------------------------------

def imap_client(server: DovecotServer, user: MailUser) -> IMAPClient:
    client = IMAPClient(server.host, port=server.imap_port, ssl=False, timeout=60)
    client.login(user.name, user.password)
    return client


def raw_fetch(server: DovecotServer, user: MailUser) -> tuple[float, int, int]:
    """Seconds to fetch every message's bytes with imapclient; (seconds, messages, bytes)."""
    started = time.perf_counter()
    client = imap_client(server, user)
    try:
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search("ALL"))
        count = size = 0
        for start in range(0, len(uids), RAW_BATCH):
            chunk = uids[start:start + RAW_BATCH]
            data = client.fetch(chunk, ["BODY.PEEK[]"])
            count += len(data)
            size += sum(len(v[b"BODY[]"]) for v in data.values())
    finally:
        client.logout()
    return time.perf_counter() - started, count, size


def new_account(profile: Profile, server: DovecotServer, user: MailUser) -> Account:
    settings = EmailSettings(
        imap_host=server.host, imap_port=server.imap_port, imap_tls="none",
        smtp_host=server.host, smtp_port=1, smtp_tls="none", user=user.name,
        email=_mailbox.SHOP, timeout=60)
    return add_email_account(Workspace(profile).repos(), SecretStore(profile.root), "shop",
                             settings, user.password)


def worker_cpu(executor: object) -> float | None:
    """CPU seconds used so far by a process pool's workers (Linux /proc), else None."""
    processes = getattr(executor, "_processes", None) or {}
    try:
        tick = os.sysconf("SC_CLK_TCK")
        total = 0.0
        for pid in list(processes):
            fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
            total += (int(fields[11]) + int(fields[12])) / tick
        return total
    except (OSError, ValueError):
        return None


def app_first_sync(server: DovecotServer, user: MailUser, folder: Path,
                   cprofile: bool) -> tuple[float, Profile, Account, int, float, float | None]:
    """(seconds, profile, account, new messages, app-process CPU s, parse workers' CPU s)."""
    profile = Profile.create_or_open(folder)
    account = new_account(profile, server, user)
    executor = make_parse_executor()
    try:
        cpu_before = time.process_time()
        started = time.perf_counter()
        if cprofile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            report = profiler.runcall(catch_up_once, profile, account, SecretStore(profile.root),
                                      executor=executor)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        else:
            report = catch_up_once(profile, account, SecretStore(profile.root),
                                   executor=executor)
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu_before
        workers = worker_cpu(executor)
    finally:
        executor.shutdown()
    return seconds, profile, account, report.new, cpu, workers


# -- push latency ---------------------------------------------------------------------------

class IdleWatcher(threading.Thread):
    """A raw imapclient IDLE on INBOX: when does Dovecot announce message number N?"""

    def __init__(self, server: DovecotServer, user: MailUser) -> None:
        super().__init__(name="raw-idle", daemon=True)
        self.client = imap_client(server, user)
        self.exists: dict[int, float] = {}
        self.ready = threading.Event()
        self.done = threading.Event()

    def run(self) -> None:
        client = self.client
        client.select_folder("INBOX", readonly=True)
        client.idle()
        self.ready.set()
        while not self.done.is_set():
            for response in client.idle_check(timeout=0.2):
                if len(response) >= 2 and response[1] == b"EXISTS":
                    self.exists.setdefault(int(response[0]), time.perf_counter())
        client.idle_done()
        client.logout()


def push_latency(server: DovecotServer, user: MailUser, profile: Profile, account: Account,
                 deliveries: int) -> tuple[list[float], list[float]]:
    synced = threading.Event()

    def notify(event: str, payload: object) -> None:
        if event == "synced":
            synced.set()

    runner = AccountRunner(profile, account, SecretStore(profile.root), notify,
                           catch_up_seconds=3600)
    runner.start()
    watcher = IdleWatcher(server, user)
    watcher.start()
    workspace = Workspace(profile)
    app: list[float] = []
    raw: list[float] = []
    try:
        if not synced.wait(120) or not watcher.ready.wait(10):
            raise RuntimeError("the runner or the IDLE watcher did not start")
        count = len(imap_exists(server, user))
        for i in range(deliveries):
            known = set(workspace.inbox_ids(InboxQuery("all")))
            synced.clear()
            started = time.perf_counter()
            server.deliver(user.address, _mailbox.single(i))
            deadline = started + 30
            while True:
                # The runner's "synced" is what makes the GUI refresh its inbox ids.
                if synced.wait(0.05):
                    synced.clear()
                    if set(workspace.inbox_ids(InboxQuery("all"))) - known:
                        app.append(time.perf_counter() - started)
                        break
                if time.perf_counter() > deadline:
                    raise RuntimeError(f"delivery {i} never became visible")
            count += 1
            seen = watcher.exists.get(count)
            while seen is None and time.perf_counter() < deadline:
                time.sleep(0.005)
                seen = watcher.exists.get(count)
            if seen is not None:
                raw.append(seen - started)
    finally:
        watcher.done.set()
        watcher.join(5)
        runner.stop()
        runner.join(15)
        profile.pool.close_current()
    return app, raw


def imap_exists(server: DovecotServer, user: MailUser) -> list[int]:
    client = imap_client(server, user)
    try:
        client.select_folder("INBOX", readonly=True)
        return list(client.search("ALL"))
    finally:
        client.logout()


# -- main -----------------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--deliveries", type=int, default=50)
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--cprofile", action="store_true", help="profile the app's sync")
    parser.add_argument("--skip-gui", action="store_true")
    args = parser.parse_args()
    # A plain kill (SIGTERM) still stops Dovecot and deletes the 200 MB mailbox.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    root = make_root()
    work = Path(tempfile.mkdtemp(prefix="agent-assist-bench-sync-"))
    server = DovecotServer(root)
    server.start()
    try:
        user = server.add_user()
        started = time.perf_counter()
        seeded = server.seed_maildir(user, _mailbox.generate(args.messages))
        seed_s = time.perf_counter() - started
        raw_fetch(server, user)  # warm-up: Dovecot builds its index and cache
        raw_cpu = time.process_time()
        raw1, count, size = raw_fetch(server, user)
        raw_cpu = time.process_time() - raw_cpu
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        app_s, profile, account, new, app_cpu, workers_cpu = app_first_sync(
            server, user, work / "first", args.cprofile)
        raw2, _, _ = raw_fetch(server, user)
        raw_s = min(raw1, raw2)
        cpu_text = (f"app process {app_cpu:.1f} s + parse workers "
                    f"{workers_cpu:.1f} s" if workers_cpu is not None else
                    f"app process {app_cpu:.1f} s")
        print(f"mailbox: {seeded:,} messages, {size / 1e6:.0f} MB (seeded in {seed_s:.1f} s)")
        print(f"raw imapclient fetch: {raw1:.2f} s / {raw2:.2f} s -> best {raw_s:.2f} s "
              f"({count:,} messages)")
        print(f"app first sync (fetch+parse+store+index): {app_s:.2f} s, {new:,} new "
              f"({new / app_s:,.0f} msg/s) -> ratio {app_s / raw_s:.2f} (target <= 3)")
        print(f"CPU: {cpu_text}; raw fetch {raw_cpu:.1f} s; load average before: {load:.1f}")
        app_lat, raw_lat = push_latency(server, user, profile, account, args.deliveries)
        profile.close()
        print(f"push latency over {len(app_lat)} deliveries: app p50 "
              f"{percentile(app_lat, 50) * 1000:.0f} ms p95 {percentile(app_lat, 95) * 1000:.0f} ms;"
              f" Dovecot IDLE EXISTS p50 {percentile(raw_lat, 50) * 1000:.0f} ms p95 "
              f"{percentile(raw_lat, 95) * 1000:.0f} ms")
        stall = None
        if not args.skip_gui:
            stall = gui_stall(work / "gui", seeded,
                              lambda profile: new_account(profile, server, user))
            print(f"GUI during a full sync ({stall[3]:.1f} s): longest stall "
                  f"{stall[0] * 1000:.0f} ms, p99 tick gap {stall[1] * 1000:.0f} ms "
                  f"(10 ms timer; idle: longest {stall[2] * 1000:.0f} ms)")
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
    if not args.no_write:
        lines = [
            f"Measured {time.strftime('%Y-%m-%d')} on {platform.system()} {platform.machine()}, "
            f"Python {platform.python_version()}, {os.cpu_count()} cores; Dovecot on 127.0.0.1 "
            f"(tmpfs), {seeded:,} messages ({size / 1e6:.0f} MB: French, English, Arabic; "
            f"~10 % with an attachment). The machine was shared (load average {load:.1f} "
            "before the sync): expect ±30 % between runs.",
            "",
            "| measure | app | baseline | ratio |",
            "|---|---|---|---|",
            f"| first sync: fetch + parse + store + index | {app_s:.2f} s ({new / app_s:,.0f} "
            f"msg/s) | raw imapclient fetch {raw_s:.2f} s | **{app_s / raw_s:.2f}** "
            "(target ≤ 3) |",
            f"| push: LMTP delivery → conversation in the inbox ids, p50 / p95 "
            f"({len(app_lat)} deliveries) | {percentile(app_lat, 50) * 1000:.0f} / "
            f"{percentile(app_lat, 95) * 1000:.0f} ms | Dovecot IDLE EXISTS "
            f"{percentile(raw_lat, 50) * 1000:.0f} / {percentile(raw_lat, 95) * 1000:.0f} ms | "
            f"{percentile(app_lat, 95) / max(percentile(raw_lat, 95), 1e-6):.2f} (p95) |",
        ]
        lines.append(f"| CPU of the first sync | {cpu_text} | raw fetch {raw_cpu:.1f} s | "
                     f"{(app_cpu + (workers_cpu or 0)) / max(raw_cpu, 1e-6):.1f} |")
        if stall is not None:
            lines.append(
                f"| GUI event loop during the full sync ({stall[3]:.1f} s, 10 ms timer): "
                f"longest stall / p99 gap | {stall[0] * 1000:.0f} / {stall[1] * 1000:.0f} ms | "
                f"idle longest gap {stall[2] * 1000:.0f} ms | |")
        write_results(HEADING, [*lines, "", *NOTES])
        print(f"\nwritten to {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
