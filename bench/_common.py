"""Helpers shared by the benchmark scripts: demo profiles, timing, percentiles, RESULTS.md."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "RESULTS.md"


def ensure_demo_profile(path: Path, size: int, marker: str = ".bench-{size}") -> None:
    """Build the demo profile of ``size`` conversations at ``path`` unless it is cached.

    A profile counts as cached when the file ``marker`` (``{size}`` is replaced by the size)
    is in it; otherwise the folder is deleted and rebuilt with ``python -m agent_assist demo``
    run from the repository root, then the marker is written.
    """
    done = path / marker.format(size=size)
    if done.exists():
        return
    if path.exists():
        shutil.rmtree(path)
    subprocess.run([sys.executable, "-m", "agent_assist", "demo", "--profile",
                    str(path.resolve()), "--size", str(size)], check=True, cwd=ROOT)
    done.write_text("ok")


def percentile(values: Sequence[float], pct: float) -> float:
    """The nearest-rank ``pct`` percentile (0-100) of ``values`` (not empty)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))]


def timed(fn: Callable[[], object]) -> float:
    """Wall seconds of one call of ``fn``."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def timed_wall_cpu(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of one call of ``fn``."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def write_results(heading: str, lines: Sequence[str], results: Path = RESULTS) -> None:
    """Replace (or add) the section ``heading`` of ``results``; other sections stay as they are."""
    text = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n"
    section = heading + "\n\n" + "\n".join(lines) + "\n"
    if heading in text:
        head, rest = text.split(heading, 1)
        following = rest.find("\n## ")
        tail = rest[following + 1:] if following >= 0 else ""
        text = head + section + ("\n" + tail if tail else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    results.write_text(text, encoding="utf-8")
