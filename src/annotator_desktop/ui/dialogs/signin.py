"""Sign-in dialog: server URL, then user and password, or a personal access token when the
address is a Label Studio server; errors shown in the user's language."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from annotator_desktop.core.sync.account import normalise_url
from annotator_desktop.ui.dialogs.signin_token import detect_kind, sign_in_with_token

LABELSTUDIO = "labelstudio"
DETECT_AFTER_MS = 400  # typing pauses this long: ask the address what kind of server it is


class SignInDialog(QDialog):
    """Non-blocking: OK starts the sign-in in the background; the dialog closes on success."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in"))
        self.kinds: dict[str, str] = {}  # normalised address -> labelstudio | annotator
        self._waiting = ""  # the address whose kind a pressed Sign in waits for
        self.url = self._field("serverUrl", self.tr("Server address"))
        self.url.setPlaceholderText("https://tasks.example.org")
        # room for a whole address (the fields were as narrow as the labels' column)
        self.url.setMinimumWidth(
            self.fontMetrics().horizontalAdvance("https://tasks.example.org:8443/")
        )
        self.user = self._field("userName", self.tr("User name"))
        self.password = self._field("password", self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.token = self._field("accessToken", self.tr("Personal access token"))
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_hint = QLabel(
            self.tr("Find it in Label Studio ▸ Account & Settings ▸ Personal Access Token."), self
        )
        self.token_hint.setObjectName("tokenHint")
        self.token_hint.setAccessibleName(self.tr("Where to find the token"))
        self.token_hint.setWordWrap(True)
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
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Server:"), self.url)
        self.form.addRow(self.tr("&User:"), self.user)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.form.addRow(self.tr("&Token:"), self.token)
        self.form.addRow(self.token_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._detect_timer = QTimer(self)
        self._detect_timer.setSingleShot(True)
        self._detect_timer.setInterval(DETECT_AFTER_MS)
        self._detect_timer.timeout.connect(self._detect)
        self.url.textEdited.connect(lambda _t: self._detect_timer.start())
        self.url.editingFinished.connect(self._detect)
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
        labelstudio = getattr(account, "server_kind", "") == LABELSTUDIO
        if account:
            self.kinds[normalise_url(url)] = LABELSTUDIO if labelstudio else "annotator"
            if not labelstudio:
                self.user.setText(account.username)
        self._show_mode(labelstudio)
        secret = self.token if labelstudio else self.password
        (secret if account else (self.user if url else self.url)).setFocus()
        if url and not account:
            self._detect()

    # --- which kind of server ------------------------------------------------------------

    @property
    def labelstudio(self) -> bool:
        """Whether the address typed is a Label Studio server (as far as known yet)."""
        return self.kinds.get(normalise_url(self.url.text())) == LABELSTUDIO

    def _detect(self) -> None:
        self._detect_timer.stop()
        url = normalise_url(self.url.text())
        if not url or url in self.kinds or not hasattr(self.controller, "worker"):
            self._show_mode(self.labelstudio)
            return
        detect_kind(
            self.controller, url, lambda kind: self._detected(url, kind),
            lambda: self._detected(url, ""),
        )  # fmt: skip

    def _detected(self, url: str, kind: str) -> None:
        if kind:
            self.kinds[url] = kind
        if url != normalise_url(self.url.text()):
            return  # the user typed another address meanwhile
        self._show_mode(kind == LABELSTUDIO)
        if self._waiting == url:
            self._waiting = ""
            self._sign_in(kind)

    def _show_mode(self, labelstudio: bool) -> None:
        """A token for Label Studio; user name and password for a task server."""
        self.form.setRowVisible(self.user, not labelstudio)
        self.form.setRowVisible(self.password, not labelstudio)
        self.form.setRowVisible(self.token, labelstudio)
        self.form.setRowVisible(self.token_hint, labelstudio)

    # --- signing in ----------------------------------------------------------------------

    def submit(self) -> None:
        url = normalise_url(self.url.text())
        self._busy(True)
        self.status.setText(self.tr("Signing in…"))
        if url and url not in self.kinds and hasattr(self.controller, "worker"):
            self._waiting = url  # the kind is asked first; the sign-in follows
            self._detect()
            return
        self._sign_in(self.kinds.get(url, ""))

    def _sign_in(self, kind: str) -> None:
        if kind != LABELSTUDIO:
            self.controller.sign_in(self.url.text(), self.user.text().strip(), self.password.text())
        elif not self.token.text().strip():
            self._on_failed(self.tr("Enter your personal access token."))
        else:
            sign_in_with_token(self.controller, self.url.text(), self.token.text())

    def _busy(self, busy: bool) -> None:
        for widget in (self.url, self.user, self.password, self.token):
            widget.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def _on_signed_in(self, _info: object) -> None:
        self.password.clear()
        self.token.clear()
        self.accept()

    def _on_failed(self, text: str) -> None:
        self._busy(False)
        self.status.setText(text)
        secret = self.token if self.labelstudio else self.password
        secret.selectAll()
        secret.setFocus()

    def done(self, result: int) -> None:
        self._detect_timer.stop()
        for signal, slot in (
            (self.controller.signed_in, self._on_signed_in),
            (self.controller.sign_in_failed, self._on_failed),
        ):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)
        super().done(result)
