"""Refuse profiles on network filesystems: SQLite's WAL needs local shared memory and locks."""

from __future__ import annotations

import ctypes
import os
import sys
from dataclasses import dataclass
from pathlib import Path

# Linux /proc/mounts types whose locking or shared memory SQLite cannot trust (its FAQ and
# WAL documentation: "WAL does not work over a network filesystem").
NETWORK_FS_TYPES = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "smb", "ncpfs", "ncp", "afs", "coda", "9p",
        "ceph", "glusterfs", "lustre", "gpfs", "gfs2", "ocfs2", "davfs", "drvfs", "sshfs",
        "fuse.sshfs", "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse", "fuse.glusterfs",
        "fuse.cephfs", "fuse.ceph-fuse", "fuse.davfs2", "fuse.gvfsd-fuse", "fuse.smbnetfs",
        "fuse.cifs", "fuse.curlftpfs", "fuse.goofys", "fuse.juicefs", "fuse.seaweedfs",
    }
)


@dataclass(frozen=True, slots=True)
class Mount:
    """One line of /proc/mounts."""

    device: str
    mountpoint: str
    fstype: str


def _unescape(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes (\\040…)."""
    out: list[str] = []
    i = 0
    while i < len(field):
        chunk = field[i + 1 : i + 4]
        if field[i] == "\\" and len(chunk) == 3 and all(c in "01234567" for c in chunk):
            out.append(chr(int(chunk, 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_mounts(text: str) -> list[Mount]:
    """Parse /proc/mounts (or /proc/self/mounts) content; malformed lines are skipped."""
    mounts: list[Mount] = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            mounts.append(Mount(_unescape(parts[0]), _unescape(parts[1]), parts[2]))
    return mounts


def mount_for(path: Path | str, mounts: list[Mount]) -> Mount | None:
    """The mount holding ``path``: the longest mountpoint prefix; the last one wins on ties
    (a later mount over the same point hides the earlier one)."""
    target = os.path.normpath(str(path))
    best: Mount | None = None
    for mount in mounts:
        point = os.path.normpath(mount.mountpoint)
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(os.path.normpath(best.mountpoint))):
            best = mount
    return best


def is_network_fstype(fstype: str) -> bool:
    fstype = fstype.lower()
    return fstype in NETWORK_FS_TYPES or fstype.split(".")[0] in NETWORK_FS_TYPES


def _existing(path: Path) -> Path:
    """The nearest existing folder (a new profile folder does not exist yet)."""
    path = Path(os.path.abspath(path))
    while not path.exists() and path.parent != path:
        path = path.parent
    return path.resolve()


def linux_fstype(path: Path, mounts_text: str | None = None) -> str:
    """The filesystem type of ``path`` on Linux ('' when unknown)."""
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
    mount = mount_for(path, parse_mounts(mounts_text))
    return mount.fstype if mount else ""


def _windows_is_remote(path: Path) -> bool:  # pragma: no cover - Windows CI runner
    text = str(path)
    if text.startswith("\\\\") and not text.startswith("\\\\?\\"):
        return True  # a UNC path: \\server\share
    drive = os.path.splitdrive(text)[0]
    if not drive:
        return False
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return False
    drive_remote = 4
    return bool(windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)


def _bsd_fstype(path: Path) -> tuple[str, bool]:  # pragma: no cover - macOS CI runner
    """(f_fstypename, MNT_LOCAL set) from statfs(2) on macOS (64-bit inode layout)."""

    class StatFs(ctypes.Structure):
        """struct statfs as <sys/mount.h> declares it with 64-bit inodes."""

        _fields_ = [
            ("f_bsize", ctypes.c_uint32), ("f_iosize", ctypes.c_int32),
            ("f_blocks", ctypes.c_uint64), ("f_bfree", ctypes.c_uint64),
            ("f_bavail", ctypes.c_uint64), ("f_files", ctypes.c_uint64),
            ("f_ffree", ctypes.c_uint64), ("f_fsid", ctypes.c_int32 * 2),
            ("f_owner", ctypes.c_uint32), ("f_type", ctypes.c_uint32),
            ("f_flags", ctypes.c_uint32), ("f_fssubtype", ctypes.c_uint32),
            ("f_fstypename", ctypes.c_char * 16), ("f_mntonname", ctypes.c_char * 1024),
            ("f_mntfromname", ctypes.c_char * 1024), ("f_flags_ext", ctypes.c_uint32),
            ("f_reserved", ctypes.c_uint32 * 7),
        ]

    libc = ctypes.CDLL(None, use_errno=True)
    statfs = getattr(libc, "statfs$INODE64", None) if sys.maxsize > 2**32 else None
    statfs = statfs or libc.statfs
    buf = StatFs()
    if statfs(os.fsencode(str(path)), ctypes.byref(buf)) != 0:
        return "", True
    mnt_local = 0x00001000
    return buf.f_fstypename.decode(errors="replace"), bool(buf.f_flags & mnt_local)


def network_filesystem(path: Path | str) -> str:
    """The network filesystem type ``path`` lives on, or '' when it is local (or unknown)."""
    where = _existing(Path(path))
    try:
        if sys.platform.startswith("linux"):
            fstype = linux_fstype(where)
            return fstype if is_network_fstype(fstype) else ""
        if sys.platform == "win32":  # pragma: no cover
            return "network drive" if _windows_is_remote(where) else ""
        if sys.platform == "darwin":  # pragma: no cover
            fstype, local = _bsd_fstype(where)
            return (fstype or "network") if (not local or is_network_fstype(fstype)) else ""
    except (OSError, AttributeError, ValueError):
        return ""  # best effort: an unknown answer must not lock the user out
    return ""


def network_filesystem_problem(path: Path | str) -> str:
    """One sentence refusing a profile on a network filesystem, or '' when it is fine."""
    fstype = network_filesystem(path)
    if not fstype:
        return ""
    return (
        f"The profile folder {path} is on a network filesystem ({fstype}), where SQLite "
        "cannot keep the inbox safe; choose a folder on this computer's own disk."
    )
