"""Hands the clipboard over to Qt before the interpreter shuts down.

A QMimeData made in Python (the rewrite editor's copy puts Markdown and plain text on the
clipboard) has a Python wrapper. Qt deletes clipboard contents in a static destructor that runs
after Python has finalised, and the wrapper's destructor then crashes the process. Replacing our
data by the same text set through ``setText`` (a QMimeData made by Qt itself) keeps what the
user copied and leaves nothing of ours behind.
"""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication

IN_PROCESS_PLATFORMS = frozenset({"offscreen", "minimal"})


def release_clipboard() -> None:
    """Re-sets any clipboard content this process owns as Qt-made plain text."""
    app = QGuiApplication.instance()
    if app is None:
        return
    clipboard = QGuiApplication.clipboard()
    for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
        if mode == QClipboard.Mode.Selection and not clipboard.supportsSelection():
            continue
        if not _ours(clipboard, mode):
            continue  # another program's content: not ours to touch
        data = clipboard.mimeData(mode)
        if data is None:
            continue
        text = data.text() if data.hasText() else ""
        clipboard.clear(mode)
        if text:
            clipboard.setText(text, mode)


def _ours(clipboard: QClipboard, mode: QClipboard.Mode) -> bool:
    if QGuiApplication.platformName() in IN_PROCESS_PLATFORMS:
        return True  # these keep the clipboard inside the process: whatever is there is ours
    if mode == QClipboard.Mode.Selection:
        return clipboard.ownsSelection()
    return clipboard.ownsClipboard()
