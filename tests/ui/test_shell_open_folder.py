"""File ▸ Open folder: scanning off the UI thread, labels from classes.txt or typed in."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from annotator_desktop.core.store import Store, ops
from annotator_desktop.ui.dialogs.open_folder import OpenFolderFlow
from annotator_desktop.ui.worker import Worker


def images(root: Path, classes: bool) -> Path:
    folder = root / "pics"
    folder.mkdir()
    for i in range(3):
        Image.new("RGB", (32 + i, 24), "green").save(folder / f"img{i}.png")
    if classes:
        (folder / "classes.txt").write_text("dog\ncat\n")
    return folder


def run_flow(qtbot: QtBot, store: Store, folder: Path, typed: list[str]) -> str:
    parent = QWidget()
    qtbot.addWidget(parent)
    worker = Worker()
    try:
        flow = OpenFolderFlow(parent, worker, store)
        asked: list[Path] = []
        flow.ask_labels = lambda f: asked.append(f) or typed
        with qtbot.waitSignal(flow.done, timeout=10000) as done:
            flow.start(folder)
        assert bool(asked) == (not (folder / "classes.txt").exists())
        return str(done.args[0])
    finally:
        worker.shutdown()


def test_open_folder_with_classes_txt(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    pid = run_flow(qtbot, store, images(tmp_path, classes=True), [])
    project = ops.get_project(store, pid)
    assert project is not None and project.source == "local" and project.kind == "bbox"
    assert [lab["name"] for lab in project.config["labels"]] == ["dog", "cat"]
    assert [r.title for r in ops.task_rows(store)] == ["img0.png", "img1.png", "img2.png"]


def test_open_folder_with_typed_labels(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    pid = run_flow(qtbot, store, images(tmp_path, classes=False), ["tree", "house"])
    project = ops.get_project(store, pid)
    assert project is not None
    assert [lab["name"] for lab in project.config["labels"]] == ["tree", "house"]


def test_open_folder_without_images_reports(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    worker = Worker()
    try:
        flow = OpenFolderFlow(parent, worker, store)
        with qtbot.waitSignal(flow.failed, timeout=10000) as failed:
            flow.start(tmp_path)
        assert str(tmp_path) in failed.args[0]
    finally:
        worker.shutdown()
