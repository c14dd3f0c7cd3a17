"""The settings dialog: server, language, theme, autosave, CA bundle, auto top-up."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator_desktop.core.settings import Settings
from annotator_desktop.ui.i18n import LANGUAGES, NATIVE_NAMES, PSEUDO


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._original = settings
        self.server = QLineEdit(settings.server_url, self)
        self.server.setObjectName("serverUrl")
        self.server.setPlaceholderText("https://tasks.example.org")
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.theme = QComboBox(self)
        self.theme.setObjectName("theme")
        self.autosave = QSpinBox(self)
        self.autosave.setObjectName("autosaveMs")
        self.autosave.setRange(100, 1000)
        self.autosave.setSingleStep(100)
        self.autosave.setValue(settings.autosave_ms)
        self.ca_bundle = QLineEdit(settings.ca_bundle, self)
        self.ca_bundle.setObjectName("caBundle")
        self.browse = QPushButton(self)
        self.browse.setObjectName("caBundleBrowse")
        self.browse.clicked.connect(self._choose_ca)
        self.topup = QSpinBox(self)
        self.topup.setObjectName("autoTopup")
        self.topup.setRange(0, 500)
        self.topup.setValue(settings.auto_topup)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("settingsButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(self.browse)
        self.form = QFormLayout()
        # addRow("") would make no label at all: each row gets its own, filled by retranslate().
        self.labels: list[QLabel] = []
        for name, field, buddy in (
            ("serverUrlLabel", self.server, self.server),
            ("languageLabel", self.language, self.language),
            ("themeLabel", self.theme, self.theme),
            ("autosaveLabel", self.autosave, self.autosave),
            ("caBundleLabel", ca_row, self.ca_bundle),
            ("autoTopupLabel", self.topup, self.topup),
        ):
            label = QLabel(self)
            label.setObjectName(name)
            label.setBuddy(buddy)
            self.labels.append(label)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._select(self.language, settings.language)
        self._select(self.theme, settings.theme)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def _select(box: QComboBox, value: str) -> None:
        box.setCurrentIndex(max(0, box.findData(value)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        labels = (
            self.tr("Server URL"),
            self.tr("Language"),
            self.tr("Theme"),
            self.tr("Autosave after (ms)"),
            self.tr("CA bundle (PEM)"),
            self.tr("Tasks to keep offline"),
        )
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        for widget, name in (
            (self.server, labels[0]),
            (self.language, labels[1]),
            (self.theme, labels[2]),
            (self.autosave, labels[3]),
            (self.ca_bundle, labels[4]),
            (self.topup, labels[5]),
        ):
            widget.setAccessibleName(name)
        self.browse.setText(self.tr("Browse…"))
        self.browse.setAccessibleName(self.tr("Choose a CA bundle file"))
        lang = self.language.currentData()
        self.language.clear()
        self.language.addItem(self.tr("System language"), "")
        for code in ("en", *LANGUAGES, PSEUDO):
            self.language.addItem(NATIVE_NAMES.get(code, code), code)
        self._select(self.language, lang or "")
        theme = self.theme.currentData()
        self.theme.clear()
        self.theme.addItem(self.tr("Follow the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self._select(self.theme, theme or "system")

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a CA bundle"), "", self.tr("Certificates (*.pem *.crt)")
        )
        if path:
            self.ca_bundle.setText(path)

    def values(self) -> Settings:
        """The settings as edited (window state is carried over unchanged)."""
        return replace(
            self._original,
            server_url=self.server.text().strip(),
            language=self.language.currentData() or "",
            theme=self.theme.currentData() or "system",
            autosave_ms=self.autosave.value(),
            ca_bundle=self.ca_bundle.text().strip(),
            auto_topup=self.topup.value(),
        ).normalised()
