"""The project's guidelines beside a task: safe Markdown, a find field, F2 to show or hide.

Every pane gets the same panel through :func:`install_guidelines`. The guidelines are rendered
with the safe renderer (nothing fetched); an image is shown only when it names one of the task's
own assets by its sha256 (``asset:<sha256>``, ``sha256:<sha256>`` or a bare hash) and that file
is in the local asset cache with that hash. The panel opens by itself on the first task of a
project, once: the projects already shown are remembered in the settings.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator_desktop.core.settings import Settings
from annotator_desktop.ui.panes.base import TaskContext, TaskPane
from annotator_desktop.ui.widgets.safe_text import SafeTextBrowser

SHORTCUT = "F2"
MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
_HEX = frozenset("0123456789abcdef")


class GuidelinesMemory(Protocol):
    """Which projects' guidelines were already shown once."""

    def was_shown(self, project_id: str) -> bool: ...

    def mark_shown(self, project_id: str) -> None: ...


class SettingsMemory:
    """Keeps the shown projects in :attr:`Settings.guidelines_shown`, saved with ``save``."""

    def __init__(self, settings: Settings, save: Callable[[], object] | None = None) -> None:
        self.settings = settings
        self._save = save

    def was_shown(self, project_id: str) -> bool:
        return project_id in self.settings.guidelines_shown

    def mark_shown(self, project_id: str) -> None:
        if project_id not in self.settings.guidelines_shown:
            self.settings.guidelines_shown = [*self.settings.guidelines_shown, project_id]
            if self._save is not None:
                self._save()


def asset_sha256(url: QUrl | str) -> str | None:
    """The sha256 an image URL names (``asset:H``, ``sha256:H`` or ``H``), else ``None``."""
    qurl = QUrl(url) if isinstance(url, str) else url
    scheme = qurl.scheme().lower()
    if scheme not in ("", "asset", "sha256"):
        return None
    value = qurl.path().strip("/").lower()
    return value if len(value) == 64 and set(value) <= _HEX else None


def load_asset_image(folder: Path | None, url: QUrl | str) -> QImage | None:
    """The cached asset ``url`` names, if present, of that hash and of a sane size."""
    sha = asset_sha256(url)
    if folder is None or sha is None:
        return None
    path = folder / sha
    try:
        if not path.is_file() or path.stat().st_size > MAX_IMAGE_BYTES:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != sha:
        return None
    image = QImage()
    if not image.loadFromData(data) or image.width() * image.height() > MAX_IMAGE_PIXELS:
        return None
    return image


class GuidelinesPanel(QWidget):
    """Guidelines with a find field; :attr:`action` (F2) shows or hides the panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidelinesPanel")
        self.memory: GuidelinesMemory | None = None  # None: the window's settings, if any
        self._assets: Path | None = None
        self._text = ""
        self.title = QLabel(self)
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("guidelinesFind")
        self.find_edit.setClearButtonEnabled(True)
        self.matches = QLabel(self)
        self.matches.setObjectName("guidelinesMatches")
        self.browser = SafeTextBrowser(self)
        self.browser.setObjectName("guidelinesText")
        self.browser.local_image = lambda url: load_asset_image(self._assets, url)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.title, self.find_edit, self.matches, self.browser):
            layout.addWidget(w, 1 if w is self.browser else 0)
        self.find_edit.textChanged.connect(self.highlight)
        self.action = QAction(self)
        self.action.setObjectName("guidelinesToggle")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.toggled.connect(self.setVisible)
        self.action.setEnabled(False)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Guidelines"))
        self.action.setText(self.tr("&Guidelines"))
        self.action.setToolTip(self.tr("Show or hide the project's guidelines"))
        self.find_edit.setPlaceholderText(self.tr("Find in the guidelines"))
        self.find_edit.setAccessibleName(self.tr("Find in the guidelines"))
        self.browser.setAccessibleName(self.tr("Guidelines"))
        self.setAccessibleName(self.tr("Guidelines"))
        self.highlight(self.find_edit.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        if self.action.isChecked() != visible:
            self.action.setChecked(visible)

    # --- content ---------------------------------------------------------------------------
    def set_task(self, ctx: TaskContext, text: str | None = None) -> None:
        """Shows ``text`` (default: the project's ``instructions_md``) for ``ctx``'s task."""
        text = ctx.instructions_md if text is None else text
        self._assets = ctx.assets_dir
        if text != self._text:
            self._text = text
            self.browser.set_markdown_text(text)
            self.highlight(self.find_edit.text())
        has_text = bool(text.strip())
        self.action.setEnabled(has_text)
        if not has_text:
            self.hide()
            return
        memory = self._memory()
        if memory is not None and ctx.project_id and not memory.was_shown(ctx.project_id):
            memory.mark_shown(ctx.project_id)
            self.show()

    def _memory(self) -> GuidelinesMemory | None:
        if self.memory is not None:
            return self.memory
        window = self.window()
        settings = getattr(window, "settings", None)
        if isinstance(settings, Settings):
            return SettingsMemory(settings, getattr(window, "save_settings", None))
        return None

    def highlight(self, query: str) -> int:
        """Marks every case-insensitive match of ``query``; returns how many there are."""
        selections: list[QTextEdit.ExtraSelection] = []
        document = self.browser.document()
        if query:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ffd54f"))
            fmt.setForeground(QColor("#000000"))
            cursor = document.find(query, 0)
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
                cursor = document.find(query, cursor, QTextDocument.FindFlag(0))
            if selections:
                self.browser.setTextCursor(selections[0].cursor)
                self.browser.ensureCursorVisible()
        self.browser.setExtraSelections(selections)
        self.matches.setVisible(bool(query))
        self.matches.setText(
            self.tr("%n match(es)", "", len(selections)) if selections else self.tr("No match")
        )
        return len(selections)


def install_guidelines(
    pane: TaskPane, container: QBoxLayout | QSplitter | None = None, follow_load: bool = True
) -> GuidelinesPanel:
    """Adds a guidelines panel to ``pane``: in ``container`` (default: the pane's own layout),
    its F2 action on the pane, and (``follow_load``) fed by every :meth:`TaskPane.load`."""
    panel = GuidelinesPanel(pane)
    target = container if container is not None else pane.layout()
    if isinstance(target, QSplitter):
        target.addWidget(panel)
        target.setCollapsible(target.indexOf(panel), False)
    elif isinstance(target, QBoxLayout):
        target.addWidget(panel, 1)
    pane.addAction(panel.action)
    if follow_load:
        load = pane.load

        @wraps(load)
        def load_and_show(ctx: TaskContext) -> None:
            load(ctx)
            panel.set_task(ctx)

        pane.load = load_and_show  # type: ignore[method-assign]
    return panel
