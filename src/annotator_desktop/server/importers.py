"""Task import for the CLI: a folder of images (bbox), COCO annotations as prefill (JSONL layouts
are read by :mod:`annotator_desktop.server.layouts`)."""

from __future__ import annotations

import json
import mimetypes
from pathlib import Path
from typing import Any

from PIL import Image
from sqlmodel import Session

from annotator_desktop.server.assetstore import store_bytes

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".bmp", ".gif"}
MAX_PIXELS = 100_000_000


def image_size(path: Path) -> tuple[int, int]:
    """Width and height read from the header; refuses decompression bombs."""
    with Image.open(path) as img:
        width, height = img.size
    if width * height > MAX_PIXELS:
        raise ValueError(f"{path.name}: {width}x{height} is too large")
    return width, height


def coco_prefill(coco_path: Path) -> tuple[dict[str, list[dict[str, Any]]], list[str]]:
    """Boxes per image file name, and the category names, from a COCO annotation file."""
    coco = json.loads(coco_path.read_text(encoding="utf-8"))
    cats = {c["id"]: str(c["name"]) for c in coco.get("categories", [])}
    files = {im["id"]: Path(str(im["file_name"])).name for im in coco.get("images", [])}
    boxes: dict[str, list[dict[str, Any]]] = {}
    for ann in coco.get("annotations", []):
        x, y, w, h = (float(v) for v in ann["bbox"])
        name = files.get(ann["image_id"])
        if name is not None and w > 0 and h > 0:
            label = cats.get(ann["category_id"], str(ann["category_id"]))
            boxes.setdefault(name, []).append({"label": label, "x": x, "y": y, "w": w, "h": h})
    return boxes, list(cats.values())


def image_folder_tasks(
    session: Session, assets_dir: Path, folder: Path, labels: list[dict[str, Any]],
    coco: Path | None = None,
) -> list[dict[str, Any]]:  # fmt: skip
    """One bbox task per image; the image is stored as an asset, COCO boxes become prefill."""
    prefill, names = coco_prefill(coco) if coco else ({}, [])
    known = {lab["name"] for lab in labels}
    labels = labels + [{"name": n} for n in names if n not in known]
    specs = []
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES):
        width, height = image_size(path)
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        row = store_bytes(session, assets_dir, path.read_bytes(), mime)
        specs.append({
            "id": None, "title": path.name,
            "payload": {"image": {"sha256": row.sha256, "width": width, "height": height,
                                  "mime": mime, "size": row.size},
                        "labels": labels, "prefill": prefill.get(path.name, [])},
        })  # fmt: skip
    return specs
