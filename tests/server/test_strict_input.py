"""Strict, total validation (issue 20, item 6): every defect found by hand gets a 4xx
problem+json, never a 500, and leaves nothing behind that breaks a later request."""

from __future__ import annotations

import json
from typing import Any

import requests

from .conftest import Client, Served
from .results import body_for, new_id

PROBLEM = "application/problem+json"
RAW = {"Content-Type": "application/json"}


def refused(r: requests.Response) -> None:
    """A 4xx problem+json answer (which 4xx is the endpoint's business)."""
    assert 400 <= r.status_code < 500, (r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith(PROBLEM), r.headers["content-type"]
    assert r.json()["status"] == r.status_code


def checkout_one(client: Client, project: str) -> dict[str, Any]:
    r = client.post(f"/projects/{project}/checkout", json={"count": 1})
    assert r.status_code == 200, r.text
    return dict(r.json()["assignments"][0])


def put_raw(client: Client, text: str) -> requests.Response:
    return client.put(f"/submissions/{new_id()}", data=text.encode(), headers=RAW)


def test_nan_and_infinity_are_refused(served: Served) -> None:
    ana = served.login("ana")
    box = checkout_one(ana, "demo-bbox")
    template = json.dumps(body_for(box))
    assert '"x": 10' in template
    for literal in ("NaN", "Infinity", "-Infinity", "1e999"):
        refused(put_raw(ana, template.replace('"x": 10', f'"x": {literal}')))
    rewrite = checkout_one(ana, "demo-rewrite")
    text = json.dumps(body_for(rewrite)).replace('"active_seconds": 42.5', '"active_seconds": ')
    for literal in ("Infinity", "NaN"):
        refused(put_raw(ana, text + literal))  # the key is the last one in the body
    assert ana.get("/sync/changes").status_code == 200  # nothing poisonous was stored
    assert ana.post("/projects/demo-bbox/checkout", json={"count": 5}).status_code == 200


def test_lone_surrogates_are_refused_everywhere(served: Served) -> None:
    admin, ana = served.login("admin"), served.login("ana")
    task = {"id": "poison", "payload": {"prompt": "p", "draft_md": "bad \\ud800 text"}}
    refused(
        admin.post("/projects/demo-rewrite/tasks", data=json.dumps([task]).replace("\\\\", "\\"),
                   headers=RAW)
    )  # fmt: skip
    refused(admin.post("/projects", data='{"name": "x\\udfff", "kind": "rewrite"}', headers=RAW))
    # encoded as UTF-8 bytes (invalid UTF-8) instead of an escape
    bad_bytes = b'{"name": "x\xed\xa0\x80", "kind": "rewrite"}'
    refused(admin.post("/projects", data=bad_bytes, headers=RAW))
    # a proper pair is fine
    ok = admin.post("/projects", data='{"name": "x\\ud83d\\ude00", "kind": "rewrite"}', headers=RAW)
    assert ok.status_code == 201 and ok.json()["name"] == "x\U0001f600"
    lease = checkout_one(ana, "demo-rewrite")
    text = json.dumps(body_for(lease, {"text_md": "SURROGATE"})).replace("SURROGATE", "\\udc00")
    refused(put_raw(ana, text))
    for _ in range(2):  # checkout and the feed keep working for everyone
        assert ana.post("/projects/demo-rewrite/checkout", json={"count": 10}).status_code == 200
        assert ana.get("/sync/changes").status_code == 200


def test_feed_cursor_with_non_ascii_digits_is_a_400(served: Served) -> None:
    ana = served.login("ana")
    for cursor in ("²", "١٢", "𝟙"):
        r = ana.get("/sync/changes", params={"cursor": cursor})
        refused(r)
        assert r.status_code == 400


def test_deep_nesting_is_refused(served: Served) -> None:
    ana, admin = served.login("ana"), served.login("admin")
    lease = checkout_one(ana, "demo-rewrite")
    deep = "[" * 900 + "]" * 900
    text = json.dumps(body_for(lease, {"text_md": "ok", "notes": "DEEP"})).replace('"DEEP"', deep)
    refused(put_raw(ana, text))
    refused(put_raw(ana, "[" * 100_000))
    refused(admin.post("/projects", data='{"name": "n", "kind": "rewrite", "x": ' + deep + "}",
                       headers=RAW))  # fmt: skip
    assert ana.get("/sync/changes").status_code == 200


def test_integers_are_bounded_to_the_columns(served: Served) -> None:
    ana = served.login("ana")
    lease = checkout_one(ana, "demo-rewrite")
    for epoch in (2**31, 2**40, 2**63 - 1):
        r = ana.put(f"/submissions/{new_id()}", json=body_for(lease, lease_epoch=epoch))
        refused(r)  # a lease epoch nobody was given: superseded (409), kept as late
    for epoch in (2**63, 2**64, -1, 10**30):
        r = ana.put(f"/submissions/{new_id()}", json=body_for(lease, lease_epoch=epoch))
        refused(r)
        assert r.status_code == 422
    assert ana.get("/sync/changes").status_code == 200
    big = ana.post("/projects/demo-rewrite/checkout", json={"count": 2**70})
    refused(big)
    qa = served.login("qa")
    r = qa.post("/review/checkout", json={"project_id": "demo-rewrite", "seed": 2**70})
    refused(r)


def test_dates_out_of_range_are_refused(served: Served) -> None:
    ana = served.login("ana")
    lease = checkout_one(ana, "demo-compare")
    for when in ("0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00",
                 "0001-01-01T00:30:00+14:00", "9999-12-31T23:00:00-14:00"):  # fmt: skip
        for key in ("submitted_at", "started_at"):
            r = ana.put(f"/submissions/{new_id()}", json=body_for(lease, **{key: when}))
            refused(r)
            assert r.status_code == 422
    assert ana.get("/sync/changes").status_code == 200
    ok = ana.put(f"/submissions/{new_id()}", json=body_for(lease))
    assert ok.status_code == 201


def test_duplicate_task_ids_are_a_409(served: Served) -> None:
    admin = served.login("admin")
    task = {"id": "demo-rewrite-01", "payload": {"prompt": "p", "draft_md": "d"}}
    r = admin.post("/projects/demo-rewrite/tasks", json=[task])
    refused(r)
    assert r.status_code == 409
    twice = [dict(task, id="fresh-1"), dict(task, id="fresh-1")]
    r = admin.post("/projects/demo-rewrite/tasks", json=twice)
    refused(r)
    assert r.status_code == 409
    r = admin.post("/projects/demo-rewrite/tasks", json=[dict(task, id="fresh-1")])
    assert r.status_code == 201, r.text
