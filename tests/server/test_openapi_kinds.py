"""The OpenAPI document shows the task payloads and results by kind (issue 21 fields added)."""

from __future__ import annotations

from pathlib import Path

from annotator_desktop.server.app import create_app


def test_openapi_shows_prompt_and_messages_rankings_ratings_and_bias(tmp_path: Path) -> None:
    app = create_app(f"sqlite:///{tmp_path / 's.sqlite3'}", tmp_path / "assets")
    try:
        schemas = app.openapi()["components"]["schemas"]
    finally:
        app.state.ctx.close()
    for payload in ("ComparePayload", "RewritePayload"):
        props = schemas[payload]["properties"]
        assert {"prompt", "messages"} <= set(props), payload
        assert props["messages"]["items"] == {"$ref": "#/components/schemas/Message"}
    assert schemas["MessageRole"]["enum"] == ["system", "user", "assistant"]
    responses = schemas["ComparePayload"]["properties"]["responses"]
    assert (responses["minItems"], responses["maxItems"]) == (2, 9)
    result = schemas["CompareResult"]["properties"]
    assert {"preference", "ranking", "ratings", "presented_order", "criteria"} <= set(result)
    assert schemas["Criterion"]["properties"]["per_response"]["default"] is False
    assert {"bias", "split_tasks"} <= set(schemas["ProjectStats"]["properties"])
    assert "bias" in schemas["AnnotatorStats"]["properties"]
    assert set(schemas["BiasStats"]["properties"]) == {"first_shown", "longer", "more_formatted"}
    assert {"n", "k", "share", "low", "high", "flagged"} == set(schemas["BiasShare"]["properties"])
    for kind in ("BBoxPayload", "BBoxResult", "RewriteResult"):
        assert kind in schemas
