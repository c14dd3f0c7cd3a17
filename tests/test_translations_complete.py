"""Every language's .ts file is complete: no unfinished or empty translation, all plural forms.

Fails until the translators have filled every message (and after new tr() strings land until
they are translated); the stale check (lupdate would change a file) is in
tests/test_translations_shell.py.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from annotator_desktop.ui.i18n import ENGLISH, LANGUAGES, QM_PREFIX
from annotator_desktop.ui.i18n_update import TS_DIR

#: Plural forms Qt expects per language (Qt's numerus rules, see Qt Linguist's "Numerus forms").
NUMERUS_FORMS: dict[str, int] = {
    "en": 2,  # English: only the plural messages ("%n task(s)" -> "1 task" / "2 tasks")
    "es": 2,
    "fr": 2,
    "de": 2,
    "pt_BR": 2,
    "ja": 1,
    "zh_CN": 1,
    "hi": 2,
    "ar": 6,
}


def incomplete_messages(path: Path, forms: int) -> list[str]:
    """'context: source (reason)' for every message that is not fully translated."""
    root = ET.parse(path).getroot()
    problems: list[str] = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            translation = msg.find("translation")
            reason = _problem(msg, translation, forms)
            if reason:
                problems.append(f"{name}: {source!r} ({reason})")
    return problems


def _problem(msg: ET.Element, translation: ET.Element | None, forms: int) -> str:
    if translation is None:
        return "no translation"
    kind = translation.get("type", "")
    if kind in ("obsolete", "vanished"):
        return ""
    if kind == "unfinished":
        return "unfinished"
    if msg.get("numerus") == "yes":
        texts = [(f.text or "").strip() for f in translation.findall("numerusform")]
        if len(texts) < forms:
            return f"{len(texts)} of {forms} plural forms"
        if not all(texts):
            return "empty plural form"
        return ""
    return "" if (translation.text or "").strip() else "empty"


def test_numerus_table_covers_every_language() -> None:
    assert set(NUMERUS_FORMS) == {ENGLISH, *LANGUAGES}


@pytest.mark.parametrize("code", [ENGLISH, *LANGUAGES])
def test_every_message_translated(code: str) -> None:
    path = TS_DIR / f"{QM_PREFIX}{code}.ts"
    assert path.is_file(), path
    root = ET.parse(path).getroot()
    assert list(root.iter("message")), f"{path.name} has no messages"
    problems = incomplete_messages(path, NUMERUS_FORMS[code])
    shown = "\n".join(problems[:40])
    assert not problems, f"{path.name}: {len(problems)} incomplete message(s):\n{shown}"


def test_checker_catches_unfinished_and_missing_plural_forms(tmp_path: Path) -> None:
    sample = tmp_path / "annotator_xx.ts"
    sample.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="ar"><context>'
        "<name>C</name>"
        "<message><source>Done</source><translation>تم</translation></message>"
        '<message><source>Open</source><translation type="unfinished"></translation></message>'
        "<message><source>Empty</source><translation></translation></message>"
        '<message numerus="yes"><source>%n task(s)</source><translation>'
        "<numerusform>a</numerusform><numerusform>b</numerusform></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    problems = incomplete_messages(sample, 6)
    assert problems == [
        "C: 'Open' (unfinished)",
        "C: 'Empty' (empty)",
        "C: '%n task(s)' (2 of 6 plural forms)",
    ]


def test_english_plurals_read_naturally(tmp_path: Path, qapp: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from annotator_desktop.ui.i18n_update import compile_qm

    compile_qm(TS_DIR, tmp_path)
    app = qapp
    tr = QTranslator()
    assert tr.load(str(tmp_path / f"{QM_PREFIX}{ENGLISH}.qm"))
    app.installTranslator(tr)
    try:
        one = QCoreApplication.translate("StatisticsView", "%n task(s)", "", 1)
        many = QCoreApplication.translate("StatisticsView", "%n task(s)", "", 3)
    finally:
        app.removeTranslator(tr)
    assert (one, many) == ("1 task", "3 tasks")
