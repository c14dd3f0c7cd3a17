"""The status bar: connection state, outbox count, last sync time, active time on the task."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from annotator_desktop.core.changes import Changes
from annotator_desktop.ui.i18n import local_time
from annotator_desktop.ui.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:  # the store's models load after the first paint
    from annotator_desktop.core.store.progress import Progress


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
        # The progress holds the project's name, of any length: it shows whole when the window
        # has room, elided with the whole as its tooltip when not (it never widens the window).
        self.progress = ElidedLabel(self)
        self._label("progressSummary", self.progress)
        self._progress: tuple[Progress, str] | None = None
        self._state = "signed_out"
        self._outbox = 0
        self._last_sync = ""
        self._seconds: float | None = None
        self.retranslate()

    def _label(self, name: str, label: QLabel | None = None) -> QLabel:
        label = QLabel(self) if label is None else label
        label.setObjectName(name)
        self.addPermanentWidget(label)
        return label

    def retranslate(self) -> None:
        self.connection.setAccessibleName(self.tr("Connection"))
        self.outbox.setAccessibleName(self.tr("Waiting to send"))
        self.last_sync.setAccessibleName(self.tr("Last sync"))
        self.active.setAccessibleName(self.tr("Active time on this task"))
        self.progress.setAccessibleName(self.tr("Progress"))
        self._render()

    def set_connection(self, state: str) -> None:
        self._state = state
        self._render()

    def set_outbox(self, count: int) -> None:
        self._outbox = count
        self._render()

    def apply_changes(self, changes: Changes) -> None:
        """An operation's record: the outbox count follows it at once (the sync controller's
        count, read from the cache, then confirms it)."""
        if changes.outbox_left is not None:
            self.set_outbox(changes.outbox_left)
        elif changes.outbox_delta:
            self.set_outbox(max(0, self._outbox + changes.outbox_delta))

    def set_last_sync(self, iso: str) -> None:
        self._last_sync = iso
        self._render()

    def set_progress(self, progress: Progress, project_name: str) -> None:
        """The project's done / left and today's count and active time."""
        self._progress = (progress, project_name)
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
        if self._state == "syncing" and self._outbox > 0:
            self.outbox.setText(self.tr("sending…"))
        else:
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
        self.progress.setText(self._progress_text())

    def _progress_text(self) -> str:
        if self._progress is None:
            return ""
        p, name = self._progress
        figures = (
            (p.done, QLocale().toString(p.done)),
            (p.left, QLocale().toString(p.left)),
            (p.today, QLocale().toString(p.today)),
        )
        return (
            self.tr("%1: %2 done, %3 left · Today: %4 submitted, %5 active")
            .replace("%1", name or self.tr("All projects"))
            .replace("%2", figures[0][1])
            .replace("%3", figures[1][1])
            .replace("%4", figures[2][1])
            .replace("%5", format_seconds(p.today_seconds))
        )


def _local_time(iso: str) -> str:
    """An ISO time stamp as local date and time in the UI locale's short format."""
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return local_time(when)
