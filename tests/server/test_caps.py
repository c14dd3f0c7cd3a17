"""Caps on one submission (422 with a field code) and on the work of box agreement."""

from __future__ import annotations

from typing import Any

import pytest

from annotator_desktop.core.metrics import boxes
from annotator_desktop.core.metrics.task import MAX_BOX_WORK, task_agreement

from .conftest import Served
from .results import body_for, new_id


def _lease(served: Served, project: str) -> tuple[Any, dict[str, Any]]:
    ana = served.login("ana")
    r = ana.post(f"/projects/{project}/checkout", json={"count": 1})
    return ana, r.json()["assignments"][0]


def _codes(r: Any) -> list[str]:
    return [e["code"] for e in r.json()["errors"]]


def test_text_over_the_cap_is_422(served: Served) -> None:
    ana, lease = _lease(served, "demo-rewrite")
    body = body_for(lease, {"text_md": "x" * 100_001, "notes": ""})
    r = ana.put(f"/submissions/{new_id()}", json=body)
    assert r.status_code == 422 and r.json()["code"] == "validation_error"
    assert _codes(r) == ["text_too_long"]


def test_boxes_over_the_cap_are_422(served: Served) -> None:
    ana, lease = _lease(served, "demo-bbox")
    img = lease["task"]["payload"]["image"]
    label = lease["task"]["payload"]["labels"][0]["name"]
    box = {"label": label, "x": 1, "y": 1, "w": 2, "h": 2}
    result = {"boxes": [box] * 10_001, "image_width": img["width"], "image_height": img["height"]}
    r = ana.put(f"/submissions/{new_id()}", json=body_for(lease, result))
    assert r.status_code == 422 and _codes(r) == ["too_many_boxes"]


def test_versions_over_the_cap_are_422(served: Served) -> None:
    ana, lease = _lease(served, "demo-rewrite")
    for _ in range(20):
        assert ana.put(f"/submissions/{new_id()}", json=body_for(lease)).status_code == 201
    r = ana.put(f"/submissions/{new_id()}", json=body_for(lease))
    assert r.status_code == 422 and _codes(r) == ["too_many_versions"]


def test_two_piles_of_1500_identical_boxes_stop_at_the_work_cap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The pair took 50 s (about cubic); now it is left out as "too many boxes to compare"
    after at most MAX_BOX_WORK IoUs (counted, not timed)."""
    calls = [0]
    inner = boxes._iou_extents

    def counted(a: Any, b: Any) -> float:
        calls[0] += 1
        return inner(a, b)

    monkeypatch.setattr(boxes, "_iou_extents", counted)
    pile = [{"label": "car", "x": 5, "y": 5, "w": 10, "h": 10}] * 1500
    part = task_agreement("bbox", {"a": {"boxes": pile}, "b": {"boxes": pile}})
    assert part.skipped == 1 and part.pairs == 0
    assert calls[0] <= MAX_BOX_WORK


def test_feed_and_review_pages_are_capped_in_bytes(
    served_sqlite: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages stop at a byte budget (at least one entry each); the feed says has_more."""
    from annotator_desktop.server import feed, qa

    ana, lease = _lease(served_sqlite, "demo-rewrite")
    ids = []
    for i in range(3):
        sub_id = new_id()
        text = f"{i}" + "y" * 50_000
        r = ana.put(f"/submissions/{sub_id}", json=body_for(lease, {"text_md": text}))
        assert r.status_code == 201
        ids.append(sub_id)
    monkeypatch.setattr(feed, "PAGE_MAX_BYTES", 60_000)
    first = ana.get("/sync/changes", params={"limit": 1000}).json()
    assert first["has_more"]  # it stopped at the budget, far below the limit
    assert sum(1 for c in first["changes"] if c["id"] in ids) <= 1
    assert {c["id"] for c in ana.all_changes()} >= set(ids)  # every one still arrives

    monkeypatch.setattr(qa, "PAGE_MAX_BYTES", 60_000)
    lead = served_sqlite.login("qa")
    body = {"project_id": "demo-rewrite", "count": 3, "annotator_id": ana.user["id"]}
    r = lead.post("/review/checkout", json=body)
    assert r.status_code == 200, r.text
    items = r.json()["items"]
    assert len(items) == 1 and items[0]["others"] == []  # 50 kB each: one fits in 60 kB


def test_submission_validation_runs_off_the_event_loop(
    served_sqlite: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 45k-box submission was validated on the event loop (SQLite's eager path), stalling
    every other request; validation now runs on a worker thread."""
    import asyncio

    from annotator_desktop.server import submissions

    on_loop: list[bool] = []
    inner = submissions.check_result

    def watched(*args: Any) -> Any:
        try:
            asyncio.get_running_loop()
            on_loop.append(True)
        except RuntimeError:
            on_loop.append(False)
        return inner(*args)

    monkeypatch.setattr(submissions, "check_result", watched)
    ana, lease = _lease(served_sqlite, "demo-rewrite")
    assert ana.put(f"/submissions/{new_id()}", json=body_for(lease)).status_code == 201
    assert on_loop == [False]
