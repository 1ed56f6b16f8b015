"""Whether another process has a profile's database open (a restore must not pull it away).

Every open SQLite connection in WAL mode keeps a shared lock on the database file and on
its ``-shm`` file for as long as it is open, even when idle. On Linux ``/proc/locks`` lists
those locks with the holder's process id, so this process's own connections are told apart
without touching any lock (opening and closing the files here would drop this process's
POSIX locks). Elsewhere an exclusive-lock probe answers; it must run once this process has
closed its own connections, which the GUI does before it restores.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

from agent_assist.storage.profile import DB_NAME

PROC_LOCKS = Path("/proc/locks")
_FILE_ID = re.compile(r"^([0-9a-f]+):([0-9a-f]+):(\d+)$")


def other_holders(db_path: Path, proc_locks: Path = PROC_LOCKS) -> set[int] | None:
    """Ids of other processes holding a lock on the database or its -shm/-wal files.

    None when the system does not say (no ``/proc/locks``); an empty set when nobody else.
    """
    try:
        text = proc_locks.read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    files: set[tuple[int, int]] = set()
    for suffix in ("", "-shm", "-wal"):
        try:
            st = os.stat(str(db_path) + suffix)
        except OSError:
            continue
        files.add((st.st_dev, st.st_ino))
    inodes = {ino for _dev, ino in files}
    me = os.getpid()
    holders: set[int] = set()
    for line in text.splitlines():
        fields = line.split()
        for i, field in enumerate(fields[1:], start=1):
            match = _FILE_ID.match(field)
            if not match or not fields[i - 1].lstrip("-").isdigit():
                continue
            device = os.makedev(int(match.group(1), 16), int(match.group(2), 16))
            inode = int(match.group(3))
            # Overlay filesystems may report another device than stat(): the inode decides.
            if inode in inodes and ((device, inode) in files or not _same_device_known(files,
                                                                                    device)):
                pid = int(fields[i - 1])
                if pid != me:
                    holders.add(pid)
            break
    return holders


def _same_device_known(files: set[tuple[int, int]], device: int) -> bool:
    return any(dev == device for dev, _ino in files)


def exclusive_probe(db_path: Path) -> bool:
    """True when an exclusive lock could be taken: no other connection is open anywhere."""
    if not db_path.exists():
        return True
    conn = sqlite3.connect(db_path, timeout=0.5)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.rollback()
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()


def profile_in_use(root: Path) -> str:
    """One sentence when another process has the profile open, else ''."""
    db_path = Path(root) / DB_NAME
    holders = other_holders(db_path)
    if holders is None:
        busy = not exclusive_probe(db_path)
        who = ""
    else:
        busy = bool(holders)
        who = f" (process {min(holders)})" if holders else ""
    if not busy:
        return ""
    return (f"Another Agent Assist window or command is using this profile{who}: close it, "
            "then restore again.")
