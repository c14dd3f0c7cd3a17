"""The pane's actions as data: name, text, shortcuts and handler; built into QActions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from annotator_desktop.ui.panes.bbox.canvas import BoxCanvas

CONTEXT = "BBoxActions"


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
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False, h=spec.handler: h())
        owner.addAction(action)
        for key in keys:
            canvas.register_keys(key, action.trigger)
        out.append(action)
    return out


def retranslate_actions(actions: list[QAction]) -> None:
    for action in actions:
        action.setText(QCoreApplication.translate(CONTEXT, str(action.property("source_text"))))


# Source texts, so lupdate sees them.
TEXTS = {
    "zoom_in": QT_TRANSLATE_NOOP("BBoxActions", "Zoom in"),
    "zoom_out": QT_TRANSLATE_NOOP("BBoxActions", "Zoom out"),
    "zoom_fit": QT_TRANSLATE_NOOP("BBoxActions", "Fit image to view"),
    "zoom_actual": QT_TRANSLATE_NOOP("BBoxActions", "Actual size (1:1)"),
    "delete": QT_TRANSLATE_NOOP("BBoxActions", "Delete selected boxes"),
    "select_all": QT_TRANSLATE_NOOP("BBoxActions", "Select all boxes"),
    "hide_boxes": QT_TRANSLATE_NOOP("BBoxActions", "Hide boxes (hold)"),
    "copy_previous": QT_TRANSLATE_NOOP("BBoxActions", "Copy boxes of the previous task"),
    "nothing": QT_TRANSLATE_NOOP("BBoxActions", "Nothing to label in this image"),
    "undo": QT_TRANSLATE_NOOP("BBoxActions", "Undo"),
    "redo": QT_TRANSLATE_NOOP("BBoxActions", "Redo"),
    "nudge_left": QT_TRANSLATE_NOOP("BBoxActions", "Nudge left 1 px"),
    "nudge_right": QT_TRANSLATE_NOOP("BBoxActions", "Nudge right 1 px"),
    "nudge_up": QT_TRANSLATE_NOOP("BBoxActions", "Nudge up 1 px"),
    "nudge_down": QT_TRANSLATE_NOOP("BBoxActions", "Nudge down 1 px"),
    "nudge_left_10": QT_TRANSLATE_NOOP("BBoxActions", "Nudge left 10 px"),
    "nudge_right_10": QT_TRANSLATE_NOOP("BBoxActions", "Nudge right 10 px"),
    "nudge_up_10": QT_TRANSLATE_NOOP("BBoxActions", "Nudge up 10 px"),
    "nudge_down_10": QT_TRANSLATE_NOOP("BBoxActions", "Nudge down 10 px"),
    "label_1": QT_TRANSLATE_NOOP("BBoxActions", "Label 1"),
    "label_2": QT_TRANSLATE_NOOP("BBoxActions", "Label 2"),
    "label_3": QT_TRANSLATE_NOOP("BBoxActions", "Label 3"),
    "label_4": QT_TRANSLATE_NOOP("BBoxActions", "Label 4"),
    "label_5": QT_TRANSLATE_NOOP("BBoxActions", "Label 5"),
    "label_6": QT_TRANSLATE_NOOP("BBoxActions", "Label 6"),
    "label_7": QT_TRANSLATE_NOOP("BBoxActions", "Label 7"),
    "label_8": QT_TRANSLATE_NOOP("BBoxActions", "Label 8"),
    "label_9": QT_TRANSLATE_NOOP("BBoxActions", "Label 9"),
}
