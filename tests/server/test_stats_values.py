"""Project statistics keep their values: figures recorded from the full-scan implementation
(before stats were kept per task) on the demo projects, with overlaps, a late submission,
resubmissions and reviews."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest
from sqlalchemy import select

from annotator_desktop.core.metrics import kind_agreement
from annotator_desktop.server.models import ProjectRow, SubmissionRow, TaskRow, UserRow

from .conftest import Client, Served
from .results import body_for, new_id, valid_result


def _result(lease: dict[str, Any], who: str, round_: int) -> dict[str, Any]:
    task = lease["task"]
    out = valid_result(task)
    n = int(task["id"].rsplit("-", 1)[1])
    if task["kind"] == "bbox":
        shift = 0 if who == "ana" else 30 * (n % 3)
        label = task["payload"]["labels"][0]["name"]
        out["boxes"] = [
            {"label": label, "x": 10 + shift, "y": 20, "w": 100, "h": 50},
            {"label": label, "x": 300, "y": 200 + shift, "w": 60 + 10 * n, "h": 40},
        ][: 1 + (n + round_) % 2]
    elif task["kind"] == "rewrite":
        extra = "" if who == "ana" else f" and also {n} more words here"
        out["text_md"] = task["payload"]["draft_md"] + extra + (" again" if round_ else "")
    else:
        out["preference"] = (-2 if who == "ana" else (n % 7) - 3) + round_ * 0
    return out


def _work(client: Client, project: str, who: str) -> list[str]:
    r = client.post(f"/projects/{project}/checkout", json={"count": 6})
    assert r.status_code == 200, r.text
    ids = []
    for i, lease in enumerate(r.json()["assignments"]):
        for round_ in range(1 + (i == 0)):  # the first lease is submitted twice
            sub_id = new_id()
            body = body_for(lease, _result(lease, who, round_), active_seconds=10.0 + i + round_)
            assert client.put(f"/submissions/{sub_id}", json=body).status_code == 201
            ids.append(sub_id)
    return ids


def _late(client: Client, project: str) -> None:
    r = client.post(f"/projects/{project}/checkout", json={"count": 1})
    lease = r.json()["assignments"][0]
    assert client.post(f"/assignments/{lease['assignment_id']}/release").status_code == 200
    body = body_for(lease, _result(lease, "ana", 0))
    assert client.put(f"/submissions/{new_id()}", json=body).status_code == 409


# recorded from the full-scan implementation (main before issue 20), SQLite and PostgreSQL alike
EXPECTED: dict[str, dict[str, Any]] = {
    "demo-bbox": {
        "counts": {
            "tasks": 8, "open": 0, "in_progress": 0, "completed": 8, "submissions": 15,
            "submitted": 11, "accepted": 1, "rejected": 1, "needs_changes": 1, "late": 1,
        },
        "annotators": [
            {"username": "ana", "submitted": 7, "accepted": 1, "rejected": 1, "needs_changes": 1,
             "acceptance_rate": 1 / 3, "active_seconds": 86.0,
             "throughput_per_hour": 293.0232558139535},
            {"username": "ben", "submitted": 8, "accepted": 0, "rejected": 0, "needs_changes": 0,
             "acceptance_rate": None, "active_seconds": 128.5,
             "throughput_per_hour": 224.12451361867704},
        ],
        "agreement": {"overlap_tasks": 4.0, "box_f1": 0.6666666666666666},
    },
}  # fmt: skip


def _stats(served: Served, project: str) -> dict[str, Any]:
    ana, ben, qa = (served.login(n) for n in ("ana", "ben", "qa"))
    ana_ids = _work(ana, project, "ana")
    _late(ben, project)
    _work(ben, project, "ben")
    for verdict, sub_id in zip(("accept", "reject", "needs_changes"), ana_ids, strict=False):
        body = {"submission_id": sub_id, "verdict": verdict}
        assert qa.put(f"/reviews/{new_id()}", json=body).status_code == 201
    r = qa.get(f"/projects/{project}/stats")
    assert r.status_code == 200, r.text
    data = r.json()
    for a in data["annotators"]:
        a.pop("annotator_id")
        a.pop("bias", None)
    return {k: data[k] for k in ("counts", "annotators", "agreement")}


@pytest.mark.parametrize("project", ["demo-bbox", "demo-rewrite", "demo-compare"])
def test_stats_values_are_those_of_the_full_scan(served: Served, project: str) -> None:
    got = _stats(served, project)
    assert got == _full_scan(served, project)
    if project in EXPECTED:
        assert got["counts"] == EXPECTED[project]["counts"]
        assert got["annotators"] == EXPECTED[project]["annotators"]
        assert got["agreement"] == pytest.approx(EXPECTED[project]["agreement"])


def _full_scan(served: Served, project: str) -> dict[str, Any]:
    """The figures as main computed them before issue 20: every row of the project read."""
    db = served.db
    with db.read() as session:
        kind = session.get(ProjectRow, project).kind
        tasks = session.scalars(select(TaskRow).where(TaskRow.project_id == project)).all()
        subs = session.scalars(
            select(SubmissionRow).where(SubmissionRow.project_id == project)
        ).all()
        users = {u.id: u.username for u in session.scalars(select(UserRow)).all()}
    done: dict[str, set[str]] = defaultdict(set)
    for sub in subs:
        if not sub.late:
            done[sub.task_id].add(sub.annotator_id)
    counts = {"tasks": len(tasks), "open": 0, "in_progress": 0, "completed": 0}
    for t in tasks:  # (no live leases are left in these runs)
        key = (
            "completed" if len(done[t.id]) >= t.overlap else "in_progress" if done[t.id] else "open"
        )
        counts[key] += 1
    counts["submissions"] = len(subs)
    for state in ("submitted", "accepted", "rejected", "needs_changes", "late"):
        counts[state] = sum(1 for s in subs if s.state == state)
    annotators = []
    for uid in sorted({s.annotator_id for s in subs}, key=lambda u: users[u]):
        rows = [s for s in subs if s.annotator_id == uid]
        n = {st: sum(1 for r in rows if r.state == st) for st in STATES}
        reviewed, active = sum(n.values()), sum(r.active_seconds for r in rows)
        annotators.append({
            "username": users[uid], "submitted": len(rows), **n,
            "acceptance_rate": n["accepted"] / reviewed if reviewed else None,
            "active_seconds": active,
            "throughput_per_hour": len(rows) * 3600 / active if active > 0 else None,
        })  # fmt: skip
    latest: dict[str, dict[str, Any]] = defaultdict(dict)
    for sub in sorted(subs, key=lambda s: s.received_at):
        if not sub.late:
            latest[sub.task_id][sub.annotator_id] = sub.result
    multi = {t: by for t, by in latest.items() if len(by) >= 2}
    agreement = {"overlap_tasks": float(len(multi)), **kind_agreement(kind, multi)}
    return {"counts": counts, "annotators": annotators, "agreement": pytest.approx(agreement)}


STATES = ("accepted", "rejected", "needs_changes")
