"""Import speed: an mbox and a Maildir against the email sync's parse-and-store path.

The same N generated shop messages (French, English, Arabic; threads; ~10 % with
attachments; see _mailbox.py) are written once as an mbox file and as a Maildir. Measured
in one run, each into a fresh profile on the same disk:

* baseline — the sync's parse-and-store path: ``FolderSync.catch_up`` (the IMAP sync
  engine: read-ahead thread, ``parse_batch`` in ``make_parse_executor()`` processes,
  ``_store_batch`` with its set-based lookups, full-text index) fed by an in-memory session
  that serves the raw bytes without any network;
* ``import_paths`` of the mbox file, and of the Maildir folder (reading, parsing, storing).

Each path runs ``--rounds`` times in alternating order; the best round counts (the machine
is shared). Prints messages/s and the ratio import / sync (target ≥ 1).

`python bench/import.py [--messages 20000] [--rounds 2] [--dir /tmp]`
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.fixtures.memory_keyring.MemoryKeyring"

import _mailbox  # noqa: E402

from agent_assist.channels.email.imap_types import FetchedMessage, FolderState  # noqa: E402
from agent_assist.services.email.accounts import EmailSettings, add_email_account  # noqa: E402
from agent_assist.services.email.parsing import make_parse_executor  # noqa: E402
from agent_assist.services.email.sync import FolderSync  # noqa: E402
from agent_assist.services.importer import import_paths  # noqa: E402
from agent_assist.services.workspace import Workspace  # noqa: E402
from agent_assist.storage.profile import Profile  # noqa: E402
from agent_assist.storage.secrets import SecretStore  # noqa: E402

UIDVALIDITY = 1


@dataclass(frozen=True)
class Run:
    """One timed path: wall seconds, messages stored, CPU seconds of every process."""

    seconds: float
    stored: int
    cpu: float

    @property
    def rate(self) -> float:
        return self.stored / self.seconds


class LocalSession:
    """Stands in for ImapSession: one INBOX whose raw messages are already in memory."""

    condstore = False

    def __init__(self, raws: Sequence[bytes]) -> None:
        self.raws = raws

    def sent_folder(self) -> str | None:
        return None

    def select(self, folder: str) -> FolderState:
        n = len(self.raws)
        return FolderState(folder, UIDVALIDITY, n + 1, None, n)

    def search_uids(self, folder: str, since_uid: int | None = None) -> list[int]:
        return list(range((since_uid or 0) + 1, len(self.raws) + 1))

    def fetch_raw(self, uids: Sequence[int], batch: int = 200,
                  folder: str | None = None) -> Iterator[FetchedMessage]:
        for uid in uids:
            yield FetchedMessage(uid, (), self.raws[uid - 1], None)


def write_sources(raws: Sequence[bytes], folder: Path) -> tuple[Path, Path]:
    """The messages as an mboxrd file and as a Maildir (one file each in cur/)."""
    mbox = folder / "shop.mbox"
    with mbox.open("wb") as out:
        for raw in raws:
            out.write(b"From customer@example.com Mon Jan  6 08:00:00 2025\n")
            out.write(raw.replace(b"\nFrom ", b"\n>From "))
            out.write(b"\n" if raw.endswith(b"\n") else b"\n\n")
    maildir = folder / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    for n, raw in enumerate(raws):
        (maildir / "cur" / f"{1_700_000_000 + n}.{n}.bench:2,S").write_bytes(raw)
    return mbox, maildir


def cpu_seconds() -> float:
    """CPU used so far by this process and its finished children (the parser processes)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def sync_path(raws: Sequence[bytes], folder: Path) -> tuple[float, int]:
    profile = Profile.create_or_open(folder)
    settings = EmailSettings(imap_host="localhost", imap_port=1, imap_tls="none",
                             smtp_host="localhost", smtp_port=1, smtp_tls="none", user="shop",
                             email=_mailbox.SHOP, watch_sent=False)
    workspace = Workspace(profile)
    account = add_email_account(workspace.repos(), SecretStore(profile.root), f"shop-{folder.name}",
                                settings, "unused")
    executor = make_parse_executor()
    try:
        started = time.perf_counter()
        sync = FolderSync(workspace.repos(), workspace.ingestor(), account, executor=executor)
        report = sync.catch_up(LocalSession(raws))  # type: ignore[arg-type]
        seconds = time.perf_counter() - started
    finally:
        executor.shutdown()
        profile.close()
    return seconds, report.new


def import_path(source: Path, folder: Path) -> tuple[float, int]:
    profile = Profile.create_or_open(folder)
    try:
        started = time.perf_counter()
        counts = import_paths(profile, [source])
        seconds = time.perf_counter() - started
    finally:
        profile.close()
    return seconds, counts.imported


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--dir", type=Path, default=None, help="where to put the files")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-import-", dir=args.dir))
    try:
        started = time.perf_counter()
        raws = list(_mailbox.generate(args.messages))
        mbox, maildir = write_sources(raws, work)
        size = sum(len(r) for r in raws)
        print(f"{len(raws):,} messages, {size / 1e6:.0f} MB, generated and written in "
              f"{time.perf_counter() - started:.1f} s ({work})")
        runs: dict[str, Callable[[Path], tuple[float, int]]] = {
            "sync parse-and-store": lambda f: sync_path(raws, f),
            "import mbox": lambda f: import_path(mbox, f),
            "import Maildir": lambda f: import_path(maildir, f),
        }
        best: dict[str, Run] = {}
        order = list(runs)
        for round_ in range(args.rounds):
            for name in order if round_ % 2 == 0 else reversed(order):
                folder = work / f"profile-{round_}-{name.split()[-1]}"
                cpu_before = cpu_seconds()
                seconds, stored = runs[name](folder)
                run = Run(seconds, stored, cpu_seconds() - cpu_before)
                shutil.rmtree(folder, ignore_errors=True)
                print(f"  round {round_ + 1}: {name}: {stored:,} stored in {seconds:.1f} s "
                      f"({stored / seconds:,.0f} msg/s, {run.cpu:.1f} CPU-s)")
                if name not in best or seconds < best[name].seconds:
                    best[name] = run
        report(best, args.messages, size)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def report(best: dict[str, Run], messages: int, size: int) -> None:
    base = best["sync parse-and-store"]
    print()
    print(f"Measured {time.strftime('%Y-%m-%d')} on {platform.system()} {platform.machine()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}; {messages:,} messages "
          f"({size / 1e6:.0f} MB); best of the rounds; peak RSS of this process "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB.")
    print()
    print("| path | stored | seconds | messages/s | CPU-s (all processes) | ratio to the sync path |")
    print("|---|---|---|---|---|---|")
    for name, run in best.items():
        ratio = run.rate / base.rate
        print(f"| {name} | {run.stored:,} | {run.seconds:.1f} | {run.rate:,.0f} | {run.cpu:.1f} | "
              f"**{ratio:.2f}×** |")


if __name__ == "__main__":
    sys.exit(main())
