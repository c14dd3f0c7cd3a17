"""Export progress and cancellation: done/total reports, and a cancel that leaves no output."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from annotator_desktop.core.cancel import Cancelled, CancelToken, ProgressFn
from annotator_desktop.core.formats import export_formats_for, export_project
from annotator_desktop.core.formats.progress import REPORTS_PER_RUN, Steps
from annotator_desktop.core.store import Project, Store, Submission, Task

IMAGES = 40  # more than atomic.PARALLEL_FROM: folder exports write on the parallel path


@pytest.fixture
def boxes(store: Store) -> Store:
    """A bbox project "p1" with IMAGES submitted tasks (one box each) and a rewrite project."""
    labels = [{"name": "car", "color": "#ff0000"}]
    with store.write() as s:
        s.add(Project(id="p1", name="Streets", kind="bbox", config={"labels": labels}))
        for i in range(IMAGES):
            image = {"sha256": f"{i:064x}", "width": 200, "height": 100, "mime": "image/png"}
            payload = {"image": image, "labels": labels}
            s.add(Task(id=f"t{i}", project_id="p1", kind="bbox", title=f"img{i}.png",
                       position=i, payload=payload))  # fmt: skip
            box = {"label": "car", "x": i, "y": 5, "w": 10, "h": 10}
            result = {"boxes": [box], "image_width": 200, "image_height": 100}
            s.add(Submission(id=f"s{i}", task_id=f"t{i}", result=result))
        s.add(Project(id="p2", name="Rewrites", kind="rewrite"))
    return store


def recorder() -> tuple[list[tuple[int, int]], ProgressFn]:
    events: list[tuple[int, int]] = []
    return events, lambda done, total: events.append((done, total))


@pytest.mark.parametrize("fmt", ["coco", "yolo", "voc", "jsonl"])
def test_progress_counts_up_to_the_total(boxes: Store, tmp_path: Path, fmt: str) -> None:
    events, progress = recorder()
    export_project(boxes, "p1", fmt, tmp_path / f"out-{fmt}", progress=progress)
    assert events[0] == (0, 0)  # the cache is being read: the amount of work is not known yet
    totals = {total for _done, total in events[1:]}
    assert len(totals) == 1 and totals.pop() >= IMAGES  # one total for the writing
    dones = [done for done, _total in events[1:]]
    assert dones == sorted(dones) and events[-1][0] == events[-1][1]


def test_progress_is_reported_about_a_hundred_times_at_most() -> None:
    events, progress = recorder()
    steps = Steps(progress)
    steps.begin(10_000)
    for _ in range(10_000):
        steps.step()
    steps.finish()
    assert REPORTS_PER_RUN <= len(events) <= REPORTS_PER_RUN + 2
    assert events[0] == (0, 10_000) and events[-1] == (10_000, 10_000)


def cancel_at(event: int, token: CancelToken) -> tuple[list[tuple[int, int]], ProgressFn]:
    """A progress callback that cancels ``token`` at its ``event``-th call (0 is the first)."""
    events: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        events.append((done, total))
        if len(events) == event + 1:
            token.cancel()

    return events, progress


WRITING = IMAGES + 3  # folder formats: past the images, while the files are being written
CANCEL_CASES = [(fmt, event) for fmt in ("coco", "yolo", "voc", "jsonl") for event in (0, 1, 5)]


@pytest.mark.parametrize(("fmt", "event"), [*CANCEL_CASES, ("yolo", WRITING), ("voc", WRITING)])
def test_cancel_leaves_no_output(boxes: Store, tmp_path: Path, fmt: str, event: int) -> None:
    """Cancelled while the cache is read (event 0), as the writer starts (1), in its middle (5)
    or, for folders, while the files are written: no file, no folder, no temporary leftovers."""
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    token = CancelToken()
    events, progress = cancel_at(event, token)
    with pytest.raises(Cancelled):
        export_project(boxes, "p1", fmt, out_dir / "streets", progress=progress, cancel=token)
    assert len(events) == event + 1  # nothing reported after the cancel
    assert os.listdir(out_dir) == []


@pytest.mark.parametrize("fmt", ["yolo", "voc"])
def test_cancelled_folder_export_leaves_an_existing_folder_as_it_was(
    boxes: Store, tmp_path: Path, fmt: str
) -> None:
    folder = tmp_path / "labels"
    folder.mkdir()
    (folder / "img0.txt").write_text("old\n")
    (folder / "notes.md").write_text("mine\n")
    token = CancelToken()
    events, progress = cancel_at(WRITING, token)
    with pytest.raises(Cancelled):
        export_project(boxes, "p1", fmt, folder, progress=progress, cancel=token)
    assert events[-1][0] > IMAGES  # the cancel came during the writing
    assert sorted(os.listdir(folder)) == ["img0.txt", "notes.md"]
    assert (folder / "img0.txt").read_text() == "old\n"
    assert sorted(os.listdir(tmp_path)) == ["home", "labels"]  # no staging folder left beside it


def test_folder_export_into_an_existing_folder_keeps_other_files(
    boxes: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "labels"
    folder.mkdir()
    (folder / "notes.md").write_text("mine\n")
    written = export_project(boxes, "p1", "yolo", folder)
    assert isinstance(written, list) and len(written) == IMAGES + 1
    assert all(path.parent == folder.resolve() and path.is_file() for path in written)
    assert len(os.listdir(folder)) == IMAGES + 2 and (folder / "notes.md").read_text() == "mine\n"
    assert sorted(os.listdir(tmp_path)) == ["home", "labels"]


def test_a_cancel_after_the_last_write_keeps_the_whole_file(boxes: Store, tmp_path: Path) -> None:
    """The final report follows the rename: cancelling then changes nothing, the file is whole."""
    token = CancelToken()
    events: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        events.append((done, total))
        if total and done == total:
            token.cancel()

    path = export_project(boxes, "p1", "coco", tmp_path / "out.json", progress, token)
    assert isinstance(path, Path)
    assert len(json.loads(path.read_text())["annotations"]) == IMAGES


def test_formats_offered_by_kind() -> None:
    assert export_formats_for("bbox") == ("coco", "yolo", "voc", "jsonl")
    assert export_formats_for("rewrite") == ("jsonl", "sft")
    assert export_formats_for("compare") == ("jsonl", "preference")
