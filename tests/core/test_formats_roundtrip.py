"""Export -> import round trips for COCO, YOLO and Pascal VOC; COCO checked with pycocotools."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator_desktop.core.formats import (
    Dataset,
    ImageAnnotations,
    read_coco,
    read_voc,
    read_yolo,
    to_coco,
    write_coco,
    write_voc,
    write_yolo,
)


def sample() -> Dataset:
    return Dataset(
        labels=["car", "person", "traffic light"],
        images=[
            ImageAnnotations(
                "street.jpg",
                640,
                480,
                [
                    {"label": "car", "x": 10, "y": 20, "w": 100, "h": 50},
                    {"label": "person", "x": 300.5, "y": 100.25, "w": 40.75, "h": 120},
                    {"label": "traffic light", "x": 600, "y": 0, "w": 40, "h": 80},
                ],
                sha256="a" * 64,
            ),
            ImageAnnotations("empty.png", 100, 80, []),
            ImageAnnotations(
                "Straße 北京 ✓.jpeg",
                1920,
                1080,
                [{"label": "car", "x": 0, "y": 0, "w": 1920, "h": 1080}],
            ),
        ],
    )


def boxes_close(got: list[dict], want: list[dict], tol: float) -> None:
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        assert g["label"] == w["label"]
        for key in ("x", "y", "w", "h"):
            assert g[key] == pytest.approx(w[key], abs=tol), (key, g, w)


def test_coco_round_trip(tmp_path: Path) -> None:
    data = sample()
    path = write_coco(data, tmp_path / "out.json")
    back = read_coco(path)
    assert back.labels == data.labels
    assert [im.file_name for im in back.images] == [im.file_name for im in data.images]
    for got, want in zip(back.images, data.images, strict=True):
        assert (got.width, got.height, got.sha256) == (want.width, want.height, want.sha256)
        boxes_close(got.boxes, want.boxes, 1e-9)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # inside pycocotools' mask decoding
def test_coco_loads_in_pycocotools(tmp_path: Path) -> None:
    from pycocotools.coco import COCO

    path = write_coco(sample(), tmp_path / "out.json")
    coco = COCO(str(path))
    assert len(coco.getAnnIds()) == 4
    assert len(coco.getImgIds()) == 3
    assert [c["name"] for c in coco.loadCats(coco.getCatIds())] == [
        "car",
        "person",
        "traffic light",
    ]
    areas = sorted(a["area"] for a in coco.loadAnns(coco.getAnnIds()))
    assert areas == pytest.approx(sorted([5000, 40.75 * 120, 3200, 1920 * 1080]))
    person = coco.loadAnns(coco.getAnnIds(catIds=[2]))[0]
    assert person["bbox"] == [300.5, 100.25, 40.75, 120]
    # The polygon segmentation turns into a mask with the box's area (pycocotools rasterises).
    mask = coco.annToMask(coco.loadAnns(coco.getAnnIds(catIds=[1], imgIds=[1]))[0])
    assert mask.shape == (480, 640) and abs(int(mask.sum()) - 5000) <= 200


def test_coco_export_normalises_negative_boxes_and_adds_unknown_labels() -> None:
    data = Dataset(
        ["car"],
        [
            ImageAnnotations(
                "a.jpg", 50, 50, [{"label": "bus", "x": 20, "y": 20, "w": -10, "h": -5}]
            )
        ],
    )
    doc = to_coco(data)
    assert doc["annotations"][0]["bbox"] == [10, 15, 10, 5]
    assert [c["name"] for c in doc["categories"]] == ["car", "bus"]
    assert doc["annotations"][0]["category_id"] == 2


def test_yolo_round_trip(tmp_path: Path) -> None:
    data = sample()
    written = write_yolo(data, tmp_path / "yolo")
    names = sorted(p.name for p in written)
    assert names == sorted(["classes.txt", "street.txt", "empty.txt", "Straße 北京 ✓.txt"])
    assert (tmp_path / "yolo" / "classes.txt").read_text(
        encoding="utf-8"
    ) == "car\nperson\ntraffic light\n"
    assert (tmp_path / "yolo" / "empty.txt").read_text() == ""
    first = (tmp_path / "yolo" / "street.txt").read_text().splitlines()[0]
    assert first == "0 0.093750 0.093750 0.156250 0.104167"
    sizes = {im.file_name: (im.width, im.height) for im in data.images}
    back = read_yolo(tmp_path / "yolo", sizes=sizes)
    assert back.labels == data.labels
    got = {im.file_name: im for im in back.images}
    for want in data.images:
        assert (got[want.file_name].width, got[want.file_name].height) == (want.width, want.height)
        boxes_close(got[want.file_name].boxes, want.boxes, 1e-6 * max(want.width, want.height))


def test_yolo_reads_sizes_from_images_beside_labels(tmp_path: Path) -> None:
    from PIL import Image

    folder = tmp_path / "yolo"
    write_yolo(
        Dataset(
            ["car"],
            [
                ImageAnnotations(
                    "cam.png", 64, 32, [{"label": "car", "x": 8, "y": 8, "w": 16, "h": 8}]
                )
            ],
        ),
        folder,
    )
    Image.new("RGB", (64, 32)).save(folder / "cam.png")
    back = read_yolo(folder)
    assert back.images[0].file_name == "cam.png"
    boxes_close(back.images[0].boxes, [{"label": "car", "x": 8, "y": 8, "w": 16, "h": 8}], 1e-6)


def test_voc_round_trip(tmp_path: Path) -> None:
    data = sample()
    written = write_voc(data, tmp_path / "voc")
    assert sorted(p.name for p in written) == sorted(
        ["street.xml", "empty.xml", "Straße 北京 ✓.xml"]
    )
    text = (tmp_path / "voc" / "street.xml").read_text(encoding="utf-8")
    assert "<xmin>10</xmin>" in text and "<xmax>341.25</xmax>" in text
    back = read_voc(tmp_path / "voc")
    got = {im.file_name: im for im in back.images}
    for want in data.images:
        image = got[want.file_name]
        assert (image.width, image.height, image.sha256) == (want.width, want.height, want.sha256)
        boxes_close(image.boxes, want.boxes, 1e-9)
    assert set(back.labels) == {"car", "person", "traffic light"}


def test_voc_reads_a_labelimg_file(tmp_path: Path) -> None:
    xml = b"""<annotation verified="yes"><folder>imgs</folder><filename>dog.jpg</filename>
    <path>/home/u/imgs/dog.jpg</path><source><database>Unknown</database></source>
    <size><width>353</width><height>500</height><depth>3</depth></size><segmented>0</segmented>
    <object><name>dog</name><pose>Unspecified</pose><truncated>0</truncated><difficult>0</difficult>
    <bndbox><xmin>48</xmin><ymin>240</ymin><xmax>195</xmax><ymax>371</ymax></bndbox></object>
    </annotation>"""
    (tmp_path / "dog.xml").write_bytes(xml)
    image = read_voc(tmp_path / "dog.xml").images[0]
    assert (image.file_name, image.width, image.height) == ("dog.jpg", 353, 500)
    assert image.boxes == [{"label": "dog", "x": 48.0, "y": 240.0, "w": 147.0, "h": 131.0}]


def test_coco_export_evaluates_to_perfect_ap_against_itself(tmp_path: Path) -> None:
    from pycocotools.coco import COCO
    from pycocotools.cocoeval import COCOeval

    gt = COCO(str(write_coco(sample(), tmp_path / "gt.json")))
    detections = [
        {
            "image_id": a["image_id"],
            "category_id": a["category_id"],
            "bbox": a["bbox"],
            "score": 1.0,
        }
        for a in gt.loadAnns(gt.getAnnIds())
    ]
    evaluator = COCOeval(gt, gt.loadRes(detections), "bbox")
    evaluator.evaluate()
    evaluator.accumulate()
    evaluator.summarize()
    assert evaluator.stats[0] == pytest.approx(1.0)  # AP@[.5:.95]
