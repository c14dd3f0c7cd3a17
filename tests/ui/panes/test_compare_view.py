"""What the compare pane shows: rendered Markdown, word counts, synced scroll, differences, A/B."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextTable
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot
from test_compare_support import context, payload, shown_pane

LONG_CODE = "```\n" + "x = 1  # " + "long_identifier_" * 40 + "\n```"


def _long(tag: str, paragraphs: int) -> str:
    return "\n\n".join(
        f"{tag} paragraph {i} " + "filler words here " * 30 for i in range(paragraphs)
    )


def test_markdown_tables_code_and_lists_render(qtbot: QtBot) -> None:
    data = payload(min_chars=0)
    data["responses"][0]["text_md"] = (
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n- two\n\n" + LONG_CODE
    )
    data["responses"][1]["text_md"] = data["responses"][0]["text_md"]
    pane = shown_pane(qtbot, context(task_payload=data))
    pane.grab()
    browser = pane.responses.column_a.browser
    doc = browser.document()
    frames = doc.rootFrame().childFrames()
    assert any(isinstance(f, QTextTable) for f in frames), "the table is a real table"
    assert any(doc.findBlockByNumber(i).textList() for i in range(doc.blockCount()))
    code = next(
        doc.findBlockByNumber(i)
        for i in range(doc.blockCount())
        if "long_identifier_" in doc.findBlockByNumber(i).text()
    )
    assert code.blockFormat().nonBreakableLines()
    families = code.begin().fragment().charFormat().fontFamilies() or []
    assert "monospace" in families
    qtbot.waitUntil(lambda: browser.horizontalScrollBar().maximum() > 0)


def test_word_counts_and_letters_only(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot, context())
    counts = {pane.responses.column_a.words, pane.responses.column_b.words}
    # As rendered: "First answer: four. print(2 + 2) a b 1 2", "Second answer: five. one two";
    # counted with the tokenizer every text measure shares ("print(2" is two words)
    assert counts == {10, 5}
    for column in (pane.responses.column_a, pane.responses.column_b):
        assert str(column.words) in column.count.text()
    shown: list[str] = []
    for widget in pane.findChildren(QWidget):
        shown += [widget.accessibleName(), widget.toolTip(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            shown.append(widget.text())
    assert "Response A" in shown and "Response B" in shown
    assert not [t for t in shown if "resp-" in t], "server ids never reach the UI"


def test_synchronised_scrolling_toggle(qtbot: QtBot) -> None:
    data = payload(min_chars=0)
    data["responses"][0]["text_md"] = _long("first", 60)
    data["responses"][1]["text_md"] = _long("second", 30)
    pane = shown_pane(qtbot, context(task_payload=data))
    bar_a = pane.responses.column_a.browser.verticalScrollBar()
    bar_b = pane.responses.column_b.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar_a.maximum() > 200 and bar_b.maximum() > 200)
    assert pane.responses.sync_box.isChecked()
    bar_a.setValue(bar_a.maximum() // 2)
    assert abs(bar_b.value() - bar_b.maximum() // 2) <= 2
    qtbot.mouseClick(pane.responses.sync_box, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert not pane.responses.sync_box.isChecked()
    before = bar_b.value()
    bar_a.setValue(0)
    assert bar_b.value() == before


def test_highlight_differences_marks_only_changed_words(qtbot: QtBot) -> None:
    data = payload(min_chars=0)
    data["responses"][0]["text_md"] = "The cat sat on the mat.\n\nSame ending here."
    data["responses"][1]["text_md"] = "The dog sat on the mat.\n\nSame ending here."
    pane = shown_pane(qtbot, context(task_payload=data))
    browsers = (pane.responses.column_a.browser, pane.responses.column_b.browser)
    assert all(not b.extraSelections() for b in browsers)
    pane.responses.diff_box.click()
    marked = sorted(s.cursor.selectedText() for b in browsers for s in b.extraSelections())
    assert marked == ["cat", "dog"]
    pane.responses.diff_box.click()
    assert all(not b.extraSelections() for b in browsers)


def test_right_to_left_ui_keeps_a_on_the_left(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        pane = shown_pane(qtbot, context())
        QApplication.processEvents()
        a = pane.responses.column_a.mapTo(pane, QPoint(0, 0)).x()
        b = pane.responses.column_b.mapTo(pane, QPoint(0, 0)).x()
        assert a < b, "A is the left response, as presented_order says"
        scale = pane.judgment.scale
        assert scale.button(1).x() < scale.button(7).x(), "the scale runs A (left) to B (right)"
        assert pane.judgment.rationale.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
