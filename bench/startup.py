"""Startup, memory and search latency on a 100k-conversation profile, against baselines.

Baselines measured in the same run: a bare PySide6 window with a table (first paint and
RSS), and the raw FTS5 query for the same search terms. Prints ratios; `make bench`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from _common import ensure_demo_profile, percentile  # noqa: E402

from agent_assist.storage.profile import Profile  # noqa: E402
from agent_assist.storage.search import search, to_fts_query  # noqa: E402

QUERIES = [
    "commande", "refund", "livraison", "vase", "طلب", "parcel", "remboursement", "broken",
    "colis", "invoice", "cassé", "Instagram", "bougie", "شحن", "order", "merci", "tracking",
    "retard", "gift", "AL-10234",
]


def ensure_profile(path: Path, size: int) -> None:
    """The cached demo profile (bench/reports.py uses it too), set up for a solo owner."""
    ensure_demo_profile(path, size)
    _solo_owner(path)


def _solo_owner(path: Path) -> None:
    """The window opens straight away for a solo owner; a team first asks who is working,
    which would measure a person choosing, not the app starting."""
    import sqlite3

    conn = sqlite3.connect(path / "agent-assist.sqlite3")
    with conn:
        conn.execute("UPDATE agents SET active = 0 WHERE role = 'agent'")
    conn.close()


def first_paint(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from process start to the first painted page, and RSS (MB) at that moment."""
    start = time.time()
    out = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("PAINTED "):
            parts = line.split()
            return float(parts[1]) - start, float(parts[3])
    raise RuntimeError(f"no paint reported by {command}: {out.stdout}\n{out.stderr}")


def median_of(runs: int, command: list[str], env: dict[str, str]) -> tuple[float, float]:
    samples = [first_paint(command, env) for _ in range(runs)]
    return (
        statistics.median(s[0] for s in samples),
        statistics.median(s[1] for s in samples),
    )


def search_latency(profile_dir: Path, rounds: int = 5) -> tuple[list[float], list[float]]:
    profile = Profile.open_existing(profile_dir)
    db = profile.pool.get()
    app_times: list[float] = []
    raw_times: list[float] = []
    for query in QUERIES:  # warm the page cache for both
        search(db, query)
    for _ in range(rounds):
        for query in QUERIES:
            fts = to_fts_query(query)
            t0 = time.perf_counter()
            db.execute(
                "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rank LIMIT 50",
                [fts],
            ).fetchall()
            raw_times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            search(db, query, limit=50)
            app_times.append(time.perf_counter() - t0)
    profile.close()
    return app_times, raw_times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--profile", type=Path, default=Path("/tmp/agent-assist-bench-100k"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    ensure_profile(args.profile, args.size)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AGENT_ASSIST_EXIT_AFTER_FIRST_PAINT="1")
    bare_s, bare_rss = median_of(args.runs, [sys.executable, str(HERE / "_bare_window.py")], env)
    app_cmd = [sys.executable, "-m", "agent_assist", "--profile", str(args.profile)]
    app_s, app_rss = median_of(args.runs, app_cmd, env)
    app_q, raw_q = search_latency(args.profile)
    p50, p95 = percentile(app_q, 50), percentile(app_q, 95)
    r50, r95 = percentile(raw_q, 50), percentile(raw_q, 95)
    print(f"profile: {args.size:,} conversations ({args.profile})")
    print(f"startup to first painted inbox page: app {app_s * 1000:.0f} ms, bare window "
          f"{bare_s * 1000:.0f} ms -> ratio {app_s / bare_s:.2f} (target <= 2.5)")
    print(f"RSS at first paint: app {app_rss:.0f} MB, bare {bare_rss:.0f} MB -> "
          f"+{app_rss - bare_rss:.0f} MB (target <= +80 MB)")
    print(f"search over {len(QUERIES)} queries x5: app p50 {p50 * 1000:.2f} ms p95 {p95 * 1000:.2f} ms; "
          f"raw FTS5 p50 {r50 * 1000:.2f} ms p95 {r95 * 1000:.2f} ms -> p95 ratio "
          f"{p95 / r95:.2f} (target <= 1.5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
