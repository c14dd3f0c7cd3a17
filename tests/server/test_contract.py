"""DESIGN.md's task server contract, end to end over HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import func, select, update

from annotator_desktop.server.db import utcnow
from annotator_desktop.server.models import AssignmentRow, SubmissionRow

from .conftest import Client, Served
from .results import body_for, new_id, valid_result


def checkout(client: Client, project: str, count: int = 10) -> list[dict[str, Any]]:
    r = client.post(f"/projects/{project}/checkout", json={"count": count})
    assert r.status_code == 200, r.text
    assert "server_time" in r.json()
    return list(r.json()["assignments"])


def expire(served: Served, assignment_id: str) -> None:
    """Move a lease's expiry into the past (as if its time ran out)."""
    with served.db.write() as session:
        session.execute(
            update(AssignmentRow)
            .where(AssignmentRow.id == assignment_id)
            .values(expires_at=utcnow().replace(year=2000))
        )


def submission_rows(served: Served, sub_id: str) -> int:
    with served.db.read() as session:
        return int(session.scalar(select(func.count()).where(SubmissionRow.id == sub_id)) or 0)


def test_login_me_refresh_rotation_and_logout(served: Served) -> None:
    ana = served.login("ana")
    assert ana.tokens["user"]["username"] == "ana" and ana.tokens["user"]["roles"] == ["annotator"]
    assert ana.tokens["expires_in"] > 0
    assert ana.get("/me").json()["username"] == "ana"
    anon = served.client()
    old = ana.tokens["refresh_token"]
    r = anon.post("/auth/refresh", json={"refresh_token": old})
    assert r.status_code == 200
    fresh = r.json()
    assert fresh["refresh_token"] != old and fresh["access_token"] != ana.tokens["access_token"]
    reuse = anon.post("/auth/refresh", json={"refresh_token": old})
    assert reuse.status_code == 401 and reuse.json()["code"] == "refresh_token_reused"
    assert reuse.headers["content-type"].startswith("application/problem+json")
    # reuse revoked the whole family, including the token issued by the rotation
    again = anon.post("/auth/refresh", json={"refresh_token": fresh["refresh_token"]})
    assert again.status_code == 401
    ben = served.login("ben")
    assert ben.post("/auth/logout").status_code == 204
    assert ben.get("/me").json()["code"] == "unauthorized"
    wrong = anon.post("/auth/login", json={"username": "ana", "password": "nope"})
    assert wrong.status_code == 401 and wrong.json()["code"] == "invalid_credentials"


def test_checkout_overlap_and_lease_epochs(served: Served) -> None:
    ana, ben = served.login("ana"), served.login("ben")
    a_leases, b_leases = checkout(ana, "demo-compare", 20), checkout(ben, "demo-compare", 20)
    a_tasks = {a["task"]["id"] for a in a_leases}
    b_tasks = {b["task"]["id"] for b in b_leases}
    shared = a_tasks & b_tasks
    assert len(shared) >= 4, "overlap 2 gives both annotators the same tasks"
    assert a_tasks | b_tasks == {f"demo-compare-{i:02d}" for i in range(1, 9)}
    assert all(a["lease_epoch"] >= 1 for a in a_leases)
    again = checkout(ana, "demo-compare", 20)
    assert {a["assignment_id"] for a in again} == {a["assignment_id"] for a in a_leases}


def test_submission_idempotency_and_validation(served: Served) -> None:
    ana = served.login("ana")
    lease = checkout(ana, "demo-bbox", 1)[0]
    sub_id = new_id()
    body = body_for(lease)
    first = ana.put(f"/submissions/{sub_id}", json=body)
    assert first.status_code == 201, first.text
    assert first.json()["late"] is False and first.json()["annotator_id"] == ana.user["id"]
    replay = ana.put(f"/submissions/{sub_id}", json=body)
    assert replay.status_code == 200 and replay.json() == first.json()
    other = dict(body, active_seconds=1.0)
    clash = ana.put(f"/submissions/{sub_id}", json=other)
    assert clash.status_code == 409 and clash.json()["code"] == "key_mismatch"
    bad = body_for(lease, {"boxes": [{"label": "unicorn", "x": -5, "y": 0, "w": 10, "h": 10}],
                           "image_width": 640, "image_height": 480})  # fmt: skip
    r = ana.put(f"/submissions/{new_id()}", json=bad)
    assert r.status_code == 422 and r.json()["code"] == "validation_error"
    codes = {e["code"] for e in r.json()["errors"]}
    assert {"label_unknown", "box_outside"} <= codes
    assert submission_rows(served, sub_id) == 1


def test_boxes_and_nothing_to_label_together_are_refused(served: Served) -> None:
    ana = served.login("ana")
    lease = checkout(ana, "demo-bbox", 1)[0]
    both = dict(valid_result(lease["task"]), nothing_to_label=True)
    r = ana.put(f"/submissions/{new_id()}", json=body_for(lease, both))
    assert r.status_code == 422 and r.json()["code"] == "validation_error"
    assert [e["code"] for e in r.json()["errors"]] == ["nothing_with_boxes"]
    assert r.json()["errors"][0]["loc"] == ["result", "nothing_to_label"]
    empty = dict(valid_result(lease["task"]), boxes=[], nothing_to_label=True)
    assert ana.put(f"/submissions/{new_id()}", json=body_for(lease, empty)).status_code == 201


def test_compare_and_rewrite_validation(served: Served) -> None:
    ana = served.login("ana")
    cmp_lease = checkout(ana, "demo-compare", 1)[0]
    short = dict(valid_result(cmp_lease["task"]), rationale="ok", preference=7)
    r = ana.put(f"/submissions/{new_id()}", json=body_for(cmp_lease, short))
    assert r.status_code == 422
    good = ana.put(f"/submissions/{new_id()}", json=body_for(cmp_lease))
    assert good.status_code == 201
    rw_lease = checkout(ana, "demo-rewrite", 1)[0]
    r = ana.put(f"/submissions/{new_id()}", json=body_for(rw_lease, {"text_md": "   "}))
    assert r.status_code == 422 and r.json()["errors"][0]["code"] == "text_empty"


def test_release_then_submit_is_late_and_kept(served: Served) -> None:
    ana = served.login("ana")
    lease = checkout(ana, "demo-rewrite", 1)[0]
    r = ana.post(f"/assignments/{lease['assignment_id']}/release")
    assert r.status_code == 200 and r.json()["state"] == "released"
    sub_id, body = new_id(), body_for(lease)
    late = ana.put(f"/submissions/{sub_id}", json=body)
    assert late.status_code == 409 and late.json()["code"] == "lease_superseded"
    assert submission_rows(served, sub_id) == 1
    subs = [c for c in ana.all_changes() if c["entity"] == "submission" and c["id"] == sub_id]
    assert subs and subs[-1]["data"]["late"] is True
    again = ana.put(f"/submissions/{sub_id}", json=body)
    assert again.status_code == 409 and again.json()["code"] == "lease_superseded"


def test_expired_lease_accepted_unless_taken(served: Served) -> None:
    ana, ben = served.login("ana"), served.login("ben")
    leases = checkout(ana, "demo-bbox", 8)
    solo = [a for a in leases if a["task"]["id"] in ("demo-bbox-05", "demo-bbox-06")]
    assert len(solo) == 2
    kept, taken = solo
    expire(served, kept["assignment_id"])
    expire(served, taken["assignment_id"])
    r = ana.put(f"/submissions/{new_id()}", json=body_for(kept))
    assert r.status_code == 201, "an expired lease nobody else holds is still accepted"
    # ben checks out: the other expired task is free again and goes to him with a higher epoch
    ben_leases = checkout(ben, "demo-bbox", 10)
    moved = [b for b in ben_leases if b["task"]["id"] == taken["task"]["id"]]
    assert moved and moved[0]["lease_epoch"] > taken["lease_epoch"]
    r = ana.put(f"/submissions/{new_id()}", json=body_for(taken))
    assert r.status_code == 409 and r.json()["code"] == "lease_superseded"
    tomb = [c for c in ana.all_changes() if c["id"] == taken["assignment_id"]]
    assert tomb[-1]["op"] == "delete"
    renew = ana.post(f"/assignments/{taken['assignment_id']}/renew")
    assert renew.status_code == 409 and renew.json()["code"] == "lease_superseded"


def test_renew_extends_and_admin_revoke_reassign(served: Served) -> None:
    ana, admin = served.login("ana"), served.login("admin")
    lease = checkout(ana, "demo-rewrite", 1)[0]
    renewed = ana.post(f"/assignments/{lease['assignment_id']}/renew")
    assert renewed.status_code == 200
    assert renewed.json()["lease_epoch"] == lease["lease_epoch"]
    assert renewed.json()["expires_at"] >= lease["expires_at"]
    ben_lease = checkout(served.login("ben"), "demo-rewrite", 1)[0]
    r = admin.post(f"/assignments/{ben_lease['assignment_id']}/reassign", json={"user_id": "ana"})
    assert r.status_code == 200 and r.json()["lease_epoch"] > ben_lease["lease_epoch"]
    r = admin.post(f"/assignments/{lease['assignment_id']}/revoke")
    assert r.status_code == 200 and r.json()["state"] == "revoked"
    late = ana.put(f"/submissions/{new_id()}", json=body_for(lease))
    assert late.json()["code"] == "lease_superseded"
    changes = ana.all_changes()
    assert any(c["op"] == "delete" and c["id"] == lease["assignment_id"] for c in changes)
    mine = [c for c in changes if c["entity"] == "assignment" and c["op"] == "upsert"]
    assert any(c["data"]["task"]["id"] == ben_lease["task"]["id"] for c in mine)


def test_feed_pages_are_ordered_and_complete(served: Served) -> None:
    ana = served.login("ana")
    checkout(ana, "demo-bbox", 8)
    full = ana.all_changes()
    seqs = [c["seq"] for c in full]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    assert {c["entity"] for c in full} >= {"project", "task", "assignment"}
    paged, cursor = [], None
    while True:
        page = ana.changes(cursor, limit=3)
        assert len(page["changes"]) <= 3
        paged += page["changes"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert paged == full
    assert ana.changes(cursor)["changes"] == []
    ben_ids = {c["id"] for c in served.login("ben").all_changes() if c["entity"] == "assignment"}
    assert not ben_ids & {c["id"] for c in full if c["entity"] == "assignment"}
    bad = ana.get("/sync/changes", params={"cursor": "../etc"})
    assert bad.status_code == 400 and bad.json()["code"] == "bad_request"
    future = ana.get("/sync/changes", params={"cursor": "99999999"})
    assert future.status_code == 410 and future.json()["code"] == "cursor_gone"


def test_concurrent_same_submission_id_stores_one_row(served: Served) -> None:
    ana = served.login("ana")
    lease = checkout(ana, "demo-compare", 1)[0]
    sub_id, body = new_id(), body_for(lease)
    statuses: list[int] = []
    barrier = threading.Barrier(2)

    def put() -> None:
        client = served.client(ana.tokens["access_token"])
        barrier.wait()
        statuses.append(client.put(f"/submissions/{sub_id}", json=body).status_code)

    threads = [threading.Thread(target=put) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(statuses) == [200, 201]
    assert submission_rows(served, sub_id) == 1


def test_review_flow_reaches_annotator(served: Served) -> None:
    ana, ben, qa = served.login("ana"), served.login("ben"), served.login("qa")
    for client in (ana, ben):
        for lease in checkout(client, "demo-compare", 3):
            assert client.put(f"/submissions/{new_id()}", json=body_for(lease)).status_code == 201
    req = {"project_id": "demo-compare", "count": 3, "seed": 7}
    first = qa.post("/review/checkout", json=req).json()
    second = qa.post("/review/checkout", json=req).json()
    ids = [i["submission"]["id"] for i in first["items"]]
    assert len(ids) == 3 and ids == [i["submission"]["id"] for i in second["items"]]
    other_seed = qa.post("/review/checkout", json=dict(req, seed=8, count=6)).json()
    assert len(other_seed["items"]) == 6
    by_rate = qa.post(
        "/review/checkout", json={"project_id": "demo-compare", "rate": 0.5, "seed": 1}
    )
    assert len(by_rate.json()["items"]) == 3
    only_ana = qa.post("/review/checkout", json=dict(req, count=10, annotator_id=ana.user["id"]))
    assert {i["submission"]["annotator_id"] for i in only_ana.json()["items"]} == {ana.user["id"]}
    assert any(i["others"] for i in only_ana.json()["items"]), "overlapping work is shown alongside"
    target = only_ana.json()["items"][0]["submission"]
    review_id = new_id()
    body = {"submission_id": target["id"], "verdict": "needs_changes", "comment": "Cite a source."}
    r = qa.put(f"/reviews/{review_id}", json=body)
    assert r.status_code == 201 and r.json()["verdict"] == "needs_changes"
    assert qa.put(f"/reviews/{review_id}", json=body).status_code == 200
    clash = qa.put(f"/reviews/{review_id}", json=dict(body, verdict="accept"))
    assert clash.status_code == 409 and clash.json()["code"] == "key_mismatch"
    feed = ana.all_changes()
    reviews = [c for c in feed if c["entity"] == "review"]
    assert reviews and reviews[0]["data"]["comment"] == "Cite a source."
    sub = [c for c in feed if c["entity"] == "submission" and c["id"] == target["id"]]
    assert sub[-1]["data"]["state"] == "needs_changes"
    assert ana.put(f"/reviews/{new_id()}", json=body).status_code == 403
    stats = qa.get("/projects/demo-compare/stats")
    assert stats.status_code == 200
    data = stats.json()
    assert data["counts"]["submissions"] == 6 and data["counts"]["needs_changes"] == 1
    per = {a["username"]: a for a in data["annotators"]}
    assert per["ana"]["submitted"] == 3 and per["ana"]["acceptance_rate"] == 0.0
    assert per["ana"]["active_seconds"] == 3 * 42.5 and per["ana"]["throughput_per_hour"] > 0
    assert data["agreement"]["overlap_tasks"] >= 3
    assert "preference_alpha" in data["agreement"]  # from core.metrics
    assert ana.get("/projects/demo-compare/stats").status_code == 403


def test_nul_characters_are_refused_not_crashing(served: Served) -> None:
    ana = served.login("ana")
    lease = checkout(ana, "demo-rewrite", 1)[0]
    r = ana.put(f"/submissions/{new_id()}", json=body_for(lease, {"text_md": "a\x00b"}))
    assert r.status_code in (201, 422), r.text  # SQLite stores it; PostgreSQL text cannot
    assert r.headers["content-type"].startswith(("application/json", "application/problem+json"))
