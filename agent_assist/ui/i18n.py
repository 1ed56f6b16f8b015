"""The interface language: choosing it, loading its translations, and locale-aware formats.

English is the source language; French and Arabic come from ``resources/i18n/*.qm`` (built
by ``make i18n``), plus Qt's own ``qtbase_<lang>.qm`` so standard dialogs match. The choice
is, in order: ``--lang``, the one saved in settings, the system's. A change made in the
settings applies at the next start (the open window is not rebuilt under the user's draft).
"""

from __future__ import annotations

import os
import time
import unicodedata
from datetime import datetime
from pathlib import Path

import platformdirs
from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    QSize,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap

from agent_assist import APP_ID
from agent_assist.paths import resources_dir

SUPPORTED = ("en", "fr", "ar")
FALLBACK = "en"
RTL_LANGUAGES = frozenset({"ar"})
#: Each language in itself: a language menu must be readable by whoever needs it.
ENDONYMS = {"en": "English", "fr": "Français", "ar": "العربية"}
#: When the system speaks another language: Modern Standard Arabic with Western digits
#: (ar_001, as order numbers and prices are written), French of France, US English.
DEFAULT_LOCALES = {"en": "en_US", "fr": "fr_FR", "ar": "ar_001"}
CONFIG_ENV = "AGENT_ASSIST_CONFIG_DIR"
LANGUAGE_KEY = "interface/language"

# Unicode bidi isolates: a name, e-mail or order number keeps its own direction inside a
# sentence of the other direction ("AL-10234." must not become ".AL-10234" in Arabic).
FSI, LRI, PDI = "\u2068", "\u2066", "\u2069"

_translators: list[QTranslator] = []
_state = {"language": FALLBACK}


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Formats", text, None, n)


def _plural(one: str, many: str, n: int) -> str:
    """English reads right with no .qm loaded; translators fill both with their forms."""
    return _tr(one if n == 1 else many, n)


# -- which language ------------------------------------------------------------------------


def settings_path() -> Path:
    """The per-user file holding interface preferences (not the profile: one per person)."""
    root = os.environ.get(CONFIG_ENV) or platformdirs.user_config_dir("AgentAssist",
                                                                        appauthor=False)
    return Path(root) / "interface.ini"


def _settings() -> QSettings:
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def stored_language() -> str | None:
    """The language chosen in the settings, or None to follow the system."""
    value = _settings().value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in SUPPORTED else None


def store_language(language: str | None) -> None:
    """Save the choice (None: follow the system); raises OSError when it cannot be saved."""
    if language is not None and language not in SUPPORTED:
        raise ValueError(f"Unsupported language: {language}")
    settings = _settings()
    if language is None:
        settings.remove(LANGUAGE_KEY)
    else:
        settings.setValue(LANGUAGE_KEY, language)
    settings.sync()
    if settings.status() != QSettings.Status.NoError:
        raise OSError(f"Could not save the settings file {settings_path()}.")


def system_language(system: QLocale | None = None) -> str:
    """The first supported language among the system's preferred ones, else English."""
    system = system if system is not None else QLocale.system()
    for name in [*system.uiLanguages(), system.name()]:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return FALLBACK


def resolve_language(language: str | None, system: QLocale | None = None) -> str:
    if language in SUPPORTED:
        return str(language)
    return stored_language() or system_language(system)


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """Formats for ``language``: the system's own when it speaks it (fr_CA, ar_MA keep
    theirs), else that language in the system's country when Qt knows the pair (English in
    France: en_FR, a 24-hour clock), else the language's default."""
    system = system if system is not None else QLocale.system()
    wanted = QLocale(language).language()
    if system.language() == wanted:
        return system
    territory = system.territory()
    if territory != QLocale.Country.AnyCountry and system.language() != QLocale.Language.C:
        paired = QLocale(wanted, territory)
        if paired.language() == wanted and paired.territory() == territory:
            return paired
    return QLocale(DEFAULT_LOCALES.get(language, language))


def current_language() -> str:
    return _state["language"]


def is_rtl() -> bool:
    return current_language() in RTL_LANGUAGES


def app_translation(language: str) -> Path | None:
    try:
        path = resources_dir() / "i18n" / f"{APP_ID}_{language}.qm"
    except FileNotFoundError:
        return None
    return path if path.is_file() else None


def qt_translation(language: str) -> Path | None:
    """Qt's own strings (dialog buttons, context menus) from PySide6's translations."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    path = folder / f"qtbase_{language}.qm"
    return path if path.is_file() else None


def apply_language(app: QCoreApplication, language: str | None = None,
                   *, system: QLocale | None = None) -> str:
    """Install ``language`` (resolved as --lang, saved choice, system); returns its code.

    Replaces what an earlier call installed, so tests and the screenshot command can switch
    languages within one process.
    """
    code = resolve_language(language, system)
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    QLocale.setDefault(locale_for(code, system))
    translated = False
    for path in (qt_translation(code), app_translation(code)):
        translator = QTranslator(app)
        if path is not None and translator.load(str(path)):
            app.installTranslator(translator)
            _translators.append(translator)
            translated = path == app_translation(code)
    # Mirrored but untranslated English (no .qm built) reads worse than plain English.
    rtl = code in RTL_LANGUAGES and (translated or language == code)
    if hasattr(app, "setLayoutDirection"):  # a QGuiApplication (tests may run a core app)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                               else Qt.LayoutDirection.LeftToRight)
    _state["language"] = code
    return code


def reset_language(app: QCoreApplication) -> None:
    """Back to untranslated English, left to right (tests switch languages in one process)."""
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    QLocale.setDefault(QLocale(DEFAULT_LOCALES[FALLBACK]))
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    _state["language"] = FALLBACK


def loaded_translations() -> list[str]:
    """Files of the translators installed now (for the About box and tests)."""
    return [t.filePath() for t in _translators]


# -- mixed directions ------------------------------------------------------------------------


def _ui_is_rtl() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def isolate(text: str) -> str:
    """``text`` as a unit whose direction comes from its own first strong character.

    Only where it can go wrong: text running against the interface's direction (a Latin
    name in Arabic, an Arabic one in French), or with no letters at all in Arabic.
    """
    if not text:
        return text
    own = text_is_rtl(text)
    needed = _ui_is_rtl() if own is None else own != _ui_is_rtl()
    return f"{FSI}{text}{PDI}" if needed else text


def ltr(text: str) -> str:
    """Left to right inside an Arabic sentence: e-mail addresses, order numbers, URLs."""
    return f"{LRI}{text}{PDI}" if text and _ui_is_rtl() else text


def text_is_rtl(text: str) -> bool | None:
    """Unicode rule P2: the first strong character decides; None when there is none."""
    for ch in text[:2000]:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return None


def directional_icon(icon: QIcon, size: int = 64) -> QIcon:
    """An arrow-like icon (back, send, next) pointing the reading way: mirrored in Arabic."""
    if not _ui_is_rtl() or icon.isNull():
        return icon
    mirrored = QIcon()
    sizes = icon.availableSizes() or [QSize(size, size)]
    for each in sizes:
        image = icon.pixmap(each).toImage()
        # QImage.flipped arrived in Qt 6.9; mirrored() before it.
        flipped = (image.flipped(Qt.Orientation.Horizontal) if hasattr(image, "flipped")
                   else image.mirrored(True, False))
        mirrored.addPixmap(QPixmap.fromImage(flipped))
    return mirrored


def strip_isolates(text: str) -> str:
    return text.translate({ord(c): None for c in (FSI, LRI, PDI, "\u2067")})


# -- numbers, dates, durations -----------------------------------------------------------------


def format_number(value: int | float) -> str:
    return QLocale().toString(value)


def _moment(timestamp: float) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(timestamp))


def format_time(timestamp: float) -> str:
    return QLocale().toString(_moment(timestamp).time(), QLocale.FormatType.ShortFormat)


def format_date(timestamp: float, *, long: bool = False) -> str:
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(_moment(timestamp).date(), kind)


def format_when(timestamp: float, now: float | None = None) -> str:
    """A message's date: the time today, "5 Mar, 14:07" this year, a short date before."""
    now = time.time() if now is None else now
    then, today = datetime.fromtimestamp(timestamp).date(), datetime.fromtimestamp(now).date()
    clock = format_time(timestamp)
    if then == today:
        return clock
    if then.year == today.year:
        # Translators: a day and abbreviated month, as a Qt date pattern (d, MMM, MMMM).
        day = QLocale().toString(_moment(timestamp).date(), _tr("d MMM"))
    else:
        day = format_date(timestamp)
    return _tr("{date}, {time}").format(date=day, time=clock)


def format_wait(seconds: float) -> str:
    """A compact wait for lists: "now", "12 min", "3 h", "2 d"."""
    s = max(0, int(seconds))
    if s < 60:
        return _tr("now")
    if s < 3600:
        return _tr("%n min", s // 60)
    if s < 86400:
        return _tr("%n h", s // 3600)
    return _tr("%n d", s // 86400)


def format_ago(seconds: float) -> str:
    """How long ago: "just now", "3 h ago" ("il y a 3 h", "منذ 3 ساعات")."""
    s = max(0, int(seconds))
    if s < 60:
        return _tr("just now")
    if s < 3600:
        return _tr("%n min ago", s // 60)
    if s < 86400:
        return _tr("%n h ago", s // 3600)
    return _plural("%n day ago", "%n days ago", s // 86400)


def format_duration(seconds: float) -> str:
    """A spelled-out duration: "1 minute", "3 hours", "2 days"."""
    s = max(0, int(seconds))
    if s < 3600:
        return _plural("%n minute", "%n minutes", max(1, s // 60))
    if s < 86400:
        return _plural("%n hour", "%n hours", s // 3600)
    return _plural("%n day", "%n days", s // 86400)


# -- languages as names --------------------------------------------------------------------------


def language_display_name(code: str) -> str:
    """A customer's language in the interface's language ("French", "français", "الفرنسية")."""
    if not code:
        return ""
    known = {"en": _tr("English"), "fr": _tr("French"), "ar": _tr("Arabic")}
    base = code.replace("_", "-").split("-")[0].lower()
    if base in known:
        return known[base]
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    return locale.nativeLanguageName() or QLocale.languageToString(locale.language())
