"""Pascal VOC XML: one ``<image stem>.xml`` per image with ``<object><name>`` and ``<bndbox>``.

Coordinates are written as pixel edges without the devkit's 1-based shift (as labelImg and
CVAT do): ``xmin = x``, ``xmax = x + w``; integral values as integers, others to 1/1000 px.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from annotator_desktop.core.cancel import CancelToken, ProgressFn
from annotator_desktop.core.formats.atomic import atomic_write_many, write_folder_staged
from annotator_desktop.core.formats.names import inside, safe_file_name, stem_of, unique_name
from annotator_desktop.core.formats.progress import Steps
from annotator_desktop.core.formats.safexml import MAX_XML_BYTES, parse_xml
from annotator_desktop.core.formats.types import (
    Dataset,
    FormatError,
    ImageAnnotations,
    finite,
    plain_number,
    positive_int,
)
from annotator_desktop.core.geometry import corners

_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _sub(parent: ET.Element, tag: str, text: object | None = None) -> ET.Element:
    """A child element; characters XML 1.0 cannot hold (control characters) are dropped."""
    element = ET.SubElement(parent, tag)
    if text is not None:
        element.text = _NOT_XML.sub("", str(text))
    return element


def voc_xml(image: ImageAnnotations) -> bytes:
    """The VOC annotation document of one image (UTF-8, escaped by ElementTree)."""
    root = ET.Element("annotation")
    _sub(root, "folder", "images")
    _sub(root, "filename", image.file_name)
    if image.sha256:
        _sub(root, "sha256", image.sha256)
    size = _sub(root, "size")
    _sub(size, "width", image.width)
    _sub(size, "height", image.height)
    _sub(size, "depth", 3)
    _sub(root, "segmented", 0)
    for box in image.boxes:
        x0, y0, x1, y1 = corners(box)
        obj = _sub(root, "object")
        _sub(obj, "name", box.get("label", ""))
        _sub(obj, "pose", "Unspecified")
        _sub(obj, "truncated", int(x0 <= 0 or y0 <= 0 or x1 >= image.width or y1 >= image.height))
        _sub(obj, "difficult", 0)
        bnd = _sub(obj, "bndbox")
        for tag, value in (("xmin", x0), ("ymin", y0), ("xmax", x1), ("ymax", y1)):
            _sub(bnd, tag, plain_number(value))
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data + b"\n"


def write_voc(
    dataset: Dataset,
    folder: Path,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> list[Path]:
    """Writes one XML file per image into ``folder`` (named after the sanitised image name).

    All files or none arrive in ``folder`` (see :func:`write_folder_staged`);
    ``progress(done, total)`` counts the images, then the files written, and a ``cancel``
    raises Cancelled with ``folder`` left as it was.
    """
    steps = Steps(progress, cancel)
    steps.begin(2 * len(dataset.images))
    used: set[str] = set()
    files = []
    for image in dataset.images:
        name = unique_name(stem_of(safe_file_name(image.file_name)) + ".xml", used)
        files.append((name, voc_xml(image)))
        steps.step()
    written = write_folder_staged(
        Path(folder),
        lambda stage: atomic_write_many(((inside(stage, n), data) for n, data in files), steps),
    )
    steps.finish()
    return written


def read_voc(source: Path) -> Dataset:
    """The boxes of one VOC XML file or of every ``*.xml`` in a folder (sorted by name)."""
    source = Path(source)
    paths = sorted(source.glob("*.xml")) if source.is_dir() else [source]
    images = [parse_voc(_read(path), path.name) for path in paths]
    labels = list(dict.fromkeys(str(b["label"]) for im in images for b in im.boxes))
    return Dataset(labels=labels, images=images)


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_XML_BYTES:
            raise FormatError(f"{path.name}: XML file larger than {MAX_XML_BYTES >> 20} MiB")
        return path.read_bytes()
    except OSError as exc:
        raise FormatError(f"{path}: cannot read ({exc.strerror})") from None


def _text(element: ET.Element, path: str, where: str) -> str:
    found = element.find(path)
    if found is None or found.text is None or not found.text.strip():
        raise FormatError(f"{where}: missing <{path}>")
    return found.text.strip()


def parse_voc(data: bytes, where: str = "VOC") -> ImageAnnotations:
    """One image's annotations from VOC XML bytes."""
    root = parse_xml(data, where)
    if root.tag != "annotation":
        raise FormatError(f"{where}: the root element must be <annotation>, not <{root.tag}>")
    image = ImageAnnotations(
        file_name=_text(root, "filename", where),
        width=positive_int(_text(root, "size/width", where), f"{where}: <width>"),
        height=positive_int(_text(root, "size/height", where), f"{where}: <height>"),
    )
    sha = root.findtext("sha256")
    image.sha256 = sha.strip() if sha and sha.strip() else None
    for i, obj in enumerate(root.findall("object"), start=1):
        at = f"{where}: object {i}"
        label = _text(obj, "name", at)
        x0, y0, x1, y1 = (
            finite(_text(obj, f"bndbox/{tag}", at), f"{at} <{tag}>")
            for tag in ("xmin", "ymin", "xmax", "ymax")
        )
        if x1 < x0 or y1 < y0:
            raise FormatError(f"{at}: xmax/ymax smaller than xmin/ymin")
        image.boxes.append({"label": label, "x": x0, "y": y0, "w": x1 - x0, "h": y1 - y0})
    return image
