"""Loading translations: our .qm files, Qt's own qtbase .qm, a pseudo-locale, layout direction.

``apply_language(app, code)`` swaps the installed translators; Qt then sends a LanguageChange
event to every widget, and the main window re-applies its strings without a restart.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtCore import Qt as QtNs
from PySide6.QtWidgets import QApplication

from annotator_desktop.core.paths import translations_dir

#: Language codes with a .ts file in translations/ (plus the generated pseudo-locale).
LANGUAGES: tuple[str, ...] = ("es", "fr", "de", "pt_BR", "ja", "zh_CN", "hi", "ar")
PSEUDO = "pseudo"
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})
#: Native names shown in the language chooser (never translated).
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

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo_translate(source)

    def isEmpty(self) -> bool:
        return False


def resolve_language(requested: str | None, saved: str = "") -> str:
    """The language to use: the command line, then the settings, then the system's."""
    code = (requested or saved or "").strip()
    if code:
        return code
    name = QLocale.system().name()  # e.g. de_DE, pt_BR
    if name in LANGUAGES:
        return name
    short = name.split("_")[0]
    return short if short in LANGUAGES else "en"


def is_rtl(code: str) -> bool:
    return code.split("_")[0] in RTL_LANGUAGES


def qm_path(code: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"{QM_PREFIX}{code}.qm"


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
        for tr in (qt_own, ours):
            if tr is not None:
                self._app.installTranslator(tr)
                self._installed.append(tr)
        self.loaded_ours = ours is not None
        direction = (
            QtNs.LayoutDirection.RightToLeft
            if is_rtl(self.code)
            else QtNs.LayoutDirection.LeftToRight
        )
        self._app.setLayoutDirection(direction)
        return self.loaded_ours or self.code == "en"

    def _load_ours(self, code: str) -> QTranslator | None:
        if code == "en":
            return None
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
