"""Large submissions are handled in short steps: the body is parsed once (not again on the
event loop), box lists are validated and written in slices, the idempotency digest is written
in pieces — and every result is the same as the one-call way (stored digests stay valid)."""

from __future__ import annotations

import hashlib
import json
import random
from typing import Any

import pytest
from pydantic import ValidationError
from starlette.requests import Request

from annotator_desktop.protocol import BBoxResult, SubmissionIn, dump_result, parse_result
from annotator_desktop.server.idempotency import body_hash, canonical_pieces

from .conftest import Served
from .results import body_for, new_id


def _boxes(n: int) -> dict[str, Any]:
    rnd = random.Random(n)
    boxes = [{"label": "car", "x": rnd.random() * 100, "y": i % 90, "w": 3.5, "h": 2,
              "unknown": "dropped"} for i in range(n)]  # fmt: skip
    boxes[0]["hidden"] = True
    boxes[n - 1]["attributes"] = {"kind": "van"}
    return {"boxes": boxes, "image_width": 200, "image_height": 100}


def _canonical(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def test_canonical_pieces_join_to_the_canonical_text() -> None:
    rnd = random.Random(7)
    leaves: list[Any] = [1, -0.0, 2.5, 1e16, 10**20, None, True, 'é\u2028"\\', "日本", [], {}]

    def value(level: int) -> Any:
        r = rnd.random()
        if level > 3 or r < 0.3:
            return rnd.choice(leaves)
        if r < 0.6:
            n = rnd.choice([0, 1, 3, 501, 1200]) if level < 2 else rnd.randint(0, 3)
            return [value(level + 1) if n < 5 else rnd.choice(leaves) for _ in range(n)]
        return {rnd.choice("baéZ") + str(i): value(level + 1) for i in range(rnd.randint(0, 4))}

    for _ in range(300):
        obj = value(0)
        assert "".join(canonical_pieces(obj)) == _canonical(obj)


@pytest.mark.parametrize("n", [1, 499, 501, 1_500])
def test_body_hash_is_the_canonical_json_digest(n: int) -> None:
    """The digest of a stored submission must not change: the same formula as before."""
    body = SubmissionIn.model_validate({
        "assignment_id": "a", "task_id": "t", "lease_epoch": 3, "result": _boxes(n),
        "started_at": None, "submitted_at": "2026-01-01T00:00:00+02:00", "active_seconds": 1.5,
    })  # fmt: skip
    text = _canonical(body.model_dump(mode="json"))
    assert body_hash(body) == hashlib.sha256(text.encode()).hexdigest()


@pytest.mark.parametrize("n", [3, 500, 501, 1_234])
def test_results_parse_and_dump_in_slices_as_in_one_call(n: int) -> None:
    result = _boxes(n)
    parsed = parse_result("bbox", result)
    assert parsed == BBoxResult.model_validate(result)
    assert dump_result(parsed) == BBoxResult.model_validate(result).model_dump(mode="json")


def test_a_bad_box_in_a_later_slice_is_reported_where_it_is() -> None:
    result = _boxes(1_234)
    result["boxes"][1_100]["x"] = "left"
    with pytest.raises(ValidationError) as caught:
        parse_result("bbox", result)
    assert [e["loc"] for e in caught.value.errors()] == [("boxes", 1_100, "x")]


def test_the_body_is_parsed_once_not_again_on_the_event_loop(
    served_sqlite: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    """StrictJSONMiddleware parses every JSON body to check it; the route takes that parse
    (FastAPI's own ``Request.json`` parsed it a second time, on the event loop)."""
    ana = served_sqlite.login("ana")
    lease = ana.post("/projects/demo-rewrite/checkout", json={"count": 1}).json()["assignments"][0]
    parsed_by_starlette: list[int] = []
    original = Request.json

    async def counted(self: Request) -> Any:
        parsed_by_starlette.append(1)
        return await original(self)

    monkeypatch.setattr(Request, "json", counted)
    r = ana.put(f"/submissions/{new_id()}", json=body_for(lease))
    assert r.status_code == 201, r.text
    assert r.json()["result"]["text_md"]
    assert parsed_by_starlette == []
    bad = ana.put(f"/submissions/{new_id()}", data=b'{"assignment_id": ', headers={
        "Content-Type": "application/json"})  # fmt: skip
    assert bad.status_code in (400, 422)  # malformed JSON is still answered by FastAPI
    assert parsed_by_starlette == [1]
