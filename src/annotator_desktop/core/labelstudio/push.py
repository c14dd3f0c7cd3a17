"""Sending queued submissions and skips to Label Studio as annotations (exactly once).

:func:`push_row` is the one entry point: :class:`~annotator_desktop.core.labelstudio.client.
LabelStudioClient` routes every outbox row (``PUT /submissions/{uuid}``, ``PUT /skips/{uuid}``)
here and hands its answer to the outbox as if our server had sent it.

One row becomes one annotation, ``POST /api/tasks/{task}/annotations/`` with our submission (or
skip) UUID as ``unique_id``: Label Studio refuses a second annotation with the same
``unique_id`` (409 "Annotation with this unique id already exists"), so a retry after a lost
answer or a killed process finds the one annotation (in the JSON export of that task, the only
read that shows ``unique_id``) instead of making another. ``ls_annotation`` keeps what became of
each row: ``posting``/``posting_late`` before the POST (with the late verdict taken before our
own annotation existed), ``stored``/``late`` with the annotation id after it; a replayed row is
answered from there without asking Label Studio again.

Label Studio validates nothing, so the result is checked with our own rules
(:func:`~annotator_desktop.protocol.validate_result`) before it is sent: a bad one is a 422 with
field errors, as from our server. A submission on a task whose annotation limit other people
reached meanwhile (Label Studio reserves nothing) is still posted, and answered ``late``.

The push reports markers (:data:`EVENTS`, used by the SIGKILL tests to place kills):
``ls push posting <uuid>`` right before the POST, ``ls push posted <uuid>`` right after Label
Studio answered (before anything is recorded), ``ls push recorded <uuid>`` after the record.
"""

from __future__ import annotations

import re
import uuid as uuid_mod
import weakref
from collections.abc import Callable
from typing import Any

import requests

from annotator_desktop.core.labelstudio import convert, mapping, projects
from annotator_desktop.core.labelstudio.configs import LsSchema
from annotator_desktop.core.labelstudio.models import LsAnnotation, schema_of
from annotator_desktop.core.labelstudio.responses import make_response, problem
from annotator_desktop.core.labelstudio.session import LsSession, ls_error
from annotator_desktop.core.store import Store, ops
from annotator_desktop.core.sync.errors import BadAnswer
from annotator_desktop.protocol import (
    RESULT_MODELS,
    BadWireData,
    ErrorCode,
    FieldError,
    ProjectConfig,
    SkipIn,
    SubmissionIn,
    TaskKind,
    parse_as,
    parse_json,
    validate_result,
)

POSTING, POSTING_LATE, STORED, LATE = "posting", "posting_late", "stored", "late"
DUPLICATE_TEXT = "unique id already exists"
_PATH_RE = re.compile(r"/(submissions|skips)/([^/]{1,64})")

# Test hooks: each is called with the name of every marker the push passes (see the docstring).
EVENTS: list[Callable[[str], None]] = []

_me: weakref.WeakKeyDictionary[LsSession, int] = weakref.WeakKeyDictionary()


def _report(name: str) -> None:
    for hook in list(EVENTS):
        hook(name)


def _my_id(ls: LsSession) -> int:
    """The signed-in Label Studio user's id (asked once per session)."""
    found = _me.get(ls)
    if found is None:
        found = _me[ls] = projects.whoami(ls)[0]
    return found


def _invalid(errors: list[FieldError] | list[dict[str, Any]], detail: str) -> requests.Response:
    items = [e.model_dump(mode="json") if isinstance(e, FieldError) else e for e in errors]
    return problem(422, ErrorCode.VALIDATION, detail, errors=items)


def _field(loc: list[str | int], msg: str, code: str = "invalid") -> dict[str, Any]:
    return {"loc": loc, "code": code, "msg": msg}


def push_row(ls: LsSession, store: Store, method: str, path: str, body: Any) -> requests.Response:
    """Sends one outbox row to Label Studio; returns the protocol v1 answer for the outbox.

    ``path`` is the row's protocol v1 path without ``/api/v1`` (``/submissions/{uuid}`` or
    ``/skips/{uuid}``); ``body`` its JSON body. Answers as our server would: 201 stored (200
    when it was stored before), ``{"late": true}`` for a late one, 422 with field errors,
    404 for a task Label Studio no longer has, 5xx with Retry-After to try again later. Raises
    NetworkError / NotSignedIn like ``send``.
    """
    match = _PATH_RE.fullmatch(path)
    if method.upper() != "PUT" or match is None:
        return problem(404, ErrorCode.NOT_FOUND, f"{method} {path} is not a push")
    is_skip = match.group(1) == "skips"
    try:
        ident = str(uuid_mod.UUID(match.group(2)))
    except ValueError:
        return _invalid([_field(["id"], "the id is not a UUID")], "the id is not a UUID")
    try:
        wire: SubmissionIn | SkipIn = (
            parse_as(SkipIn, body) if is_skip else parse_as(SubmissionIn, body)
        )
    except BadWireData as exc:
        return _invalid([_field(["body"], str(exc))], "the body is not valid")
    where = mapping.ls_task_of(wire.task_id)
    if where is None:
        msg = "this task is not a Label Studio task"
        return _invalid([_field(["task_id"], msg)], msg)
    ls_project, ls_task = where
    done = mapping.annotation(store, ident)
    if done is not None and done.state in (STORED, LATE) and done.annotation_id is not None:
        return _answer(ident, wire, ls_project, done, replay=True)
    found = mapping.project(store, mapping.project_id(ls_project))
    if found is None or not found.kind:
        return problem(404, ErrorCode.NOT_FOUND, "this Label Studio project is not in the cache")
    schema = schema_of(found)
    if isinstance(wire, SubmissionIn):
        errors = _validation_errors(store, schema, wire)
        if errors:
            return _invalid(errors, "the result is not valid")
        annotation: dict[str, Any] = {
            "result": convert.to_ls_result(schema, wire.result),
            "lead_time": round(float(wire.active_seconds), 3),
            "was_cancelled": False,
        }
        if wire.started_at is not None:
            annotation["started_at"] = wire.started_at.isoformat()
    else:
        annotation = {"result": [], "lead_time": 0, "was_cancelled": True}
    annotation["unique_id"] = ident
    if done is not None and done.state in (POSTING, POSTING_LATE):
        late = done.state == POSTING_LATE  # decided before our annotation could exist
    else:
        overlap = int(schema.config.get("overlap") or 1)
        at_limit = _others_at_limit(ls, ls_task, overlap)
        if at_limit is None:
            return _task_gone()
        late = at_limit and not is_skip
        mapping.record_annotation(store, ident, ls_task, None, POSTING_LATE if late else POSTING)
    _report(f"ls push posting {ident}")
    annotation_id = _post(ls, ls_project, ls_task, ident, annotation)
    if isinstance(annotation_id, requests.Response):
        return annotation_id
    _report(f"ls push posted {ident}")
    mapping.record_annotation(store, ident, ls_task, annotation_id, LATE if late else STORED)
    _report(f"ls push recorded {ident}")
    if is_skip:  # as our server ends the lease: the task is not held here any more
        mapping.release(store, wire.task_id)
    row = LsAnnotation(
        submission_id=ident, ls_task_id=ls_task, annotation_id=annotation_id,
        state=LATE if late else STORED,
    )  # fmt: skip
    return _answer(ident, wire, ls_project, row, replay=False)


def _validation_errors(
    store: Store, schema: LsSchema, wire: SubmissionIn
) -> list[FieldError] | list[dict[str, Any]]:
    """Our server's checks on the result, against the task as cached (shape only without it)."""
    task = ops.get_task(store, wire.task_id)
    if task is None or task.kind != schema.kind:
        try:
            parse_as(RESULT_MODELS[TaskKind(schema.kind)], wire.result)
        except BadWireData as exc:
            return [_field(["result"], str(exc))]
        return []
    project = ops.get_project(store, task.project_id)
    raw = project.config if project is not None and project.config else schema.config
    try:
        config = ProjectConfig.model_validate(raw)
    except ValueError:
        config = ProjectConfig()
    return validate_result(schema.kind, task.payload, config, wire.result)  # as our server


def _task_gone() -> requests.Response:
    return problem(404, ErrorCode.NOT_FOUND, "the task was deleted in Label Studio")


def _others_at_limit(ls: LsSession, ls_task: int, overlap: int) -> bool | None:
    """Whether other people's annotations already fill the task's limit; None: no such task."""
    me = _my_id(ls)
    resp = ls.request("GET", f"/api/tasks/{ls_task}/annotations/")
    with resp:
        if resp.status_code == 404:
            return None
        if resp.status_code >= 300:
            raise ls_error(resp)
        try:
            items = parse_json(resp.content)
        except BadWireData as exc:
            raise BadAnswer("Label Studio's annotations of a task", str(exc)) from exc
    if not isinstance(items, list):
        raise BadAnswer("Label Studio's annotations of a task", "not a list")
    others = sum(
        1
        for a in items
        if isinstance(a, dict)
        and a.get("was_cancelled") is not True
        and convert.user_id(a.get("completed_by")) != me
    )
    return others >= overlap


def _post(
    ls: LsSession, ls_project: int, ls_task: int, ident: str, annotation: dict[str, Any]
) -> int | requests.Response:
    """The annotation's id (new, or the one a former attempt made), or the answer to give."""
    resp = ls.request("POST", f"/api/tasks/{ls_task}/annotations/", json=annotation)
    with resp:
        status = resp.status_code
        if status in (200, 201):
            try:
                body = parse_json(resp.content)
            except BadWireData as exc:
                raise BadAnswer("Label Studio's new annotation", str(exc)) from exc
            made = body.get("id") if isinstance(body, dict) else None
            if not isinstance(made, int) or isinstance(made, bool):
                raise BadAnswer("Label Studio's new annotation", "no annotation id")
            return made
        error = ls_error(resp)
    if status == 409 and DUPLICATE_TEXT in error.detail:
        existing = find_annotation(ls, ls_project, ls_task, ident)
        if existing is None:  # the export does not show it (yet): ask again later
            return problem(503, "labelstudio_annotation_not_found", error.detail, retry_after=5)
        return existing
    if status == 404:
        return _task_gone()
    if status >= 500 or status == 429:
        return problem(status, error.code, error.detail, retry_after=error.retry_after)
    if status == 403:
        return problem(403, ErrorCode.FORBIDDEN, error.detail or "Label Studio refused this")
    return _invalid([_field(["result"], error.detail or f"HTTP {status}")], "Label Studio refused")


def find_annotation(ls: LsSession, ls_project: int, ls_task: int, ident: str) -> int | None:
    """The id of the task's annotation whose ``unique_id`` is ``ident`` (the JSON export of the
    one task is the only read that shows ``unique_id``), or None."""
    body = ls.call(
        "GET", f"/api/projects/{ls_project}/export",
        params={"exportType": "JSON", "download_all_tasks": "true", "ids[]": ls_task},
    )  # fmt: skip
    tasks = body if isinstance(body, list) else []
    for task in tasks:
        annotations = task.get("annotations") if isinstance(task, dict) else None
        for item in annotations if isinstance(annotations, list) else []:
            if isinstance(item, dict) and str(item.get("unique_id") or "") == ident:
                found = item.get("id")
                if isinstance(found, int) and not isinstance(found, bool):
                    return found
    return None


def _answer(
    ident: str, wire: SubmissionIn | SkipIn, ls_project: int, row: LsAnnotation, *, replay: bool
) -> requests.Response:
    status = 200 if replay else 201
    project = mapping.project_id(ls_project)
    if isinstance(wire, SkipIn):
        return make_response(status, {
            "id": ident, "task_id": wire.task_id, "project_id": project,
            "assignment_id": wire.assignment_id, "user_id": "", "reason": wire.reason.value,
            "text": wire.text,
        })  # fmt: skip
    return make_response(status, {
        "id": ident, "assignment_id": wire.assignment_id, "task_id": wire.task_id,
        "annotator_id": "", "lease_epoch": wire.lease_epoch, "result": wire.result,
        "started_at": wire.started_at.isoformat() if wire.started_at else None,
        "submitted_at": wire.submitted_at.isoformat(), "active_seconds": wire.active_seconds,
        "late": row.state == LATE, "state": "submitted", "project_id": project,
        "annotation_id": row.annotation_id,
    })  # fmt: skip
