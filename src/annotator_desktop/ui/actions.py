"""The main window's actions, declared as data: key, shortcut, menu. Texts come from tr()."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

from annotator_desktop.core.paths import resources_dir

StdKey = QKeySequence.StandardKey
# Actions whose icon points a way: "back" and "forward" follow the layout direction (a left
# arrow for back in left-to-right layouts, a right one in right-to-left layouts). Our own PNGs:
# asking Qt's style for its arrows made PySide6 build the QStyle type first (10-15 ms at start).
DIRECTIONAL_ICONS = {"prev_task": "back", "next_task": "forward"}
ARROW_SIZES = (16, 24, 32, 48)


def arrow_icon(name: str) -> QIcon:
    """``arrow-left`` or ``arrow-right`` from resources/icons, every size."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in ARROW_SIZES:
        icon.addFile(str(folder / f"{name}-{size}.png"))
    return icon


@dataclass(frozen=True)
class ActionSpec:
    key: str
    menu: str  # file | edit | view | task | sync | help
    shortcut: str | StdKey | tuple[str, ...] | None = None
    toolbar: bool = False


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("open_folder", "file", StdKey.Open),
    ActionSpec("export", "file", "Ctrl+E"),
    ActionSpec("settings", "file", StdKey.Preferences),
    ActionSpec("quit", "file", StdKey.Quit),
    # Explicit keys: the platform's lists put F14 or the Redo key first on some desktops, and a
    # menu shows only the first one.
    ActionSpec("undo", "edit", "Ctrl+Z", toolbar=True),
    ActionSpec("redo", "edit", ("Ctrl+Shift+Z", "Ctrl+Y"), toolbar=True),
    ActionSpec("zoom_in", "view", StdKey.ZoomIn),
    ActionSpec("zoom_out", "view", StdKey.ZoomOut),
    ActionSpec("zoom_fit", "view", "Ctrl+0"),
    ActionSpec("focus_search", "view", StdKey.Find),
    ActionSpec("prev_task", "task", "Ctrl+PgUp", toolbar=True),
    ActionSpec("next_task", "task", "Ctrl+PgDown", toolbar=True),
    ActionSpec("submit", "task", "Ctrl+Return", toolbar=True),
    ActionSpec("skip", "task", "Ctrl+Shift+S", toolbar=True),
    ActionSpec("review", "task", "Ctrl+Shift+R"),
    ActionSpec("statistics", "task", "Ctrl+Shift+T"),
    ActionSpec("sign_in", "sync"),
    ActionSpec("sign_out", "sync"),
    ActionSpec("sync_now", "sync", "F5", toolbar=True),
    ActionSpec("take_offline", "sync"),
    ActionSpec("cancel_sync", "sync"),
    ActionSpec("sync_problems", "sync"),
    ActionSpec("shortcuts", "help", "F1"),
    ActionSpec("about", "help"),
)


class ActionSet(QObject):
    """Creates one QAction per spec; ``retranslate`` re-applies their texts."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.actions: dict[str, QAction] = {}
        for spec in SPECS:
            action = QAction(parent)
            action.setObjectName(f"action_{spec.key}")
            if isinstance(spec.shortcut, StdKey):
                action.setShortcuts(QKeySequence.keyBindings(spec.shortcut))
            elif isinstance(spec.shortcut, tuple):
                action.setShortcuts([QKeySequence(k) for k in spec.shortcut])
            elif spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
            self.actions[spec.key] = action
        self.retranslate()

    def update_icons(self, widget: QWidget) -> None:
        """(Re)sets the directional icons for ``widget``'s current layout direction."""
        rtl = widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for key, way in DIRECTIONAL_ICONS.items():
            left = (way == "back") != rtl
            self.actions[key].setIcon(arrow_icon("arrow-left" if left else "arrow-right"))

    def __getitem__(self, key: str) -> QAction:
        return self.actions[key]

    def texts(self) -> dict[str, tuple[str, str]]:
        """Key -> (menu text, tooltip)."""
        return {
            "open_folder": (self.tr("&Open folder…"), self.tr("Open a folder of images")),
            "export": (
                self.tr("&Export…"),
                self.tr("Export a project's annotations as COCO, YOLO, Pascal VOC or JSON Lines"),
            ),
            "settings": (self.tr("&Settings…"), self.tr("Change settings")),
            "quit": (self.tr("&Quit"), self.tr("Quit the app")),
            "undo": (self.tr("&Undo"), self.tr("Undo the last edit")),
            "redo": (self.tr("&Redo"), self.tr("Redo the last undone edit")),
            "zoom_in": (self.tr("Zoom &in"), self.tr("Zoom in")),
            "zoom_out": (self.tr("Zoom &out"), self.tr("Zoom out")),
            "zoom_fit": (self.tr("&Fit to window"), self.tr("Fit to window")),
            "focus_search": (self.tr("&Find task"), self.tr("Search the task list")),
            "prev_task": (self.tr("&Previous task"), self.tr("Go to the previous task")),
            "next_task": (self.tr("&Next task"), self.tr("Go to the next task")),
            "submit": (self.tr("S&ubmit"), self.tr("Check and submit this task")),
            "skip": (self.tr("S&kip"), self.tr("Skip this task for now")),
            "review": (
                self.tr("&Review submissions…"),
                self.tr("Spot-check a sample of submissions (QA leads)"),
            ),
            "statistics": (
                self.tr("Project s&tatistics…"),
                self.tr("Counts, throughput, acceptance and agreement per project"),
            ),
            "sign_in": (self.tr("Sign &in…"), self.tr("Sign in to a task server")),
            "sign_out": (self.tr("Sign &out"), self.tr("Sign out")),
            "sync_now": (self.tr("&Sync now"), self.tr("Send and receive now")),
            "take_offline": (
                self.tr("&Take tasks offline…"),
                self.tr("Check out tasks to work on offline"),
            ),
            "cancel_sync": (self.tr("&Cancel sync"), self.tr("Stop the running sync")),
            "sync_problems": (
                self.tr("&Problems…"),
                self.tr("Show the changes from the server that could not be used"),
            ),
            "shortcuts": (self.tr("&Keyboard shortcuts"), self.tr("Show every shortcut")),
            "about": (self.tr("&About annotator-desktop"), self.tr("About this app")),
        }

    def retranslate(self) -> None:
        for key, (text, tip) in self.texts().items():
            action = self.actions[key]
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
