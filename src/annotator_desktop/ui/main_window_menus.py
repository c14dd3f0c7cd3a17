"""Menus and toolbar of the main window, built from the ActionSet."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from annotator_desktop.ui.actions import SPECS, ActionSet

MENU_ORDER = ("file", "edit", "view", "task", "sync", "help")
SEPARATE_BEFORE = frozenset({"settings", "quit", "sign_in", "shortcuts", "focus_search", "submit"})


class Menus(QObject):
    """Owns the menus and the toolbar; ``pane_menu`` lists the current pane's actions."""

    def __init__(self, window: QMainWindow, actions: ActionSet) -> None:
        super().__init__(window)
        self._actions = actions
        bar = window.menuBar()
        self.menus: dict[str, QMenu] = {}
        for key in MENU_ORDER:
            menu = QMenu(bar)
            menu.setObjectName(f"menu_{key}")
            bar.addMenu(menu)
            self.menus[key] = menu
            if key == "task":
                self.pane_menu = QMenu(menu)
                self.pane_menu.setObjectName("menu_pane")
        for spec in SPECS:
            menu = self.menus[spec.menu]
            if (
                spec.key in ("settings", "quit", "sign_in", "shortcuts", "zoom_in", "review")
                and menu.actions()
            ):
                menu.addSeparator()
            menu.addAction(actions[spec.key])
        self.menus["task"].addSeparator()
        self.menus["task"].addMenu(self.pane_menu)
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        window.addToolBar(self.toolbar)
        for spec in SPECS:
            if spec.toolbar:
                self.toolbar.addAction(actions[spec.key])
        self.retranslate()

    def set_pane_actions(self, actions: list) -> None:
        self.pane_menu.clear()
        for action in actions:
            self.pane_menu.addAction(action)
        self.pane_menu.menuAction().setVisible(bool(actions))

    def all_menus(self) -> list[QMenu]:
        return [self.menus[k] for k in MENU_ORDER]

    def retranslate(self) -> None:
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "view": self.tr("&View"),
            "task": self.tr("&Task"),
            "sync": self.tr("&Sync"),
            "help": self.tr("&Help"),
        }
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])
        self.pane_menu.setTitle(self.tr("&Editor tools"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.toolbar.setAccessibleName(self.tr("Main toolbar"))
