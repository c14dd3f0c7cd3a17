"""Translations: .ts files up to date with the UI sources, pseudo-locale complete and loadable."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

from annotator_desktop.ui.i18n import LANGUAGES, PSEUDO, QM_PREFIX, pseudo_translate
from annotator_desktop.ui.i18n_update import TS_DIR, stale_files

LRELEASE_HINT = "run: .venv/bin/python -m annotator_desktop.ui.i18n_update"


def messages(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_every_language_has_a_ts_file() -> None:
    for code in (*LANGUAGES, PSEUDO):
        assert (TS_DIR / f"{QM_PREFIX}{code}.ts").is_file(), code


def test_ts_files_are_not_stale() -> None:
    stale = stale_files()
    assert stale == [], f"translations are stale: {stale}; {LRELEASE_HINT}"


def test_pseudo_locale_complete_and_loadable(tmp_path: Path) -> None:
    pseudo = TS_DIR / f"{QM_PREFIX}{PSEUDO}.ts"
    source = messages(TS_DIR / f"{QM_PREFIX}es.ts")
    assert messages(pseudo) == source
    assert ("Menus", "&File") in source
    qm = tmp_path / "pseudo.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    cmd = (
        [str(lrelease)]
        if lrelease.exists()
        else [sys.executable, "-m", "PySide6.scripts.pyside_tool", "lrelease"]
    )
    subprocess.run([*cmd, str(pseudo), "-qm", str(qm), "-silent"], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("Menus", "&File") == pseudo_translate("&File")


def test_pseudo_keeps_placeholders_and_is_longer() -> None:
    text = "Saved %1 of %n task(s) in <b>%2</b>"
    out = pseudo_translate(text)
    for keep in ("%1", "%n", "%2", "<b>", "</b>"):
        assert keep in out
    assert out.startswith("[") and out.endswith("]") and len(out) >= len(text) * 1.3


def test_qt_own_translations_loaded_and_direction_follows_language(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    from annotator_desktop.ui.i18n import Translations

    translations = Translations(qapp)  # type: ignore[arg-type]
    try:
        translations.apply("de")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        translations.apply("ar")
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        translations.apply("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
