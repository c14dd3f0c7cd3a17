"""Schemathesis on the write paths with real ids (issue 20, item 6): generated bodies (valid and
invalid) go to real leases, submissions, projects and assets, so that they get past the 404
and reach validation and storage. No 5xx, schema-true answers, and some writes are stored."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.generation.modes import GenerationMode

from support.live_server import LiveServer

from .results import valid_result
from .test_openapi import CHECKS

Patch = Callable[[schemathesis.Case, int, bool], None]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The demo server, a token per role, and real leases, submissions and assets."""
    server = LiveServer.start(
        tmp_path_factory.mktemp("fuzz-writes"), demo=True,
        settings_args=["--set", "scrypt_n=1024", "--set", "login_max_failures=1000"],
    )  # fmt: skip
    api = server.api
    tokens = {name: server.login(name, f"{name}-demo") for name in ("ana", "qa", "admin")}
    auth = {name: {"Authorization": f"Bearer {t}"} for name, t in tokens.items()}
    leases: list[dict[str, Any]] = []
    for project in ("demo-bbox", "demo-rewrite", "demo-compare"):
        r = requests.post(
            f"{api}/projects/{project}/checkout", json={"count": 20}, headers=auth["ana"],
            timeout=20,
        )  # fmt: skip
        leases += r.json()["assignments"]
    submissions = []
    for lease in leases[::4]:  # a few stored submissions, for reviews to point at
        body = {"assignment_id": lease["assignment_id"], "task_id": lease["task"]["id"],
                "lease_epoch": lease["lease_epoch"], "result": valid_result(lease["task"]),
                "submitted_at": "2026-01-01T00:00:00Z"}  # fmt: skip
        r = requests.put(f"{api}/submissions/{uuid.uuid4()}", json=body, headers=auth["ana"],
                         timeout=20)  # fmt: skip
        assert r.status_code == 201, r.text
        submissions.append(r.json()["id"])
    shas = [a["task"]["payload"]["image"]["sha256"] for a in leases if a["task"]["kind"] == "bbox"]
    users = requests.get(f"{api}/me", headers=auth["ana"], timeout=10).json()["id"]
    yield {
        "server": server, "auth": auth, "leases": leases, "submissions": submissions,
        "shas": shas, "ana_id": users,
        "projects": ["demo-bbox", "demo-rewrite", "demo-compare"],
    }  # fmt: skip
    server.stop()


def _lease_patch(world: dict[str, Any]) -> Patch:
    def patch(case: schemathesis.Case, i: int, keep: bool) -> None:
        lease = world["leases"][i % len(world["leases"])]
        case.path_parameters = {"submission_id": str(uuid.uuid4())}
        if isinstance(case.body, dict):
            case.body.update(assignment_id=lease["assignment_id"], task_id=lease["task"]["id"])
            if not keep:  # a real lease and result; the times and seconds stay generated
                case.body.update(lease_epoch=lease["lease_epoch"],
                                 result=valid_result(lease["task"]))  # fmt: skip

    return patch


def _patches(world: dict[str, Any]) -> dict[tuple[str, str], tuple[str, Patch]]:
    leases, subs, projects = world["leases"], world["submissions"], world["projects"]

    def path_id(values: list[str], key: str = "id") -> Patch:
        def patch(case: schemathesis.Case, i: int, keep: bool) -> None:
            case.path_parameters = {key: values[i % len(values)]}

        return patch

    def review(case: schemathesis.Case, i: int, keep: bool) -> None:
        case.path_parameters = {"review_id": str(uuid.uuid4())}
        if isinstance(case.body, dict) and not keep:
            case.body["submission_id"] = subs[i % len(subs)]

    def review_checkout(case: schemathesis.Case, i: int, keep: bool) -> None:
        if isinstance(case.body, dict) and not keep:
            case.body["project_id"] = projects[i % len(projects)]

    def member(case: schemathesis.Case, i: int, keep: bool) -> None:
        path_id(projects)(case, i, keep)
        if isinstance(case.body, dict) and not keep:
            case.body["user_id"] = world["ana_id"]

    lease_ids = [a["assignment_id"] for a in leases]
    return {
        ("PUT", "/submissions/{submission_id}"): ("ana", _lease_patch(world)),
        ("PUT", "/reviews/{review_id}"): ("qa", review),
        ("POST", "/review/checkout"): ("qa", review_checkout),
        ("POST", "/projects/{id}/checkout"): ("ana", path_id(projects)),
        ("POST", "/projects/{id}/tasks"): ("admin", path_id(projects)),
        ("POST", "/projects/{id}/members"): ("admin", member),
        ("GET", "/projects/{id}/stats"): ("qa", path_id(projects)),
        ("POST", "/assignments/{id}/renew"): ("ana", path_id(lease_ids)),
        ("POST", "/assignments/{id}/release"): ("ana", path_id(lease_ids[::7])),
        ("POST", "/assignments/{id}/reassign"): ("admin", path_id(lease_ids[1::9])),
        ("GET", "/assets/{sha256}"): ("ana", path_id(world["shas"], "sha256")),
        ("GET", "/sync/changes"): ("ana", lambda case, i, keep: None),
        ("POST", "/projects"): ("admin", lambda case, i, keep: None),
    }


def fuzz(strategy: Any, url: str, headers: dict[str, str], statuses: Counter[int]) -> None:
    """25 cases of one operation (derandomized: the same cases every run)."""

    @given(case=strategy)
    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck),
              database=None, phases=[Phase.generate], derandomize=True)  # fmt: skip
    def run(case: schemathesis.Case) -> None:
        response = case.call_and_validate(base_url=url, headers=headers, checks=CHECKS)
        statuses[response.status_code] += 1

    run()


@pytest.mark.slow
def test_fuzz_write_paths_with_real_ids(world: dict[str, Any]) -> None:
    server: LiveServer = world["server"]
    schema = schemathesis.openapi.from_url(server.url + "/api/v1/openapi.json")
    patches = _patches(world)
    by_op: dict[tuple[str, str], Counter[int]] = {}
    for result in schema.get_all_operations():
        operation = result.ok()
        key = (operation.method.upper(), operation.path.removeprefix("/api/v1"))
        if key not in patches:
            continue
        who, patch = patches[key]
        statuses = by_op.setdefault(key, Counter())
        generated = operation.as_strategy() | operation.as_strategy(GenerationMode.NEGATIVE)

        def patched(args: tuple[schemathesis.Case, int, bool], patch: Patch = patch) -> Any:
            case, i, keep = args
            patch(case, i, keep)
            return case

        strategy = st.tuples(generated, st.integers(0, 1000), st.booleans()).map(patched)

        fuzz(strategy, server.url, world["auth"][who], statuses)
    assert set(by_op) == set(patches), set(patches) - set(by_op)
    subs = by_op[("PUT", "/submissions/{submission_id}")]
    assert subs[201] + subs[409] > 0 and subs[422] > 0, subs  # stored (or late) and refused
    assert by_op[("PUT", "/reviews/{review_id}")][201] > 0, by_op[("PUT", "/reviews/{review_id}")]
    assert by_op[("POST", "/projects/{id}/tasks")][201] > 0, by_op
    assert by_op[("GET", "/assets/{sha256}")][200] + by_op[("GET", "/assets/{sha256}")][206] > 0
