"""Export from a real store file, the CLI export command, and import as prefill."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from annotator_desktop.core.formats import (
    FormatError,
    export_project,
    import_prefill,
    read_coco,
    read_jsonl,
    read_voc,
    read_yolo,
    write_yolo,
)
from annotator_desktop.core.store import Account, Project, Review, Store, Submission, Task

T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
SHA2_PNG = "2" * 64 + ".png"  # task t2 has no file name: the asset's hash names it
LABELS = [{"name": "car", "color": "#ff0000", "hotkey": "1"}, {"name": "bus", "color": "#00ff00"}]


def bbox_task(tid: str, title: str, sha: str, position: int) -> Task:
    image = {"sha256": sha, "width": 200, "height": 100, "mime": "image/png"}
    return Task(
        id=tid,
        project_id="p1",
        kind="bbox",
        title=title,
        position=position,
        payload={"image": image, "labels": LABELS, "prefill": []},
    )


def submission(sid: str, task_id: str, boxes: list[dict], minutes: int, **kw) -> Submission:
    return Submission(
        id=sid,
        task_id=task_id,
        annotator_id=kw.pop("annotator_id", "ana"),
        result={"boxes": boxes, "image_width": 200, "image_height": 100},
        submitted_at=T0 + timedelta(minutes=minutes),
        active_seconds=12.5,
        **kw,
    )


def car(x: float) -> dict:
    return {"label": "car", "x": x, "y": 10, "w": 30, "h": 20}


@pytest.fixture
def filled(store: Store) -> Store:
    with store.write() as s:
        s.add(Project(id="p1", name="Streets", kind="bbox", config={"labels": LABELS}))
        s.add(bbox_task("t1", "../../evil/street.png", "1" * 64, 0))
        s.add(bbox_task("t2", "Crossing at night", "2" * 64, 1))
        s.add(bbox_task("t3", "never done", "3" * 64, 2))
        s.add(submission("s1-old", "t1", [car(1)], 0))
        s.add(
            submission("s1-new", "t1", [car(5), {**car(50), "label": "bus"}], 5, state="rejected")
        )
        s.add(submission("s2", "t2", [], 3))
        s.add(submission("s2-ben", "t2", [car(9)], 9, origin="server", annotator_id="ben"))
        s.add(Review(id="r1", submission_id="s1-new", verdict="reject", comment="bus?"))
        s.add(Project(id="p2", name="Rewrites", kind="rewrite"))
        s.add(Task(id="w1", project_id="p2", kind="rewrite", payload={"prompt": "hi"}))
        s.add(Submission(id="sw", task_id="w1", result={"text_md": "مرحبا", "notes": ""}))
    return store


def test_coco_export_from_store_takes_latest_own_submission(filled: Store, tmp_path: Path) -> None:
    path = export_project(filled, "p1", "coco", tmp_path / "out.json")
    assert path == tmp_path / "out.json"
    data = read_coco(path)
    assert data.labels == ["car", "bus"]
    names = [im.file_name for im in data.images]
    assert names == [
        "street.png",
        "2222222222222222222222222222222222222222222222222222222222222222.png",
    ]
    assert data.images[0].boxes == [
        {"label": "car", "x": 5.0, "y": 10.0, "w": 30.0, "h": 20.0},
        {"label": "bus", "x": 50.0, "y": 10.0, "w": 30.0, "h": 20.0},
    ]
    assert data.images[1].boxes == []  # own empty result, not ben's box
    assert data.images[0].sha256 == "1" * 64


def test_folder_exports_from_store(filled: Store, tmp_path: Path) -> None:
    yolo = export_project(filled, "p1", "yolo", tmp_path / "yolo")
    voc = export_project(filled, "p1", "voc", tmp_path / "voc")
    assert isinstance(yolo, list) and len(yolo) == 3  # classes.txt + two images
    assert isinstance(voc, list) and len(voc) == 2
    assert all(p.parent == (tmp_path / "yolo").resolve() for p in yolo)
    sizes = {"street.png": (200, 100), SHA2_PNG: (200, 100)}
    back = read_yolo(tmp_path / "yolo", sizes=sizes)
    assert back.labels == ["car", "bus"]
    street = next(im for im in back.images if im.file_name == "street.png")
    assert [b["label"] for b in street.boxes] == ["car", "bus"]
    assert street.boxes[1]["x"] == pytest.approx(50)
    assert {im.file_name for im in read_voc(tmp_path / "voc").images} == {"street.png", SHA2_PNG}


def test_coco_export_into_a_folder_names_the_file_after_the_project(
    filled: Store, tmp_path: Path
) -> None:
    path = export_project(filled, "p1", "coco", tmp_path)
    assert path == tmp_path / "p1.json"


def test_jsonl_exports_every_submission_of_any_kind(filled: Store, tmp_path: Path) -> None:
    path = export_project(filled, "p1", "jsonl", tmp_path / "subs.jsonl")
    records = read_jsonl(path)
    assert [r["submission_id"] for r in records] == ["s1-old", "s2", "s1-new", "s2-ben"]
    rejected = records[2]
    assert rejected["state"] == "rejected" and rejected["kind"] == "bbox"
    assert rejected["reviews"][0]["verdict"] == "reject"
    assert rejected["submitted_at"] == "2026-11-01T12:05:00+00:00"
    rewrite = read_jsonl(export_project(filled, "p2", "jsonl", tmp_path / "w.jsonl"))
    assert rewrite[0]["result"]["text_md"] == "مرحبا"
    assert "مرحبا" in (tmp_path / "w.jsonl").read_text(encoding="utf-8")


def test_export_errors_are_format_errors(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="no project"):
        export_project(filled, "nope", "coco", tmp_path / "x.json")
    with pytest.raises(FormatError, match="rewrite project"):
        export_project(filled, "p2", "coco", tmp_path / "x.json")
    with pytest.raises(FormatError, match="unknown format"):
        export_project(filled, "p1", "csv", tmp_path / "x.csv")
    with filled.write() as s:
        s.add(submission("bad", "t3", [{"label": "car", "x": "left", "y": 0, "w": 1, "h": 1}], 20))
    with pytest.raises(FormatError, match=r"task t3: box 0\.x"):
        export_project(filled, "p1", "coco", tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()


def test_cli_export(
    filled: Store, tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from annotator_desktop.cli import main

    filled.close()
    out = tmp_path / "cli.json"
    assert main(["export", "--project", "p1", "--format", "coco", str(out)]) == 0
    assert len(json.loads(out.read_text())["annotations"]) == 2
    assert main(["export", "--project", "zz", "--format", "voc", str(tmp_path / "v")]) == 1
    assert "no project" in capsys.readouterr().err


def test_import_yolo_as_prefill_matches_by_file_name(filled: Store, tmp_path: Path) -> None:
    from annotator_desktop.core.formats import Dataset, ImageAnnotations

    source = Dataset(
        ["bus", "car"],
        [
            ImageAnnotations(
                "street.png", 200, 100, [{"label": "bus", "x": 20, "y": 20, "w": 40, "h": 10}]
            ),
            ImageAnnotations(
                "unrelated.png", 200, 100, [{"label": "car", "x": 0, "y": 0, "w": 1, "h": 1}]
            ),
        ],
    )
    write_yolo(source, tmp_path / "labels")
    assert import_prefill(filled, "p1", "yolo", tmp_path / "labels") == 1
    with filled.read() as s:
        prefill = s.get(Task, "t1").payload["prefill"]
        untouched = s.get(Task, "t2").payload["prefill"]
    assert untouched == []
    assert len(prefill) == 1 and prefill[0]["label"] == "bus"
    assert prefill[0]["x"] == pytest.approx(20) and prefill[0]["w"] == pytest.approx(40)


def test_import_coco_as_prefill_matches_by_sha_and_scales(filled: Store, tmp_path: Path) -> None:
    doc = {
        "images": [
            {"id": 1, "file_name": "renamed.jpg", "width": 100, "height": 50, "sha256": "2" * 64}
        ],
        "categories": [{"id": 1, "name": "car"}],
        "annotations": [{"image_id": 1, "category_id": 1, "bbox": [10, 10, 20, 5]}],
    }
    (tmp_path / "c.json").write_text(json.dumps(doc))
    assert import_prefill(filled, "p1", "coco", tmp_path / "c.json") == 1
    with filled.read() as s:
        prefill = s.get(Task, "t2").payload["prefill"]
    assert prefill == [{"label": "car", "x": 20.0, "y": 20.0, "w": 40.0, "h": 10.0}]


def test_yolo_labels_beside_images_become_prefill_of_a_local_workspace(
    store: Store, tmp_path: Path
) -> None:
    from PIL import Image

    from annotator_desktop.core.formats import Dataset, ImageAnnotations
    from annotator_desktop.core.workspace import save_workspace, scan_folder

    folder = tmp_path / "photos"
    folder.mkdir()
    Image.new("RGB", (64, 48), "white").save(folder / "a.png")
    Image.new("RGB", (32, 32), "black").save(folder / "b.jpg")
    labels = Dataset(["cat"], [ImageAnnotations("a.png", 64, 48, [car(2) | {"label": "cat"}])])
    write_yolo(labels, folder)  # a.txt and classes.txt beside the images, as labelImg keeps them
    pid = save_workspace(store, scan_folder(folder), ["cat"])
    assert import_prefill(store, pid, "yolo", folder) == 1
    with store.read() as s:
        tasks = {t.title: t for t in s.exec(select(Task).where(Task.project_id == pid))}
    prefill = tasks["a.png"].payload["prefill"]
    assert [b["label"] for b in prefill] == ["cat"]
    assert prefill[0]["x"] == pytest.approx(2, abs=1e-3)
    assert prefill[0]["w"] == pytest.approx(30, abs=1e-3)
    assert tasks["b.jpg"].payload["prefill"] == []


def test_own_submissions_from_another_device_count(filled: Store, tmp_path: Path) -> None:
    with filled.write() as s:
        s.add(Account(id="ben", server_url="http://x", username="ben", current=True))
    data = read_coco(export_project(filled, "p1", "coco", tmp_path / "ben.json"))
    crossing = data.images[1]
    assert [b["x"] for b in crossing.boxes] == [9.0]  # ben's newer submission, pulled from server
