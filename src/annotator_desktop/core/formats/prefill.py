"""Importing boxes from COCO, YOLO or VOC files as the prefill (proposals) of a project's tasks.

Files are matched to tasks by image sha256 when both carry one, else by file name (the last path
component, case-insensitive). Boxes made on a differently sized copy of the image are scaled.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator_desktop.core.formats.coco import read_coco
from annotator_desktop.core.formats.names import base_name
from annotator_desktop.core.formats.project import image_file_name, load_project
from annotator_desktop.core.formats.types import Dataset, FormatError, ImageAnnotations
from annotator_desktop.core.formats.voc import read_voc
from annotator_desktop.core.formats.yolo import read_yolo
from annotator_desktop.core.store import Store, Task

IMPORT_FORMATS = ("coco", "yolo", "voc")


def _task_image(task: Task) -> tuple[str | None, int, int]:
    image = task.payload.get("image") if isinstance(task.payload, dict) else None
    image = image if isinstance(image, dict) else {}
    sha = image.get("sha256") if isinstance(image.get("sha256"), str) else None
    return sha, int(image.get("width") or 0), int(image.get("height") or 0)


def _scaled(image: ImageAnnotations, width: int, height: int) -> list[dict[str, Any]]:
    sx = width / image.width if width else 1.0
    sy = height / image.height if height else 1.0
    return [
        {**b, "x": b["x"] * sx, "y": b["y"] * sy, "w": b["w"] * sx, "h": b["h"] * sy}
        for b in image.boxes
    ]


def _match(
    task: Task, by_sha: dict[str, ImageAnnotations], by_name: dict[str, ImageAnnotations]
) -> ImageAnnotations | None:
    sha, _w, _h = _task_image(task)
    if sha and sha in by_sha:
        return by_sha[sha]
    return by_name.get(image_file_name(task).casefold())


def apply_prefill(store: Store, project_id: str, dataset: Dataset) -> int:
    """Sets the prefill boxes of every task that ``dataset`` has an image for; returns how many.

    The tasks' existing prefill is replaced; drafts and submissions are not touched.
    """
    _project, tasks = load_project(store, project_id)
    by_sha = {im.sha256: im for im in dataset.images if im.sha256}
    by_name = {base_name(im.file_name).casefold(): im for im in dataset.images}
    updates = {}
    for task in tasks:
        image = _match(task, by_sha, by_name)
        if image is not None:
            _sha, width, height = _task_image(task)
            updates[task.id] = _scaled(image, width, height)
    with store.write() as s:
        for task_id, boxes in updates.items():
            row = s.get(Task, task_id)
            if row is not None:
                row.payload = {**row.payload, "prefill": boxes}
                s.add(row)
    return len(updates)


def read_dataset(
    fmt: str, source: Path, sizes: dict[str, tuple[int, int]] | None = None
) -> Dataset:
    """Reads ``source`` (a COCO file, a YOLO folder, a VOC file or folder) in format ``fmt``."""
    if fmt == "coco":
        return read_coco(source)
    if fmt == "yolo":
        return read_yolo(source, sizes=sizes, skip_unknown=sizes is not None)
    if fmt == "voc":
        return read_voc(source)
    raise FormatError(f"cannot import {fmt!r}; use one of {', '.join(IMPORT_FORMATS)}")


def import_prefill(store: Store, project_id: str, fmt: str, source: Path) -> int:
    """Reads boxes from ``source`` and applies them as prefill of the project's tasks.

    For YOLO the image sizes come from the project's tasks (by file name); label files for
    images the project does not have are skipped.
    """
    _project, tasks = load_project(store, project_id)
    sizes = {}
    for task in tasks:
        _sha, width, height = _task_image(task)
        if width and height:
            sizes[image_file_name(task)] = (width, height)
    return apply_prefill(store, project_id, read_dataset(fmt, Path(source), sizes))
