"""Both themes: every text colour meets WCAG AA on its background; disabled looks disabled."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction, QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from annotator_desktop.ui.panes.base import TaskContext
from annotator_desktop.ui.panes.compare import ComparePane
from annotator_desktop.ui.theme import STATUS_COLORS, apply_theme

R, G = QPalette.ColorRole, QPalette.ColorGroup
TEXT_ON = [
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.PlaceholderText, R.Base),
    (R.ToolTipText, R.ToolTipBase),
    (R.Link, R.Base),
]


def _channel(value: float) -> float:
    value /= 255
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    return (
        0.2126 * _channel(color.red())
        + 0.7152 * _channel(color.green())
        + 0.0722 * _channel(color.blue())
    )


def over(fg: QColor, bg: QColor) -> QColor:
    """``fg`` as painted on ``bg`` (a half-transparent placeholder is lighter than it says)."""
    a = fg.alphaF()
    mix = [
        round(a * f + (1 - a) * b) for f, b in zip(fg.getRgb()[:3], bg.getRgb()[:3], strict=True)
    ]
    return QColor(*mix)


def contrast(fg: QColor, bg: QColor) -> float:
    high, low = sorted((luminance(over(fg, bg)), luminance(bg)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    apply_theme(qapp, request.param)
    yield request.param
    apply_theme(qapp, "system")


def test_every_text_role_meets_aa_and_disabled_is_dimmer(theme: str, qapp: QApplication) -> None:
    palette = qapp.palette()
    failures = []
    for fg, bg in TEXT_ON:
        ratio = contrast(palette.color(G.Active, fg), palette.color(G.Active, bg))
        if ratio < 4.5:
            failures.append(f"{fg.name} on {bg.name}: {ratio:.2f}")
    for fg, bg in TEXT_ON[:3]:
        enabled, disabled = palette.color(G.Active, fg), palette.color(G.Disabled, fg)
        background = palette.color(G.Disabled, bg)
        ratio = contrast(disabled, background)
        if ratio < 3.0:
            failures.append(f"disabled {fg.name} on {bg.name}: {ratio:.2f}")
        if contrast(enabled, disabled) < 1.6:  # visibly different from the enabled text
            failures.append(f"disabled {fg.name} looks enabled")
    for name, color in STATUS_COLORS[theme].items():
        for bg in (R.Window, R.Base):
            ratio = contrast(QColor(color), palette.color(G.Active, bg))
            if ratio < 4.5:
                failures.append(f"{name} {color} on {bg.name}: {ratio:.2f}")
    assert failures == [], theme


def _brightest_text(button: QToolButton, dark: bool) -> float:
    """The luminance of the text pixels farthest from the button's background."""
    image = button.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    values = [
        luminance(image.pixelColor(x, y))
        for y in range(image.height())
        for x in range(image.width())
    ]
    return max(values) if dark else min(values)


def test_a_disabled_toolbar_action_looks_disabled(
    qtbot: QtBot, theme: str, qapp: QApplication
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = QToolBar(window)
    window.addToolBar(bar)
    undo, redo = QAction("Undo", window), QAction("Undo", window)
    undo.setEnabled(False)
    bar.addAction(undo)
    bar.addAction(redo)
    window.show()
    qtbot.waitExposed(window)
    off, on = (bar.widgetForAction(a) for a in (undo, redo))
    assert isinstance(off, QToolButton) and isinstance(on, QToolButton)
    dark = theme == "dark"
    window_bg = luminance(qapp.palette().color(R.Window))
    off_text, on_text = _brightest_text(off, dark), _brightest_text(on, dark)

    def ratio(text: float) -> float:
        high, low = sorted((text, window_bg), reverse=True)
        return (high + 0.05) / (low + 0.05)

    # the disabled label has markedly less contrast than the enabled one, but is still legible
    assert ratio(off_text) < 0.6 * ratio(on_text), (ratio(off_text), ratio(on_text))
    assert ratio(off_text) >= 2.5


def test_the_rationale_counter_warning_is_readable_in_both_themes(
    qtbot: QtBot, theme: str, qapp: QApplication
) -> None:
    pane = ComparePane()
    qtbot.addWidget(pane)
    payload = {
        "prompt": "What is 2 + 2?",
        "responses": [{"id": "a", "text_md": "Four."}, {"id": "b", "text_md": "Five."}],
        "criteria": [],
        "min_rationale_chars": 20,
    }
    pane.load(TaskContext("t1", "p1", "compare", "T", payload))
    pane.show()
    qtbot.waitExposed(pane)
    counter = pane.judgment.rationale_count
    color = QColor(str(counter.property("color")))
    assert color.isValid() and color.name() == STATUS_COLORS[theme]["error"]
    assert contrast(color, qapp.palette().color(R.Window)) >= 4.5
    apply_theme(qapp, "light" if theme == "dark" else "dark")  # switching at run time
    other = "light" if theme == "dark" else "dark"
    qtbot.waitUntil(lambda: counter.property("color") == STATUS_COLORS[other]["error"])


def test_notes_in_the_changes_view_are_readable_in_both_themes(
    qtbot: QtBot, theme: str, qapp: QApplication
) -> None:
    from PySide6.QtGui import QTextCursor

    from annotator_desktop.ui.panes.rewrite import RewritePane

    draft = " ".join(f"word{i}" for i in range(200))
    pane = RewritePane()
    qtbot.addWidget(pane)
    pane.load(TaskContext("t1", "p1", "rewrite", "T", {"prompt": "", "draft_md": draft}))
    pane.show()
    qtbot.waitExposed(pane)
    cursor = pane.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    pane.editor.setTextCursor(cursor)
    qtbot.keyClicks(pane.editor, " end")
    browser = pane.diff_view.inline
    qtbot.waitUntil(lambda: "unchanged" in browser.toPlainText(), timeout=5000)
    found = browser.document().find("unchanged")
    color = found.charFormat().foreground().color()
    base = browser.palette().color(R.Base)
    assert contrast(color, base) >= 4.5, (color.name(), base.name())
