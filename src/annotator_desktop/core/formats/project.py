"""The bridge between the local store and the formats: build a Dataset from a project's
submissions, export it, and import boxes from files as prefill of a project's tasks."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from annotator_desktop.core.formats.names import base_name, safe_file_name
from annotator_desktop.core.formats.types import (
    Dataset,
    FormatError,
    ImageAnnotations,
    finite,
    positive_int,
)
from annotator_desktop.core.store import Account, Project, Review, Store, Submission, Task

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff", ".webp")
SUFFIX_BY_MIME = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/bmp": ".bmp",
    "image/gif": ".gif",
    "image/tiff": ".tif",
    "image/webp": ".webp",
}
_EPOCH = datetime.min.replace(tzinfo=UTC)
_REVIEW_FIELDS = ("id", "verdict", "comment", "reviewer_id", "created_at")


def load_project(store: Store, project_id: str) -> tuple[Project, list[Task]]:
    """The project and its tasks in list order; FormatError when there is no such project."""
    with store.read() as s:
        project = s.get(Project, project_id)
        if project is None:
            raise FormatError(f"no project {project_id!r} in the local cache")
        tasks = s.exec(
            select(Task)
            .where(Task.project_id == project_id)
            .order_by(col(Task.position), col(Task.id))
        ).all()
        return project, list(tasks)


def _submissions(store: Store, task_ids: list[str]) -> list[Submission]:
    with store.read() as s:
        rows = s.exec(select(Submission).where(col(Submission.task_id).in_(task_ids))).all()
    return sorted(rows, key=lambda r: (r.submitted_at or _EPOCH, r.id))


def _current_user_id(store: Store) -> str | None:
    with store.read() as s:
        account = s.exec(select(Account).where(col(Account.current).is_(True))).first()
        return account.id if account is not None else None


def latest_own_results(store: Store, tasks: list[Task]) -> dict[str, Submission]:
    """Per task, the user's own latest submission, whatever its state: made here (``origin``
    local) or pulled from the server with the signed-in user as annotator (another device)."""
    me = _current_user_id(store)
    latest: dict[str, Submission] = {}
    for sub in _submissions(store, [t.id for t in tasks]):
        if sub.origin == "local" or (me is not None and sub.annotator_id == me):
            latest[sub.task_id] = sub
    return latest


def image_file_name(task: Task) -> str:
    """The image's file name: ``image.file_name``, the local file, an image-like title, or
    ``<sha256><suffix>`` (how the asset cache names it)."""
    image = task.payload.get("image") if isinstance(task.payload, dict) else None
    image = image if isinstance(image, dict) else {}
    for candidate in (image.get("file_name"), image.get("path"), task.title):
        if isinstance(candidate, str):
            name = base_name(candidate)
            if name.lower().endswith(IMAGE_SUFFIXES):
                return name
    suffix = SUFFIX_BY_MIME.get(str(image.get("mime", "")), "")
    return f"{image.get('sha256') or task.id}{suffix}"


def project_labels(project: Project, tasks: list[Task]) -> list[str]:
    """Label names from the project config, then from the tasks, in first-seen order."""
    names: list[str] = []
    sources = [project.config.get("labels")] + [t.payload.get("labels") for t in tasks]
    for labels in sources:
        for label in labels if isinstance(labels, list) else []:
            name = label.get("name") if isinstance(label, dict) else label
            if isinstance(name, str) and name and name not in names:
                names.append(name)
    return names


def _boxes(result: dict[str, Any], where: str) -> list[dict[str, Any]]:
    raw = result.get("boxes", [])
    if not isinstance(raw, list):
        raise FormatError(f"{where}: 'boxes' is not a list")
    boxes = []
    for i, box in enumerate(raw):
        if not isinstance(box, dict):
            raise FormatError(f"{where}: box {i} is not an object")
        at = f"{where}: box {i}"
        coords = {k: finite(box.get(k), f"{at}.{k}") for k in ("x", "y", "w", "h")}
        boxes.append({"label": str(box.get("label", "")), **coords})
    return boxes


def _image(task: Task, sub: Submission) -> ImageAnnotations:
    where = f"task {task.id}"
    image = task.payload.get("image")
    image = image if isinstance(image, dict) else {}
    width = sub.result.get("image_width") or image.get("width")
    height = sub.result.get("image_height") or image.get("height")
    return ImageAnnotations(
        file_name=image_file_name(task),
        width=positive_int(width, f"{where}: image width"),
        height=positive_int(height, f"{where}: image height"),
        boxes=_boxes(sub.result, where),
        sha256=image.get("sha256") if isinstance(image.get("sha256"), str) else None,
        task_id=task.id,
    )


def bbox_dataset(store: Store, project_id: str) -> Dataset:
    """The project's boxes: one image per task with a submission of the user's (latest wins)."""
    project, tasks = load_project(store, project_id)
    if project.kind != "bbox":
        raise FormatError(f"project {project_id!r} is a {project.kind} project, not bbox")
    latest = latest_own_results(store, tasks)
    images = [_image(t, latest[t.id]) for t in tasks if t.id in latest]
    return Dataset(labels=project_labels(project, tasks), images=images)


def submission_records(store: Store, project_id: str) -> list[dict[str, Any]]:
    """Every submission of the project (all kinds, all states, all origins), oldest first,
    each with its task's kind and title and the reviews it received."""
    project, tasks = load_project(store, project_id)
    by_id = {t.id: t for t in tasks}
    subs = _submissions(store, list(by_id))
    with store.read() as s:
        reviews = s.exec(
            select(Review).where(col(Review.submission_id).in_([r.id for r in subs]))
        ).all()
    by_sub: dict[str, list[dict[str, Any]]] = {}
    for review in sorted(reviews, key=lambda r: (r.created_at or _EPOCH, r.id)):
        by_sub.setdefault(review.submission_id, []).append(
            {k: getattr(review, k) for k in _REVIEW_FIELDS}
        )
    return [_record(project, by_id[sub.task_id], sub, by_sub.get(sub.id, [])) for sub in subs]


def _record(
    project: Project, task: Task, sub: Submission, reviews: list[dict[str, Any]]
) -> dict[str, Any]:
    fields = ("assignment_id", "annotator_id", "lease_epoch", "state", "origin", "result")
    times = ("started_at", "submitted_at", "active_seconds")
    return {
        "submission_id": sub.id,
        "project_id": project.id,
        "task_id": task.id,
        "kind": task.kind,
        "title": task.title,
        **{k: getattr(sub, k) for k in fields + times},
        "reviews": reviews,
    }


def output_file(out: Path, project_id: str, suffix: str) -> Path:
    """``out`` itself, or ``out/<project>.<suffix>`` when ``out`` is an existing folder."""
    out = Path(out)
    if out.is_dir():
        return out / safe_file_name(f"{project_id}{suffix}", fallback=f"export{suffix}")
    return out
