"""Our ids for Label Studio objects, and the small mapping tables behind them.

Ids are deterministic (``ls-<project>``, ``ls-<project>-<task>``, ``ls-res-<project>-<task>`` for
a reservation's synthetic assignment), so a re-pull maps to the same rows and an id alone says
which Label Studio object it names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlmodel import Session, col, select

from annotator_desktop.core.labelstudio.models import LsAnnotation, LsProject, LsReservation, LsTask
from annotator_desktop.core.store import Store, utcnow

_PROJECT_RE = re.compile(r"^ls-(\d{1,18})$")
_TASK_RE = re.compile(r"^ls-(\d{1,18})-(\d{1,18})$")
_RESERVATION_RE = re.compile(r"^ls-res-(\d{1,18})-(\d{1,18})$")


def project_id(ls_project: int) -> str:
    return f"ls-{int(ls_project)}"


def task_id(ls_project: int, ls_task: int) -> str:
    return f"ls-{int(ls_project)}-{int(ls_task)}"


def assignment_id(ls_project: int, ls_task: int) -> str:
    """The synthetic assignment of a reservation (it names the task it reserves)."""
    return f"ls-res-{int(ls_project)}-{int(ls_task)}"


def ls_project_of(our_id: str) -> int | None:
    match = _PROJECT_RE.match(our_id)
    return int(match.group(1)) if match else None


def ls_task_of(our_id: str) -> tuple[int, int] | None:
    """(project, task) of one of our task ids, or None when it names no Label Studio task."""
    match = _TASK_RE.match(our_id)
    return (int(match.group(1)), int(match.group(2))) if match else None


def reserved_task_of(assignment: str) -> tuple[int, int] | None:
    """(project, task) of a reservation's assignment id, or None."""
    match = _RESERVATION_RE.match(assignment)
    return (int(match.group(1)), int(match.group(2))) if match else None


# --- tables --------------------------------------------------------------------------------


def record_tasks(store: Store, ls_project: int, ls_tasks: Iterable[int]) -> None:
    """Remembers which Label Studio tasks we have seen (insert once; harmless to repeat)."""
    ours = project_id(ls_project)
    with store.write() as s:
        for ls_task in ls_tasks:
            key = task_id(ls_project, ls_task)
            if s.get(LsTask, key) is None:
                s.add(LsTask(our_id=key, project_id=ours, ls_task_id=int(ls_task)))


def known_tasks(s: Session, ls_project: int) -> set[int]:
    """The Label Studio ids of the project's tasks this client has seen."""
    rows = s.exec(select(LsTask.ls_task_id).where(LsTask.project_id == project_id(ls_project)))
    return {int(r) for r in rows.all()}


def forget_tasks(s: Session, ls_project: int, ls_tasks: Iterable[int]) -> None:
    keys = [task_id(ls_project, t) for t in ls_tasks]
    for row in s.exec(select(LsTask).where(col(LsTask.our_id).in_(keys))).all():
        s.delete(row)


def projects(store: Store) -> list[LsProject]:
    """Every Label Studio project as last listed (supported or not), by title."""
    with store.read() as s:
        rows = s.exec(select(LsProject).order_by(col(LsProject.title), col(LsProject.ls_id)))
        return list(rows.all())


def project(store: Store, our_id: str) -> LsProject | None:
    with store.read() as s:
        return s.get(LsProject, our_id)


def reserve(s: Session, task: str) -> None:
    if s.get(LsReservation, task) is None:
        s.add(LsReservation(task_id=task, reserved_at=utcnow()))


def reserved(s: Session) -> set[str]:
    return set(s.exec(select(LsReservation.task_id)).all())


def release(store: Store, task: str) -> bool:
    """Drops a reservation; False when there was none."""
    with store.write() as s:
        row = s.get(LsReservation, task)
        if row is None:
            return False
        s.delete(row)
        return True


def annotation(store: Store, submission_id: str) -> LsAnnotation | None:
    with store.read() as s:
        return s.get(LsAnnotation, submission_id)


def record_annotation(
    store: Store, submission_id: str, ls_task: int, annotation_id: int | None, state: str
) -> None:
    """Records (or updates) what became of a submission sent as an annotation."""
    with store.write() as s:
        row = s.get(LsAnnotation, submission_id) or LsAnnotation(
            submission_id=submission_id, ls_task_id=int(ls_task)
        )
        row.annotation_id = annotation_id if annotation_id is not None else row.annotation_id
        row.state = state
        s.add(row)
