"""Sign-in dialog: server URL, user, password; errors shown in the user's language."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class SignInDialog(QDialog):
    """Non-blocking: OK starts the sign-in in the background; the dialog closes on success."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in"))
        self.url = self._field("serverUrl", self.tr("Server address"))
        self.url.setPlaceholderText("https://tasks.example.org")
        self.user = self._field("userName", self.tr("User name"))
        self.password = self._field("password", self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.status = QLabel(self)
        self.status.setObjectName("signInStatus")
        self.status.setAccessibleName(self.tr("Sign-in status"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("signInButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign in"))
        ok.setObjectName("signInOk")
        ok.setAccessibleName(self.tr("Sign in"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("signInCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.url)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._prefill()
        controller.signed_in.connect(self._on_signed_in)
        controller.sign_in_failed.connect(self._on_failed)

    def _field(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _prefill(self) -> None:
        account = getattr(self.controller, "account", None)
        settings = getattr(self.controller, "settings", None)
        url = account.server_url if account else str(getattr(settings, "server_url", "") or "")
        self.url.setText(url)
        if account:
            self.user.setText(account.username)
        (self.password if account else (self.user if url else self.url)).setFocus()

    def submit(self) -> None:
        self._busy(True)
        self.status.setText(self.tr("Signing in…"))
        self.controller.sign_in(self.url.text(), self.user.text().strip(), self.password.text())

    def _busy(self, busy: bool) -> None:
        for widget in (self.url, self.user, self.password):
            widget.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def _on_signed_in(self, _info: object) -> None:
        self.password.clear()
        self.accept()

    def _on_failed(self, text: str) -> None:
        self._busy(False)
        self.status.setText(text)
        self.password.selectAll()
        self.password.setFocus()

    def done(self, result: int) -> None:
        for signal, slot in (
            (self.controller.signed_in, self._on_signed_in),
            (self.controller.sign_in_failed, self._on_failed),
        ):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)
        super().done(result)
