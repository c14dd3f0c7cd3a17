"""Property tests: random JSON into every parser at the client's boundary (issue 18).

Whatever a server sends, the parsers answer with a value or a validation error
(``BadWireData`` / ``ServerError``), never with anything else; a feed page of random changes
applies (bad ones quarantined) and leaves a sound cache.
"""

from __future__ import annotations

import json
import math
import uuid
from pathlib import Path
from typing import Any

import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator_desktop.core.store import Store, open_store
from annotator_desktop.core.sync.assets import task_asset
from annotator_desktop.core.sync.http import error_from, parse_retry_after, problem_body
from annotator_desktop.core.sync.pull import apply_page, quarantine_count, read_cursor
from annotator_desktop.core.sync.tokens import _parse as parse_saved_tokens
from annotator_desktop.protocol import (
    FEED_MODELS,
    BadWireData,
    ChangesPage,
    CheckoutResponse,
    LeaseResponse,
    Project,
    TokenResponse,
    parse_as,
    parse_change,
    parse_json,
)

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=2**62, max_value=10**40)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
    | st.sampled_from(["upsert", "delete", "task", "assignment", "project", "review", "active"])
)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=5)
    | st.dictionaries(
        st.sampled_from(
            ["id", "seq", "entity", "op", "data", "task", "lease_epoch", "expires_at", "kind",
             "project_id", "payload", "user", "access_token", "expires_in", "next_cursor",
             "has_more", "changes", "code", "errors", "state", "x"]
        ) | st.text(max_size=8),
        inner,
        max_size=8,
    ),
    max_leaves=40,
)  # fmt: skip

CHANGE = st.fixed_dictionaries(
    {
        "seq": st.integers(min_value=-(10**20), max_value=10**20),
        "entity": st.sampled_from(["project", "task", "assignment", "submission", "review", "x"]),
        "op": st.sampled_from(["upsert", "delete", "other"]),
        "id": st.text(min_size=0, max_size=12),
        "data": JSON,
    }
)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _dumps(value: Any) -> bytes:
    return json.dumps(value, allow_nan=True).encode()


@FAST
@given(st.binary(max_size=200) | JSON.map(_dumps))
def test_parse_json_gives_values_or_bad_wire_data(raw: bytes) -> None:
    try:
        value = parse_json(raw)
    except BadWireData:
        return
    text = json.dumps(value)  # whatever came out can be stored as JSON text again
    assert "NaN" not in text or "NaN" in raw.decode("utf-8", "replace")


@FAST
@given(JSON)
def test_every_wire_model_accepts_or_refuses_cleanly(value: Any) -> None:
    for model in (TokenResponse, ChangesPage, Project, CheckoutResponse, LeaseResponse,
                  *FEED_MODELS.values()):  # fmt: skip
        try:
            parsed = parse_as(model, value)
        except BadWireData:
            continue
        for name, field_value in parsed.model_dump().items():
            if isinstance(field_value, int) and not isinstance(field_value, bool):
                assert abs(field_value) < 2**63, (model, name)
            if isinstance(field_value, float):
                assert math.isfinite(field_value), (model, name)


@FAST
@given(CHANGE | JSON)
def test_parse_change_accepts_or_refuses_cleanly(value: Any) -> None:
    try:
        change, obj = parse_change(value)
    except BadWireData:
        return
    assert abs(change.seq) < 2**63
    assert obj is None or isinstance(obj, FEED_MODELS[change.entity])


@FAST
@given(st.binary(max_size=300) | JSON.map(_dumps), st.integers(min_value=300, max_value=599))
def test_error_answers_become_server_errors(raw: bytes, status: int) -> None:
    resp = requests.Response()
    resp.status_code = status
    resp._content = raw
    resp.headers["Retry-After"] = raw[:20].decode("latin-1")
    err = error_from(resp)
    assert err.status == status and isinstance(err.code, str) and len(err.code) <= 100
    body = problem_body(resp)
    assert body is None or isinstance(body["code"], str)


@FAST
@given(st.text(max_size=60))
def test_retry_after_parses_or_gives_none(text: str) -> None:
    value = parse_retry_after(text)
    assert value is None or value >= 0


@FAST
@given(JSON)
def test_saved_tokens_and_task_payloads_never_crash(value: Any) -> None:
    parse_saved_tokens(json.dumps(value, allow_nan=True))
    ref = task_asset(value)
    assert ref is None or len(ref.sha256) == 64


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(CHANGE | JSON, max_size=6))
def test_random_feed_pages_apply_and_quarantine(tmp_path: Path, changes: list[Any]) -> None:
    store: Store = open_store(tmp_path / f"cache-{uuid.uuid4().hex}.db")  # one per example
    try:
        page = ChangesPage(changes=changes, next_cursor="42", has_more=False)
        apply_page(store, page, read_cursor(store))
        assert read_cursor(store) == "42"
        assert quarantine_count(store) <= len(changes)
        assert store.integrity_check() == ["ok"]
    finally:
        store.close()
