"""Self-test checks: each reports ok/warn/FAIL with a reason, and only failures fail the run."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import PySide6
import pytest
from keyring.backends import SecretService, chainer, fail
from keyrings.alt.file import PlaintextKeyring

from agent_assist.ui import selftest
from agent_assist.ui.selftest import CheckResult, Status
from tests.conftest import REPO_ROOT


def _by_name(results: list[CheckResult]) -> dict[str, CheckResult]:
    return {r.name: r for r in results}


def test_this_machine_passes_the_hard_checks() -> None:
    results = _by_name(selftest.collect())
    assert set(results) == {"Qt", "display", "fonts", "SQLite", "keyring", "resources",
                            "translations"}
    for name in ("Qt", "fonts", "SQLite", "resources"):
        assert results[name].status is Status.OK, results[name]
    assert "FTS5" in results["SQLite"].detail
    if sys.platform != "win32":  # Windows' offscreen platform cannot see the system fonts
        assert "Arabic covered by" in results["fonts"].detail
    assert results["resources"].detail == str(REPO_ROOT / "resources")


def test_report_exit_code_and_verdicts() -> None:
    out, err = io.StringIO(), io.StringIO()
    warned = [CheckResult("SQLite", Status.OK, "fine"), CheckResult("keyring", Status.WARN, "none")]
    assert selftest.report(warned, out, err) == 0
    assert "warn keyring" in out.getvalue()
    assert "Self-test passed with warnings: keyring." in out.getvalue()
    assert err.getvalue() == ""

    out, err = io.StringIO(), io.StringIO()
    failed = [*warned, CheckResult("fonts", Status.FAIL, "no font")]
    assert selftest.report(failed, out, err) == 1
    assert "FAIL fonts" in out.getvalue()
    assert err.getvalue().strip() == "Self-test failed: fonts."


def test_a_crashing_check_is_a_failure_not_a_traceback() -> None:
    def check_broken() -> CheckResult:
        raise RuntimeError("boom")

    [result] = selftest.collect([check_broken])
    assert result == CheckResult("broken", Status.FAIL, "RuntimeError: boom")


def test_legacy_triples_count_warnings_as_ok(resources: Path) -> None:
    triples = {name: (ok, detail) for name, ok, detail in selftest.run_checks()}
    ok, detail = triples["translations"]  # no i18n folder in these resources: a warning
    assert ok and detail.startswith("warning: no translations built")
    assert triples["SQLite"] == (True, f"SQLite {sqlite3.sqlite_version} with FTS5")


# -- keyring -------------------------------------------------------------------------------


@pytest.fixture
def chosen_backend(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Let the check see keyring's own choice (no env override); restore it afterwards."""
    before = keyring.get_keyring()
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    yield
    keyring.set_keyring(before)


def test_fail_null_and_plaintext_backends_are_not_keychains() -> None:
    assert selftest.keychain_backends(fail.Keyring()) == []
    assert selftest.keychain_backends(PlaintextKeyring()) == []
    secret_service = SecretService.Keyring()
    assert selftest.keychain_backends(secret_service) == [secret_service]


def test_chainer_counts_only_its_real_members() -> None:
    chain = chainer.ChainerBackend()
    real = selftest.keychain_backends(chain)
    assert all(not type(b).__module__.startswith(("keyrings.alt", "keyring.backends.fail"))
               for b in real)


def test_no_keychain_is_a_warning_that_says_what_to_do(chosen_backend: None) -> None:
    keyring.set_keyring(fail.Keyring())
    result = selftest.check_keyring()
    assert result.status is Status.WARN
    assert "no system keychain" in result.detail
    if sys.platform.startswith("linux"):
        assert "GNOME Keyring" in result.detail
        assert "SecretService:" in result.detail  # keyring's own reason, e.g. no D-Bus


def test_a_real_keychain_is_ok(chosen_backend: None) -> None:
    keyring.set_keyring(SecretService.Keyring())
    result = selftest.check_keyring()
    assert result == CheckResult("keyring", Status.OK, "keyring.backends.SecretService.Keyring")


def test_a_broken_backend_setting_fails_cleanly(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="no.such.Backend", HOME=str(tmp_path))
    run = subprocess.run([sys.executable, "-m", "agent_assist", "self-test"], env=env,
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 1, run.stdout
    assert "Traceback" not in run.stderr
    assert "PYTHON_KEYRING_BACKEND='no.such.Backend' cannot be loaded" in run.stdout
    assert run.stderr.strip().count("\n") == 0


# -- display probe (a real child process) -------------------------------------------------


def test_display_probe_loads_a_real_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "minimal")
    assert selftest.check_display() == CheckResult("display", Status.OK,
                                                   "platform minimal loads")


def test_display_probe_reports_qt_reason_when_the_platform_cannot_load(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "no-such-platform")
    result = selftest.check_display()
    assert result.status is Status.FAIL
    assert result.detail.startswith("Qt cannot open the no-such-platform platform:")
    assert "no-such-platform" in result.detail.split(":", 1)[1]


def test_an_unreachable_x_display_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("X11 displays are a Linux matter here")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":987")
    result = selftest.check_display()
    assert result.status is Status.FAIL
    # Either the xcb libraries are missing (named by ldd) or, with them, the display is absent;
    # never Qt's misleading libxcb-cursor0 hint alone.
    assert ("could not connect to display :987" in result.detail
            or "missing system libraries" in result.detail), result.detail


def test_no_display_is_not_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("DISPLAY only decides the platform on Linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    result = selftest.check_display()
    assert result.status is Status.OK and "no display here" in result.detail


# -- translations --------------------------------------------------------------------------


@pytest.fixture
def resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "resources"
    (root / "demo").mkdir(parents=True)
    (root / "demo" / "shop.json").write_text("{}", encoding="utf-8")
    monkeypatch.setenv("AGENT_ASSIST_RESOURCES", str(root))
    return root


def _compile_qm(ts: Path, qm: Path) -> None:
    lrelease = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True,
                   timeout=60)


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context><name>AboutDialog</name>
<message><source>Version</source><translation>Version</translation></message>
<message><source>License</source><translation>Licence</translation></message>
</context>
</TS>
"""


def test_no_translations_is_a_warning(resources: Path) -> None:
    result = selftest.check_translations()
    assert result.status is Status.WARN and "no translations built" in result.detail


def test_built_translations_load(resources: Path) -> None:
    (resources / "i18n").mkdir()
    ts = resources / "i18n" / "agent-assist_fr.ts"
    ts.write_text(TS, encoding="utf-8")
    _compile_qm(ts, resources / "i18n" / "agent-assist_fr.qm")
    assert selftest.check_translations() == CheckResult("translations", Status.OK, "1 loaded: fr")
    assert selftest.check_resources() == CheckResult("resources", Status.OK, str(resources))


def test_a_corrupt_translation_fails(resources: Path) -> None:
    (resources / "i18n").mkdir()
    (resources / "i18n" / "agent-assist_ar.qm").write_bytes(b"not a qm file")
    result = selftest.check_translations()
    assert result.status is Status.FAIL and "agent-assist_ar.qm" in result.detail
