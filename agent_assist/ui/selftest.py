"""`agent-assist self-test`: can this machine run the app? (Qt checks live with the Qt code.)

A check ends ``ok``, ``warn`` or ``FAIL``; only failures make the exit code non-zero.
A missing keychain and missing translations are warnings, not failures: the app opens, shows
its inbox and runs the demo without them; only adding an account needs the keychain, and
that step then says so in one sentence (storage/secrets.py). A missing font, Qt library or
FTS5 is a failure: the app would start unusable (empty boxes for text, no search).

The desktop platform (xcb, wayland, cocoa, windows) is probed in a child process, because Qt
aborts the whole process when a platform plugin cannot load; the child's last words become
the reason shown here.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, TextIO

from agent_assist import APP_NAME, __version__

# Set in the child process that probes the desktop platform (see _display).
PROBE_ENV = "AGENT_ASSIST_SELFTEST_PROBE"
PROBE_MARK = "agent-assist-platform:"
PROBE_TIMEOUT = 30.0


class Status(Enum):
    """How a check ended."""

    OK = "ok"
    WARN = "warn"
    FAIL = "FAIL"


@dataclass(frozen=True)
class CheckResult:
    """One line of the self-test: what was checked, how it went, and the detail or the fix."""

    name: str
    status: Status
    detail: str


def _ok(name: str, detail: str) -> CheckResult:
    return CheckResult(name, Status.OK, detail)


def _warn(name: str, detail: str) -> CheckResult:
    return CheckResult(name, Status.WARN, detail)


def _fail(name: str, detail: str) -> CheckResult:
    return CheckResult(name, Status.FAIL, detail)


def _gui_app() -> Any:
    """The Qt application, created on the offscreen platform when none exists yet.

    A QApplication (widgets), not a bare QGuiApplication: it also proves QtWidgets loads, and
    whoever runs after us in the same process (the GUI, a test) can still create widgets.
    ``-platform offscreen`` rather than the environment variable, so the user's own
    QT_QPA_PLATFORM is left for the desktop probe.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "agent-assist",
                            "-platform", "offscreen"])
    return app


def check_qt() -> CheckResult:
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion
    except ImportError as exc:
        return _fail("Qt", f"PySide6 cannot be imported: {exc}")
    app = _gui_app()
    return _ok("Qt", f"PySide6 {pyside_version} (Qt {qVersion()}), "
               f"platform {app.platformName()} loads")


def check_fonts() -> CheckResult:
    from PySide6.QtGui import QFontDatabase

    app = _gui_app()
    if sys.platform == "win32" and app.platformName() == "offscreen":
        # Qt's offscreen platform on Windows reads fonts from Qt's own (empty) folder, not
        # the system's; the real "windows" platform always has Segoe UI and Arial (Arabic).
        return _ok("fonts", "supplied by Windows (not visible to the offscreen platform)")
    families = QFontDatabase.families()
    if not families:
        return _fail("fonts", "no font is installed, so every letter would show as a box: "
                     "install fonts-dejavu-core (or any font package)")
    arabic = QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
    if not arabic:
        return _warn("fonts", f"{len(families)} fonts, but none covers Arabic, so Arabic "
                     "messages would show as boxes: install fonts-dejavu-core")
    preferred = next((f for f in arabic if f.startswith("DejaVu Sans")), arabic[0])
    return _ok("fonts", f"{len(families)} fonts; Arabic covered by {preferred}")


def _desktop_platform_requested() -> str | None:
    """The platform the app would use on this desktop, or None when there is no display."""
    requested = os.environ.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        return requested
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return None
    return ""  # Qt's default for this OS


def _probe_command() -> list[str]:
    if getattr(sys, "frozen", False):  # PyInstaller: the executable is the app itself
        return [sys.executable, "self-test"]
    return [sys.executable, "-m", "agent_assist", "self-test"]


def _qt_reason(stderr: str) -> str:
    """The most useful line of what Qt printed before giving up.

    A display that does not answer is the likeliest cause and Qt says so first, but then adds
    a generic hint about libxcb-cursor0 that would send the user the wrong way.
    """
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    for line in lines:
        if "could not connect to display" in line or "Failed to create wl_display" in line:
            return line.split(": ", 1)[1] if line.startswith("qt.qpa.") else line
    for line in lines:
        if line.startswith("qt.qpa.") and ("needed" in line or "Could not" in line):
            return line.split(":", 1)[1].strip()
    return lines[-1] if lines else "no message"


def check_display() -> CheckResult:
    requested = _desktop_platform_requested()
    if requested is None:
        return _ok("display", "no display here (DISPLAY/WAYLAND_DISPLAY unset); "
                   "the offscreen platform works")
    if requested.split(":")[0] == "offscreen":
        return _ok("display", "offscreen (QT_QPA_PLATFORM)")
    env = dict(os.environ, **{PROBE_ENV: "platform"})
    try:
        child = subprocess.run(_probe_command(), env=env, capture_output=True, text=True,
                               timeout=PROBE_TIMEOUT, check=False, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return _fail("display", f"the display did not answer within {PROBE_TIMEOUT:g} s")
    except OSError as exc:
        return _fail("display", f"could not start {_probe_command()[0]}: {exc}")
    marks = [line for line in child.stdout.splitlines() if line.startswith(PROBE_MARK)]
    if child.returncode == 0 and marks:
        return _ok("display", f"platform {marks[-1][len(PROBE_MARK):].strip()} loads")
    reason = _qt_reason(child.stderr)
    missing = _missing_xcb_libraries() if requested in ("", "xcb") else []
    if missing:
        # Qt blames libxcb-cursor0 for any missing xcb library; name the real ones.
        reason = f"missing system libraries {', '.join(missing)} (Qt says: {reason})"
    return _fail("display", f"Qt cannot open the {requested or 'default'} platform: {reason}")


def _missing_xcb_libraries() -> list[str]:
    """Libraries the X11 platform plugin needs but the system lacks (Linux, via ldd)."""
    if not sys.platform.startswith("linux"):
        return []
    from PySide6.QtCore import QLibraryInfo

    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    plugin = plugin / "libqxcb.so"
    if not plugin.is_file():
        return []
    try:
        ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                             timeout=PROBE_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return []
    missing = [line.split()[0] for line in ldd.stdout.splitlines() if "not found" in line]
    return list(dict.fromkeys(missing))  # ldd repeats a library each time it is needed


def probe_platform(out: TextIO) -> int:
    """Child side of check_display: start Qt on the default platform and name it."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([sys.argv[0] if sys.argv else "agent-assist"])
    print(f"{PROBE_MARK} {app.platformName()}", file=out, flush=True)
    return 0


def check_sqlite() -> CheckResult:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlite3.OperationalError:
        return _fail("SQLite", f"SQLite {sqlite3.sqlite_version} has no FTS5, so search "
                     "cannot work")
    finally:
        conn.close()
    return _ok("SQLite", f"SQLite {sqlite3.sqlite_version} with FTS5")


# Backends that are not a keychain: they fail, forget, or keep secrets in a plain file.
_NOT_A_KEYCHAIN = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
# What to install per OS when no keychain is found.
_KEYCHAIN_HINT = {
    "linux": "install and unlock GNOME Keyring or KWallet (a Secret Service provider)",
    "darwin": "the macOS Keychain should always be there: check the login keychain",
    "win32": "Windows Credential Manager should always be there",
}


def _backend_name(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def keychain_backends(backend: object) -> list[object]:
    """The real keychains behind ``backend`` (the chainer's members, or itself)."""
    members = getattr(backend, "backends", None)
    candidates = list(members) if isinstance(members, list | tuple) else [backend]
    return [b for b in candidates if not _backend_name(b).startswith(_NOT_A_KEYCHAIN)]


# The keyring backend modules that serve each OS, to explain why none was usable.
_OS_BACKENDS = {
    "linux": ("SecretService", "libsecret", "kwallet"),
    "darwin": ("macOS",),
    "win32": ("Windows",),
}


def _why_no_keychain() -> str:
    """The reasons this OS's keychain backends gave for not being usable (keyring asks each)."""
    from keyring.backend import KeyringBackend

    wanted = _OS_BACKENDS.get(sys.platform, ())
    reasons: dict[str, str] = {}
    for cls in KeyringBackend._classes:
        module = cls.__module__.rsplit(".", 1)[-1]
        if module not in wanted or module in reasons:
            continue
        try:
            cls.priority  # noqa: B018 - keyring's viability test: raises with the reason
        except Exception as exc:
            reasons[module] = f"{module}: {exc}"
    return "; ".join(reasons[m] for m in wanted if m in reasons)


def check_keyring() -> CheckResult:
    try:
        import keyring
    except ImportError as exc:
        return _fail("keyring", f"keyring cannot be imported: {exc}")
    configured = os.environ.get("PYTHON_KEYRING_BACKEND")
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # keyring raises whatever loading the configured class raised
        return _fail("keyring", f"PYTHON_KEYRING_BACKEND={configured!r} cannot be loaded "
                     f"({exc}): unset it or name a keyring backend class")
    if configured:
        return _ok("keyring", f"{_backend_name(backend)} (set by PYTHON_KEYRING_BACKEND)")
    real = keychain_backends(backend)
    if real:
        return _ok("keyring", ", ".join(_backend_name(b) for b in real))
    hint = _KEYCHAIN_HINT.get(sys.platform, "install a keychain supported by keyring")
    why = _why_no_keychain()
    return _warn("keyring", "no system keychain is available, so email and chat accounts "
                 f"cannot be added until you {hint}; the inbox and the demo work without it"
                 + (f" ({why})" if why else ""))


def check_resources() -> CheckResult:
    from agent_assist.paths import resources_dir

    try:
        root = resources_dir()
    except FileNotFoundError as exc:
        return _fail("resources", str(exc))
    if not (root / "demo" / "shop.json").is_file():
        return _fail("resources", f"{root} lacks demo/shop.json: reinstall Agent Assist")
    return _ok("resources", str(root))


def check_translations() -> CheckResult:
    from PySide6.QtCore import QTranslator

    from agent_assist.paths import resources_dir

    try:
        folder = resources_dir() / "i18n"
    except FileNotFoundError:
        return _warn("translations", "no resources folder, so no translations")
    files = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    if not files:
        return _warn("translations", "no translations built (resources/i18n/*.qm): the "
                     "interface will be in English")
    broken = [f.name for f in files if not QTranslator().load(str(f))]
    if broken:
        return _fail("translations", f"cannot load {', '.join(broken)}: reinstall Agent Assist")
    langs = sorted(f.stem.rsplit("_", 1)[-1] for f in files)
    return _ok("translations", f"{len(files)} loaded: {', '.join(langs)}")


CHECKS: tuple[Callable[[], CheckResult], ...] = (
    check_qt, check_display, check_fonts, check_sqlite, check_keyring, check_resources,
    check_translations,
)


def collect(checks: Sequence[Callable[[], CheckResult]] = CHECKS) -> list[CheckResult]:
    """Run every check; a check that raises is reported as failed, never crashes the test."""
    results = []
    for check in checks:
        try:
            results.append(check())
        except Exception as exc:
            name = check.__name__.removeprefix("check_")
            results.append(_fail(name, f"{type(exc).__name__}: {exc}"))
    return results


def run_checks() -> list[tuple[str, bool, str]]:
    """(name, ok, detail) triples for older callers; a warning counts as ok, marked in detail."""
    if os.environ.get(PROBE_ENV) == "platform":
        probe_platform(sys.stdout)
        return [("display", True, "probe")]
    return [
        (r.name, r.status is not Status.FAIL,
         f"warning: {r.detail}" if r.status is Status.WARN else r.detail)
        for r in collect()
    ]


def report(results: Sequence[CheckResult], out: TextIO, err: TextIO) -> int:
    """Print one line per check and a verdict; the exit code (1 when any check failed)."""
    frozen = " (installed build)" if getattr(sys, "frozen", False) else ""
    print(f"{APP_NAME} {__version__}{frozen}, Python {sys.version.split()[0]}, "
          f"{Path(sys.executable).name}", file=out)
    width = max((len(r.name) for r in results), default=0)
    for r in results:
        print(f"{r.status.value:<4} {r.name.ljust(width)}  {r.detail}", file=out)
    failed = [r.name for r in results if r.status is Status.FAIL]
    warned = [r.name for r in results if r.status is Status.WARN]
    if failed:
        print(f"Self-test failed: {', '.join(failed)}.", file=err)
        return 1
    suffix = f" with warnings: {', '.join(warned)}" if warned else ""
    print(f"Self-test passed{suffix}.", file=out)
    return 0


def run_self_test(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """The `self-test` command: run the checks, print them, return the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    if os.environ.get(PROBE_ENV) == "platform":
        return probe_platform(out)
    return report(collect(), out, err)
