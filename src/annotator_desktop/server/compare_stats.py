"""The compare-project figures of ``GET /projects/{id}/stats``: the bias audit (project and per
annotator) and the most split tasks, computed by ``core.metrics`` exactly as the desktop does.

Each annotator's latest on-time submission per task counts (the judgments agreement uses).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from annotator_desktop.core.metrics import BiasFigures, BiasItem, bias_report, split_tasks
from annotator_desktop.protocol import BiasShare, BiasStats, ProjectStats, SplitTask
from annotator_desktop.server.models import SubmissionRow


def _latest(subs: Iterable[SubmissionRow]) -> list[SubmissionRow]:
    latest: dict[tuple[str, str], SubmissionRow] = {}
    for s in sorted(subs, key=lambda s: s.received_at):
        if not s.late:
            latest[(s.task_id, s.annotator_id)] = s
    return list(latest.values())


def bias_stats(figures: BiasFigures) -> BiasStats:
    return BiasStats(**{cue: BiasShare(**share) for cue, share in figures.as_dict().items()})


def add_compare_figures(
    stats: ProjectStats,
    tasks: Mapping[str, tuple[str, Mapping[str, Any]]],
    subs: Iterable[SubmissionRow],
) -> ProjectStats:
    """Fills ``stats.bias``, each annotator's ``bias`` and ``stats.split_tasks``; ``tasks`` maps
    task id -> (title, payload)."""
    judged = [s for s in _latest(subs) if s.task_id in tasks]
    report = bias_report(
        BiasItem(s.task_id, s.annotator_id, tasks[s.task_id][1], s.result) for s in judged
    )
    stats.bias = bias_stats(report.project)
    for row in stats.annotators:
        figures = report.annotators.get(row.annotator_id)
        row.bias = bias_stats(figures) if figures is not None else None
    entries = split_tasks(
        {tid: payload for tid, (_, payload) in tasks.items()},
        ((s.task_id, s.id, s.result) for s in judged),
    )
    stats.split_tasks = [
        SplitTask(
            task_id=e.task_id,
            title=tasks[e.task_id][0],
            judgments=e.judgments,
            split=e.split,
            submission_ids=list(e.submission_ids),
        )
        for e in entries
    ]
    return stats
