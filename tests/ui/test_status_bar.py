"""The status bar's progress: whole when the window has room; elided, with the whole text as its
tooltip, when it has not; a long project name never widens the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from annotator_desktop.core.store.progress import Progress
from annotator_desktop.ui.status_bar import StatusBar

LONG_NAME = "Rewrite the customer support answers of the spring campaign, second round " * 4


def window_with_status(qtbot: QtBot, width: int) -> tuple[QMainWindow, StatusBar]:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLabel("pane"))
    status = StatusBar(window)
    window.setStatusBar(status)
    window.resize(width, 400)
    window.show()
    qtbot.waitExposed(window)
    return window, status


def test_long_project_name_is_elided_not_widening_the_window(qtbot: QtBot) -> None:
    window, status = window_with_status(qtbot, 800)
    status.set_progress(Progress(done=3, left=40, today=2, today_seconds=75), LONG_NAME)
    label = status.progress
    whole = label.text()
    assert LONG_NAME in whole
    # Elided once the status bar's layout has given the label its room (its least is 12 chars).
    qtbot.waitUntil(lambda: label.is_elided() and label.width() > label.minimumSizeHint().width())
    # The name asks for far more than the screen; the window keeps its width and its minimum.
    assert label.sizeHint().width() > 2000
    assert window.width() == 800 and window.minimumSizeHint().width() < 800
    assert label.width() < label.sizeHint().width()
    assert label.toolTip() == whole and label.text() == whole  # the whole text, for the tooltip
    # What is drawn is the text elided to the room: a label holding just that looks the same.
    elided = label.fontMetrics().elidedText(whole, Qt.TextElideMode.ElideRight, label.width())
    assert elided.endswith("…") and len(elided) < len(whole)
    same = QLabel(elided, status)
    same.setGeometry(label.geometry())
    assert rendered(label) == rendered(same)


def rendered(widget: QWidget) -> QImage:
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    image.fill(0)
    widget.render(image)
    return image


def test_short_progress_is_shown_whole_without_tooltip(qtbot: QtBot) -> None:
    _window, status = window_with_status(qtbot, 800)
    label = status.progress
    status.set_progress(Progress(done=3, left=40, today=2, today_seconds=75), LONG_NAME)
    qtbot.waitUntil(lambda: label.is_elided())
    status.set_progress(Progress(done=3, left=40, today=2, today_seconds=75), "Street scenes")
    qtbot.waitUntil(lambda: not label.is_elided())
    assert label.width() >= label.sizeHint().width()
    assert label.toolTip() == ""


def test_progress_text_is_plain(qtbot: QtBot) -> None:
    """A project's name is data: markup in it is shown as typed, not rendered."""
    _window, status = window_with_status(qtbot, 1200)
    status.set_progress(Progress(done=0, left=1, today=0, today_seconds=0), "<b>bold</b> name")
    assert "<b>bold</b> name" in status.progress.text()
    plain = status.progress.sizeHint().width()
    status.set_progress(Progress(done=0, left=1, today=0, today_seconds=0), "bold name")
    assert plain > status.progress.sizeHint().width()  # the tags take room: they are text
