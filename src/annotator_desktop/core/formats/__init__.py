"""Import and export of annotations: COCO JSON, YOLO txt, Pascal VOC XML and JSONL (Qt-free).

The writers and readers work on plain :class:`Dataset` values; :func:`export_project` builds one
from the local store. Every file is written atomically (temporary file, fsync, rename), and no
name taken from data can place a file outside the output folder.
"""

from __future__ import annotations

from pathlib import Path

from annotator_desktop.core.formats.atomic import atomic_write_bytes, atomic_write_text
from annotator_desktop.core.formats.coco import parse_coco, read_coco, to_coco, write_coco
from annotator_desktop.core.formats.jsonl import read_jsonl, write_jsonl
from annotator_desktop.core.formats.names import safe_file_name
from annotator_desktop.core.formats.prefill import (
    IMPORT_FORMATS,
    apply_prefill,
    import_prefill,
    read_dataset,
)
from annotator_desktop.core.formats.project import bbox_dataset, output_file, submission_records
from annotator_desktop.core.formats.types import Dataset, FormatError, ImageAnnotations
from annotator_desktop.core.formats.voc import parse_voc, read_voc, write_voc
from annotator_desktop.core.formats.yolo import read_yolo, write_yolo
from annotator_desktop.core.store import Store

EXPORT_FORMATS = ("coco", "yolo", "voc", "jsonl")

__all__ = [
    "EXPORT_FORMATS",
    "IMPORT_FORMATS",
    "Dataset",
    "FormatError",
    "ImageAnnotations",
    "apply_prefill",
    "atomic_write_bytes",
    "atomic_write_text",
    "bbox_dataset",
    "export_project",
    "import_prefill",
    "parse_coco",
    "parse_voc",
    "read_coco",
    "read_dataset",
    "read_jsonl",
    "read_voc",
    "read_yolo",
    "safe_file_name",
    "submission_records",
    "to_coco",
    "write_coco",
    "write_jsonl",
    "write_voc",
    "write_yolo",
]


def export_project(store: Store, project_id: str, fmt: str, out: Path) -> Path | list[Path]:
    """Exports a project from the local cache.

    ``coco`` and ``jsonl`` write one file (``out``, or ``out/<project>.json[l]`` when ``out`` is a
    folder) and return its path; ``yolo`` and ``voc`` fill the folder ``out`` and return the files.
    Box formats take each task's latest own submission; ``jsonl`` takes every submission.
    """
    if fmt == "jsonl":
        target = output_file(out, project_id, ".jsonl")
        return write_jsonl(submission_records(store, project_id), target)
    if fmt not in EXPORT_FORMATS:
        raise FormatError(f"unknown format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    dataset = bbox_dataset(store, project_id)
    if fmt == "coco":
        return write_coco(dataset, output_file(out, project_id, ".json"))
    if fmt == "yolo":
        return write_yolo(dataset, Path(out))
    return write_voc(dataset, Path(out))
