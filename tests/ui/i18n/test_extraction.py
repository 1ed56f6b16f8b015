"""scripts/i18n.py: what lupdate is shown, so every way the UI calls tr() gets extracted."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

HELPERS = '''\
from PySide6.QtCore import QCoreApplication

_CONTEXT = "Things"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, None, n)


def tr(text: str) -> str:
    return QCoreApplication.translate("Shared", text)


def _trn(one: str, many: str, n: int) -> str:
    return _tr(one if n == 1 else many, n)


def show(count: int, box) -> None:
    box.setText(_tr("Plain"))
    box.setText(_tr("%n thing", count // 2))
    box.setText(_trn("%n apple", "%n apples",
                     count))
    box.setText(QCoreApplication.translate("Direct", "%n pear", None, len(box)))
    box.setToolTip(QCoreApplication.translate(_CONTEXT, "Through the constant"))
'''

USER = '''\
from PySide6.QtWidgets import QWidget

from pkg.ui.helpers import tr


class Panel(QWidget):
    def build(self, n: int) -> None:
        self.setWindowTitle(tr("Imported helper"))
        self.setToolTip(self.tr("%n cup" if n == 1 else "%n cups", "", n))
        self.setStatusTip(self.tr("Own class"))
'''


def extracted(ts: Path) -> dict[tuple[str, str], bool]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or ""): m.get("numerus") == "yes"
            for c in root.iter("context") for m in c.iter("message")}


def test_rewrite_spells_out_helpers_and_keeps_every_line(tool: ModuleType) -> None:
    text = tool.rewrite(HELPERS)
    assert text.count("\n") == HELPERS.count("\n")  # lupdate's line numbers stay true
    assert "QCoreApplication.translate('Things', \"Plain\")" in text
    assert "QCoreApplication.translate('Things', \"%n thing\", None, 1)" in text


def test_lupdate_sees_helpers_imports_plurals_and_classes(tool: ModuleType,
                                                          tmp_path: Path) -> None:
    ui = tmp_path / "agent_assist" / "ui"
    ui.mkdir(parents=True)
    (ui / "helpers.py").write_text(HELPERS.replace("pkg.ui", "agent_assist.ui"), encoding="utf-8")
    (ui / "panel.py").write_text(USER.replace("pkg.ui", "agent_assist.ui"), encoding="utf-8")
    (tmp_path / "agent_assist" / "app.py").write_text("", encoding="utf-8")
    ts = tmp_path / "out_fr.ts"
    tool.lupdate([ts], root=tmp_path)
    assert extracted(ts) == {
        ("Things", "Plain"): False,
        ("Things", "%n thing"): True,
        ("Things", "%n apple"): True,
        ("Things", "%n apples"): True,
        ("Direct", "%n pear"): True,
        ("Things", "Through the constant"): False,
        ("Shared", "Imported helper"): False,
        ("Panel", "%n cup"): True,
        ("Panel", "%n cups"): True,
        ("Panel", "Own class"): False,
    }
