"""Project statistics as plain data: from the server's stats endpoint, or computed from the cache.

Qt-free (it could move to ``core/`` unchanged). The local computation mirrors the server's:
the verdict of a submission is its newest review; agreement uses ``core.metrics`` on tasks that
two or more annotators did (their newest submission each).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from annotator_desktop.core import metrics
from annotator_desktop.core.store.rows import VERDICT_TASK_STATE


@dataclass(frozen=True)
class AnnotatorFigures:
    annotator_id: str
    name: str
    submitted: int = 0
    accepted: int = 0
    rejected: int = 0
    needs_changes: int = 0
    acceptance_rate: float | None = None
    active_seconds: float = 0.0
    throughput_per_hour: float | None = None


@dataclass(frozen=True)
class ProjectFigures:
    project_id: str
    kind: str
    source: str  # "server" | "local"
    counts: dict[str, int] = field(default_factory=dict)
    annotators: list[AnnotatorFigures] = field(default_factory=list)
    agreement: dict[str, float | None] = field(default_factory=dict)
    note: str = ""  # why the figures are local (machine code: offline | forbidden | error)


def from_server(body: dict[str, Any], kind: str) -> ProjectFigures:
    """Figures from ``GET /projects/{id}/stats`` (untrusted: unknown shapes are skipped)."""
    counts = {str(k): int(v) for k, v in (body.get("counts") or {}).items() if _is_num(v)}
    people = []
    for a in body.get("annotators") or []:
        if not isinstance(a, dict):
            continue
        people.append(AnnotatorFigures(
            annotator_id=str(a.get("annotator_id", "")), name=str(a.get("username", "")),
            submitted=int(a.get("submitted") or 0), accepted=int(a.get("accepted") or 0),
            rejected=int(a.get("rejected") or 0), needs_changes=int(a.get("needs_changes") or 0),
            acceptance_rate=_opt(a.get("acceptance_rate")),
            active_seconds=float(a.get("active_seconds") or 0),
            throughput_per_hour=_opt(a.get("throughput_per_hour")),
        ))  # fmt: skip
    agreement = {str(k): _opt(v) for k, v in (body.get("agreement") or {}).items()}
    return ProjectFigures(
        str(body.get("project_id", "")), kind, "server", counts, people, agreement
    )


def _is_num(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _opt(value: Any) -> float | None:
    return float(value) if _is_num(value) else None


@dataclass(frozen=True)
class LocalSubmission:
    """What the local computation needs of a cached submission."""

    id: str
    task_id: str
    annotator: str  # "" = the signed-in user's own work
    result: dict[str, Any]
    active_seconds: float
    submitted_at: str  # sortable text
    late: bool
    verdict: str = ""  # newest review's verdict, "" when not reviewed


def compute_local(
    project_id: str,
    kind: str,
    task_states: list[str],
    subs: list[LocalSubmission],
    you: str = "",
) -> ProjectFigures:
    """Figures from what the cache holds: task states, submissions and their reviews."""
    counts: dict[str, int] = {"tasks": len(task_states)}
    for state in task_states:
        counts[state] = counts.get(state, 0) + 1
    counts["submissions"] = len(subs)
    by_person: dict[str, list[LocalSubmission]] = defaultdict(list)
    for sub in subs:
        by_person[sub.annotator or you].append(sub)
    people = [_person(name, rows) for name, rows in sorted(by_person.items())]
    return ProjectFigures(project_id, kind, "local", counts, people, agreement(kind, subs, you))


def _person(name: str, rows: list[LocalSubmission]) -> AnnotatorFigures:
    states = [VERDICT_TASK_STATE.get(r.verdict, "") for r in rows]
    accepted, rejected = states.count("accepted"), states.count("rejected")
    changes = states.count("needs_changes")
    reviewed = accepted + rejected + changes
    active = sum(r.active_seconds for r in rows)
    return AnnotatorFigures(
        annotator_id=name, name=name, submitted=len(rows), accepted=accepted, rejected=rejected,
        needs_changes=changes, acceptance_rate=accepted / reviewed if reviewed else None,
        active_seconds=active, throughput_per_hour=len(rows) * 3600 / active if active else None,
    )  # fmt: skip


def agreement(kind: str, subs: list[LocalSubmission], you: str = "") -> dict[str, float | None]:
    """Agreement on tasks done by two or more annotators (newest on-time submission each)."""
    latest: dict[str, dict[str, LocalSubmission]] = defaultdict(dict)
    for sub in sorted(subs, key=lambda s: s.submitted_at):
        if not sub.late:
            latest[sub.task_id][sub.annotator or you] = sub
    multi = {t: by for t, by in latest.items() if len(by) >= 2}
    out: dict[str, float | None] = {"overlap_tasks": float(len(multi))}
    if multi:
        results = {t: {a: r.result for a, r in by.items()} for t, by in multi.items()}
        out.update(metrics.kind_agreement(kind, results))
    return out
