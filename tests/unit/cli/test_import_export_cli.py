"""CLI: `import` (skipped files, partial counts) and `export` of a chosen set of conversations."""

from __future__ import annotations

import json
from pathlib import Path

from tests.fixtures.mail_files import emails, write_mbox
from tests.unit.cli.conftest import Run, assert_clean_error


def imported_profile(cli: Run, tmp_path: Path, count: int = 4) -> Path:
    profile = tmp_path / "p"
    source = write_mbox(tmp_path / "in.mbox", emails(count))
    result = cli("import", "--profile", str(profile), str(source))
    assert result.returncode == 0, result.stderr
    assert f"Imported {count}," in result.stdout
    return profile


def test_export_of_chosen_conversations(cli: Run, tmp_path: Path) -> None:
    profile = imported_profile(cli, tmp_path)
    out = tmp_path / "some.json"
    result = cli("export", "--profile", str(profile), "--format", "json", str(out),
                 "--conversation", "1", "--conversations", "3,4")
    assert result.returncode == 0, result.stderr
    assert "Exported 3 message(s)" in result.stdout
    document = json.loads(out.read_text("utf-8"))
    assert len(document["conversations"]) == 3
    one = cli("export", "--profile", str(profile), "--format", "csv", str(tmp_path / "one.csv"),
              "--conversation", "2")
    assert one.returncode == 0 and "Exported 1 message(s)" in one.stdout


def test_export_refuses_bad_conversation_lists(cli: Run, tmp_path: Path) -> None:
    profile = imported_profile(cli, tmp_path, 2)
    out = tmp_path / "x.json"
    assert_clean_error(cli("export", "--profile", str(profile), "--format", "json", str(out),
                           "--conversations", "1,two"), "--conversations takes")
    assert_clean_error(cli("export", "--profile", str(profile), "--format", "json", str(out),
                           "--conversations", "1,99"), "There is no conversation 99")
    assert not out.exists()


def test_import_names_skipped_files_and_exits_non_zero(cli: Run, tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    write_mbox(folder / "a.mbox", emails(2))
    (folder / "b.eml").symlink_to(folder / "nowhere.eml")
    result = cli("import", "--profile", str(tmp_path / "p"), str(folder), "--json")
    assert result.returncode == 1
    counts = json.loads(result.stdout)
    assert counts["imported"] == 2 and len(counts["skipped"]) == 1
    assert "b.eml" in result.stderr and "Traceback" not in result.stderr


def test_import_of_a_file_that_is_not_mail_is_one_sentence(cli: Run, tmp_path: Path) -> None:
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert_clean_error(cli("import", "--profile", str(tmp_path / "p"), str(picture)),
                       "photo.png is not mail")
