"""The OpenAPI document covers DESIGN.md, and a bounded schemathesis run finds no 5xx."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from support.live_server import LiveServer

DESIGN = Path(__file__).resolve().parents[2] / ".." / "shared" / "DESIGN.md"
CONTRACT = {
    ("post", "/auth/login"), ("post", "/auth/refresh"), ("post", "/auth/logout"), ("get", "/me"),
    ("get", "/projects"), ("post", "/projects/{id}/checkout"),
    ("post", "/assignments/{id}/renew"), ("post", "/assignments/{id}/release"),
    ("get", "/sync/changes"), ("put", "/submissions/{submission_id}"),
    ("get", "/assets/{sha256}"), ("head", "/assets/{sha256}"), ("post", "/review/checkout"),
    ("put", "/reviews/{review_id}"), ("get", "/projects/{id}/stats"),
    ("put", "/skips/{skip_id}"), ("get", "/projects/{id}/skips"),  # a skip carries a reason
}  # fmt: skip


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = LiveServer.start(
        tmp_path_factory.mktemp("fuzz"), demo=True, settings_args=["--set", "scrypt_n=1024"]
    )
    yield server
    server.stop()


@pytest.fixture(scope="module")
def api_schema(fuzz_server: LiveServer) -> schemathesis.schemas.BaseSchema:
    return schemathesis.openapi.from_url(fuzz_server.url + "/api/v1/openapi.json")


def test_openapi_has_every_contract_call(fuzz_server: LiveServer) -> None:
    doc = requests.get(fuzz_server.url + "/api/v1/openapi.json", timeout=10).json()
    have = {(m, p.removeprefix("/api/v1")) for p, ops in doc["paths"].items() for m in ops}
    assert have >= CONTRACT
    if DESIGN.is_file():  # the table in DESIGN.md itself, when the shared folder is present
        text = DESIGN.read_text(encoding="utf-8")
        for method, path in re.findall(r"`(GET|POST|PUT) (/[a-z0-9/{}_]+)", text):
            assert (method.lower(), path) in have, (method, path)
    login = doc["paths"]["/api/v1/auth/login"]["post"]["responses"]
    assert "application/problem+json" in login["429"]["content"]


CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance,
          status_code_conformance]  # fmt: skip


def fuzz_operation(operation: Any, url: str, token: str, statuses: Counter[int]) -> None:
    """Up to 8 valid and invalid cases for one operation."""
    strategy = operation.as_strategy() | operation.as_strategy(GenerationMode.NEGATIVE)
    headers = {"Authorization": f"Bearer {token}"}

    # derandomize: the same cases on every run, so the counts checked below cannot flake
    @given(case=strategy)
    @settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck),
              database=None, phases=[Phase.explicit, Phase.generate],
              derandomize=True)  # fmt: skip
    def run(case: schemathesis.Case) -> None:
        response = case.call_and_validate(base_url=url, headers=headers, checks=CHECKS)
        statuses[response.status_code // 100] += 1

    run()


@pytest.mark.slow
def test_fuzz_no_server_errors(
    api_schema: schemathesis.schemas.BaseSchema, fuzz_server: LiveServer
) -> None:
    """Random valid and invalid requests per operation (as admin): no 5xx, schema-true answers."""
    ran, statuses = 0, Counter[int]()
    for result in api_schema.get_all_operations():
        token = fuzz_server.login("admin", "admin-demo")  # fresh: a fuzzed logout revokes it
        fuzz_operation(result.ok(), fuzz_server.url, token, statuses)
        ran += 1
    assert ran >= 20
    assert statuses[2] > 20 and statuses[4] > 20, statuses  # both accepted and refused input
