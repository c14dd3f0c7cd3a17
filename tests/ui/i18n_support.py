"""Helpers for the i18n tests: .qm files compiled from the current sources, a cache with one task
of every pane kind, and collecting the visible texts of a widget tree."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from annotator_desktop.core.paths import assets_dir
from annotator_desktop.core.store import Project, Task, open_store
from annotator_desktop.ui.i18n_update import TS_DIR, compile_qm, update

SHA = "c0" * 32
LABELS = [{"name": "car", "color": "#ff0000", "hotkey": "1"}]
UNKNOWN_KIND = "transcribe"


def compile_current(out: Path) -> Path:
    """.qm files for every language, from the .ts files refreshed against today's sources.

    Strings added since the last lupdate are untranslated (English) in the real languages and
    pseudo-translated in the pseudo-locale, as the next lupdate run would make them.
    """
    ts = out / "ts"
    ts.mkdir(parents=True)
    for path in TS_DIR.glob("*.ts"):
        shutil.copy2(path, ts / path.name)
    update(ts)
    qm = out / "qm"
    compile_qm(ts, qm)
    return qm


def demo_payloads() -> dict[str, tuple[str, dict[str, Any]]]:
    """kind -> (title, payload) of a small valid task."""
    return {
        "bbox": (
            "Street 7",
            {
                "image": {"sha256": SHA, "width": 400, "height": 300, "mime": "image/png"},
                "labels": LABELS,
                "prefill": [],
            },
        ),
        "rewrite": (
            "Cats 3",
            {"prompt": "Explain cats.", "draft_md": "The cat sat.", "guidelines_md": "Be brief."},
        ),
        "compare": (
            "Sums 5",
            {
                "prompt": "What is 2 + 2?",
                "responses": [
                    {"id": "r-a", "text_md": "Four."},
                    {"id": "r-b", "text_md": "Five."},
                ],
                "criteria": [{"key": "help", "label": "Helpfulness", "min": 1, "max": 5}],
                "min_rationale_chars": 5,
            },
        ),
        UNKNOWN_KIND: ("Scan 9", {"audio": "clip.ogg"}),
    }


#: Task data shown as it is (not translated): titles, prompts, label and criterion names.
DEMO_DATA = (
    "Street 7", "Cats 3", "Sums 5", "Scan 9", "Explain cats.", "The cat sat.", "Be brief.",
    "What is 2 + 2?", "Four.", "Five.", "Helpfulness", "car", "clip.ogg", "Demo project",
)  # fmt: skip


def seed_demo(db_path: Path) -> dict[str, str]:
    """A cache with one project and one task per kind; returns kind -> task id."""
    Image.new("RGB", (400, 300), (40, 90, 140)).save(assets_dir() / SHA, "PNG")
    store = open_store(db_path)
    ids: dict[str, str] = {}
    try:
        with store.write() as s:
            for kind, (title, payload) in demo_payloads().items():
                pid = f"demo-{kind}"
                s.add(Project(id=pid, name="Demo project", kind=kind, source="local"))
                ids[kind] = f"{pid}-1"
                s.add(Task(id=ids[kind], project_id=pid, kind=kind, title=title, payload=payload))
    finally:
        store.close()
    return ids


@dataclass
class Shown:
    """One visible text: where it is (widget path and property) and the text."""

    where: str
    text: str
    widget: QWidget | None = field(default=None, repr=False)


def _where(widget: QWidget, prop: str) -> str:
    return f"{type(widget).__name__}({widget.objectName()!r}).{prop}"


def visible_texts(root: QWidget) -> list[Shown]:
    """Texts a user can see (or hover) in ``root``: titles, labels, buttons, menus, tooltips,
    placeholders, headers, tabs. Editable contents (text fields, editors) are data."""
    out: list[Shown] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if w.isWindow() and w.windowTitle():
            out.append(Shown(_where(w, "windowTitle"), w.windowTitle(), w))
        if w.toolTip():
            out.append(Shown(_where(w, "toolTip"), w.toolTip(), w))
        if isinstance(w, QLabel | QAbstractButton) and w.text():
            out.append(Shown(_where(w, "text"), w.text(), w))
        elif isinstance(w, QGroupBox) and w.title():
            out.append(Shown(_where(w, "title"), w.title(), w))
        elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit) and w.placeholderText():
            out.append(Shown(_where(w, "placeholderText"), w.placeholderText(), w))
        elif isinstance(w, QComboBox) and w.currentText():
            out.append(Shown(_where(w, "currentText"), w.currentText(), w))
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                out.append(Shown(_where(w, f"tab[{i}]"), w.tabText(i), w))
        if isinstance(w, QTableView | QTreeView) and w.model() is not None:
            header = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
            if header.isVisibleTo(root):
                model = w.model()
                for c in range(model.columnCount()):
                    if header.isSectionHidden(c):
                        continue
                    text = model.headerData(c, Qt.Orientation.Horizontal)
                    if text:
                        out.append(Shown(_where(w, f"header[{c}]"), str(text), w))
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            out.extend(_menu_texts(action.menu(), action.text()))
    return out


def _menu_texts(menu: QMenu | None, title: str) -> list[Shown]:
    if menu is None:
        return []
    name = menu.objectName()
    out = [Shown(f"menu {name}", title)]
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if action.menu() is not None:
            out.extend(_menu_texts(action.menu(), action.text()))
            continue
        key = action.objectName() or action.text()
        out.append(Shown(f"menu {name} action {key}", action.text()))
        tip = action.toolTip()
        if tip and tip != action.text().replace("&", ""):
            out.append(Shown(f"action {key}.toolTip", tip))
        if action.statusTip():
            out.append(Shown(f"action {key}.statusTip", action.statusTip()))
    return out


def is_qt_standard_button(widget: QWidget | None) -> bool:
    """A standard button of a QDialogButtonBox (its text is Qt's own, from qtbase)."""
    if not isinstance(widget, QAbstractButton):
        return False
    box = widget.parent()
    return (
        isinstance(box, QDialogButtonBox)
        and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
    )
