"""Pulling Label Studio projects: predictions as prefill, other people's annotations hidden,
deletions found by the periodic listing, bad records quarantined, an idle sync pulls nothing."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from ls_admin import BBOX_CONFIG, REWRITE_CONFIG, LsAdmin, compare_config, png, sync
from sqlmodel import select

from annotator_desktop.core.labelstudio import feed
from annotator_desktop.core.labelstudio.client import LabelStudioClient
from annotator_desktop.core.store import Assignment, Store, Task, ops
from annotator_desktop.core.sync import leases
from annotator_desktop.core.sync.pull import quarantine_count, quarantined


def _tasks(store: Store, project: int) -> dict[str, Task]:
    with store.read() as s:
        rows = s.exec(select(Task).where(Task.project_id == f"ls-{project}")).all()
    return {t.id: t for t in rows}


def _textarea(text: str) -> list[dict[str, object]]:
    return [{"from_name": "rewrite", "to_name": "draft", "type": "textarea",
             "value": {"text": [text]}}]  # fmt: skip


def test_rewrite_tasks_with_predictions_and_others_work_hidden(
    ls_admin: LsAdmin, ls_client: LabelStudioClient, store: Store, assets_dir: Path
) -> None:
    project = ls_admin.create_project("Rewrites", REWRITE_CONFIG, maximum_annotations=1)
    plain, predicted, taken = ls_admin.import_tasks(project, [
        {"data": {"prompt": "Greet", "draft": "hi"}},
        {"data": {"prompt": "Thank", "draft": "thx"},
         "predictions": [{"model_version": "m1", "result": _textarea("Thank you very much.")}]},
        {"data": {"prompt": "Leave", "draft": "bye"}},
    ])  # fmt: skip
    _, other = ls_admin.new_user("other")
    ls_admin.annotate(taken, _textarea("SECRET other answer"), pat=other)

    report = sync(ls_client, store, assets_dir)
    tasks = _tasks(store, project)
    assert set(tasks) == {f"ls-{project}-{plain}", f"ls-{project}-{predicted}"}
    assert tasks[f"ls-{project}-{plain}"].payload["draft_md"] == "hi"
    assert tasks[f"ls-{project}-{predicted}"].payload["draft_md"] == "Thank you very much."
    assert tasks[f"ls-{project}-{plain}"].payload["prompt"] == "Greet"
    assert report.pull.changes >= 2

    ls_admin.annotate(plain, _textarea("SECRET too"), pat=other)  # done by someone else now
    sync(ls_client, store, assets_dir)
    assert set(_tasks(store, project)) == {f"ls-{project}-{predicted}"}
    again = sync(ls_client, store, assets_dir)
    assert again.pull.changes == 0  # nothing changed: nothing pulled


def test_compare_tasks_never_show_another_annotators_judgment(
    ls_admin: LsAdmin, ls_client: LabelStudioClient, store: Store, assets_dir: Path
) -> None:
    project = ls_admin.create_project("Pairs", compare_config(), maximum_annotations=2)
    (task,) = ls_admin.import_tasks(
        project, [{"data": {"prompt": "Say hi", "response_a": "Hi", "response_b": "Hello"}}]
    )
    _, other = ls_admin.new_user("other")
    judged = [
        {"from_name": "preference", "to_name": "prompt", "type": "choices",
         "value": {"choices": ["2"]}},
        {"from_name": "rationale", "to_name": "prompt", "type": "textarea",
         "value": {"text": ["SECRET rationale"]}},
    ]  # fmt: skip
    ls_admin.annotate(task, judged, pat=other)

    sync(ls_client, store, assets_dir)
    (row,) = _tasks(store, project).values()  # one of two annotations: still open for us
    assert row.kind == "compare"
    assert [r["text_md"] for r in row.payload["responses"]] == ["Hi", "Hello"]
    assert [c["key"] for c in row.payload["criteria"]] == ["helpfulness", "correctness"]
    assert "SECRET" not in json.dumps(row.payload)


def test_bbox_predictions_become_prefill_in_pixels_once_the_image_arrives(
    ls_admin: LsAdmin, ls_client: LabelStudioClient, store: Store, assets_dir: Path
) -> None:
    project = ls_admin.create_project("Boxes", BBOX_CONFIG)
    task = ls_admin.upload_image(project, png(640, 480), "street.png")
    box = {"x": 10, "y": 50, "width": 25, "height": 10, "rotation": 0,
           "rectanglelabels": ["dog"]}  # fmt: skip
    ls_admin.api("POST", "/api/predictions/", json={
        "task": task, "model_version": "m1",
        "result": [{"from_name": "label", "to_name": "image", "type": "rectanglelabels",
                    "original_width": 640, "original_height": 480, "value": box}],
    })  # fmt: skip

    report = sync(ls_client, store, assets_dir)
    # Other tests' projects on the same server come too: this one's image is among them.
    assert report.asset_errors == [] and report.assets >= 1
    payload = _tasks(store, project)[f"ls-{project}-{task}"].payload
    image = payload["image"]
    assert (image["width"], image["height"], image["mime"]) == (640, 480, "image/png")
    assert (assets_dir / image["sha256"]).is_file()
    assert payload["prefill"] == [{"label": "dog", "x": 64.0, "y": 240.0, "w": 160.0, "h": 48.0}]
    assert "prefill_percent" not in payload
    assert [lab["name"] for lab in payload["labels"]] == ["cat", "dog"]


def test_a_deleted_task_goes_unless_there_is_local_work_on_it(
    ls_admin: LsAdmin,
    ls_client: LabelStudioClient,
    store: Store,
    assets_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    project = ls_admin.create_project("Rewrites", REWRITE_CONFIG)
    untouched, worked, kept = ls_admin.import_tasks(
        project, [{"data": {"prompt": f"p{i}", "draft": f"d{i}"}} for i in range(3)]
    )
    sync(ls_client, store, assets_dir)
    leases.checkout(ls_client, store, f"ls-{project}", 3)
    ops.save_draft(store, f"ls-{project}-{worked}", {"text_md": "my edit"}, 3.0)
    ls_admin.delete_task(untouched)
    ls_admin.delete_task(worked)

    monkeypatch.setattr(feed, "LISTING_EVERY", timedelta(0))  # the periodic listing is due
    report = sync(ls_client, store, assets_dir)
    assert set(_tasks(store, project)) == {f"ls-{project}-{worked}", f"ls-{project}-{kept}"}
    assert f"ls-{project}-{untouched}" in report.changed["tasks"]
    with store.read() as s:
        lease = s.exec(select(Assignment).where(Assignment.task_id == f"ls-{project}-{worked}"))
        assignment = lease.one()
    assert assignment.state == "revoked" and assignment.flagged  # kept, marked for the user


def test_a_task_that_cannot_be_shown_is_quarantined_and_sync_goes_on(
    ls_admin: LsAdmin, ls_client: LabelStudioClient, store: Store, assets_dir: Path
) -> None:
    project = ls_admin.create_project("Rewrites", REWRITE_CONFIG)
    ok, bad = ls_admin.import_tasks(
        project, [{"data": {"prompt": "p", "draft": "d"}}, {"data": {"prompt": "p", "draft": "x"}}]
    )
    ls_admin.set_data(bad, {"prompt": "no draft"})  # an edit after import: not checked
    sync(ls_client, store, assets_dir)
    assert set(_tasks(store, project)) == {f"ls-{project}-{ok}"}
    assert quarantine_count(store) >= 1  # other tests' projects on this server may add some
    (problem,) = [q for q in quarantined(store) if q.item_id.startswith(f"ls-{project}-")]
    assert problem.item_id == f"ls-{project}-{bad}"
    assert "the task's data has no 'draft'" in problem.raw
