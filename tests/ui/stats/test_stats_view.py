"""The statistics view: the server's figures for a known server state, and the offline figures."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from pytestqt.qtbot import QtBot

from annotator_desktop.core.settings import Settings
from annotator_desktop.core.store import Project, Review, Skip, Store, Submission, Task
from annotator_desktop.core.sync import tokens
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.ui.stats import show_statistics
from annotator_desktop.ui.stats.view import StatisticsView
from annotator_desktop.ui.sync_controller import SyncController
from annotator_desktop.ui.worker import Worker
from support.people import Person

SHOTS = os.environ.get("ANNOTATOR_SCREENSHOTS", "")
CONFIG = SyncConfig(connect_timeout=2.0, read_timeout=5.0, backoff_base=0.05, backoff_cap=0.5)


@pytest.fixture
def worker(qtbot: QtBot) -> Iterator[Worker]:
    w = Worker()
    yield w
    w.shutdown(wait=True)


def _open(qtbot: QtBot, worker: Worker, store: Store, sync: Any, project: str) -> StatisticsView:
    view = StatisticsView(worker, store, sync)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.show()
        view.start(project)
    return view


def _cell(view: StatisticsView, name: str, column: int) -> str:
    for row in range(view.table.rowCount()):
        if view.table.item(row, 0).text() == name:
            return view.table.item(row, column).text()
    raise AssertionError(f"no row for {name}")


def _annotator_submits(server: Any, texts: list[str]) -> list[str]:
    """Ana submits rewrites of her first checked-out tasks (over plain HTTP); returns their ids."""
    ana = Person(server.api, "ana")
    leased = sorted(ana.checkout("demo-rewrite"), key=lambda a: a["task"]["id"])
    return [
        ana.submit(a, {"text_md": text, "notes": ""}, 60.0)
        for a, text in zip(leased, texts, strict=False)
    ]


def _verdict(server: Any, sub_id: str, verdict: str) -> None:
    token = server.login("qa", "qa-demo")
    r = requests.put(
        f"{server.api}/reviews/{uuid.uuid4()}",
        json={"submission_id": sub_id, "verdict": verdict, "comment": ""},
        headers={"Authorization": f"Bearer {token}"}, timeout=10,
    )  # fmt: skip
    assert r.status_code == 201, r.text


def test_server_figures_for_a_known_state(
    qtbot: QtBot, worker: Worker, store: Store, live_server: Any, tmp_path: Path
) -> None:
    subs = _annotator_submits(live_server, ["One.", "Two.", "Three."])
    _verdict(live_server, subs[0], "accept")
    _verdict(live_server, subs[1], "needs_changes")
    tokens.forget_memory()
    ctl = SyncController(store, worker, Settings(auto_topup=0), config=CONFIG)
    try:
        with qtbot.waitSignal(ctl.last_sync_changed, timeout=30000):
            ctl.sign_in(live_server.url, "qa", "qa-demo")
        qtbot.waitUntil(lambda: ctl.state == "online", timeout=20000)
        view = _open(qtbot, worker, store, ctl, "demo-rewrite")
        f = view.figures
        assert f is not None and f.source == "server"
        assert "from the server" in view.source_label.text()
        assert (f.counts["submissions"], f.counts["accepted"], f.counts["needs_changes"]) == (
            3, 1, 1,
        )  # fmt: skip
        assert f.counts["submitted"] == 1
        assert _cell(view, "ana", 1) == "3"  # submitted
        assert _cell(view, "ana", 3) == "50 %"  # 1 accepted of 2 reviewed
        assert _cell(view, "ana", 4) == "3.0 min"  # 3 x 60 s
        assert _cell(view, "ana", 5) == "60.0"  # per hour
        tasks, submissions = view.state_chart.bars
        assert submissions.total == 3
        assert {seg.legend: seg.value for seg in submissions.segments} == {
            "Waiting for review": 1, "Accepted": 1, "Needs changes": 1,
        }  # fmt: skip
        assert tasks.total == f.counts["tasks"]
        assert f.agreement["overlap_tasks"] == 0  # nobody else did ana's tasks
        assert view.agreement.rowCount() == len(f.agreement)
        if SHOTS:
            view.grab().save(str(Path(SHOTS) / "stats_server.png"))
        view.close()
    finally:
        ctl.stop()
        tokens.forget_memory()


def test_offline_figures_are_computed_from_the_cache(
    qtbot: QtBot, worker: Worker, store: Store
) -> None:
    t0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    with store.write() as s:
        s.add(Project(id="p", name="Rewrites", kind="rewrite"))
        for i, state in enumerate(["accepted", "needs_changes", "submitted", "new"]):
            s.add(Task(id=f"t{i}", project_id="p", kind="rewrite", state=state, position=i))
        mine = [("m0", "t0", "a b c d"), ("m1", "t1", "x y"), ("m2", "t2", "p q")]
        for n, (sid, tid, text) in enumerate(mine):
            s.add(Submission(
                id=sid, task_id=tid, result={"text_md": text}, active_seconds=120.0,
                submitted_at=t0 + timedelta(minutes=n), state="accepted", origin="local",
            ))  # fmt: skip
        s.add(Submission(
            id="o0", task_id="t0", annotator_id="ben", result={"text_md": "a b c e"},
            active_seconds=30.0, submitted_at=t0, state="accepted", origin="server",
        ))  # fmt: skip
        s.add(Review(id="r0", submission_id="m0", task_id="t0", verdict="accept",
                     created_at=t0 + timedelta(hours=1)))  # fmt: skip
        s.add(Review(id="r1", submission_id="m1", task_id="t1", verdict="needs_changes",
                     created_at=t0 + timedelta(hours=1)))  # fmt: skip
        s.add(Review(id="r2", submission_id="o0", task_id="t0", verdict="reject",
                     created_at=t0 + timedelta(hours=1)))  # fmt: skip
        s.add(Task(id="t4", project_id="p", kind="rewrite", state="skipped", position=4))
        s.add(Task(id="t5", project_id="p", kind="rewrite", state="skipped", position=5))
        s.add(Task(id="t6", project_id="p", kind="rewrite", state="skipped", position=6))
        for n, (tid, reason) in enumerate([("t4", "unclear"), ("t5", "broken"), ("t6", "unclear")]):
            s.add(Skip(id=f"k{n}", task_id=tid, reason=reason, state="sent"))
    view = show_statistics(None, worker, store, None, "p")
    assert isinstance(view, StatisticsView)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.figures is not None, timeout=10000)
    f = view.figures
    assert f.source == "local" and f.note == "offline"
    assert "Computed on this computer" in view.source_label.text()
    assert "cannot be reached" in view.source_label.text()
    assert {k: f.counts[k] for k in ("tasks", "accepted", "needs_changes", "submitted", "new")} == {
        "tasks": 7, "accepted": 1, "needs_changes": 1, "submitted": 1, "new": 1,
    }  # fmt: skip
    assert f.skips == {"unclear": 2, "broken": 1}
    assert view.skips_label.text() == "Skipped: Unclear 2 · Broken task 1"
    assert f.counts["submissions"] == 4
    assert _cell(view, "You", 1) == "3" and _cell(view, "You", 3) == "50 %"
    assert _cell(view, "You", 4) == "6.0 min" and _cell(view, "You", 5) == "30.0"
    assert _cell(view, "ben", 3) == "0 %" and _cell(view, "ben", 6) == "0 / 1"
    # t0 was done by both: "a b c d" vs "a b c e" is one word of four -> 0.25
    assert f.agreement == {"overlap_tasks": 1.0, "edit_distance": 0.25}
    assert view.findChild(object, "statsAgreement_edit_distance").text() == "0.25"
    _tasks, submissions = view.state_chart.bars
    assert {seg.legend: seg.value for seg in submissions.segments} == {
        "Waiting for review": 1, "Accepted": 1, "Needs changes": 1, "Rejected": 1,
    }  # fmt: skip
    if SHOTS:
        view.grab().save(str(Path(SHOTS) / "stats_local.png"))
    view.close()


def test_server_skips_are_read_and_none_is_said() -> None:
    from annotator_desktop.ui.stats.data import from_server

    body = {"project_id": "p", "counts": {"tasks": 3}, "annotators": [],
            "skips": {"broken": 4, "other": 1, "bad": "x"}}  # fmt: skip
    assert from_server(body, "rewrite").skips == {"broken": 4, "other": 1}
    assert from_server({"project_id": "p"}, "rewrite").skips == {}
