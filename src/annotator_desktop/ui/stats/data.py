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
from annotator_desktop.core.metrics.bias import CUES, BiasFigures, BiasItem, Share, bias_report
from annotator_desktop.core.metrics.split import split_tasks
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
    bias: BiasFigures | None = None  # compare projects


@dataclass(frozen=True)
class SplitRow:
    """A task whose judgments disagree; ``split`` 0..1 (1: every two judgments opposite)."""

    task_id: str
    title: str
    judgments: int
    split: float
    submission_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProjectFigures:
    project_id: str
    kind: str
    source: str  # "server" | "local"
    counts: dict[str, int] = field(default_factory=dict)
    annotators: list[AnnotatorFigures] = field(default_factory=list)
    agreement: dict[str, float | None] = field(default_factory=dict)
    note: str = ""  # why the figures are local (machine code: offline | forbidden | error)
    bias: BiasFigures | None = None  # compare projects: over every annotator's judgments
    split_tasks: list[SplitRow] = field(default_factory=list)  # most split first
    skips: dict[str, int] = field(default_factory=dict)  # skipped tasks by reason


def from_server(body: dict[str, Any], kind: str) -> ProjectFigures:
    """Figures from ``GET /projects/{id}/stats`` (untrusted: unknown shapes are skipped)."""
    counts = _numbers(body.get("counts"))
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
            bias=_bias(a.get("bias")),
        ))  # fmt: skip
    agreement = {str(k): _opt(v) for k, v in (body.get("agreement") or {}).items()}
    split = [
        SplitRow(
            str(t.get("task_id", "")), str(t.get("title") or ""), int(t.get("judgments") or 0),
            float(t.get("split") or 0.0),
            tuple(str(x) for x in t.get("submission_ids") or [] if isinstance(x, str)),
        )
        for t in body.get("split_tasks") or []
        if isinstance(t, dict) and _is_num(t.get("split"))
    ]  # fmt: skip
    return ProjectFigures(
        str(body.get("project_id", "")), kind, "server", counts, people, agreement, "",
        _bias(body.get("bias")), split, _numbers(body.get("skips")),
    )  # fmt: skip


def _bias(data: Any) -> BiasFigures | None:
    """The server's ``BiasStats`` (untrusted): each cue a share with its interval."""
    if not isinstance(data, dict):
        return None
    shares = []
    for cue in CUES:
        found = data.get(cue)
        d: dict[str, Any] = found if isinstance(found, dict) else {}
        n, k = d.get("n"), d.get("k")
        if not isinstance(n, int) or not isinstance(k, int) or not 0 <= k <= n:
            shares.append(Share())
            continue
        shares.append(Share(
            n=int(n), k=int(k), share=_opt(d.get("share")), low=_opt(d.get("low")),
            high=_opt(d.get("high")), flagged=d.get("flagged") is True,
        ))  # fmt: skip
    return BiasFigures(*shares)


def _numbers(data: Any) -> dict[str, int]:
    """A name -> count map of the server's (untrusted: what is not a number is skipped)."""
    items = data.items() if isinstance(data, dict) else ()
    return {str(k): int(v) for k, v in items if _is_num(v)}


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
    tasks: dict[str, tuple[str, dict[str, Any]]] | None = None,
) -> ProjectFigures:
    """Figures from what the cache holds: task states, submissions and their reviews.

    ``tasks`` (task id -> title, payload) gives compare projects their bias audit and split list.
    """
    counts: dict[str, int] = {"tasks": len(task_states)}
    for state in task_states:
        counts[state] = counts.get(state, 0) + 1
    counts["submissions"] = len(subs)
    by_person: dict[str, list[LocalSubmission]] = defaultdict(list)
    for sub in subs:
        by_person[sub.annotator or you].append(sub)
    people = [_person(name, rows) for name, rows in sorted(by_person.items())]
    figures = ProjectFigures(project_id, kind, "local", counts, people, agreement(kind, subs, you))
    if kind != "compare" or not tasks:
        return figures
    return _with_compare_figures(figures, subs, you, tasks)


def _with_compare_figures(
    figures: ProjectFigures,
    subs: list[LocalSubmission],
    you: str,
    tasks: dict[str, tuple[str, dict[str, Any]]],
) -> ProjectFigures:
    """Adds the bias audit and the most split tasks (newest on-time judgment per annotator)."""
    latest: dict[tuple[str, str], LocalSubmission] = {}
    for sub in sorted(subs, key=lambda x: x.submitted_at):
        if not sub.late and sub.task_id in tasks:
            latest[(sub.task_id, sub.annotator or you)] = sub
    items = [
        BiasItem(task_id, person, tasks[task_id][1], sub.result)
        for (task_id, person), sub in latest.items()
    ]
    report = bias_report(items)
    people = [
        AnnotatorFigures(**{**a.__dict__, "bias": report.annotators.get(a.name)})
        for a in figures.annotators
    ]
    entries = split_tasks(
        {t: payload for t, (_title, payload) in tasks.items()},
        [(s.task_id, s.id, s.result) for s in latest.values()],
    )
    split = [
        SplitRow(e.task_id, tasks[e.task_id][0], e.judgments, e.split, e.submission_ids)
        for e in entries
    ]
    return ProjectFigures(
        **{**figures.__dict__, "annotators": people, "bias": report.project, "split_tasks": split}
    )


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
