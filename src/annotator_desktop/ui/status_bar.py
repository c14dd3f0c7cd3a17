"""The status bar: connection state, outbox count, last sync time, active time on the task."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from annotator_desktop.ui.i18n import local_time


def format_seconds(seconds: float) -> str:
    """H:MM:SS (or M:SS) with the UI locale's digits."""
    total = int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    zero = QLocale().zeroDigit()
    if zero == "0":
        return text
    return "".join(chr(ord(zero) + int(c)) if c.isdigit() else c for c in text)


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.connection = self._label("connectionState")
        self.outbox = self._label("outboxCount")
        self.last_sync = self._label("lastSync")
        self.active = self._label("activeTime")
        self._state = "signed_out"
        self._outbox = 0
        self._last_sync = ""
        self._seconds: float | None = None
        self.retranslate()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        self.addPermanentWidget(label)
        return label

    def retranslate(self) -> None:
        self.connection.setAccessibleName(self.tr("Connection"))
        self.outbox.setAccessibleName(self.tr("Waiting to send"))
        self.last_sync.setAccessibleName(self.tr("Last sync"))
        self.active.setAccessibleName(self.tr("Active time on this task"))
        self._render()

    def set_connection(self, state: str) -> None:
        self._state = state
        self._render()

    def set_outbox(self, count: int) -> None:
        self._outbox = count
        self._render()

    def set_last_sync(self, iso: str) -> None:
        self._last_sync = iso
        self._render()

    def set_active_seconds(self, seconds: float | None) -> None:
        self._seconds = seconds
        self._render()

    def _render(self) -> None:
        states = {
            "online": self.tr("Online"),
            "offline": self.tr("Offline"),
            "syncing": self.tr("Syncing…"),
            "signed_out": self.tr("Not signed in (offline)"),
        }
        self.connection.setText(states.get(self._state, self._state))
        self.outbox.setText(
            self.tr("%n to send", "", self._outbox).replace(
                str(self._outbox), QLocale().toString(self._outbox)
            )
        )
        self.last_sync.setText(
            self.tr("Last sync: %1").replace("%1", _local_time(self._last_sync))
            if self._last_sync
            else self.tr("Never synced")
        )
        self.active.setText(
            self.tr("Active: %1").replace("%1", format_seconds(self._seconds))
            if self._seconds is not None
            else ""
        )


def _local_time(iso: str) -> str:
    """An ISO time stamp as local date and time in the UI locale's short format."""
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return local_time(when)
