"""Hostile names, malformed files, XML bombs and atomic writes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from annotator_desktop.core.formats import (
    Dataset,
    FormatError,
    ImageAnnotations,
    atomic_write_bytes,
    atomic_write_text,
    parse_coco,
    parse_voc,
    read_coco,
    read_jsonl,
    read_voc,
    read_yolo,
    safe_file_name,
    write_voc,
    write_yolo,
)

HOSTILE = [
    "../../etc/passwd.jpg",
    "/etc/shadow.png",
    "C:\\Windows\\system32\\evil.jpg",
    "..\\..\\up.jpg",
    "..",
    "",
    "CON.jpg",
    "nul",
    "a\x00b\nc.jpg",
    ".hidden.jpg",
    "x" * 400 + ".jpg",
    "y" * 400,
    "dup.jpg",
    "DUP.jpg",
    "classes.jpg",
]


def test_safe_file_name_examples() -> None:
    assert safe_file_name("../../etc/passwd.jpg") == "passwd.jpg"
    assert safe_file_name("C:\\Windows\\evil.jpg") == "evil.jpg"
    assert safe_file_name("..") == "image"
    assert safe_file_name("CON.jpg") == "_CON.jpg"
    assert safe_file_name("a\x00b\u202ec?.jpg") == "abc_.jpg"
    assert safe_file_name(".hidden") == "hidden"
    long = safe_file_name("é" * 300 + ".jpg")
    assert long.endswith(".jpg") and len(long.encode()) <= 180


def test_inside_refuses_anything_but_a_plain_name(tmp_path: Path) -> None:
    from annotator_desktop.core.formats.names import inside

    assert inside(tmp_path, "a.txt") == tmp_path / "a.txt"
    for name in ("../a.txt", "..", "", "a/b", "a\\b", "a\x00"):
        with pytest.raises(FormatError, match="refusing"):
            inside(tmp_path, name)


def hostile_dataset() -> Dataset:
    images = [
        ImageAnnotations(name, 10, 10, [{"label": "a", "x": 1, "y": 1, "w": 2, "h": 2}])
        for name in HOSTILE
    ]
    return Dataset(["a"], images)


@pytest.mark.parametrize("writer", [write_yolo, write_voc])
def test_hostile_names_stay_inside_the_output_folder(tmp_path: Path, writer) -> None:
    out = tmp_path / "deep" / "out"
    written = writer(hostile_dataset(), out)
    expected = len(HOSTILE) + (1 if writer is write_yolo else 0)
    assert len(written) == expected == len(set(written))
    for path in written:
        assert path.parent == out.resolve()
        assert path.is_file()
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == sorted(
        p.name for p in written
    )
    if writer is write_yolo:  # the image "classes.jpg" does not overwrite the class list
        assert (out / "classes.txt").read_text() == "a\n"


def test_hostile_names_in_voc_are_escaped_and_read_back(tmp_path: Path) -> None:
    name = "<script>&\"'.jpg"
    data = Dataset(
        ["<b>&"],
        [ImageAnnotations(name, 5, 5, [{"label": "<b>&", "x": 0, "y": 0, "w": 1, "h": 1}])],
    )
    (path,) = write_voc(data, tmp_path)
    image = read_voc(path).images[0]
    assert image.file_name == name and image.boxes[0]["label"] == "<b>&"


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<annotation><filename>&lol2;</filename></annotation>"""

EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><annotation><filename>&xxe;</filename></annotation>"""


@pytest.mark.parametrize("data", [BOMB, EXTERNAL, BOMB.decode().encode("utf-16")])
def test_xml_with_doctype_or_entities_is_refused(data: bytes) -> None:
    with pytest.raises(FormatError, match="DOCTYPE"):
        parse_voc(data, "bomb.xml")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<annotation><filename>a.jpg", "not well-formed"),
        (b"<html/>", "root element"),
        (b"<annotation><size><width>1</width><height>1</height></size></annotation>", "filename"),
        (
            b"<annotation><filename>a</filename><size><width>-3</width><height>1</height></size></annotation>",
            "image size",
        ),
        (
            b"<annotation><filename>a</filename><size><width>9</width><height>9</height></size>"
            b"<object><name>x</name><bndbox><xmin>5</xmin><ymin>1</ymin><xmax>2</xmax><ymax>3</ymax></bndbox></object></annotation>",
            "smaller",
        ),
        (
            b"<annotation><filename>a</filename><size><width>9</width><height>9</height></size>"
            b"<object><name>x</name><bndbox><xmin>nan</xmin><ymin>1</ymin><xmax>2</xmax><ymax>3</ymax></bndbox></object></annotation>",
            "finite",
        ),
    ],
)
def test_malformed_voc(data: bytes, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        parse_voc(data, "bad.xml")


ONE_IMAGE = (
    '{"images": [{"id": 1, "file_name": "a", "width": 1, "height": 1}],'
    ' "categories": [{"id": 1, "name": "a"}],'
)


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ("[]", "top level"),
        ("{not json", "not valid JSON"),
        ('{"images": 3, "categories": []}', "'images' must be a list"),
        (
            '{"images": [{"id": 1, "file_name": "a", "width": 1, "height": 1}], "categories": [],'
            ' "annotations": [{"image_id": 1, "category_id": 7, "bbox": [0, 0, 1, 1]}]}',
            "unknown category_id",
        ),
        (
            '{"images": [], "categories": [{"id": 1, "name": "a"}],'
            ' "annotations": [{"image_id": 9, "category_id": 1, "bbox": [0, 0, 1, 1]}]}',
            "unknown image_id",
        ),
        (
            ONE_IMAGE
            + ' "annotations": [{"image_id": 1, "category_id": 1, "bbox": [0, 0, NaN, 1]}]}',
            "NaN",
        ),
        (
            ONE_IMAGE + ' "annotations": [{"image_id": 1, "category_id": 1, "bbox": [0, 0, 1]}]}',
            "bbox",
        ),
        (
            '{"images": [{"id": 1, "file_name": "a", "width": "wide", "height": 1}],'
            ' "categories": []}',
            "width",
        ),
        ("[" * 100_000, "not valid JSON"),
    ],
)
def test_malformed_coco(doc: str, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        parse_coco(doc, "bad.json")


def test_coco_skips_crowd_annotations_and_missing_file_is_clear(tmp_path: Path) -> None:
    doc = {
        "images": [{"id": 5, "file_name": "a.jpg", "width": 4, "height": 4}],
        "categories": [{"id": 3, "name": "car"}],
        "annotations": [
            {"image_id": 5, "category_id": 3, "bbox": [0, 0, 1, 1]},
            {"image_id": 5, "category_id": 3, "bbox": [0, 0, 4, 4], "iscrowd": 1},
        ],
    }
    assert len(parse_coco(json.dumps(doc)).images[0].boxes) == 1
    with pytest.raises(FormatError, match="cannot read"):
        read_coco(tmp_path / "missing.json")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("0 0.5 0.5 0.1", "expected 'class cx cy w h'"),
        ("7 0.5 0.5 0.1 0.1", "not one of"),
        ("-1 0.5 0.5 0.1 0.1", "not one of"),
        ("0 0.5 zero 0.1 0.1", "not a number"),
        ("0 0.5 0.5 inf 0.1", "finite"),
        ("0 0.5 0.5 -0.1 0.1", "negative"),
    ],
)
def test_malformed_yolo(tmp_path: Path, line: str, message: str) -> None:
    (tmp_path / "classes.txt").write_text("car\n")
    (tmp_path / "a.txt").write_text(f"0 0.5 0.5 0.2 0.2\n{line}\n")
    with pytest.raises(FormatError, match=message) as info:
        read_yolo(tmp_path, sizes={"a.jpg": (10, 10)})
    assert "a.txt:2" in str(info.value)


def test_yolo_without_classes_or_sizes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("0 0.5 0.5 0.2 0.2\n")
    with pytest.raises(FormatError, match=r"classes\.txt"):
        read_yolo(tmp_path)
    (tmp_path / "classes.txt").write_text("car\n")
    with pytest.raises(FormatError, match="no image"):
        read_yolo(tmp_path)


def test_malformed_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"a": 1}\n\n[1]\n')
    with pytest.raises(FormatError, match=r"s\.jsonl:3"):
        read_jsonl(path)


def test_atomic_write_replaces_whole_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "out.json"
    atomic_write_text(target, "old")
    atomic_write_text(target, "new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert os.listdir(target.parent) == ["out.json"]


def test_atomic_write_failure_keeps_old_file_and_removes_temp(tmp_path: Path) -> None:
    target = tmp_path / "out" / "out.txt"
    atomic_write_text(target, "old")
    with pytest.raises(TypeError):
        atomic_write_bytes(target, "not bytes")  # type: ignore[arg-type]  # fails mid-write
    assert target.read_text() == "old"
    assert os.listdir(target.parent) == ["out.txt"]


def test_atomic_write_many_in_parallel_cleans_up_after_a_failure(tmp_path: Path) -> None:
    from annotator_desktop.core.formats.atomic import atomic_write_many

    out = tmp_path / "many"
    (out / "f07.txt").mkdir(parents=True)  # a folder where a file should go: that rename fails
    files = [(out / f"f{i:02d}.txt", f"{i}\n".encode()) for i in range(40)]
    with pytest.raises(OSError):
        atomic_write_many(files)
    names = set(os.listdir(out))  # the export stops at the failure; each file is whole or absent
    assert names <= {f"f{i:02d}.txt" for i in range(40)}  # no temporary files left
    assert (out / "f00.txt").read_text() == "0\n"
    (out / "f07.txt").rmdir()
    assert atomic_write_many(files)[7] == out / "f07.txt"
    assert (out / "f07.txt").read_text() == "7\n"
