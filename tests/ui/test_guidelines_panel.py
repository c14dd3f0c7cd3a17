"""The guidelines panel: F2 in every pane, find, safe images, and shown once per project."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotator_desktop.core import settings as settings_mod
from annotator_desktop.ui.panes.base import TaskContext, TaskPane
from annotator_desktop.ui.panes.bbox.pane import BBoxPane
from annotator_desktop.ui.panes.compare import ComparePane
from annotator_desktop.ui.panes.rewrite import RewritePane
from annotator_desktop.ui.widgets.guidelines_panel import GuidelinesPanel, SettingsMemory

RULES = "## Rules\n\nDraw a tight box around every car. Cars parked far away count too.\n"


def _image(folder: Path, size: tuple[int, int] = (40, 30)) -> str:
    """A PNG in the asset cache, named by its sha256 like every cached asset."""
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / "tmp.png"
    Image.new("RGB", size, (40, 90, 140)).save(tmp, "PNG")
    sha = hashlib.sha256(tmp.read_bytes()).hexdigest()
    tmp.rename(folder / sha)
    return sha


def _payload(kind: str, sha: str) -> dict[str, Any]:
    if kind == "bbox":
        image = {"sha256": sha, "width": 40, "height": 30, "mime": "image/png"}
        return {"image": image, "labels": [{"name": "car", "color": "#ff0000", "hotkey": "1"}]}
    if kind == "rewrite":
        return {"prompt": "Explain cats.", "draft_md": "The cat sat."}
    return {
        "prompt": "What is 2 + 2?",
        "responses": [{"id": "a", "text_md": "Four."}, {"id": "b", "text_md": "Five."}],
        "criteria": [{"key": "help", "label": "Helpfulness", "min": 1, "max": 5}],
        "min_rationale_chars": 5,
    }


PANES: dict[str, Callable[[], TaskPane]] = {
    "bbox": BBoxPane,
    "rewrite": RewritePane,
    "compare": ComparePane,
}


def _ctx(kind: str, assets: Path, task: str = "t1", project: str = "p1", md: str = RULES) -> Any:
    sha = _image(assets)
    return TaskContext(task, project, kind, "Task", _payload(kind, sha), {}, md, assets_dir=assets)


def _shown(qtbot: QtBot, pane: TaskPane) -> TaskPane:
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    pane.show()
    with qtbot.waitActive(pane):
        pane.activateWindow()
    return pane


@pytest.mark.parametrize("kind", sorted(PANES))
def test_f2_opens_and_closes_the_guidelines_in_every_pane(
    qtbot: QtBot, tmp_path: Path, kind: str
) -> None:
    pane = _shown(qtbot, PANES[kind]())
    pane.load(_ctx(kind, tmp_path / "assets"))
    panel = pane.findChild(GuidelinesPanel)
    assert panel is not None and not panel.isVisible()
    assert panel.action in pane.actions()
    pane.setFocus()
    target = QApplication.focusWidget() or pane
    assert pane.isAncestorOf(target) or target is pane
    qtbot.keyClick(target, Qt.Key.Key_F2)
    qtbot.waitUntil(panel.isVisible)
    assert "tight box" in panel.browser.toPlainText()
    qtbot.keyClick(QApplication.focusWidget() or pane, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: not panel.isVisible())


def test_find_highlights_every_match(qtbot: QtBot, tmp_path: Path) -> None:
    pane = _shown(qtbot, ComparePane())
    pane.load(_ctx("compare", tmp_path / "assets"))
    panel = pane.findChild(GuidelinesPanel)
    assert panel is not None
    panel.show()
    qtbot.keyClicks(panel.find_edit, "car")
    found = [s.cursor.selectedText() for s in panel.browser.extraSelections()]
    assert found == ["car", "Car"]
    assert panel.matches.isVisible() and "2" in panel.matches.text()
    qtbot.keyClicks(panel.find_edit, "xyz")
    assert panel.browser.extraSelections() == []


class _Counter(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def listener() -> Iterator[tuple[str, list[str]]]:
    _Counter.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=server.serve_forever, name="listener", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Counter.hits
    server.shutdown()
    server.server_close()
    thread.join()


def test_only_the_tasks_own_cached_images_load(
    qtbot: QtBot, tmp_path: Path, listener: tuple[str, list[str]]
) -> None:
    base, hits = listener
    assets = tmp_path / "assets"
    sha = _image(assets, (7, 5))
    outside = tmp_path / "outside.png"
    Image.new("RGB", (9, 9)).save(outside, "PNG")
    md = (
        f"![remote]({base}/remote.png)\n\n![ours](asset:{sha})\n\n"
        f"![file]({outside.as_uri()})\n\n![forged](asset:{'ab' * 32})\n"
    )
    pane = _shown(qtbot, RewritePane())
    pane.load(_ctx("rewrite", assets, md=md))
    panel = pane.guidelines
    panel.show()
    panel.browser.grab()
    qtbot.wait(50)  # give any (wrongly) started request the time to arrive
    assert hits == []
    kind = QTextDocument.ResourceType.ImageResource.value
    ours = panel.browser.loadResource(kind, QUrl(f"asset:{sha}"))
    assert isinstance(ours, QImage) and (ours.width(), ours.height()) == (7, 5)
    for refused in (f"{base}/remote.png", outside.as_uri(), f"asset:{'ab' * 32}"):
        image = panel.browser.loadResource(kind, QUrl(refused))
        assert isinstance(image, QImage) and image.width() == 1, refused
    assert panel.browser.blocked_loads >= 3


def test_shown_by_itself_once_per_project_remembered_in_settings(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "settings.json"
    stored = settings_mod.Settings()
    assets = tmp_path / "assets"

    def pane_with(settings: settings_mod.Settings) -> RewritePane:
        pane = RewritePane()
        pane.guidelines.memory = SettingsMemory(settings, lambda: settings_mod.save(settings, path))
        return _shown(qtbot, pane)  # type: ignore[return-value]

    first = pane_with(stored)
    first.load(_ctx("rewrite", assets, "t1", "p1"))
    assert first.guidelines.isVisible(), "a project's first task shows its guidelines"
    qtbot.keyClick(first.editor, Qt.Key.Key_F2)
    assert not first.guidelines.isVisible()
    first.load(_ctx("rewrite", assets, "t2", "p1"))
    assert not first.guidelines.isVisible(), "only once per project"
    assert settings_mod.load(path).guidelines_shown == ["p1"]

    later = pane_with(settings_mod.load(path))  # the next start of the app
    later.load(_ctx("rewrite", assets, "t3", "p1"))
    assert not later.guidelines.isVisible()
    later.load(_ctx("rewrite", assets, "t4", "p2"))
    assert later.guidelines.isVisible()
    later.load(_ctx("rewrite", assets, "t5", "p3", md=""))
    assert not later.guidelines.isVisible() and not later.guidelines.action.isEnabled()
