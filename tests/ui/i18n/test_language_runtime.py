"""Switching language: translations, Qt's own strings, direction, dates, plurals, choice order."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from agent_assist.core.models import Status
from agent_assist.ui import i18n
from agent_assist.ui.labels import format_wait, status_label
from agent_assist.ui.navigation.model import view_entries

NOW = datetime(2024, 3, 20, 9, 0).timestamp()
THIS_YEAR = datetime(2024, 3, 5, 14, 7).timestamp()
LAST_YEAR = datetime(2023, 11, 2, 9, 30).timestamp()
NNBSP = "\u202f"

EXPECTED = {
    "en": dict(direction=Qt.LayoutDirection.LeftToRight, needs_reply="Needs reply",
               waiting="Waiting on customer", closed_status="Closed", cancel="Cancel",
               this_year=f"5 Mar, 2:07{NNBSP}PM", last_year=f"11/2/23, 9:30{NNBSP}AM",
               ago="3 h ago", wait="2 d", number="1,234,567"),
    "fr": dict(direction=Qt.LayoutDirection.LeftToRight, needs_reply="À répondre",
               waiting="En attente du client", closed_status="Clôturée", cancel="Annuler",
               this_year="5 mars à 14:07", last_year="02/11/2023 à 09:30",
               ago="il y a 3 h", wait="2 j", number=f"1{NNBSP}234{NNBSP}567"),
    "ar": dict(direction=Qt.LayoutDirection.RightToLeft, needs_reply="بانتظار الرد",
               waiting="بانتظار العميل", closed_status="مغلقة", cancel="ألغِ",
               this_year="5 مارس، 2:07 م", last_year="2\u200f/11\u200f/2023، 9:30 ص",
               ago="منذ 3 ساعات", wait="يومان", number="1,234,567"),
}


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_a_language_translates_mirrors_and_formats(
    lang: str, switch: Callable[[str | None], str], qapp: QApplication
) -> None:
    want = EXPECTED[lang]
    assert switch(lang) == lang
    assert qapp.layoutDirection() == want["direction"]
    labels = [e.label for e in view_entries()]
    assert labels[:2] == [want["needs_reply"], want["waiting"]]
    assert status_label(Status.CLOSED) == want["closed_status"]
    # Qt's own strings come from qtbase_<lang>.qm.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text().replace("&", "") == want["cancel"]
    assert i18n.format_when(THIS_YEAR, NOW) == want["this_year"]
    assert i18n.format_when(LAST_YEAR, NOW) == want["last_year"]
    assert i18n.format_ago(3 * 3600 + 59) == want["ago"]
    assert format_wait(2 * 86400) == want["wait"]
    assert i18n.format_number(1234567) == want["number"]


def test_plurals_follow_each_language(switch: Callable[[str | None], str]) -> None:
    hours = [1, 2, 3, 11, 100]
    switch("en")
    assert [i18n.format_duration(h * 3600) for h in hours[:2]] == ["1 hour", "2 hours"]
    switch("fr")
    assert [i18n.format_duration(h * 3600) for h in hours[:2]] == ["1 heure", "2 heures"]
    assert i18n.format_ago(86400) == "il y a 1 jour"
    switch("ar")  # six forms: one, two, 3–10, 11–99, 100+ (and zero)
    assert [i18n.format_duration(h * 86400) for h in hours] == [
        "يوم واحد", "يومان", "3 أيام", "11 يومًا", "100 يوم"]
    assert [i18n.format_ago(m * 60) for m in (1, 2, 5, 30)] == [
        "منذ دقيقة", "منذ دقيقتين", "منذ 5 دقائق", "منذ 30 دقيقة"]


def test_the_choice_is_command_line_then_saved_then_system(
    switch: Callable[[str | None], str], private_settings: Path
) -> None:
    assert i18n.stored_language() is None
    assert i18n.resolve_language(None) == i18n.system_language()
    i18n.store_language("ar")
    assert (private_settings / "interface.ini").is_file()
    assert i18n.stored_language() == "ar"
    assert i18n.resolve_language(None) == "ar"
    assert i18n.resolve_language("fr") == "fr"  # --lang wins
    assert switch(None) == "ar"
    i18n.store_language(None)  # back to following the system
    assert i18n.stored_language() is None
    with pytest.raises(ValueError):
        i18n.store_language("de")


def test_system_language_and_formats_keep_the_users_country() -> None:
    assert i18n.system_language(QLocale("fr_CA")) == "fr"
    assert i18n.system_language(QLocale("de_DE")) == "en"  # not translated: English
    assert i18n.system_language(QLocale("ar_MA")) == "ar"
    assert i18n.locale_for("fr", QLocale("fr_CA")).name() == "fr_CA"
    assert i18n.locale_for("ar", QLocale("ar_MA")).name() == "ar_MA"
    assert i18n.locale_for("en", QLocale("fr_FR")).name() == "en_FR"  # 24-hour clock
    # Arabic on a French system: Modern Standard Arabic, digits as order numbers use them.
    arabic = i18n.locale_for("ar", QLocale("fr_FR"))
    assert arabic.name() == "ar_001" and arabic.toString(10234) == "10,234"


def test_mixed_direction_text_is_isolated_only_where_needed(
    switch: Callable[[str | None], str]
) -> None:
    switch("ar")
    assert i18n.isolate("Ana Lopez") == "\u2068Ana Lopez\u2069"
    assert i18n.isolate("كريم") == "كريم"
    assert i18n.ltr("ana@example.com") == "\u2066ana@example.com\u2069"
    switch("en")
    assert i18n.isolate("Ana Lopez") == "Ana Lopez"
    assert i18n.isolate("كريم") == "\u2068كريم\u2069"
    assert i18n.ltr("ana@example.com") == "ana@example.com"


def test_direction_dependent_icons_point_the_reading_way(
    switch: Callable[[str | None], str]
) -> None:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor("white"))
    image = pixmap.toImage()
    for y in range(16):
        image.setPixelColor(15, y, QColor("black"))  # an arrow's tip on the right edge
    arrow = QIcon(QPixmap.fromImage(image))
    switch("en")
    assert i18n.directional_icon(arrow) is arrow
    switch("ar")
    flipped = i18n.directional_icon(arrow).pixmap(16, 16).toImage()
    assert flipped.pixelColor(0, 8) == QColor("black")
    assert flipped.pixelColor(15, 8) == QColor("white")


def test_language_names_are_shown_in_the_interface_language(
    switch: Callable[[str | None], str]
) -> None:
    switch("fr")
    assert i18n.language_display_name("ar") == "arabe"
    switch("ar")
    assert i18n.language_display_name("fr-FR") == "الفرنسية"
    assert i18n.language_display_name("es").startswith("español")  # untranslated: its own
