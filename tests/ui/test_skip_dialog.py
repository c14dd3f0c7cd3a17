"""The Skip dialog on its own: one key per reason, Other asks why, Enter confirms, Esc cancels,
every widget named for assistive technology, mirrored right-to-left."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from annotator_desktop.ui.skip_dialog import REASONS, SkipDialog

_PARENTS: list[QWidget] = []  # kept alive for the test (the dialog is their child)


def _open(qtbot: QtBot, direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight) -> tuple[
    SkipDialog, list[tuple[str, str]]
]:  # fmt: skip
    QApplication.setLayoutDirection(direction)  # as the app does for an RTL language
    parent = QWidget()
    _PARENTS.append(parent)
    qtbot.addWidget(parent)
    dialog = SkipDialog(parent, "Street scene 5")
    chosen: list[tuple[str, str]] = []
    dialog.chosen.connect(lambda reason, text: chosen.append((reason, text)))
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    return dialog, chosen


@pytest.fixture(autouse=True)
def _forget_parents() -> Iterator[None]:
    yield
    _PARENTS.clear()
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _focused(dialog: QWidget) -> QWidget:
    return QApplication.focusWidget() or dialog


def test_each_of_the_first_three_keys_chooses_and_confirms(qtbot: QtBot) -> None:
    for key, reason in ((Qt.Key.Key_1, "broken"), (Qt.Key.Key_2, "unclear"),
                        (Qt.Key.Key_3, "not_my_expertise")):  # fmt: skip
        dialog, chosen = _open(qtbot)
        with qtbot.waitSignal(dialog.finished, timeout=3000):
            QTest.keyClick(_focused(dialog), key)
        assert chosen == [(reason, "")]


def test_keypad_digits_work_too(qtbot: QtBot) -> None:
    dialog, chosen = _open(qtbot)
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        QTest.keyClick(_focused(dialog), Qt.Key.Key_2, Qt.KeyboardModifier.KeypadModifier)
    assert chosen == [("unclear", "")]


def test_other_needs_a_text_and_enter_confirms_it(qtbot: QtBot) -> None:
    dialog, chosen = _open(qtbot)
    assert not dialog.ok.isEnabled() and not dialog.text.isEnabled()
    QTest.keyClick(_focused(dialog), Qt.Key.Key_4)
    assert dialog.text.isEnabled() and dialog.text.hasFocus() and not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.text, "  ")
    QTest.keyClick(dialog.text, Qt.Key.Key_Return)
    assert chosen == [] and dialog.isVisible()  # blank is not a reason
    qtbot.keyClicks(dialog.text, "see 12")
    assert dialog.ok.isEnabled() and dialog.reason() == "other"
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        QTest.keyClick(dialog.text, Qt.Key.Key_Return)
    assert chosen == [("other", "see 12")]


def test_a_reason_clicked_is_confirmed_by_enter_and_escape_cancels(qtbot: QtBot) -> None:
    dialog, chosen = _open(qtbot)
    button = dialog.buttons["unclear"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert dialog.reason() == "unclear" and chosen == [] and dialog.isVisible()
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        QTest.keyClick(_focused(dialog), Qt.Key.Key_Return)
    assert chosen == [("unclear", "")]
    dialog, chosen = _open(qtbot)
    with qtbot.waitSignal(dialog.finished, timeout=3000) as finished:
        QTest.keyClick(_focused(dialog), Qt.Key.Key_Escape)
    assert chosen == [] and finished.args == [0]


def test_every_widget_is_named_and_shows_its_key(qtbot: QtBot) -> None:
    dialog, _ = _open(qtbot)
    assert "Street scene 5" in dialog.intro.text()
    for widget in dialog.findChildren(QWidget):
        if widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()
    for i, reason in enumerate(REASONS):
        button = dialog.buttons[reason]
        assert button.text().startswith(f"&{i + 1}")  # the key, underlined
        assert button.accessibleDescription() == f"Key {i + 1}"
    assert [dialog.buttons[r].accessibleName() for r in REASONS] == [
        "Broken task", "Unclear", "Not my expertise", "Other",
    ]  # fmt: skip
    dialog.reject()


def test_right_to_left_mirrors_the_dialog(qtbot: QtBot) -> None:
    ltr, _ = _open(qtbot)
    ok_ltr = ltr.ok.mapTo(ltr, QPoint(0, 0)).x() - ltr.cancel.mapTo(ltr, QPoint(0, 0)).x()
    ltr.reject()
    rtl, chosen = _open(qtbot, Qt.LayoutDirection.RightToLeft)
    assert rtl.isRightToLeft() and rtl.buttons["broken"].isRightToLeft()
    assert rtl.text.isRightToLeft()
    ok_rtl = rtl.ok.mapTo(rtl, QPoint(0, 0)).x() - rtl.cancel.mapTo(rtl, QPoint(0, 0)).x()
    assert (ok_ltr < 0) != (ok_rtl < 0)  # OK and Cancel swap sides
    button = rtl.buttons["broken"]
    assert button.mapTo(rtl, QPoint(button.width(), 0)).x() > rtl.width() // 2  # starts right
    with qtbot.waitSignal(rtl.finished, timeout=3000):
        QTest.keyClick(_focused(rtl), Qt.Key.Key_1)  # the keys are the same
    assert chosen == [("broken", "")]


def test_a_language_change_retranslates(qtbot: QtBot) -> None:
    dialog, _ = _open(qtbot)
    dialog.intro.setText("")
    QApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.intro.text().startswith("Why do you skip")
    dialog.reject()
