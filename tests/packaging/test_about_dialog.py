"""The About dialog shows the version, the licence and the data folder; Copy path copies it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from annotator_desktop import __version__
from annotator_desktop.ui.about_dialog import AboutDialog, app_icon, show_about


def _label(dialog: AboutDialog, name: str) -> QLabel:
    label = dialog.findChild(QLabel, name)
    assert label is not None, name
    return label


def test_about_shows_version_licence_and_data_folder(qtbot: QtBot, data_home: Path) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert __version__ in _label(dialog, "aboutVersion").text()
    assert "Apache-2.0" in _label(dialog, "aboutLicense").text()
    assert str(data_home) in _label(dialog, "aboutDataFolder").text()
    for name in ("aboutCopyPath", "aboutOpenData", "aboutClose"):
        button = dialog.findChild(QPushButton, name)
        assert button is not None and button.accessibleName(), name
    dialog.close()


def test_copy_path_puts_the_data_folder_on_the_clipboard(qtbot: QtBot, data_home: Path) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    QGuiApplication.clipboard().setText("")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(data_home)
    dialog.close()


def test_close_button_ends_show_about(qtbot: QtBot) -> None:
    closed: list[str] = []

    def press_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        closed.append(dialog.objectName())
        button = dialog.findChild(QPushButton, "aboutClose")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press_close)
    show_about(None)
    assert closed == ["aboutDialog"]


def test_app_icon_comes_from_the_resources(qtbot: QtBot) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert icon.pixmap(32, 32).width() == 32
