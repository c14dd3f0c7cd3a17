"""COCO object-detection JSON: one file with images, annotations (``bbox`` = x, y, w, h) and
categories. Exports number images, annotations and categories from 1 in order."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from annotator_desktop.core.cancel import CancelToken, ProgressFn
from annotator_desktop.core.formats.atomic import atomic_write_text
from annotator_desktop.core.formats.progress import Steps
from annotator_desktop.core.formats.types import (
    Dataset,
    FormatError,
    ImageAnnotations,
    finite,
    gc_paused,
    plain_number,
    positive_int,
)
from annotator_desktop.core.geometry import corners

MAX_COCO_BYTES = 512 * 1024 * 1024
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def to_coco(dataset: Dataset, step: Callable[[], None] | None = None) -> dict[str, Any]:
    """The COCO document of ``dataset`` (boxes normalised to positive width and height; the
    segmentation is the box as a polygon, for tools that expect one). ``step`` is called after
    each image."""
    labels = dataset.all_labels()
    category = {name: i + 1 for i, name in enumerate(labels)}
    images: list[dict[str, Any]] = []
    annotations: list[dict[str, Any]] = []
    for image_id, image in enumerate(dataset.images, start=1):
        entry: dict[str, Any] = {
            "id": image_id,
            "file_name": image.file_name,
            "width": image.width,
            "height": image.height,
        }
        if image.sha256:
            entry["sha256"] = image.sha256
        images.append(entry)
        for raw in image.boxes:
            annotations.append(_annotation(len(annotations) + 1, image_id, category, raw))
        if step is not None:
            step()
    return {
        "info": {"description": "annotator-desktop export", "version": "1.0"},
        "licenses": [],
        "images": images,
        "annotations": annotations,
        "categories": [{"id": i, "name": n, "supercategory": ""} for n, i in category.items()],
    }


def _annotation(
    ann_id: int, image_id: int, category: dict[str, int], box: dict[str, Any]
) -> dict[str, Any]:
    x0, y0, x1, y1 = corners(box)
    x, y, w, h = plain_number(x0), plain_number(y0), plain_number(x1 - x0), plain_number(y1 - y0)
    return {
        "id": ann_id,
        "image_id": image_id,
        "category_id": category[str(box.get("label", ""))],
        "bbox": [x, y, w, h],
        "area": plain_number(w * h),
        "iscrowd": 0,
        "segmentation": [[x, y, x + w, y, x + w, y + h, x, y + h]],
    }


def coco_text(doc: dict[str, Any]) -> str:
    """Compact JSON (one C-encoder pass: large exports stay fast), UTF-8 text kept as is."""
    return _ENCODER.encode(doc) + "\n"


def write_coco(
    dataset: Dataset,
    path: Path,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Writes the COCO JSON of ``dataset`` to ``path`` (atomically).

    ``progress(done, total)`` counts the images, then the write; a ``cancel`` seen before the
    write raises Cancelled and leaves ``path`` untouched."""
    steps = Steps(progress, cancel)
    steps.begin(len(dataset.images) + 1)
    with gc_paused():
        text = coco_text(to_coco(dataset, steps.step))
    steps.check()
    written = atomic_write_text(Path(path), text)
    steps.finish()
    return written


def read_coco(path: Path) -> Dataset:
    """The boxes of a COCO JSON file; crowd annotations (``iscrowd`` 1) are left out."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_COCO_BYTES:
            raise FormatError(f"{path.name}: file larger than {MAX_COCO_BYTES >> 20} MiB")
        data = path.read_bytes()
    except OSError as exc:
        raise FormatError(f"{path}: cannot read ({exc.strerror})") from None
    return parse_coco(data, path.name)


def _reject_constant(name: str) -> Any:
    raise FormatError(f"{name} is not allowed in COCO JSON")


def parse_coco(data: bytes | str, where: str = "COCO") -> Dataset:
    """The boxes of a COCO JSON document given as bytes or text."""
    with gc_paused():
        return _parse_coco(data, where)


def _parse_coco(data: bytes | str, where: str) -> Dataset:
    try:
        doc = json.loads(data, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        raise FormatError(f"{where}: not valid JSON ({exc})") from None
    if not isinstance(doc, dict):
        raise FormatError(f"{where}: the top level must be an object")
    categories = _categories(_list(doc, "categories", where), where)
    images, by_id = _images(_list(doc, "images", where), where)
    for i, ann in enumerate(_list(doc, "annotations", where)):
        _add_annotation(ann, f"{where}: annotations[{i}]", categories, by_id)
    labels = list(dict.fromkeys(categories.values()))
    return Dataset(labels=labels, images=images)


def _list(doc: dict[str, Any], key: str, where: str) -> list[Any]:
    value = doc.get(key, [] if key == "annotations" else None)
    if not isinstance(value, list):
        raise FormatError(f"{where}: '{key}' must be a list")
    return value


def _categories(items: list[Any], where: str) -> dict[Any, str]:
    out: dict[Any, str] = {}
    for i, cat in enumerate(items):
        if not isinstance(cat, dict) or "id" not in cat or not isinstance(cat.get("name"), str):
            raise FormatError(f"{where}: categories[{i}] needs an 'id' and a text 'name'")
        out[cat["id"]] = cat["name"]
    return out


def _images(items: list[Any], where: str) -> tuple[list[ImageAnnotations], dict[Any, Any]]:
    images: list[ImageAnnotations] = []
    by_id: dict[Any, ImageAnnotations] = {}
    for i, entry in enumerate(items):
        at = f"{where}: images[{i}]"
        if not isinstance(entry, dict) or "id" not in entry:
            raise FormatError(f"{at} needs an 'id'")
        name = entry.get("file_name")
        if not isinstance(name, str) or not name:
            raise FormatError(f"{at} needs a text 'file_name'")
        sha = entry.get("sha256")
        image = ImageAnnotations(
            file_name=name,
            width=positive_int(entry.get("width"), f"{at}.width"),
            height=positive_int(entry.get("height"), f"{at}.height"),
            sha256=sha if isinstance(sha, str) else None,
        )
        if entry["id"] in by_id:
            raise FormatError(f"{at}: duplicate image id {entry['id']!r}")
        by_id[entry["id"]] = image
        images.append(image)
    return images, by_id


def _add_annotation(ann: Any, at: str, categories: dict[Any, str], by_id: dict[Any, Any]) -> None:
    if not isinstance(ann, dict):
        raise FormatError(f"{at} must be an object")
    if ann.get("iscrowd") in (1, True):
        return
    image = by_id.get(ann.get("image_id"))
    if image is None:
        raise FormatError(f"{at}: unknown image_id {ann.get('image_id')!r}")
    if ann.get("category_id") not in categories:
        raise FormatError(f"{at}: unknown category_id {ann.get('category_id')!r}")
    bbox = ann.get("bbox")
    if not isinstance(bbox, list) or len(bbox) != 4:
        raise FormatError(f"{at}: 'bbox' must be a list [x, y, w, h]")
    x, y, w, h = (finite(v, f"{at}.bbox") for v in bbox)
    if w < 0 or h < 0:
        raise FormatError(f"{at}: negative bbox width or height")
    label = categories[ann["category_id"]]
    image.boxes.append({"label": label, "x": x, "y": y, "w": w, "h": h})
