"""Local workspace: a folder of images becomes a local bbox project."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from annotator_desktop.core.store import Project, Store, ops
from annotator_desktop.core.workspace import (
    WorkspaceError,
    parse_labels,
    save_workspace,
    scan_folder,
)


def make_folder(root: Path) -> Path:
    folder = root / "images"
    folder.mkdir()
    Image.new("RGB", (40, 30), "red").save(folder / "a.jpg")
    Image.new("RGB", (20, 10), "blue").save(folder / "b.png")
    (folder / "broken.jpg").write_bytes(b"not an image")
    (folder / "notes.txt").write_text("ignored")
    (folder / "classes.txt").write_text("car\nperson\n\ncar\n")
    return folder


def test_scan_and_save(tmp_path: Path, store: Store) -> None:
    scan = scan_folder(make_folder(tmp_path))
    assert [i.relpath for i in scan.images] == ["a.jpg", "b.png"]
    assert scan.skipped == [("broken.jpg", "not a readable image")]
    assert scan.labels == ["car", "person"]
    pid = save_workspace(store, scan, scan.labels)
    project = ops.get_project(store, pid)
    assert isinstance(project, Project) and project.source == "local"
    rows = ops.task_rows(store)
    assert [r.title for r in rows] == ["a.jpg", "b.png"]
    task = ops.get_task(store, rows[0].id)
    assert task is not None
    image = task.payload["image"]
    assert (image["width"], image["height"], image["mime"]) == (40, 30, "image/jpeg")
    assert Path(image["path"]).is_absolute() and len(image["sha256"]) == 64
    assert [lab["name"] for lab in task.payload["labels"]] == ["car", "person"]
    # Opening again keeps each task's state (and does not duplicate tasks).
    ops.save_draft(store, rows[0].id, {"boxes": []}, 1.0)
    save_workspace(store, scan_folder(scan.folder), ["car", "person", "bike"])
    again = ops.task_rows(store)
    assert len(again) == 2 and again[0].state == "draft"
    # Local submissions get no outbox row.
    ops.submit(store, rows[1].id, {"boxes": []}, 2.0)
    from sqlmodel import select

    from annotator_desktop.core.store import Outbox

    with store.read() as s:
        assert s.exec(select(Outbox)).all() == []


def test_bad_folder_and_labels(tmp_path: Path, store: Store) -> None:
    with pytest.raises(WorkspaceError):
        scan_folder(tmp_path / "missing")
    assert parse_labels("car, person\nbike\n\ncar") == ["car", "person", "bike"]
    folder = make_folder(tmp_path)
    with pytest.raises(WorkspaceError):
        save_workspace(store, scan_folder(folder), [])
