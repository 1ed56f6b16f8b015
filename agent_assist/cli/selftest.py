"""`agent-assist self-test`: can this machine run the app? Each check says why not."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable

Check = tuple[str, bool, str]


def _qt() -> Check:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6 import __version__ as qt_version
        from PySide6.QtGui import QFontDatabase, QGuiApplication
    except ImportError as exc:
        return ("Qt", False, f"PySide6 cannot be imported: {exc}")
    app = QGuiApplication.instance() or QGuiApplication([])
    families = QFontDatabase.families()
    platform = QGuiApplication.platformName()
    del app
    if not families:
        return ("Qt", False, f"platform {platform} loads but no font is installed "
                "(install fonts-dejavu-core)")
    return ("Qt", True, f"PySide6 {qt_version}, platform {platform}, {len(families)} fonts")


def _sqlite() -> Check:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlite3.OperationalError:
        return ("SQLite", False, f"SQLite {sqlite3.sqlite_version} has no FTS5")
    finally:
        conn.close()
    return ("SQLite", True, f"SQLite {sqlite3.sqlite_version} with FTS5")


def _keyring() -> Check:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError as exc:
        return ("keyring", False, f"keyring cannot be imported: {exc}")
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring):
        return ("keyring", False, "no keychain is available: install and unlock GNOME Keyring "
                "or KWallet (or set PYTHON_KEYRING_BACKEND)")
    return ("keyring", True, name)


CHECKS: tuple[Callable[[], Check], ...] = (_qt, _sqlite, _keyring)


def run_checks() -> list[Check]:
    results = []
    for check in CHECKS:
        try:
            results.append(check())
        except Exception as exc:  # a check must report, never crash the self-test
            results.append((check.__name__.strip("_"), False, str(exc)))
    return results
