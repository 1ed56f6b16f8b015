"""The .ts sources: complete, consistent, and up to date with the code (via lupdate)."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import REPO_ROOT
from tests.ui.i18n.conftest import I18N

# How many plural forms Qt expects, and which of them stand for a single number (so the
# translation may spell it out: "ساعة واحدة", "ساعتان" need no digit).
FORMS = {"fr": 2, "ar": 6, "en": 2}
SINGLE_NUMBER_FORMS = {"fr": set(), "ar": {1, 2}, "en": {0}}
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
MNEMONIC = re.compile(r"&(?!&)\S")


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name") or "", m) for ctx in root.iter("context")
            for m in ctx.iter("message")]


def forms_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("lang", sorted(FORMS))
def test_every_entry_is_translated_and_none_is_left_over(lang: str) -> None:
    path = I18N / f"agent-assist_{lang}.ts"
    found = messages(path)
    assert found, f"{path.name} holds no messages"
    problems = []
    for context, message in found:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None
        state = translation.get("type")
        if state in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {state}")
            continue
        texts = forms_of(message)
        if message.get("numerus") == "yes" and len(texts) != FORMS[lang]:
            problems.append(f"{context}: {source!r} has {len(texts)} plural forms, "
                            f"{FORMS[lang]} expected")
        if not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", sorted(FORMS))
def test_translations_keep_placeholders_counts_and_mnemonics(lang: str) -> None:
    problems = []
    for context, message in messages(I18N / f"agent-assist_{lang}.ts"):
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        for index, text in enumerate(forms_of(message)):
            where = f"{context}: {source!r} → {text!r}"
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{where}: placeholders differ")
            if (message.get("numerus") == "yes" and "%n" not in text and "%Ln" not in text
                    and index not in SINGLE_NUMBER_FORMS[lang]):
                problems.append(f"{where}: form {index} lost its number")
            if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(text)):
                problems.append(f"{where}: keyboard mnemonic (&) added or lost")
    assert not problems, "\n".join(problems)


def test_ts_files_hold_every_string_of_the_code(tool: ModuleType, tmp_path: Path) -> None:
    """lupdate over today's code finds nothing the committed .ts files lack (or have extra).

    Fails when someone adds, rewords or removes a user-visible string without running
    `make i18n-update` and translating it.
    """
    copies = []
    for lang in ("fr", "ar"):
        copy = tmp_path / f"agent-assist_{lang}.ts"
        shutil.copy2(I18N / copy.name, copy)
        copies.append(copy)
    tool.lupdate(copies)
    for copy in copies:
        committed = {(c, m.findtext("source"), m.findtext("comment"))
                     for c, m in messages(I18N / copy.name)}
        fresh = {(c, m.findtext("source"), m.findtext("comment")) for c, m in messages(copy)}
        assert fresh - committed == set(), f"not in {copy.name} yet: run make i18n-update"
        assert committed - fresh == set(), "no longer in the code: run make i18n-update"


# -- strings that skip tr() --------------------------------------------------------------------

# Qt calls whose string arguments end up on screen.
SHOWN = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText",
    "setWhatsThis", "setAccessibleName", "setAccessibleDescription", "addMenu", "setTitle",
    "setTabText", "addTab", "insertTab", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "addItem", "addItems", "setLabelText", "setPrefix", "setSuffix",
    "setSpecialValueText", "addRow", "showMessage", "setInformativeText", "setDetailedText",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QAction", "QGroupBox", "QMenu",
    "QToolButton", "QCommandLinkButton",
}
MESSAGE_BOX = {"information", "warning", "critical", "question", "about"}
# Data, not language: an IMAP folder name.
ALLOWED = {"INBOX"}


def _texts(node: ast.AST) -> list[tuple[int, str]]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [(node.lineno, node.value)]
    if isinstance(node, ast.JoinedStr):
        return [(node.lineno, "".join(v.value for v in node.values
                                      if isinstance(v, ast.Constant) and isinstance(v.value, str)))]
    if isinstance(node, ast.List | ast.Tuple):
        return [t for element in node.elts for t in _texts(element)]
    return []


def untranslated_literals(path: Path) -> list[str]:
    """Literal words handed straight to a Qt text setter (not through tr/translate)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        box = (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
               and func.value.id == "QMessageBox" and name in MESSAGE_BOX)
        if name not in SHOWN and not box:
            continue
        for line, text in (t for arg in node.args for t in _texts(arg)):
            words = re.sub(r"<[^>]*>|\{[^}]*\}|&\w+;", "", text)
            if re.search(r"[^\W\d_]{2}", words) and text not in ALLOWED:
                where = path.relative_to(REPO_ROOT) if path.is_relative_to(REPO_ROOT) else path
                found.append(f"{where}:{line}: {name}({text!r})")
    return found


def test_no_literal_text_reaches_a_widget_without_translation() -> None:
    found = [hit for path in sorted((REPO_ROOT / "agent_assist" / "ui").rglob("*.py"))
             for hit in untranslated_literals(path)]
    assert not found, "wrap these in tr()/translate():\n" + "\n".join(found)


def test_the_check_itself_catches_a_raw_label(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('label.setText("Hello")\nQLabel(self.tr("Fine"))\n'
                      'box.setText(f"{n} items")\nQMessageBox.warning(self, "Oops", x)\n'
                      'log.warning("not on screen")\n', encoding="utf-8")
    lines = [int(hit.split(":")[1]) for hit in untranslated_literals(sample)]
    assert lines == [1, 3, 4]


def test_every_translated_text_is_a_literal_lupdate_can_read(tool: ModuleType) -> None:
    found = tool.dynamic_sources()
    assert not found, "tr() of a variable or f-string is never extracted:\n" + "\n".join(found)


def test_the_literal_check_sees_fstrings_and_variables(tool: ModuleType, tmp_path: Path) -> None:
    ui = tmp_path / "agent_assist" / "ui"
    ui.mkdir(parents=True)
    (tmp_path / "agent_assist" / "app.py").write_text("", encoding="utf-8")
    (ui / "x.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text):\n    return QCoreApplication.translate('X', text)\n"
        "_tr('fine')\n_tr(f'{n} bad')\nself.tr(name)\n"
        "QCoreApplication.translate('X', 'ok' if a else 'also ok')\n", encoding="utf-8")
    assert [line.split(":")[1] for line in tool.dynamic_sources(tmp_path)] == ["5", "6"]
