"""Import and export of annotations: COCO JSON, YOLO txt, Pascal VOC XML and JSONL, and training
data: ``preference`` pairs (compare) and ``sft`` examples (rewrite) (Qt-free).

The writers and readers work on plain :class:`Dataset` values; :func:`export_project` builds one
from the local store. Every file is written atomically (temporary file, fsync, rename), and no
name taken from data can place a file outside the output folder.
"""

from __future__ import annotations

from pathlib import Path

from annotator_desktop.core.cancel import CancelToken, ProgressFn
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
from annotator_desktop.core.formats.progress import Steps
from annotator_desktop.core.formats.project import bbox_dataset, output_file, submission_records
from annotator_desktop.core.formats.training import KIND_OF_FORMAT, write_training
from annotator_desktop.core.formats.types import Dataset, FormatError, ImageAnnotations
from annotator_desktop.core.formats.voc import parse_voc, read_voc, write_voc
from annotator_desktop.core.formats.yolo import read_yolo, write_yolo
from annotator_desktop.core.metrics.training import ExportSummary
from annotator_desktop.core.store import Store

EXPORT_FORMATS = ("coco", "yolo", "voc", "jsonl")
FOLDER_FORMATS = ("yolo", "voc")  # these fill a folder; the others write one file
TRAINING_EXPORTS = tuple(KIND_OF_FORMAT)  # preference (compare), sft (rewrite): JSON Lines

__all__ = [
    "EXPORT_FORMATS",
    "FOLDER_FORMATS",
    "IMPORT_FORMATS",
    "TRAINING_EXPORTS",
    "Dataset",
    "ExportSummary",
    "FormatError",
    "ImageAnnotations",
    "apply_prefill",
    "atomic_write_bytes",
    "atomic_write_text",
    "bbox_dataset",
    "export_formats_for",
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


def export_formats_for(kind: str) -> tuple[str, ...]:
    """The formats :func:`export_project` accepts for a project of ``kind``."""
    if kind == "bbox":
        return EXPORT_FORMATS
    return ("jsonl", *(fmt for fmt, of in KIND_OF_FORMAT.items() if of == kind))


def export_project(
    store: Store,
    project_id: str,
    fmt: str,
    out: Path,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    summary: ExportSummary | None = None,
) -> Path | list[Path]:
    """Exports a project from the local cache.

    ``coco`` and ``jsonl`` write one file (``out``, or ``out/<project>.json[l]`` when ``out`` is a
    folder) and return its path; ``yolo`` and ``voc`` fill the folder ``out`` and return the files.
    Box formats take each task's latest own submission; ``jsonl`` takes every submission.
    ``preference`` (compare projects) and ``sft`` (rewrite projects) write one JSON Lines file of
    training records from every submission; ``summary``, when given, is filled with the counts
    (pairs or examples, ties, skipped) for the caller to report.

    ``progress(done, total)`` is called on the calling thread: ``(0, 0)`` while the cache is
    read, then by the writer (at most about 100 times). Once ``cancel`` is set the export
    raises Cancelled at its next step and leaves no output (files are written atomically,
    folders all or nothing).
    """
    steps = Steps(progress, cancel)
    steps.begin(0)
    if fmt == "jsonl":
        target = output_file(out, project_id, ".jsonl")
        records = submission_records(store, project_id)
        return write_jsonl(records, target, progress, cancel)  # its first step checks cancel
    if fmt in TRAINING_EXPORTS:
        target = output_file(out, project_id, f".{fmt}.jsonl")
        return write_training(store, project_id, fmt, target, progress, cancel, summary)
    if fmt not in EXPORT_FORMATS:
        known = ", ".join(EXPORT_FORMATS + TRAINING_EXPORTS)
        raise FormatError(f"unknown format {fmt!r}; use one of {known}")
    dataset = bbox_dataset(store, project_id)
    if fmt == "coco":
        return write_coco(dataset, output_file(out, project_id, ".json"), progress, cancel)
    if fmt == "yolo":
        return write_yolo(dataset, Path(out), progress, cancel)
    return write_voc(dataset, Path(out), progress, cancel)
