"""Clear, translated messages for problems found while starting: never a traceback.

Each message names the file and says what to do; nothing is deleted.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

# lupdate reads the context from each call: keep the literal "StartupErrors" in every one.


def already_running(lock_path: Path, pid: int) -> str:
    return (
        QCoreApplication.translate(
            "StartupErrors",
            "annotator-desktop is already running with this data folder (process %1).\n"
            "Switch to that window, or start with another folder (--data-dir).\nLock file: %2",
        )
        .replace("%1", str(pid) if pid else "?")
        .replace("%2", str(lock_path))
    )


def folder_not_writable(folder: Path, detail: str = "") -> str:
    return QCoreApplication.translate(
        "StartupErrors",
        "The data folder %1 cannot be written.\n"
        "Check its permissions, or start with another folder (--data-dir).",
    ).replace("%1", str(folder)) + (f"\n\n{detail}" if detail else "")


def store_message(exc: Exception) -> str:
    """The message for a StoreError of any kind."""
    from annotator_desktop.core.store import (
        StoreCorrupt,
        StoreLocked,
        StoreNotWritable,
        StoreTooNew,
    )

    path = str(getattr(exc, "path", ""))
    if isinstance(exc, StoreTooNew):
        text = QCoreApplication.translate(
            "StartupErrors",
            "The cache %1 was written by a newer version of annotator-desktop.\n"
            "Install the newer version; the file has not been changed.",
        )
    elif isinstance(exc, StoreLocked):
        text = QCoreApplication.translate(
            "StartupErrors",
            "The cache %1 is locked by another program.\n"
            "Close other copies of annotator-desktop and try again.",
        )
    elif isinstance(exc, StoreNotWritable):
        text = QCoreApplication.translate(
            "StartupErrors",
            "The cache %1 cannot be written.\n"
            "Check the permissions of the file and its folder, or use --data-dir.",
        )
    elif isinstance(exc, StoreCorrupt):
        text = QCoreApplication.translate(
            "StartupErrors",
            "The cache %1 is damaged and could not be opened. It has been kept as it is.",
        )
    else:
        text = QCoreApplication.translate("StartupErrors", "The cache %1 could not be opened.")
    return text.replace("%1", path)


def recovered_message(damaged: Path, fresh: Path) -> str:
    return (
        QCoreApplication.translate(
            "StartupErrors",
            "The cache was damaged. It was moved aside and kept as\n%1\n"
            "A new, empty cache was made at %2. Drafts that were only in the damaged file "
            "can be recovered from the kept copy.",
        )
        .replace("%1", str(damaged))
        .replace("%2", str(fresh))
    )


def settings_message(exc: Exception) -> str:
    from annotator_desktop.core.settings import SettingsTooNew

    path = str(getattr(exc, "path", ""))
    if isinstance(exc, SettingsTooNew):
        text = QCoreApplication.translate(
            "StartupErrors",
            "The settings file %1 was written by a newer version of annotator-desktop.\n"
            "Default settings are used for now; the file is kept unchanged.",
        )
    else:
        text = QCoreApplication.translate(
            "StartupErrors",
            "The settings file %1 could not be read.\n"
            "Default settings are used for now; the file is kept unchanged.",
        )
    return text.replace("%1", path)


def show_error(text: str, parent: QWidget | None = None, *, fatal: bool = True) -> None:
    """Prints the message and, when a screen is there, shows it in a dialog."""
    print(f"annotator-desktop: {text}", file=sys.stderr)
    app = QApplication.instance()
    if app is None or QApplication.platformName() in ("offscreen", "minimal"):
        return
    from PySide6.QtWidgets import QMessageBox  # only when there is something to say

    box = QMessageBox(parent)
    box.setObjectName("startupError")
    box.setIcon(QMessageBox.Icon.Critical if fatal else QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("StartupErrors", "annotator-desktop"))
    box.setText(text)
    box.exec()
