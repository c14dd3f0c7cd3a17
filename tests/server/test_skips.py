"""Skips (issue 17, item 7): ``PUT /skips/{id}`` records why, once, and releases the lease;
QA leads see the counts by reason in the stats and list the skips page by page. SQLite and
PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from annotator_desktop.server.models import AssignmentRow, SkipRow, TaskRow

from .conftest import Client, Served
from .results import new_id
from .test_contract import checkout


def _lease(client: Client, task_id: str) -> dict[str, Any]:
    """The caller's lease of ``task_id`` (checkout renews and returns the ones they hold)."""
    leases = checkout(client, "demo-bbox", 20)
    return next(a for a in leases if a["task"]["id"] == task_id)


def _skip(client: Client, skip_id: str, body: dict[str, Any]) -> Any:
    return client.put(f"/skips/{skip_id}", json=body)


def test_skip_is_stored_once_and_releases_the_lease(served: Served) -> None:
    ana, ben = served.login("ana"), served.login("ben")
    lease = _lease(ana, "demo-bbox-05")  # ana's alone (overlap 1)
    body = {"task_id": "demo-bbox-05", "assignment_id": lease["assignment_id"],
            "reason": "broken", "text": "the image does not load",
            "skipped_at": "2026-12-06T10:00:00+01:00"}  # fmt: skip
    skip_id = new_id()
    first = _skip(ana, skip_id, body)
    assert first.status_code == 201, first.text
    out = first.json()
    assert out["reason"] == "broken" and out["released"] is True and out["username"] == "ana"
    assert out["task_title"] == "Street scene 5" and out["project_id"] == "demo-bbox"
    assert out["skipped_at"].startswith("2026-12-06T09:00:00")
    again = _skip(ana, skip_id, body)  # a retry after a lost answer
    assert again.status_code == 200 and again.json() == out
    other = _skip(ana, skip_id, {**body, "reason": "unclear"})
    assert other.status_code == 409 and other.json()["code"] == "key_mismatch"
    assert other.headers["content-type"].startswith("application/problem+json")
    stolen = _skip(ben, skip_id, body)  # another user cannot use (or read) the same key
    assert stolen.status_code == 409 and stolen.json()["code"] == "key_mismatch"
    with served.db.read() as session:
        assert len(session.scalars(select(SkipRow).where(SkipRow.id == skip_id)).all()) == 1
        row = session.get(AssignmentRow, lease["assignment_id"])
        task = session.get(TaskRow, "demo-bbox-05")
        assert row is not None and row.state == "skipped"
        assert task is not None and task.live_count == 0
    gone = [c for c in ana.all_changes() if c["id"] == lease["assignment_id"]]
    assert gone[-1]["op"] == "delete"  # ana's client learns the lease ended
    assert "demo-bbox-05" not in {a["task"]["id"] for a in checkout(ana, "demo-bbox", 20)}
    assert "demo-bbox-05" in {a["task"]["id"] for a in checkout(ben, "demo-bbox", 20)}


def test_skip_without_assignment_id_finds_the_callers_lease(served: Served) -> None:
    ana = served.login("ana")
    lease = _lease(ana, "demo-bbox-06")
    r = _skip(ana, new_id(), {"task_id": "demo-bbox-06", "reason": "not_my_expertise"})
    assert r.status_code == 201, r.text
    assert r.json()["assignment_id"] == lease["assignment_id"] and r.json()["released"]


def test_bad_skips_are_refused(served: Served) -> None:
    ana, ben = served.login("ana"), served.login("ben")
    lease = _lease(ana, "demo-bbox-05")
    good = {"task_id": "demo-bbox-05", "assignment_id": lease["assignment_id"]}
    for bad in (
        {**good, "reason": "boring"},  # not one of the four
        {**good, "reason": "other"},  # other says why
        {**good, "reason": "other", "text": "   "},
        {**good, "reason": "unclear", "text": "x" * 2001},  # over the cap
        {"assignment_id": lease["assignment_id"], "reason": "unclear"},  # no task
        {**good, "task_id": "demo-bbox-06", "reason": "unclear"},  # not that lease's task
    ):
        r = _skip(ana, new_id(), bad)
        assert r.status_code == 422, (bad, r.text)
        assert r.json()["code"] == "validation_error"
    assert _skip(ana, "bad id!", {**good, "reason": "broken"}).status_code == 422
    assert _skip(ben, new_id(), {**good, "reason": "broken"}).status_code == 404  # not ben's
    unknown = {"task_id": "no-such-task", "reason": "broken"}
    assert _skip(ana, new_id(), unknown).status_code == 404
    assert served.client().put(f"/skips/{new_id()}", json=good).status_code == 401
    with served.db.read() as session:
        assert session.scalars(select(SkipRow)).all() == []
        row = session.get(AssignmentRow, lease["assignment_id"])
        assert row is not None and row.state == "active"  # nothing refused ended the lease


def test_stats_count_skips_by_reason_and_the_list_pages(served: Served) -> None:
    ana, ben, qa = served.login("ana"), served.login("ben"), served.login("qa")
    made = []
    for client, task_id, reason, text in (
        (ana, "demo-bbox-01", "broken", ""),
        (ana, "demo-bbox-05", "other", "duplicate of scene 1"),
        (ben, "demo-bbox-01", "broken", "blank image"),
        (ben, "demo-bbox-07", "unclear", ""),
        (ana, "demo-bbox-02", "broken", ""),
    ):
        skip_id = new_id()
        body = {"task_id": task_id, "reason": reason, "text": text}
        assert _skip(client, skip_id, body).status_code == 201
        assert _skip(client, skip_id, body).status_code == 200  # replays are not counted
        made.append(skip_id)
    stats = qa.get("/projects/demo-bbox/stats")
    assert stats.status_code == 200
    assert stats.json()["skips"] == {"broken": 3, "unclear": 1, "not_my_expertise": 0, "other": 1}
    assert qa.get("/projects/demo-rewrite/stats").json()["skips"]["broken"] == 0
    seen, cursor, pages = [], None, 0
    while True:
        params: dict[str, Any] = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = qa.get("/projects/demo-bbox/skips", params=params)
        assert page.status_code == 200, page.text
        body = page.json()
        assert len(body["skips"]) <= 2
        seen += body["skips"]
        cursor, pages = body["next_cursor"], pages + 1
        if not body["has_more"]:
            break
    assert [s["id"] for s in seen] == made and pages == 3  # oldest first, each once
    assert {s["username"] for s in seen} == {"ana", "ben"}
    assert seen[1]["text"] == "duplicate of scene 1" and seen[1]["task_title"] == "Street scene 5"
    later = qa.get("/projects/demo-bbox/skips", params={"cursor": cursor}).json()
    assert later["skips"] == [] and later["next_cursor"] == cursor  # nothing new since
    broken = qa.get("/projects/demo-bbox/skips", params={"reason": "broken"}).json()
    assert [s["id"] for s in broken["skips"]] == [made[0], made[2], made[4]]
    for params in ({"limit": 0}, {"limit": 501}, {"reason": "boring"}):
        assert qa.get("/projects/demo-bbox/skips", params=params).status_code == 422
    bad = qa.get("/projects/demo-bbox/skips", params={"cursor": "yesterday"})
    assert bad.status_code == 400 and bad.json()["code"] == "bad_request"
    assert ana.get("/projects/demo-bbox/skips").status_code == 403  # annotators: no
    assert qa.get("/projects/no-such-project/skips").status_code == 404


def test_openapi_lists_the_skip_calls_with_the_reasons(served_sqlite: Served) -> None:
    doc = served_sqlite.client().get("/openapi.json").json()
    put = doc["paths"]["/api/v1/skips/{skip_id}"]["put"]
    assert {"200", "201", "404", "409", "422"} <= set(put["responses"])
    assert put["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith("/SkipIn")
    listing = doc["paths"]["/api/v1/projects/{id}/skips"]["get"]
    assert {p["name"] for p in listing["parameters"]} >= {"id", "reason", "cursor", "limit"}
    schemas = doc["components"]["schemas"]
    assert schemas["SkipReason"]["enum"] == ["broken", "unclear", "not_my_expertise", "other"]
    assert schemas["SkipIn"]["properties"]["reason"]["$ref"].endswith("/SkipReason")
    assert set(schemas["SkipIn"]["required"]) == {"task_id", "reason"}
    assert schemas["SkipIn"]["properties"]["text"]["maxLength"] == 2000
    assert "skips" in schemas["ProjectStats"]["properties"]
