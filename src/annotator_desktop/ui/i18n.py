"""Loading translations: our .qm files, Qt's own qtbase .qm, a pseudo-locale, layout direction.

``Translations.apply(code)`` swaps the installed translators and sets the default QLocale (dates,
times and numbers) and the layout direction; Qt then sends a LanguageChange event to every widget,
and the main window re-applies its strings without a restart. Qt's own strings (standard buttons,
file dialogs) come from PySide6's qtbase .qm; a language without one (Hindi) quietly keeps English
there. ``ANNOTATOR_QM_DIR`` points at another folder of compiled .qm files (tests, translators).
"""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLibraryInfo, QLocale, QTranslator
from PySide6.QtCore import Qt as QtNs
from PySide6.QtWidgets import QApplication

from annotator_desktop.core.paths import translations_dir

# Language codes with a .ts file in translations/ (plus the generated pseudo-locale).
LANGUAGES: tuple[str, ...] = ("es", "fr", "de", "pt_BR", "ja", "zh_CN", "hi", "ar")
PSEUDO = "pseudo"
ENGLISH = "en"  # the source language; its .ts holds only the plural forms
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})
# Native names shown in the language chooser (never translated).
NATIVE_NAMES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "de": "Deutsch",
    "pt_BR": "Português (Brasil)",
    "ja": "日本語",
    "zh_CN": "简体中文",
    "hi": "हिन्दी",
    "ar": "العربية",
    PSEUDO: "[Ƥşéûðö]",
}
QM_PREFIX = "annotator_"
QM_DIR_ENV = "ANNOTATOR_QM_DIR"

_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Placeholders (%1, %n, %L1), HTML tags and entities, and mnemonics (&x) stay as they are.
_KEEP = re.compile(r"(%L?\d+|%n|<[^>]*>|&[a-zA-Z]+;|&&|&(?=\w))")


def pseudo_translate(source: str) -> str:
    """Accented, bracketed and about 30% longer; placeholders and markup are kept intact."""
    if not source:
        return source
    parts = _KEEP.split(source)
    out = "".join(p if i % 2 else p.translate(_ACCENTS) for i, p in enumerate(parts))
    pad = "·" * max(1, round(len(source) * 0.3))
    return f"[{out} {pad}]"


class PseudoTranslator(QTranslator):
    """Used when no compiled pseudo .qm is installed: translates every string on the fly."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo_translate(source)

    def isEmpty(self) -> bool:
        return False


def local_time(value: datetime | None) -> str:
    """``value`` in the user's time zone, in the UI locale's short format; "" for None."""
    if value is None:
        return ""
    stamp = QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def resolve_language(requested: str | None, saved: str = "") -> str:
    """The language to use: the command line, then the settings, then the system's."""
    code = (requested or saved or "").strip()
    if code:
        return code
    return system_language(QLocale.system())


def system_language(locale: QLocale) -> str:
    """Our language closest to ``locale`` (pt_PT: pt_BR; zh_TW, Traditional script: English)."""
    name = locale.name()  # e.g. de_DE, pt_BR
    if name in LANGUAGES:
        return name
    short = name.split("_")[0]
    if short in LANGUAGES:
        return short
    if short == "zh" and locale.script() == QLocale.Script.TraditionalHanScript:
        return "en"
    regional = [c for c in LANGUAGES if c.split("_")[0] == short]
    return regional[0] if regional else "en"


def is_rtl(code: str) -> bool:
    return code.split("_")[0] in RTL_LANGUAGES


def qm_folder() -> Path:
    """Where our compiled .qm files are: ``ANNOTATOR_QM_DIR`` if set, else the package's."""
    override = os.environ.get(QM_DIR_ENV, "")
    return Path(override) if override else translations_dir()


def qm_path(code: str, folder: Path | None = None) -> Path:
    return (folder or qm_folder()) / f"{QM_PREFIX}{code}.qm"


def ui_locale(code: str) -> QLocale:
    """The locale for dates, times and numbers in language ``code`` (English for pseudo).

    A bare language keeps the system's region when the system speaks it (de on de_AT: de_AT).
    """
    wanted = QLocale("en" if not code or code == PSEUDO else code)
    system = QLocale.system()
    if "_" not in code and code != PSEUDO and system.language() == wanted.language():
        return system
    return wanted


class Translations:
    """Owns the translators installed on the application; swap them with :meth:`apply`."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.code = "en"
        self.loaded_ours = False

    def apply(self, code: str) -> bool:
        """Switches to ``code``; returns whether our own translation was found."""
        for tr in self._installed:
            self._app.removeTranslator(tr)
        self._installed = []
        self.code = code or "en"
        ours = self._load_ours(self.code)
        qt_own = self._load_qtbase(self.code)
        for translator in (qt_own, ours):
            if translator is not None:
                self._app.installTranslator(translator)
                self._installed.append(translator)
        self.loaded_ours = ours is not None
        QLocale.setDefault(ui_locale(self.code))
        direction = (
            QtNs.LayoutDirection.RightToLeft
            if is_rtl(self.code)
            else QtNs.LayoutDirection.LeftToRight
        )
        self._app.setLayoutDirection(direction)
        return self.loaded_ours or self.code == "en"

    def _load_ours(self, code: str) -> QTranslator | None:
        path = qm_path(code)
        tr = QTranslator(self._app)
        if path.is_file() and tr.load(str(path)):
            return tr
        if code == PSEUDO:
            return PseudoTranslator(self._app)
        return None

    def _load_qtbase(self, code: str) -> QTranslator | None:
        if code in ("en", PSEUDO):
            return None
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        tr = QTranslator(self._app)
        if tr.load(QLocale(code), "qtbase", "_", folder):
            return tr
        return None
