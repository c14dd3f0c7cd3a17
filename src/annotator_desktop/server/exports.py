"""``annotator-server export``: a project's submissions and reviews (``jsonl``), or training data
(``preference`` pairs of a compare project, ``sft`` examples of a rewrite project). A file is
written atomically: a temporary file beside it, fsynced, then renamed over it."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from pydantic_core import from_json
from sqlalchemy import String, cast, select
from sqlmodel import Session, col

from annotator_desktop.core.metrics import ExportSummary, preference_lines, sft_line
from annotator_desktop.server.models import (
    ProjectRow,
    ReviewRow,
    SubmissionRow,
    TaskMetaRow,
    TaskRow,
    UserRow,
)
from annotator_desktop.server.serialize import review_out, submission_out

EXPORT_FORMATS = ("jsonl", "preference", "sft")
KIND_OF_FORMAT = {"preference": "compare", "sft": "rewrite"}


@contextlib.contextmanager
def atomic_text(path: Path) -> Iterator[IO[str]]:
    """A text file that replaces ``path`` only when the block ends without an error."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if os.name == "posix":
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _line(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, allow_nan=False) + "\n"


def jsonl_lines(session: Session, project_id: str) -> Iterator[str]:
    """Every submission (all states, late ones too), then every review, oldest first."""
    subs = select(SubmissionRow).where(col(SubmissionRow.project_id) == project_id)
    for row in session.scalars(subs.order_by(col(SubmissionRow.received_at))).all():
        yield _line({"type": "submission", **submission_out(row).model_dump(mode="json")})
    revs = select(ReviewRow).where(col(ReviewRow.project_id) == project_id)
    for rev in session.scalars(revs.order_by(col(ReviewRow.created_at))).all():
        yield _line({"type": "review", **review_out(rev).model_dump(mode="json")})


def _object(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    try:
        value = from_json(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def training_lines(
    session: Session, project: ProjectRow, fmt: str, summary: ExportSummary
) -> Iterator[str]:
    """The ``preference`` or ``sft`` lines of ``project``: every judgment of every annotator
    (late and rejected ones too, with their ``state``), oldest first. Payloads and results are
    read as JSON text and parsed once each (100,000s of rows)."""
    if KIND_OF_FORMAT[fmt] != project.kind:
        raise ValueError(
            f"{fmt} export is for {KIND_OF_FORMAT[fmt]} projects; this is a {project.kind} project"
        )
    pid = project.id
    payload_json = dict(
        session.execute(
            select(col(TaskRow.id), cast(col(TaskRow.payload), String)).where(
                col(TaskRow.project_id) == pid
            )
        ).all()
    )
    meta = {
        m.task_id: m.data
        for m in session.scalars(
            select(TaskMetaRow).where(col(TaskMetaRow.project_id) == pid)
        ).all()
    }
    names = {u.id: u.username for u in session.scalars(select(UserRow)).all()}
    subs = session.execute(
        select(
            col(SubmissionRow.id), col(SubmissionRow.task_id), col(SubmissionRow.annotator_id),
            col(SubmissionRow.state), col(SubmissionRow.late),
            cast(col(SubmissionRow.result), String),
        )
        .where(col(SubmissionRow.project_id) == pid)
        .order_by(col(SubmissionRow.received_at))
    )  # fmt: skip
    payloads: dict[str, dict[str, Any] | None] = {}
    for sub_id, task_id, annotator_id, state, late, result_json in subs:
        if task_id not in payloads:
            payloads[task_id] = _object(payload_json.get(task_id))
        payload, result = payloads[task_id], _object(result_json)
        base = {
            "task_id": task_id,
            "submission_id": sub_id,
            "annotator": names.get(annotator_id, annotator_id),
            "annotator_id": annotator_id,
            "state": state,
            "late": bool(late),
            "metadata": meta.get(task_id, {}),
        }
        if payload is None or result is None:
            summary.submissions += 1
            summary.skipped += 1
        elif fmt == "preference":
            yield from preference_lines(payload, result, base, summary)
        elif (line := sft_line(payload, result, base, summary)) is not None:
            yield line


def export_lines(
    session: Session, project: ProjectRow, fmt: str, summary: ExportSummary
) -> Iterator[str]:
    if fmt == "jsonl":
        return jsonl_lines(session, project.id)
    if fmt in KIND_OF_FORMAT:
        return training_lines(session, project, fmt, summary)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
