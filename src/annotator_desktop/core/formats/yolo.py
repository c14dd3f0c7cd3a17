"""YOLO detection labels: ``classes.txt`` (one label a line, the line number is the class id) and
one ``<image stem>.txt`` per image with lines ``class cx cy w h`` normalised to 0..1.

Images without boxes get an empty label file (a reviewed negative). YOLO files carry no image
size, so reading needs the sizes: from a mapping, or from the images found beside the labels.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from annotator_desktop.core.cancel import CancelToken, ProgressFn
from annotator_desktop.core.formats.atomic import atomic_write_many, write_folder_staged
from annotator_desktop.core.formats.names import inside, safe_file_name, stem_of, unique_name
from annotator_desktop.core.formats.progress import Steps
from annotator_desktop.core.formats.types import Dataset, FormatError, ImageAnnotations, finite
from annotator_desktop.core.geometry import normalize_box

CLASSES_FILE = "classes.txt"
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff", ".webp")
MAX_LABEL_BYTES = 16 * 1024 * 1024


def yolo_lines(image: ImageAnnotations, class_ids: Mapping[str, int]) -> list[str]:
    """The label-file lines of one image (6 decimals: 1/100 px on a 10,000 px image)."""
    lines = []
    for raw in image.boxes:
        box = normalize_box(raw)
        x, y, w, h = (float(box[k]) for k in ("x", "y", "w", "h"))
        cx, cy = (x + w / 2) / image.width, (y + h / 2) / image.height
        nw, nh = w / image.width, h / image.height
        cid = class_ids[str(box.get("label", ""))]
        lines.append(f"{cid} {cx:.6f} {cy:.6f} {nw:.6f} {nh:.6f}")
    return lines


def write_yolo(
    dataset: Dataset,
    folder: Path,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> list[Path]:
    """Writes ``classes.txt`` and one label file per image into ``folder``; returns the paths.

    Label files are named after the sanitised image name (``photo.jpg`` -> ``photo.txt``);
    a clash gets ``-2``, ``-3`` … appended. All files or none arrive in ``folder`` (see
    :func:`write_folder_staged`); ``progress(done, total)`` counts the images, then the files
    written, and a ``cancel`` raises Cancelled with ``folder`` left as it was.
    """
    steps = Steps(progress, cancel)
    steps.begin(2 * len(dataset.images) + 1)
    labels = dataset.all_labels()
    class_ids = {name: i for i, name in enumerate(labels)}
    bad = [name for name in labels if not name.strip() or "\n" in name or "\r" in name]
    if bad:
        raise FormatError(f"YOLO: label {bad[0]!r} cannot be written to classes.txt")
    files = [(CLASSES_FILE, "".join(f"{n}\n" for n in labels).encode())]
    used = {CLASSES_FILE}
    for image in dataset.images:
        name = unique_name(stem_of(safe_file_name(image.file_name)) + ".txt", used)
        text = "".join(f"{line}\n" for line in yolo_lines(image, class_ids))
        files.append((name, text.encode()))
        steps.step()
    written = write_folder_staged(
        Path(folder),
        lambda stage: atomic_write_many(((inside(stage, n), data) for n, data in files), steps),
    )
    steps.finish()
    return written


def read_classes_file(folder: Path) -> list[str]:
    path = Path(folder) / CLASSES_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FormatError(f"{folder}: no {CLASSES_FILE} (the label names)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FormatError(f"{path}: cannot read ({exc})") from None
    return [line.strip() for line in text.splitlines() if line.strip()]


def read_yolo(
    folder: Path,
    sizes: Mapping[str, tuple[int, int]] | None = None,
    labels: list[str] | None = None,
    skip_unknown: bool = False,
) -> Dataset:
    """The boxes of a YOLO label folder.

    ``sizes`` maps image file names (or stems) to (width, height); images it does not name are
    looked for beside the label files and size-probed with Pillow (header only). ``labels``
    replaces ``classes.txt``. With ``skip_unknown``, label files whose image size cannot be
    found are left out instead of raising FormatError.
    """
    folder = Path(folder)
    names = labels if labels is not None else read_classes_file(folder)
    by_stem = {stem_of(k): (k, v) for k, v in (sizes or {}).items()}
    images = []
    for path in sorted(folder.glob("*.txt")):
        if path.name == CLASSES_FILE:
            continue
        found = _image_for(path, by_stem)
        if found is None:
            if skip_unknown:
                continue
            raise FormatError(f"{path.name}: no image {path.stem}.* beside it and no size given")
        file_name, (width, height) = found
        image = ImageAnnotations(file_name=file_name, width=width, height=height)
        image.boxes = _parse_label_file(path, names, width, height)
        images.append(image)
    return Dataset(labels=list(names), images=images)


def _image_for(
    label_path: Path, by_stem: dict[str, tuple[str, tuple[int, int]]]
) -> tuple[str, tuple[int, int]] | None:
    stem = label_path.stem
    if stem in by_stem:
        return by_stem[stem]
    for suffix in IMAGE_SUFFIXES:
        for candidate in (suffix, suffix.upper()):
            image_path = label_path.with_name(stem + candidate)
            if image_path.is_file():
                return image_path.name, _probe_size(image_path)
    return None


def _probe_size(path: Path) -> tuple[int, int]:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as img:
            return img.size
    except (UnidentifiedImageError, OSError) as exc:
        raise FormatError(f"{path.name}: not a readable image ({exc})") from None


def _parse_label_file(
    path: Path, names: list[str], width: int, height: int
) -> list[dict[str, Any]]:
    try:
        if path.stat().st_size > MAX_LABEL_BYTES:
            raise FormatError(f"{path.name}: label file larger than 16 MiB")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FormatError(f"{path.name}: cannot read ({exc})") from None
    boxes = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            boxes.append(_parse_line(line, f"{path.name}:{number}", names, width, height))
    return boxes


def _parse_line(line: str, at: str, names: list[str], width: int, height: int) -> dict[str, Any]:
    fields = line.split()
    if len(fields) != 5:
        raise FormatError(f"{at}: expected 'class cx cy w h', got {len(fields)} fields")
    if not fields[0].isdigit() or int(fields[0]) >= len(names):
        raise FormatError(f"{at}: class {fields[0]!r} is not one of 0..{len(names) - 1}")
    cx, cy, w, h = (finite(v, at) for v in fields[1:])
    if w < 0 or h < 0:
        raise FormatError(f"{at}: negative width or height")
    return {
        "label": names[int(fields[0])],
        "x": (cx - w / 2) * width,
        "y": (cy - h / 2) * height,
        "w": w * width,
        "h": h * height,
    }
