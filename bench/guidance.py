"""Guidance vs opening a conversation, on a 100k-conversation profile (target: <= 1/10).

Baseline measured in the same run: opening a conversation in the real main window
(``MainWindow.open_conversation`` + the queued events + a repaint, i.e. until the thread is
on screen). Guidance is computed for that same conversation right after it was opened,
which is when the app computes it, in the panel's two steps: the cards (situation,
customer card, playbook, templates ranked by triggers and FTS5 similarity), then the past
replies to similar messages (FTS5 over every message). Each conversation is opened and
guided once; the compiled library (templates, playbooks, rules) is loaded once, as in the
app. For reference, complete guidance is also timed on conversations nobody opened.

    python bench/guidance.py [--profile /tmp/g100k] [--size 100000] [--samples 200]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import ensure_demo_profile, percentile, timed  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from agent_assist.services.guidance import guidance_for, past_replies  # noqa: E402
from agent_assist.services.template_library import library  # noqa: E402
from agent_assist.services.workspace import Workspace  # noqa: E402
from agent_assist.storage.profile import Profile  # noqa: E402
from agent_assist.storage.repositories import Repos  # noqa: E402
from agent_assist.ui.bridge import ImmediateExecutor  # noqa: E402
from agent_assist.ui.guidance.guidance_panel import GuidancePanel  # noqa: E402
from agent_assist.ui.main_window import MainWindow  # noqa: E402

WARM_UP = 20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--profile", type=Path, default=Path("/tmp/g100k"))
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args()
    ensure_demo_profile(args.profile, args.size)

    app = QApplication.instance() or QApplication([])
    profile = Profile.open_existing(args.profile)
    workspace = Workspace(profile)
    repos = Repos.of(profile.pool.get())
    total = repos.conversations.total()
    rng = random.Random(20251123)
    ids = rng.sample(range(1, total + 1), 2 * (args.samples + WARM_UP))
    sampled, cold_ids = ids[: args.samples + WARM_UP], ids[args.samples + WARM_UP:]

    window = MainWindow(workspace, executor=ImmediateExecutor())
    if isinstance(window.guidance, GuidancePanel):
        # Once the panel is wired in, opening schedules guidance; with the immediate
        # executor that would run inside the "open" timing. Guidance is timed on its own.
        window.guidance.run_in_background = lambda fn, done: None
    window.resize(1300, 800)
    window.show()
    window.start()
    app.processEvents()

    def open_one(cid: int) -> None:
        window.open_conversation(cid)
        app.processEvents()
        window.repaint()

    now = time.time()
    library(repos.db)  # compiled once per profile, as in the app
    open_times: list[float] = []
    cards: list[float] = []
    replies: list[float] = []
    for cid in sampled:
        open_times.append(timed(lambda c=cid: open_one(c)))
        start = time.perf_counter()
        guidance = guidance_for(repos, cid, now, similar=False)
        cards.append(time.perf_counter() - start)
        replies.append(timed(lambda g=guidance: past_replies(repos, g)))
    open_times, cards, replies = open_times[WARM_UP:], cards[WARM_UP:], replies[WARM_UP:]
    complete = [a + b for a, b in zip(cards, replies, strict=True)]
    cold = [timed(lambda c=cid: guidance_for(repos, c, now)) for cid in cold_ids][WARM_UP:]
    window.shutdown()
    profile.close()

    o50, k50, r50, g50, c50 = (statistics.median(x)
                               for x in (open_times, cards, replies, complete, cold))
    o90, k90, g90 = (percentile(open_times, 90), percentile(cards, 90),
                     percentile(complete, 90))
    print(f"profile: {total:,} conversations ({args.profile}), {args.samples} samples each")
    print(f"open a conversation (main window, until painted): p50 {o50 * 1000:6.2f} ms, "
          f"p90 {o90 * 1000:6.2f} ms")
    print(f"guidance, right after opening: cards            p50 {k50 * 1000:6.2f} ms, "
          f"p90 {k90 * 1000:6.2f} ms")
    print(f"                               + past replies   p50 {r50 * 1000:6.2f} ms")
    print(f"                               = complete       p50 {g50 * 1000:6.2f} ms, "
          f"p90 {g90 * 1000:6.2f} ms")
    print(f"complete, on conversations nobody opened:       p50 {c50 * 1000:6.2f} ms")
    print(f"ratio cards / open:    p50 {k50 / o50:.3f}, p90 {k90 / o90:.3f} (target <= 0.100)")
    print(f"ratio complete / open: p50 {g50 / o50:.3f}, p90 {g90 / o90:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
