"""The Linux installer end to end: `packaging/build.sh` builds the .deb, apt installs it, the
installed app passes its self-test and photographs the demo headless, apt removes it.

Slow (about a minute on 2 cores) and it changes the machine (installs then removes the package
and the libraries it depends on), so it is marked `package` and skipped unless root.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from agent_assist import __version__
from tests.conftest import REPO_ROOT

pytestmark = [pytest.mark.package, pytest.mark.timeout(900)]

INSTALLED = Path("/usr/bin/agent-assist")
# build_deb.sh turns a PEP 440 pre-release into one dpkg sorts first (1.0rc1 -> 1.0~rc1).
DEB_VERSION = re.sub(r"[-.]?(a|b|rc|dev)(\d*)$", r"~\1\2", __version__)


def _why_not() -> str | None:
    if not sys.platform.startswith("linux"):
        return "the .deb is built and installed on Linux only"
    if os.geteuid() != 0:
        return "installing a .deb needs root (CI runs this test as root)"
    missing = [tool for tool in ("dpkg", "dpkg-deb", "apt-get") if shutil.which(tool) is None]
    if missing:
        return f"not a Debian/Ubuntu system ({', '.join(missing)} missing)"
    state = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "agent-assist"],
                           capture_output=True, text=True, check=False).stdout
    if "installed" in state and "not-installed" not in state:
        return "agent-assist is already installed on this machine; not touching it"
    return None


def _env(home: Path) -> dict[str, str]:
    """What a user's session gives the installed app: no test keyring, a home of its own."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    return env


def _run(*args: str | Path, env: dict[str, str], timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], env=env, capture_output=True, text=True,
                          timeout=timeout, check=False, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def deb() -> Path:
    reason = _why_not()
    if reason:
        pytest.skip(reason)
    started = time.monotonic()
    build = subprocess.run(["bash", "packaging/build.sh"], cwd=REPO_ROOT, capture_output=True,
                           text=True, timeout=900, check=False,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    path = REPO_ROOT / "dist" / f"agent-assist_{DEB_VERSION}_{arch}.deb"
    assert path.is_file(), build.stdout[-2000:]
    bundle = REPO_ROOT / "dist" / "agent-assist"
    bundle_mb = sum(f.stat().st_size for f in bundle.rglob("*")
                    if f.is_file() and not f.is_symlink()) / 2**20
    print(f"\n[package] build.sh {time.monotonic() - started:.0f} s, bundle {bundle_mb:.0f} MB, "
          f".deb {path.stat().st_size / 2**20:.0f} MB")
    return path


@pytest.fixture(scope="module")
def installed(deb: Path) -> Iterator[Path]:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    # Recommends (a keyring daemon, xdg-utils) would drag GTK onto the CI machine: leave them.
    install = subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", str(deb)],
                             capture_output=True, text=True, timeout=600, check=False, env=env)
    try:
        assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
        yield INSTALLED
    finally:
        removed = subprocess.run(["apt-get", "remove", "-y", "agent-assist"], capture_output=True,
                                 text=True, timeout=300, check=False, env=env)
        assert removed.returncode == 0, removed.stderr
        assert not INSTALLED.exists() and not Path("/opt/agent-assist").exists()


def test_package_metadata(deb: Path) -> None:
    def field(name: str) -> str:
        return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True,
                              text=True, check=True).stdout.strip()

    assert field("Package") == "agent-assist"
    assert field("Version") == DEB_VERSION
    depends = field("Depends")
    for package in ("libc6 (>= 2.", "fonts-dejavu-core", "libxcb1", "libegl1"):
        assert package in depends, depends
    contents = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                              check=True).stdout
    for path in ("./opt/agent-assist/agent-assist", "./usr/bin/agent-assist -> /opt/agent-assist/agent-assist",
                 "./usr/share/applications/agent-assist.desktop",
                 "./usr/share/metainfo/org.agentassist.AgentAssist.metainfo.xml",
                 "./usr/share/icons/hicolor/256x256/apps/agent-assist.png",
                 "./usr/share/icons/hicolor/scalable/apps/agent-assist.svg"):
        assert path in contents, path
    # --root-owner-group: nothing in the package belongs to the builder's account.
    assert all(" root/root " in line for line in contents.splitlines())


def test_installed_app_passes_self_test(installed: Path, tmp_path: Path) -> None:
    env = _env(tmp_path / "home")
    version = _run(installed, "--version", env=env)
    assert version.stdout.strip() == f"agent-assist {__version__}", version.stderr
    result = _run(installed, "self-test", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "FTS5" in result.stdout
    assert "Arabic covered by" in result.stdout
    assert "/opt/agent-assist/_internal/resources" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_installed_app_finds_a_real_keychain(installed: Path, tmp_path: Path) -> None:
    """With GNOME Keyring on a session bus, the frozen keyring picks the Secret Service."""
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        pytest.skip("gnome-keyring and dbus-run-session are not installed here")
    home = tmp_path / "home"
    (home / ".cache").mkdir(parents=True)
    script = ("echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
              f"{installed} self-test")
    result = _run("dbus-run-session", "--", "sh", "-c", script, env=_env(home))
    assert result.returncode == 0, result.stdout + result.stderr
    keyring_line = next(line for line in result.stdout.splitlines() if " keyring " in line)
    assert keyring_line.startswith("ok") and "SecretService" in keyring_line, keyring_line


def test_installed_app_screenshots_the_demo(installed: Path, tmp_path: Path) -> None:
    env = _env(tmp_path / "home")
    profile, shot = tmp_path / "demo", tmp_path / "demo.png"
    made = _run(installed, "demo", "--profile", profile, env=env)
    assert made.returncode == 0, made.stderr
    result = _run(installed, "screenshot", "--profile", profile, shot, env=env)
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 800 and image.height() >= 500
    # A real rendering, not a blank window: text and colours give many distinct pixels.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 50, len(colours)
