"""Pushing to Label Studio: offline submissions and skips become annotations, exactly once.

Work is made through the operations the UI calls (``core.operations``), offline (between two
syncs), and reaches Label Studio through the real sync engine; the checks read Label Studio.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from ls_admin import BBOX_CONFIG, REWRITE_CONFIG, LsAdmin, compare_config, png, sync
from sqlmodel import select

from annotator_desktop.core import operations
from annotator_desktop.core.labelstudio import mapping, push
from annotator_desktop.core.labelstudio.client import LabelStudioClient
from annotator_desktop.core.store import (
    Outbox,
    Skip,
    Store,
    Submission,
    SubmissionState,
    open_store,
)
from annotator_desktop.core.sync import leases
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.errors import NetworkError
from support.proxy import Proxy


def now_config() -> SyncConfig:
    """Retries are due at once (no back-off), so a test syncs again without waiting."""
    return SyncConfig(connect_timeout=5.0, read_timeout=30.0, backoff_base=0.0, backoff_cap=0.0)


def annotations(ls_admin: LsAdmin, task: int) -> list[dict[str, Any]]:
    """Every annotation of the task, cancelled ones too (the annotations list leaves them out)."""
    return list(ls_admin.task(task)["annotations"])


def unique_ids(ls_admin: LsAdmin, project: int, task: int) -> dict[str, int]:
    """unique_id -> annotation id of one task, from the JSON export (reads do not show it)."""
    params = {"exportType": "JSON", "download_all_tasks": "true", "ids[]": task}
    (exported,) = ls_admin.api("GET", f"/api/projects/{project}/export", params=params)
    return {str(a["unique_id"]): int(a["id"]) for a in exported["annotations"]}


def state_of(store: Store, submission: str) -> str:
    with store.read() as s:
        row = s.get(Submission, submission)
        assert row is not None
        return str(row.state)


def take_offline(client: LabelStudioClient, store: Store, folder: Path, project: int) -> None:
    sync(client, store, folder)
    leases.checkout(client, store, f"ls-{project}", 10)


def only_submission(store: Store) -> str:
    with store.read() as s:
        (sub,) = s.exec(select(Submission)).all()
    return sub.id


@pytest.fixture
def hooks() -> Iterator[list[Any]]:
    yield push.EVENTS
    push.EVENTS.clear()


def test_rewrite_submitted_offline_becomes_one_annotation(
    ls_admin: LsAdmin, ls_client: LabelStudioClient, store: Store, assets_dir: Path
) -> None:
    project = ls_admin.create_project("Push rewrite", REWRITE_CONFIG)
    (task,) = ls_admin.import_tasks(project, [{"data": {"prompt": "Greet", "draft": "hi"}}])
    take_offline(ls_client, store, assets_dir, project)
    operations.submit(store, f"ls-{project}-{task}", {"text_md": "Hello there!", "notes": ""}, 42.5)
    sub = only_submission(store)

    report = sync(ls_client, store, assets_dir)
    assert report.push.accepted == 1 and state_of(store, sub) == SubmissionState.ACCEPTED
    (made,) = annotations(ls_admin, task)
    assert made["result"][0]["type"] == "textarea"
    assert made["result"][0]["from_name"] == "rewrite" and made["result"][0]["to_name"] == "draft"
    assert made["result"][0]["value"] == {"text": ["Hello there!"]}
    assert made["lead_time"] == pytest.approx(42.5) and made["was_cancelled"] is False
    assert unique_ids(ls_admin, project, task) == {sub: made["id"]}
    assert mapping.annotation(store, sub).annotation_id == made["id"]  # type: ignore[union-attr]
    assert sync(ls_client, store, assets_dir).push.accepted == 0  # nothing sent twice
    assert len(annotations(ls_admin, task)) == 1


def test_boxes_go_in_percent_of_the_original_size(
    ls_admin: LsAdmin, ls_client: LabelStudioClient, store: Store, assets_dir: Path
) -> None:
    project = ls_admin.create_project("Push boxes", BBOX_CONFIG)
    task = ls_admin.upload_image(project, png(640, 480), "street.png")
    take_offline(ls_client, store, assets_dir, project)
    boxes = [{"label": "cat", "x": 64, "y": 48, "w": 128, "h": 96},
             {"label": "dog", "x": 320, "y": 240, "w": 320, "h": 240}]  # fmt: skip
    result = {"boxes": boxes, "image_width": 640, "image_height": 480}
    operations.submit(store, f"ls-{project}-{task}", result, 7.0)

    assert sync(ls_client, store, assets_dir).push.accepted == 1
    (made,) = annotations(ls_admin, task)
    items = sorted(made["result"], key=lambda r: r["value"]["x"])
    assert [r["type"] for r in items] == ["rectanglelabels"] * 2
    assert {(r["from_name"], r["to_name"]) for r in items} == {("label", "image")}
    assert {(r["original_width"], r["original_height"]) for r in items} == {(640, 480)}
    assert [r["value"] for r in items] == [
        {"x": 10.0, "y": 10.0, "width": 20.0, "height": 20.0, "rotation": 0,
         "rectanglelabels": ["cat"]},
        {"x": 50.0, "y": 50.0, "width": 50.0, "height": 50.0, "rotation": 0,
         "rectanglelabels": ["dog"]},
    ]  # fmt: skip


def test_an_invalid_result_is_refused_here_and_never_sent(
    ls_admin: LsAdmin, ls_client: LabelStudioClient, store: Store, assets_dir: Path
) -> None:
    project = ls_admin.create_project("Push invalid", BBOX_CONFIG)
    task = ls_admin.upload_image(project, png(200, 100), "small.png")
    take_offline(ls_client, store, assets_dir, project)
    bad = {"boxes": [{"label": "unicorn", "x": 150, "y": 10, "w": 20, "h": 20}],
           "image_width": 200, "image_height": 100}  # fmt: skip
    operations.submit(store, f"ls-{project}-{task}", bad, 1.0)
    sub = only_submission(store)

    report = sync(ls_client, store, assets_dir)
    assert report.push.rejected == 1 and state_of(store, sub) == SubmissionState.REJECTED
    assert annotations(ls_admin, task) == []


def test_compare_goes_to_the_templates_choices_ratings_and_rationale(
    ls_admin: LsAdmin, ls_client: LabelStudioClient, store: Store, assets_dir: Path
) -> None:
    project = ls_admin.create_project("Push pairs", compare_config())
    (task,) = ls_admin.import_tasks(
        project, [{"data": {"prompt": "Say hi", "response_a": "Hi", "response_b": "Hello"}}]
    )
    take_offline(ls_client, store, assets_dir, project)
    result = {"preference": 2, "presented_order": ["response_a", "response_b"],
              "criteria": {"helpfulness": 4, "correctness": 5},
              "rationale": "B is warmer and complete."}  # fmt: skip
    operations.submit(store, f"ls-{project}-{task}", result, 12.0)

    assert sync(ls_client, store, assets_dir).push.accepted == 1
    (made,) = annotations(ls_admin, task)
    by_name = {r["from_name"]: r for r in made["result"]}
    assert by_name["preference"]["type"] == "choices"
    assert by_name["preference"]["to_name"] == "prompt"
    assert by_name["preference"]["value"] == {"choices": ["2"]}  # the alias of "B is better"
    assert by_name["helpfulness"]["type"] == "rating"
    assert by_name["helpfulness"]["value"] == {"rating": 4}
    assert by_name["correctness"]["value"] == {"rating": 5}
    assert by_name["rationale"]["type"] == "textarea"
    assert by_name["rationale"]["value"] == {"text": ["B is warmer and complete."]}


def test_a_skip_becomes_a_cancelled_annotation(
    ls_admin: LsAdmin, ls_client: LabelStudioClient, store: Store, assets_dir: Path
) -> None:
    project = ls_admin.create_project("Push skip", REWRITE_CONFIG)
    (task,) = ls_admin.import_tasks(project, [{"data": {"prompt": "p", "draft": "d"}}])
    take_offline(ls_client, store, assets_dir, project)
    operations.skip(store, f"ls-{project}-{task}", "unclear")
    with store.read() as s:
        (skip,) = s.exec(select(Skip)).all()

    sync(ls_client, store, assets_dir)
    (made,) = annotations(ls_admin, task)
    assert made["was_cancelled"] is True and made["result"] == []
    assert unique_ids(ls_admin, project, task) == {skip.id: made["id"]}
    with store.read() as s:
        assert s.get(Skip, skip.id).state == "sent"  # type: ignore[union-attr]


def test_an_annotation_already_there_is_found_not_doubled(
    ls_admin: LsAdmin,
    ls_user: tuple[str, str],
    ls_client: LabelStudioClient,
    store: Store,
    assets_dir: Path,
    hooks: list[Any],
) -> None:
    """A 409 on unique_id (another copy of the client, or a lost record) is resolved by finding
    the annotation in the task's export; the submission is accepted with that annotation id."""
    project = ls_admin.create_project("Push 409", REWRITE_CONFIG)
    (task,) = ls_admin.import_tasks(project, [{"data": {"prompt": "p", "draft": "d"}}])
    take_offline(ls_client, store, assets_dir, project)
    operations.submit(store, f"ls-{project}-{task}", {"text_md": "once", "notes": ""}, 3.0)
    sub = only_submission(store)
    # The same annotation reached Label Studio before (posted with the same unique_id).
    ls_admin.api("POST", f"/api/tasks/{task}/annotations/", pat=ls_user[1], json={
        "result": [], "lead_time": 3.0, "unique_id": sub,
    })  # fmt: skip
    (existing,) = annotations(ls_admin, task)
    seen: list[str] = []
    hooks.append(seen.append)

    report = sync(ls_client, store, assets_dir)
    assert report.push.accepted == 1 and state_of(store, sub) == SubmissionState.ACCEPTED
    assert f"ls push posting {sub}" in seen  # it did post, and got the 409
    assert len(annotations(ls_admin, task)) == 1
    assert mapping.annotation(store, sub).annotation_id == existing["id"]  # type: ignore[union-attr]


def test_an_answer_lost_after_label_studio_stored_it_ends_with_one_annotation(
    ls_admin: LsAdmin,
    ls_user: tuple[str, str],
    store: Store,
    assets_dir: Path,
    hooks: list[Any],
) -> None:
    port = urlsplit(ls_admin.base).port
    assert port is not None
    proxy = Proxy(port).start()
    client = LabelStudioClient(proxy.url, ls_user[1], store, now_config())
    try:
        project = ls_admin.create_project("Push lost answer", REWRITE_CONFIG)
        (task,) = ls_admin.import_tasks(project, [{"data": {"prompt": "p", "draft": "d"}}])
        take_offline(client, store, assets_dir, project)
        operations.submit(store, f"ls-{project}-{task}", {"text_md": "kept", "notes": ""}, 2.0)
        sub = only_submission(store)
        client.ls.access_token()  # a fresh access token: no refresh between marker and POST

        def drop_the_post_answer(name: str) -> None:
            if name == f"ls push posting {sub}":
                proxy.drop_next_responses(1)

        hooks.append(drop_the_post_answer)
        with pytest.raises(NetworkError):
            sync(client, store, assets_dir)
        hooks.clear()
        assert len(annotations(ls_admin, task)) == 1  # stored; the answer never came
        assert state_of(store, sub) == SubmissionState.QUEUED

        report = sync(client, store, assets_dir)
        assert report.push.accepted == 1 and state_of(store, sub) == SubmissionState.ACCEPTED
        (made,) = annotations(ls_admin, task)
        assert unique_ids(ls_admin, project, task) == {sub: made["id"]}
    finally:
        client.close()
        proxy.stop()


def test_two_clients_on_one_task_the_second_is_late_and_both_are_kept(
    ls_admin: LsAdmin, tmp_path: Path, assets_dir: Path
) -> None:
    project = ls_admin.create_project("Push race", REWRITE_CONFIG, maximum_annotations=1)
    (task,) = ls_admin.import_tasks(project, [{"data": {"prompt": "p", "draft": "d"}}])
    people = []
    for name in ("first", "second"):
        store = open_store(tmp_path / f"{name}.sqlite3")
        client = LabelStudioClient(ls_admin.base, ls_admin.new_user(name)[1], store, now_config())
        take_offline(client, store, tmp_path / f"{name}-assets", project)  # both take it
        operations.submit(store, f"ls-{project}-{task}", {"text_md": name, "notes": ""}, 5.0)
        people.append((store, client, only_submission(store)))
    try:
        (store_a, client_a, sub_a), (store_b, client_b, sub_b) = people
        first = sync(client_a, store_a, tmp_path / "first-assets")
        assert first.push.accepted == 1 and state_of(store_a, sub_a) == SubmissionState.ACCEPTED
        second = sync(client_b, store_b, tmp_path / "second-assets")
        assert second.push.late == 1 and state_of(store_b, sub_b) == SubmissionState.LATE
        texts = sorted(a["result"][0]["value"]["text"][0] for a in annotations(ls_admin, task))
        assert texts == ["first", "second"]  # both kept on Label Studio
        assert set(unique_ids(ls_admin, project, task)) == {sub_a, sub_b}
        with store_b.read() as s:
            assert s.exec(select(Outbox).where(Outbox.ref_id == sub_b)).one().state == "done"
        assert sync(client_b, store_b, tmp_path / "second-assets").push.late == 0  # once
    finally:
        for store, client, _ in people:
            client.close()
            store.close()
