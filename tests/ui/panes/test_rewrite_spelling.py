"""Offline spell checking in the rewrite pane (pyspellchecker; dictionaries ship with it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from pytestqt.qtbot import QtBot

from annotator_desktop.ui.panes.base import TaskContext
from annotator_desktop.ui.panes.rewrite import RewritePane
from annotator_desktop.ui.panes.rewrite.spelling import misspelled, task_language

pytest.importorskip("spellchecker")


def underlined_words(pane: RewritePane) -> list[str]:
    out = []
    block = pane.editor.document().begin()
    while block.isValid():
        for fmt in block.layout().formats():
            style = fmt.format.underlineStyle()
            if style == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                out.append(block.text()[fmt.start : fmt.start + fmt.length])
        block = block.next()
    return out


def test_language_choice() -> None:
    assert task_language("de-AT", "x") == "de"
    assert task_language(None, "Plain English words.") == "en"
    assert task_language(None, "نص عربي") == ""


def test_spell_check_underlines_and_suggests(qtbot: QtBot) -> None:
    pane = RewritePane()
    qtbot.addWidget(pane)
    draft = "The wrold is big.\n\n```\nwrold_in_code\n```\n"
    pane.load(TaskContext("t", "p", "rewrite", "T", {"prompt": "", "draft_md": draft}))
    pane.show()
    with qtbot.waitActive(pane):
        pane.activateWindow()
    assert pane.actions_by_name["rewriteSpelling"].isEnabled()
    pane.editor.setFocus()
    with qtbot.assertNotEmitted(pane.changed):  # underlining is not an edit
        qtbot.keyClick(pane.editor, Qt.Key.Key_F7)
        assert pane.actions_by_name["rewriteSpelling"].isChecked()
        qtbot.waitUntil(lambda: pane.spelling.highlighter is not None, timeout=20_000)
        qtbot.waitUntil(lambda: underlined_words(pane) == ["wrold"], timeout=5000)
        qtbot.waitUntil(lambda: not pane.spelling.rehighlighting)
    cursor = pane.editor.textCursor()
    cursor.setPosition(pane.editor.toPlainText().index("wrold") + 2)
    actions = pane.spelling.menu_actions(cursor, pane)
    labels = [a.text() for a in actions]
    assert "world" in labels and labels[-1].startswith("Ignore")
    actions[labels.index("world")].trigger()
    assert pane.editor.toPlainText().startswith("The world is big.")
    qtbot.waitUntil(lambda: underlined_words(pane) == [], timeout=5000)
    qtbot.keyClick(pane.editor, Qt.Key.Key_F7)  # off again
    assert pane.spelling.highlighter is None
    pane.spelling.loader.wait()


def test_misspelled_skips_acronyms_and_ignored() -> None:
    from annotator_desktop.ui.panes.rewrite.spelling import _load

    checker = _load("en")
    text = "NASA and teh cat and zorbl"
    assert [text[s : s + n] for s, n in misspelled(checker, text, {"zorbl"})] == ["teh"]
    assert QTextCursor is not None


#: Short real texts; every word is correctly spelled (inflected forms included).
CORRECT_TEXTS = {
    "es": "Las patatas fritas sirven para acompañar el pescado. Ella sirve la comida caliente.",
    "fr": "Les enfants mangeaient des pommes vertes pendant que leurs parents travaillaient.",
    "de": "Die Kinder spielten gestern im großen Garten, während ihre Eltern arbeiteten.",
    "pt": "As crianças brincavam no jardim enquanto os pais preparavam o almoço.",
}
MISSPELLED = {"es": "patatsa", "fr": "pommmes", "de": "Gartn", "pt": "criaças"}
HUNSPELL_PACKAGES = "libenchant-2-2 hunspell-es hunspell-fr hunspell-de-de hunspell-pt-br"


@pytest.mark.parametrize("language", sorted(CORRECT_TEXTS))
def test_common_inflected_words_are_not_flagged(language: str) -> None:
    from annotator_desktop.ui.panes.rewrite.dictionaries import open_dictionary

    dictionary = open_dictionary(language)
    assert dictionary.source == "hunspell", (
        f"no Hunspell dictionary for {language}: install the Debian packages {HUNSPELL_PACKAGES}"
    )
    assert misspelled(dictionary, CORRECT_TEXTS[language], set()) == []
    typo = MISSPELLED[language]
    assert misspelled(dictionary, f"{CORRECT_TEXTS[language]} {typo}", set()) != []
    assert dictionary.suggest(typo), "suggestions come from the same dictionary"


def test_a_spanish_rewrite_underlines_only_the_typo(qtbot: QtBot) -> None:
    pane = RewritePane()
    qtbot.addWidget(pane)
    draft = f"{CORRECT_TEXTS['es']} Una patatsa.\n"
    payload = {"prompt": "", "draft_md": draft, "language": "es"}
    pane.load(TaskContext("t", "p", "rewrite", "T", payload))
    pane.show()
    with qtbot.waitActive(pane):
        pane.activateWindow()
    pane.editor.setFocus()
    qtbot.keyClick(pane.editor, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: pane.spelling.highlighter is not None, timeout=20_000)
    qtbot.waitUntil(lambda: underlined_words(pane) == ["patatsa"], timeout=5000)
