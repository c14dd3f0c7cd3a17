"""``annotator-desktop projects`` and ``export --project ID|NAME``: the real ``main()`` on a real
cache file in the test's data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator_desktop.cli import main
from annotator_desktop.core.formats import read_coco, read_jsonl
from annotator_desktop.core.paths import database_path
from annotator_desktop.core.store import Project, Store, Submission, Task, open_store

LABELS = [{"name": "car", "color": "#ff0000", "hotkey": "1"}]
IMAGE = {"sha256": "1" * 64, "width": 200, "height": 100, "mime": "image/png"}


def _task(tid: str, pid: str, kind: str, state: str, position: int) -> Task:
    payload = {"image": IMAGE, "labels": LABELS, "prefill": []} if kind == "bbox" else {}
    return Task(
        id=tid, project_id=pid, kind=kind, title=f"{tid}.png", state=state, position=position,
        payload=payload,
    )  # fmt: skip


@pytest.fixture
def cache(store: Store) -> Store:
    """Two server projects and a folder project, tasks in several states; closed for main()."""
    box = {"label": "car", "x": 1, "y": 2, "w": 30, "h": 20}
    with store.write() as s:
        s.add(Project(id="p1", name="Streets", kind="bbox", config={"labels": LABELS}))
        s.add(Project(id="p2", name="Rewrites", kind="rewrite"))
        s.add(
            Project(id="local-abc", name="holiday", kind="bbox", source="local", local_root="/pics")
        )
        states = ["new", "submitted", "accepted", "needs_changes", "submitted"]
        for i, state in enumerate(states):
            s.add(_task(f"t{i}", "p1", "bbox", state, i))
        s.add(_task("w0", "p2", "rewrite", "draft", 0))
        s.add(_task("w1", "p2", "rewrite", "rejected", 1))
        s.add(_task("h0", "local-abc", "bbox", "new", 0))
        s.add(
            Submission(
                id="s1",
                task_id="t1",
                result={"boxes": [box], "image_width": 200, "image_height": 100},
            )
        )
        s.add(Submission(id="sw", task_id="w1", result={"text_md": "hi", "notes": ""}))
    store.close()
    return store


def _add_project(pid: str, name: str) -> None:
    """One more project, written through a fresh store (the fixture's is closed for main())."""
    st = open_store(database_path())
    with st.write() as s:
        s.add(Project(id=pid, name=name, kind="bbox"))
    st.close()


def test_projects_table_is_aligned_with_counts(
    cache: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["projects"]) == 0
    lines = capsys.readouterr().out.splitlines()
    header, rows = lines[0], {line.split()[0]: line for line in lines[1:] if line.strip()}
    for column in ("ID", "NAME", "KIND", "TASKS", "NEW", "DRAFT", "SUBMITTED", "ACCEPTED"):
        assert column in header
    assert "NEEDS CHANGES" in header and "REJECTED" in header
    assert "LATE" not in header  # a state no project has gets no column
    assert set(rows) == {"p1", "p2", "local-abc"}
    for row in rows.values():  # each text column starts where its header does
        for column in ("NAME", "KIND", "SOURCE"):
            at = header.index(column)
            assert row[at - 1] == " " and row[at] != " "
    streets = rows["p1"]
    assert streets[header.index("NAME") :].startswith("Streets")
    assert streets[header.index("KIND") :].startswith("bbox")

    def cell(row: str, column: str) -> str:
        end = header.index(column) + len(column)  # numbers are right-aligned under the header
        return row[:end].split()[-1]

    assert cell(streets, "TASKS") == "5"
    assert cell(streets, "SUBMITTED") == "2"
    assert cell(streets, "NEEDS CHANGES") == "1"
    assert cell(rows["p2"], "DRAFT") == "1" and cell(rows["p2"], "REJECTED") == "1"
    assert "local folder" in rows["local-abc"] and "server" in streets


def test_projects_json(cache: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["projects", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    by_id = {p["id"]: p for p in data}
    assert set(by_id) == {"p1", "p2", "local-abc"}
    streets = by_id["p1"]
    assert streets["name"] == "Streets" and streets["kind"] == "bbox"
    assert streets["source"] == "server" and streets["tasks"] == 5
    assert streets["states"]["submitted"] == 2 and streets["states"]["late"] == 0
    assert by_id["local-abc"]["source"] == "local"
    assert by_id["local-abc"]["local_root"] == "/pics"


def test_projects_when_the_cache_is_empty(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    store.close()
    assert main(["projects"]) == 0
    out = capsys.readouterr().out
    assert "no projects" in out
    assert "annotator-desktop login" in out and "annotator-desktop sync" in out
    assert "annotator-desktop open" in out
    assert main(["projects", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_projects_names_cannot_send_terminal_controls(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    with store.write() as s:
        s.add(Project(id="p9", name="evil\x1b[2Jname\x9b", kind="bbox"))
    store.close()
    assert main(["projects"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x9b" not in out and "evil" in out


def test_export_by_name_any_case_and_by_id(
    cache: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    by_name = tmp_path / "by-name.json"
    assert main(["export", "--project", "sTREETS", "--format", "coco", str(by_name)]) == 0
    out = capsys.readouterr().out
    assert "Streets" in out and "p1" in out
    images = read_coco(by_name).images
    assert [(i.file_name, len(i.boxes)) for i in images] == [("t1.png", 1)]
    by_id = tmp_path / "by-id.jsonl"
    assert main(["export", "--project", "p2", "--format", "jsonl", str(by_id)]) == 0
    assert [r["submission_id"] for r in read_jsonl(by_id)] == ["sw"]


def test_export_refuses_an_ambiguous_name(
    cache: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_project("p3", "STREETS")
    out = tmp_path / "x.json"
    assert main(["export", "--project", "streets", "--format", "coco", str(out)]) == 1
    err = capsys.readouterr().err
    assert "2 projects are named" in err and "p1" in err and "p3" in err
    assert "Traceback" not in err and not out.exists()
    # the id still picks one of them
    assert main(["export", "--project", "p3", "--format", "coco", str(out)]) == 0


def test_export_unknown_project_lists_the_valid_ones(
    cache: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--project", "zz", "--format", "voc", str(tmp_path / "v")]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("annotator-desktop: no project") and "zz" in lines[0]
    listed = [line.split(None, 1) for line in lines[1:]]
    assert listed == [["local-abc", "holiday"], ["p2", "Rewrites"], ["p1", "Streets"]]
    assert not (tmp_path / "v").exists()


def test_export_unknown_project_in_an_empty_cache(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store.close()
    assert main(["export", "--project", "p1", "--format", "coco", str(tmp_path / "x")]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "no projects" in err and "annotator-desktop open" in err


def test_export_failure_is_one_sentence(
    cache: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    target = blocker / "out.json"
    assert main(["export", "--project", "p1", "--format", "coco", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("annotator-desktop: export failed:")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
