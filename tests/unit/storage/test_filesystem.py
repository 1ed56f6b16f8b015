"""Network filesystems are refused for a profile: SQLite WAL is unsafe there."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent_assist.storage import filesystem
from agent_assist.storage.filesystem import (
    is_network_fstype,
    linux_fstype,
    mount_for,
    network_filesystem_problem,
    parse_mounts,
)
from agent_assist.storage.profile import Profile, ProfileError

SAMPLE = """\
sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
/dev/nvme0n1p2 / ext4 rw,relatime,errors=remount-ro 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
nas.local:/export/shop /srv/shop nfs4 rw,relatime,vers=4.2,rsize=1048576 0 0
//fileserver/team /mnt/team cifs rw,relatime,vers=3.1.1,cache=strict 0 0
sam@host:/home/sam /home/me/remote fuse.sshfs rw,nosuid,nodev,relatime,user_id=1000 0 0
/dev/sdb1 /mnt/team/local\\040disk ext4 rw,relatime 0 0
C:\\134 /mnt/c 9p rw,noatime,dirsync,aname=drvfs 0 0
/dev/sdc1 /media/usb vfat rw,relatime 0 0
"""


def test_parse_unescapes_octal_sequences() -> None:
    mounts = parse_mounts(SAMPLE + "garbage\n\n")
    assert len(mounts) == 10
    assert mounts[7].mountpoint == "/mnt/team/local disk"
    assert mounts[8].device == "C:\\"


@pytest.mark.parametrize(
    ("path", "fstype"),
    [
        ("/srv/shop/profile", "nfs4"),
        ("/srv/shop", "nfs4"),
        ("/srv/shopping", "ext4"),  # a prefix of the name is not inside the mount
        ("/mnt/team/AgentAssist/default", "cifs"),
        ("/mnt/team/local disk/profile", "ext4"),  # a local disk mounted inside the share
        ("/home/me/remote/shop", "fuse.sshfs"),
        ("/mnt/c/Users/shop", "9p"),
        ("/tmp/x", "tmpfs"),
        ("/media/usb/shop", "vfat"),
        ("/home/me/.local/share/AgentAssist", "ext4"),
    ],
)
def test_the_longest_mountpoint_decides(path: str, fstype: str) -> None:
    assert linux_fstype(Path(path), SAMPLE) == fstype


def test_a_later_mount_on_the_same_point_hides_the_earlier_one() -> None:
    mounts = parse_mounts("/dev/a /data ext4 rw 0 0\nserver:/x /data nfs rw 0 0\n")
    found = mount_for("/data/p", mounts)
    assert found is not None and found.fstype == "nfs"


@pytest.mark.parametrize("fstype", ["nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p",
                                    "ceph", "glusterfs", "fuse.rclone", "NFS4"])
def test_network_types(fstype: str) -> None:
    assert is_network_fstype(fstype)


@pytest.mark.parametrize("fstype", ["ext4", "xfs", "btrfs", "tmpfs", "overlay", "zfs", "vfat",
                                    "fuse.portal", "apfs", "ntfs3"])
def test_local_types(fstype: str) -> None:
    assert not is_network_fstype(fstype)


def test_problem_sentence_names_the_folder_and_type(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    monkeypatch.setattr(filesystem, "network_filesystem", lambda path: "nfs4")
    problem = network_filesystem_problem(tmp_path)
    assert str(tmp_path) in problem and "nfs4" in problem
    assert problem.endswith(".") and problem.count(". ") == 0


def test_profile_on_a_network_filesystem_is_refused(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    """The real detection path on Linux, fed a /proc/mounts where tmp_path is on NFS."""
    Profile.create_or_open(tmp_path / "existing").close()  # made while the disk was local
    fake = f"/dev/vda / ext4 rw 0 0\nnas:/share {tmp_path} nfs4 rw 0 0\n"
    real = filesystem.linux_fstype
    monkeypatch.setattr(filesystem, "linux_fstype",
                        lambda path, text=None: real(path, fake))
    monkeypatch.setattr(filesystem.sys, "platform", "linux")
    with pytest.raises(ProfileError, match="network filesystem"):
        Profile.create_or_open(tmp_path / "new-profile")
    assert not (tmp_path / "new-profile").exists()  # refused before anything was written
    with pytest.raises(ProfileError, match=r"network filesystem \(nfs4\)"):
        Profile.open_existing(tmp_path / "existing")


def test_local_profile_still_opens(tmp_path: Path) -> None:
    assert network_filesystem_problem(tmp_path) == ""
    Profile.create_or_open(tmp_path / "p").close()
