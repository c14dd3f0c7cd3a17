"""The most split compare tasks: where several annotators' judgments disagree most (Qt-free).

Each judgment gives every pair of responses a sign: +1 (the first in payload order better), -1,
or 0 (tie). Two judgments differ on a response pair by ``|s1 - s2| / 2``: 1 when opposite, 1/2
when one says tie, 0 when they agree. A task's ``split`` is that difference averaged over every
two judgments and every response pair: 0 when all agree, 1 when every two are opposite. Nothing
here picks a winner: disagreement is read, never voted away.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from annotator_desktop.core.metrics.pairs import judge, pair_signs, response_ids

MAX_SPLIT_TASKS = 20


@dataclass(frozen=True, slots=True)
class SplitEntry:
    task_id: str
    judgments: int
    split: float
    submission_ids: tuple[str, ...]


def task_split(signs: list[dict[tuple[str, str], int]]) -> float | None:
    """The split of one task's judgments (their pair signs); None with fewer than two."""
    if len(signs) < 2 or not signs[0]:
        return None
    keys = list(signs[0])
    total = 0.0
    count = 0
    for s1, s2 in combinations(signs, 2):
        for key in keys:
            total += abs(s1[key] - s2[key]) / 2
            count += 1
    return total / count


def split_tasks(
    tasks: Mapping[str, Mapping[str, Any]],
    results: Iterable[tuple[str, str, Mapping[str, Any]]],
    limit: int = MAX_SPLIT_TASKS,
) -> list[SplitEntry]:
    """The ``limit`` most split tasks (split > 0), most split first, then by task id.

    ``tasks`` maps task id -> compare payload; ``results`` gives ``(task_id, submission_id,
    result)`` for each judgment to count (one per annotator: the caller picks which).
    """
    by_task: dict[str, list[tuple[str, dict[tuple[str, str], int]]]] = {}
    ids_of: dict[str, list[str]] = {}
    for task_id, submission_id, result in results:
        payload = tasks.get(task_id)
        if payload is None:
            continue
        if task_id not in ids_of:
            ids_of[task_id] = response_ids(payload)
        ids = ids_of[task_id]
        signs = pair_signs(ids, judge(ids, result)) if ids else None
        if signs is not None:
            by_task.setdefault(task_id, []).append((submission_id, signs))
    entries = []
    for task_id, judged in by_task.items():
        split = task_split([s for _, s in judged])
        if split:
            entries.append(SplitEntry(task_id, len(judged), split, tuple(sid for sid, _ in judged)))
    entries.sort(key=lambda e: (-e.split, e.task_id))
    return entries[:limit]
