"""The pane's actions as data: name, text, shortcuts and handler; built into QActions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from annotator_desktop.ui.panes.bbox.canvas import BoxCanvas

CONTEXT = "BBoxActions"
# Gives back its source text (lupdate finds the calls by name); PySide6's stubs say object.
QT_TRANSLATE_NOOP = cast("Callable[[str, str], str]", QtCore.QT_TRANSLATE_NOOP)


@dataclass(frozen=True)
class PaneAction:
    name: str
    text: str  # untranslated source text, translated in CONTEXT
    shortcuts: tuple[str, ...]
    handler: Callable[[], None]
    edits: bool = False  # disabled in read-only mode


def build_actions(owner: QWidget, canvas: BoxCanvas, specs: list[PaneAction]) -> list[QAction]:
    """QActions for ``specs``, added to ``owner`` and also answered by the canvas directly."""
    out: list[QAction] = []
    for spec in specs:
        action = QAction(owner)
        action.setObjectName(spec.name)
        action.setProperty("edits", spec.edits)
        action.setProperty("source_text", spec.text)
        action.setText(QCoreApplication.translate(CONTEXT, spec.text))
        keys = [QKeySequence(s) for s in spec.shortcuts]
        action.setShortcuts(keys)
        # The whole window: the keys work while the focus is in the task list too. Qt matches a
        # window shortcut only while its widget (the pane) is visible, so a hidden pane's keys
        # are off; text fields keep the keys they type with (they claim them first).
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False, h=spec.handler: h())
        owner.addAction(action)
        for key in keys:
            canvas.register_keys(key, action.trigger)
        out.append(action)
    return out


NAVIGATION_KEYS = frozenset(
    {
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_Space,
    }
)


class KeepNavigationKeys(QObject):
    """Lets lists and drop-downs keep their arrow keys: the pane's window-wide nudge shortcuts
    would take them first otherwise."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in NAVIGATION_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            event.accept()
        return super().eventFilter(watched, event)


def keep_navigation_keys(owner: QObject, widgets: list[QWidget]) -> None:
    keeper = KeepNavigationKeys(owner)
    for widget in widgets:
        widget.installEventFilter(keeper)


def retranslate_actions(actions: list[QAction]) -> None:
    for action in actions:
        action.setText(QCoreApplication.translate(CONTEXT, str(action.property("source_text"))))


# Source texts, so lupdate sees them.
TEXTS = {
    "label": QT_TRANSLATE_NOOP("BBoxActions", "Choose label “%1”"),
    "draw_mode": QT_TRANSLATE_NOOP("BBoxActions", "Draw mode (click–click or drag draws)"),
    "zoom_in": QT_TRANSLATE_NOOP("BBoxActions", "Zoom in"),
    "zoom_out": QT_TRANSLATE_NOOP("BBoxActions", "Zoom out"),
    "zoom_fit": QT_TRANSLATE_NOOP("BBoxActions", "Fit image to view"),
    "zoom_actual": QT_TRANSLATE_NOOP("BBoxActions", "Actual size (1:1)"),
    "delete": QT_TRANSLATE_NOOP("BBoxActions", "Delete selected boxes"),
    "select_all": QT_TRANSLATE_NOOP("BBoxActions", "Select all boxes"),
    "copy_box": QT_TRANSLATE_NOOP("BBoxActions", "Copy the selected box"),
    "paste_box": QT_TRANSLATE_NOOP("BBoxActions", "Paste the copied box"),
    "hide_boxes": QT_TRANSLATE_NOOP("BBoxActions", "Hide boxes (hold)"),
    "copy_previous": QT_TRANSLATE_NOOP("BBoxActions", "Copy boxes of the previous task"),
    "nothing": QT_TRANSLATE_NOOP("BBoxActions", "Nothing to label in this image"),
    "nudge_left": QT_TRANSLATE_NOOP("BBoxActions", "Nudge left 1 px"),
    "nudge_right": QT_TRANSLATE_NOOP("BBoxActions", "Nudge right 1 px"),
    "nudge_up": QT_TRANSLATE_NOOP("BBoxActions", "Nudge up 1 px"),
    "nudge_down": QT_TRANSLATE_NOOP("BBoxActions", "Nudge down 1 px"),
    "nudge_left_10": QT_TRANSLATE_NOOP("BBoxActions", "Nudge left 10 px"),
    "nudge_right_10": QT_TRANSLATE_NOOP("BBoxActions", "Nudge right 10 px"),
    "nudge_up_10": QT_TRANSLATE_NOOP("BBoxActions", "Nudge up 10 px"),
    "nudge_down_10": QT_TRANSLATE_NOOP("BBoxActions", "Nudge down 10 px"),
}
