"""The app's log file in the data folder (``logs/annotator-desktop.log``, rotated, 0600).

Tracebacks go here, never to the user: the CLI and the GUI show one sentence and name this file.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from io import TextIOWrapper
from pathlib import Path

from annotator_desktop.core.private import FILE_MODE, touch_private

LOG_NAME = "annotator-desktop.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 3


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """Rotates like its parent; each new file is created 0600."""

    def _open(self) -> TextIOWrapper:
        touch_private(Path(self.baseFilename))
        stream = super()._open()
        os.chmod(self.baseFilename, FILE_MODE)
        return stream


def log_path() -> Path:
    from annotator_desktop.core.paths import logs_dir

    return logs_dir() / LOG_NAME


def setup(level: int = logging.INFO) -> Path:
    """Sends the ``annotator_desktop`` loggers to the rotating file (once per file)."""
    path = log_path()
    root = logging.getLogger("annotator_desktop")
    for handler in root.handlers:
        if isinstance(handler, _PrivateRotatingHandler) and handler.baseFilename == str(path):
            return path
    handler = _PrivateRotatingHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path


def log_failure(what: str, exc: BaseException) -> Path:
    """Writes ``exc`` with its traceback to the log file; returns the file's path."""
    path = setup()
    logging.getLogger("annotator_desktop").error("%s failed", what, exc_info=exc)
    return path
