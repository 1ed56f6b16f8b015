"""`agent-assist guidance` and `agent-assist templates` run as a user would run them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.cli.conftest import Run, assert_clean_error


@pytest.fixture
def demo(cli: Run, tmp_path: Path) -> Path:
    profile = tmp_path / "shop"
    result = cli("demo", "--profile", str(profile))
    assert result.returncode == 0, result.stderr
    return profile


def conversation_id(profile: Path, subject: str) -> int:
    import sqlite3

    db = sqlite3.connect(profile / "agent-assist.sqlite3")
    try:
        row = db.execute("SELECT id FROM conversations WHERE subject = ?", [subject]).fetchone()
    finally:
        db.close()
    assert row is not None, subject
    return int(row[0])


def test_guidance_json_contract(cli: Run, demo: Path) -> None:
    cid = conversation_id(demo, "Commande AL-10287 toujours pas reçue")
    result = cli("guidance", "--profile", str(demo), "--conversation", str(cid), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["language"] == "fr"
    delivery = next(t for t in data["topics"] if t["key"] == "delivery")
    assert delivery["words"] and all(isinstance(w, str) for w in delivery["words"])
    assert isinstance(data["tone"], list)
    assert data["playbook"]["name"] and data["playbook"]["steps"]
    assert data["templates"] and {"name", "language"} <= set(data["templates"][0])
    assert data["templates"][0]["language"] == "fr"
    assert data["customer"]["handles"][0]["value"] == "elodie.marchand@mail.example"


def test_guidance_in_french_for_a_french_speaking_agent(cli: Run, demo: Path) -> None:
    cid = conversation_id(demo, "Commande AL-10255")
    result = cli("guidance", "--profile", str(demo), "--conversation", str(cid), "--json",
                 "--lang", "fr")
    data = json.loads(result.stdout)
    assert data["playbook"]["key"] == "public-complaint"
    assert data["playbook"]["name"].startswith("Plainte publique")
    assert {"Instagram", "laisse un avis"} <= {
        w for t in data["tone"] if t["key"] == "public_threat" for w in t["words"]}


def test_guidance_as_text(cli: Run, demo: Path) -> None:
    cid = conversation_id(demo, "Commande AL-10287 toujours pas reçue")
    result = cli("guidance", "--profile", str(demo), "--conversation", str(cid))
    assert result.returncode == 0
    assert "Playbook:" in result.stdout and "/late" in result.stdout


def test_guidance_errors_are_one_sentence(cli: Run, demo: Path, tmp_path: Path) -> None:
    missing = cli("guidance", "--profile", str(demo), "--conversation", "99999", "--json")
    assert_clean_error(missing, "no conversation 99999")
    no_profile = cli("guidance", "--profile", str(tmp_path / "nothing"), "--conversation", "1")
    assert_clean_error(no_profile, "No Agent Assist profile")


def test_templates_export_then_import_elsewhere(cli: Run, demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "templates.json"
    exported = cli("templates", "export", "--profile", str(demo), str(out))
    assert exported.returncode == 0, exported.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    keys = {t["key"] for t in document["templates"]}
    assert {"ack", "late", "refund"} <= keys
    document["templates"].append({"key": "custom", "name": {"en": "Custom"}, "shortcut": "cus",
                                  "variants": {"en": {"body": "Hi {{ customer.first_name }}"}}})
    out.write_text(json.dumps(document), encoding="utf-8")

    other = tmp_path / "other"
    assert cli("demo", "--profile", str(other), "--size", "1").returncode == 0
    imported = cli("templates", "import", "--profile", str(other), str(out), "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout) == {"added": 1, "updated": len(keys)}
    listed = json.loads(cli("templates", "list", "--profile", str(other), "--json").stdout)
    assert "custom" in {t["key"] for t in listed}


def test_a_bad_import_is_refused_and_changes_nothing(cli: Run, demo: Path, tmp_path: Path) -> None:
    before = cli("templates", "list", "--profile", str(demo), "--json").stdout
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"key": "ok", "name": "Ok", "variants": {"en": {"body": "x"}}},
                               {"key": "broken", "name": "B",
                                "variants": {"en": {"body": "{{ oops"}}}]), encoding="utf-8")
    result = cli("templates", "import", "--profile", str(demo), str(bad))
    assert_clean_error(result, "Nothing was imported", "Template 2")
    assert cli("templates", "list", "--profile", str(demo), "--json").stdout == before
    assert_clean_error(cli("templates", "import", "--profile", str(demo),
                           str(tmp_path / "missing.json")), "does not exist")
    assert_clean_error(cli("templates", "export", "--profile", str(demo),
                           str(tmp_path / "no" / "dir.json")), "does not exist")
