"""Training-data export from the local cache: ``preference`` (compare projects: one JSON line per
judged pair) and ``sft`` (rewrite projects: context + rewrite). The lines themselves are built
by :mod:`annotator_desktop.core.metrics.training`, which the server's export shares.

Built for size (100,000 pairs and more): payloads and results are read as JSON text and parsed
with pydantic-core, lines are streamed to a temporary file that is fsynced and renamed.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic_core import from_json
from sqlalchemy import String, cast
from sqlalchemy import select as sa_select
from sqlmodel import col, select

from annotator_desktop.core.cancel import CancelToken, ProgressFn
from annotator_desktop.core.formats.progress import Steps
from annotator_desktop.core.formats.types import FormatError
from annotator_desktop.core.metrics.training import ExportSummary, preference_lines, sft_line
from annotator_desktop.core.store import Project, Store, Submission, Task

KIND_OF_FORMAT = {"preference": "compare", "sft": "rewrite"}
SubRow = tuple[str, str, str, str, str | None]  # id, task id, annotator, state, result JSON


def _json_object(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    try:
        value = from_json(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _load(store: Store, project_id: str, fmt: str) -> tuple[dict[str, str | None], list[SubRow]]:
    """Payload JSON by task id, and every submission of the project (all states and origins),
    oldest first; FormatError when the project is missing or of another kind."""
    with store.read() as s:
        project = s.get(Project, project_id)
        if project is None:
            raise FormatError(f"no project {project_id!r} in the local cache")
        if KIND_OF_FORMAT.get(fmt) != project.kind:
            raise FormatError(
                f"{fmt} export is for {KIND_OF_FORMAT.get(fmt, '?')} projects; "
                f"project {project_id!r} is a {project.kind} project"
            )
        in_project = col(Task.project_id) == project_id
        tasks = s.exec(select(Task.id, cast(Task.payload, String)).where(in_project)).all()
        subs = (
            s.connection()
            .execute(
                sa_select(
                    col(Submission.id),
                    col(Submission.task_id),
                    col(Submission.annotator_id),
                    col(Submission.state),
                    cast(col(Submission.result), String),
                )
                .where(col(Submission.task_id).in_(select(Task.id).where(in_project)))
                .order_by(col(Submission.submitted_at), col(Submission.id))
            )
            .all()
        )
    return {tid: payload for tid, payload in tasks}, [(a, b, c, d, e) for a, b, c, d, e in subs]


def training_lines(
    store: Store, project_id: str, fmt: str, summary: ExportSummary, steps: Steps
) -> Iterator[str]:
    """The project's ``preference`` or ``sft`` lines; one step per submission."""
    payload_json, subs = _load(store, project_id, fmt)
    steps.begin(len(subs) + 1)
    payloads: dict[str, dict[str, Any] | None] = {}
    for sub_id, task_id, annotator, state, result_json in subs:
        if task_id not in payloads:
            payloads[task_id] = _json_object(payload_json.get(task_id))
        payload, result = payloads[task_id], _json_object(result_json)
        base = {"task_id": task_id, "submission_id": sub_id, "annotator": annotator,
                "state": state}  # fmt: skip
        if payload is None or result is None:
            summary.submissions += 1
            summary.skipped += 1
        elif fmt == "preference":
            yield from preference_lines(payload, result, base, summary)
        elif (line := sft_line(payload, result, base, summary)) is not None:
            yield line
        steps.step()


def write_training(
    store: Store,
    project_id: str,
    fmt: str,
    out: Path,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    summary: ExportSummary | None = None,
) -> Path:
    """Writes the project's ``fmt`` lines to ``out``, atomically: a cancel or an error leaves
    ``out`` as it was. ``progress(done, total)`` counts submissions, then the rename."""
    summary = summary if summary is not None else ExportSummary()
    steps = Steps(progress, cancel)
    steps.begin(0)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name[:40]}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.writelines(training_lines(store, project_id, fmt, summary, steps))
            fh.flush()
            os.fsync(fh.fileno())
        steps.check()  # the last moment a cancel still leaves nothing behind
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(out.parent)
    steps.finish()
    return out


def _fsync_dir(folder: Path) -> None:
    """Makes the rename durable (POSIX); a no-op where folders cannot be opened."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
