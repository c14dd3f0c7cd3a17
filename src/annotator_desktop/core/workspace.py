"""Local workspace: a folder of images becomes a local bbox project, no server needed.

Labels come from ``classes.txt`` in the folder (one a line, as labelImg writes it) or are typed
in by the user. Scanning hashes and size-probes every image, so run it off the UI thread.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator_desktop.protocol import LABEL_COLOURS

if TYPE_CHECKING:
    from annotator_desktop.core.store import Store

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff", ".webp"}
MIME_BY_FORMAT = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "BMP": "image/bmp",
    "GIF": "image/gif",
    "TIFF": "image/tiff",
    "WEBP": "image/webp",
}
MAX_PIXELS = 200_000_000  # larger images are refused (decompression bombs)


class WorkspaceError(Exception):
    """The folder cannot be used as a workspace; ``path`` names it."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


@dataclass(frozen=True)
class LocalImage:
    path: Path
    relpath: str
    sha256: str
    width: int
    height: int
    mime: str


@dataclass(frozen=True)
class ScanResult:
    folder: Path
    images: list[LocalImage]
    skipped: list[tuple[str, str]]  # (relative path, reason)
    labels: list[str]  # from classes.txt; empty when there is none


def read_classes(folder: Path) -> list[str]:
    """Label names from ``classes.txt`` (blank lines and duplicates dropped)."""
    path = folder / "classes.txt"
    if not path.is_file():
        return []
    names: list[str] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        name = line.strip()
        if name and name not in names:
            names.append(name)
    return names


def parse_labels(text: str) -> list[str]:
    """Labels typed by the user, separated by commas or new lines."""
    names: list[str] = []
    for part in text.replace("\n", ",").split(","):
        name = part.strip()
        if name and name not in names:
            names.append(name)
    return names


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def probe_image(path: Path) -> tuple[int, int, str]:
    """Width, height and MIME type from the image header; raises ValueError for bad files."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as img:
            width, height = img.size
            mime = MIME_BY_FORMAT.get(img.format or "", "")
    except (UnidentifiedImageError, OSError) as exc:
        raise ValueError("not a readable image") from exc
    if not mime:
        raise ValueError("unsupported image format")
    if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
        raise ValueError(f"image too large ({width}x{height})")
    return width, height, mime


def scan_folder(folder: Path, progress: Callable[[int, int], None] | None = None) -> ScanResult:
    """Hashes and probes every image directly in ``folder`` (sorted by name)."""
    folder = Path(folder).expanduser().resolve()
    if not folder.is_dir():
        raise WorkspaceError(f"{folder} is not a folder.", folder)
    try:
        candidates = sorted(
            p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES
        )
    except OSError as exc:
        raise WorkspaceError(f"Cannot read {folder}: {exc.strerror}", folder) from exc
    images: list[LocalImage] = []
    skipped: list[tuple[str, str]] = []
    for index, path in enumerate(candidates):
        rel = path.name
        try:
            width, height, mime = probe_image(path)
            images.append(LocalImage(path, rel, _sha256(path), width, height, mime))
        except (ValueError, OSError) as exc:
            skipped.append((rel, str(exc)))
        if progress is not None:
            progress(index + 1, len(candidates))
    return ScanResult(folder, images, skipped, read_classes(folder))


def project_id_for(folder: Path) -> str:
    return "local-" + hashlib.sha256(str(folder).encode()).hexdigest()[:12]


def label_config(labels: list[str]) -> list[dict[str, Any]]:
    """Labels in the wire shape ``{name, color, hotkey}``; hotkeys 1..9 for the first nine."""
    return [
        {
            "name": name,
            "color": LABEL_COLOURS[i % len(LABEL_COLOURS)],
            "hotkey": str(i + 1) if i < 9 else "",
        }
        for i, name in enumerate(labels)
    ]


def task_payload(image: LocalImage, labels: list[dict[str, Any]]) -> dict[str, Any]:
    """A bbox task payload (DESIGN.md) plus ``image.path``, the absolute local file."""
    return {
        "image": {
            "sha256": image.sha256,
            "width": image.width,
            "height": image.height,
            "mime": image.mime,
            "path": str(image.path),
        },
        "labels": labels,
        "prefill": [],
    }


def save_workspace(store: Store, scan: ScanResult, labels: list[str]) -> str:
    """Creates or updates the local project for ``scan``; existing tasks keep their state."""
    from annotator_desktop.core.store import Project, Task

    if not labels:
        raise WorkspaceError("A local project needs at least one label.", scan.folder)
    pid = project_id_for(scan.folder)
    config = label_config(labels)
    with store.write() as s:
        project = s.get(Project, pid) or Project(id=pid, name=scan.folder.name, kind="bbox")
        project.source = "local"
        project.local_root = str(scan.folder)
        project.config = {"labels": config}
        s.add(project)
        for position, image in enumerate(scan.images):
            tid = f"{pid}:{hashlib.sha256(image.relpath.encode()).hexdigest()[:16]}"
            task = s.get(Task, tid) or Task(id=tid, project_id=pid, kind="bbox")
            task.title = image.relpath
            task.payload = task_payload(image, config)
            task.position = position
            s.add(task)
    return pid
