"""The About dialog: version, licence and where the app keeps its data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator_desktop import __version__
from annotator_desktop.core.paths import data_dir, resources_dir

LICENSE_NAME = "Apache-2.0"


def app_icon() -> QIcon:
    """The application icon from resources/icons (empty if the files are missing)."""
    icon = QIcon()
    icons = resources_dir() / "icons"
    svg = icons / "annotator-desktop.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    for png in sorted(icons.glob("annotator-desktop-*.png")):
        icon.addFile(str(png))
    return icon


class AboutDialog(QDialog):
    """Shows the version, the licence and the data folder, with a button to open that folder."""

    def __init__(self, parent: QWidget | None = None, data_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About annotator-desktop"))
        self.setAccessibleName(self.tr("About annotator-desktop"))
        self.data_path = data_path if data_path is not None else data_dir()
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self._license_label())
        layout.addWidget(self._data_label())
        layout.addWidget(self._buttons())

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        logo = QLabel(self)
        logo.setObjectName("aboutLogo")
        logo.setAccessibleName(self.tr("Application icon"))
        pixmap: QPixmap = app_icon().pixmap(64, 64)
        logo.setPixmap(pixmap)
        row.addWidget(logo)
        self.version_label = QLabel(self)
        self.version_label.setObjectName("aboutVersion")
        self.version_label.setAccessibleName(self.tr("Version"))
        text = self.tr("annotator-desktop version %1").replace("%1", __version__)
        self.version_label.setText(text)
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.version_label, 1)
        return row

    def _license_label(self) -> QLabel:
        self.license_label = QLabel(self)
        self.license_label.setObjectName("aboutLicense")
        self.license_label.setAccessibleName(self.tr("License"))
        self.license_label.setText(
            self.tr("Licensed under the Apache License, version 2.0 (%1).").replace(
                "%1", LICENSE_NAME
            )
        )
        self.license_label.setWordWrap(True)
        return self.license_label

    def _data_label(self) -> QLabel:
        self.data_label = QLabel(self)
        self.data_label.setObjectName("aboutDataFolder")
        self.data_label.setAccessibleName(self.tr("Data folder"))
        self.data_label.setText(
            self.tr("Your data is kept in: %1").replace("%1", str(self.data_path))
        )
        self.data_label.setWordWrap(True)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return self.data_label

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.setObjectName("aboutButtons")
        close = box.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("aboutClose")
        close.setAccessibleName(self.tr("Close"))
        self.copy_button = QPushButton(self.tr("Copy path"), self)
        self.copy_button.setObjectName("aboutCopyPath")
        self.copy_button.setAccessibleName(self.tr("Copy the data folder path"))
        self.copy_button.clicked.connect(self.copy_data_path)
        box.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button = QPushButton(self.tr("Open data folder"), self)
        self.open_button.setObjectName("aboutOpenData")
        self.open_button.setAccessibleName(self.tr("Open the data folder"))
        self.open_button.clicked.connect(self.open_data_folder)
        box.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.rejected.connect(self.reject)
        return box

    def copy_data_path(self) -> None:
        QGuiApplication.clipboard().setText(str(self.data_path))

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_path)))


def show_about(parent: QWidget | None = None) -> None:
    """Opens the About dialog (modal) and returns when it is closed."""
    dialog = AboutDialog(parent)
    dialog.exec()
    dialog.deleteLater()
