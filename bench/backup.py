"""Backup time and size on a 100k-conversation profile, against a raw SQLite online backup.

Baseline measured in the same run: Python's ``sqlite3`` online backup of the same database
to a file beside it (one step, no check, no zip). The app's backup adds the pinned-snapshot
step-wise copy, ``PRAGMA integrity_check``, the zip (deflate level 1) with the attachments,
reading the zip back and fsync. Also timed: the app's backup while another process commits
continuously (a step-wise backup without a pinned snapshot never finishes then).
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from _common import ensure_demo_profile  # noqa: E402

from agent_assist.services.backup import backup  # noqa: E402
from agent_assist.storage.profile import DB_NAME, Profile  # noqa: E402

WRITER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], timeout=30)
conn.execute("PRAGMA journal_mode = WAL")
conv = conn.execute("SELECT min(id) FROM conversations").fetchone()[0]
print("writing", flush=True)
n = 0
while True:
    conn.execute("UPDATE conversations SET priority = ? WHERE id = ?", (n % 3, conv))
    conn.commit()
    n += 1
    time.sleep(0.005)
"""


def raw_backup(db_path: Path, out: Path) -> float:
    start = time.perf_counter()
    source, target = sqlite3.connect(db_path), sqlite3.connect(out)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return time.perf_counter() - start


def app_backup(profile: Profile, out: Path) -> tuple[float, dict[str, float]]:
    """Seconds, and when each stage began (seconds from the start)."""
    stages: dict[str, float] = {}
    start = time.perf_counter()
    backup(profile, out, progress=lambda stage, _done: stages.setdefault(
        stage, time.perf_counter() - start))
    return time.perf_counter() - start, stages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--profile", type=Path,
                        default=Path("/tmp/agent-assist-bench-backup-100k"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    ensure_demo_profile(args.profile, args.size)
    profile = Profile.open_existing(args.profile)
    db_size = profile.db_path.stat().st_size
    out_dir = Path(tempfile.mkdtemp(prefix="bench-backup-", dir=args.profile.parent))
    raw_times, app_times, stage_runs = [], [], []
    zip_size = 0
    try:
        for i in range(args.runs):  # alternate, so both see the same cache and load
            raw_times.append(raw_backup(profile.db_path, out_dir / f"raw-{i}.sqlite3"))
            seconds, stages = app_backup(profile, out_dir / f"app-{i}.zip")
            app_times.append(seconds)
            stage_runs.append(stages)
            zip_size = (out_dir / f"app-{i}.zip").stat().st_size
            (out_dir / f"raw-{i}.sqlite3").unlink()
            (out_dir / f"app-{i}.zip").unlink()
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(args.profile / DB_NAME)],
                                  stdout=subprocess.PIPE, text=True)
        try:
            assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
            busy_seconds, _stages = app_backup(profile, out_dir / "busy.zip")
        finally:
            writer.kill()
            writer.wait()
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)
        profile.close()
    raw, app = statistics.median(raw_times), statistics.median(app_times)
    middle = sorted(range(len(app_times)), key=app_times.__getitem__)[len(app_times) // 2]
    starts = [*stage_runs[middle].items(), ("end", app_times[middle])]
    spans = {name: later - at for (name, at), (_next, later) in itertools.pairwise(starts)}
    print(f"profile: {args.size:,} conversations ({args.profile}), "
          f"database {db_size / 1e6:.0f} MB")
    print(f"raw sqlite3 online backup: {raw:.2f} s (median of {args.runs})")
    print(f"app backup (snapshot + integrity check + zip + read-back): {app:.2f} s -> ratio "
          f"{app / raw:.1f}x the raw copy")
    print("  stages: " + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in spans.items()))
    print(f"backup file: {zip_size / 1e6:.0f} MB ({zip_size / db_size:.0%} of the database)")
    print(f"app backup while another process commits every ~5 ms: {busy_seconds:.2f} s "
          f"({busy_seconds / app:.2f}x the quiet run)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
