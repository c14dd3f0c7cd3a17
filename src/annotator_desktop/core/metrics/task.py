"""A project's agreement kept as per-task parts that add up (so a server can sum them in SQL).

Each task's part is computed once, from the latest result of each annotator; the project figure
is :func:`combine` of the parts' sums and equals :func:`kind_agreement` on the same results:

- bbox / rewrite: the mean over all annotator pairs of all tasks, so a part is (pairs, total);
- compare: interval Krippendorff's alpha of the preferences. With per-unit sums it is
  ``1 - (n - 1) · D / (2n·S2 - 2·S1²)``, where each task adds its pairable values (n), their sum
  (S1) and sum of squares (S2), and its observed disagreement
  D_u = (2m·Σv² - 2(Σv)²) / (m - 1) for its m values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from annotator_desktop.core.metrics.boxes import TooManyBoxes, box_f1
from annotator_desktop.core.metrics.edit import word_edit_distance

#: Work allowed to match one pair of box lists (IoUs plus matching steps): about 0.1 s.
MAX_BOX_WORK = 100_000


@dataclass(frozen=True)
class TaskAgreement:
    """One task's share of its project's agreement figure."""

    annotators: int = 0
    pairs: int = 0  # annotator pairs measured (bbox, rewrite)
    total: float = 0.0  # the sum of their figures
    skipped: int = 0  # bbox: pairs with too many boxes to compare
    n_values: int = 0  # compare: pairable preferences
    value_sum: float = 0.0
    value_sq_sum: float = 0.0
    disagreement: float = 0.0


def task_agreement(
    kind: str, by_annotator: Mapping[str, Mapping[str, Any]], max_box_work: int = MAX_BOX_WORK
) -> TaskAgreement:
    """The part of one task, from each annotator's latest result."""
    results = list(by_annotator.values())
    count = len(results)
    if count < 2:
        return TaskAgreement(annotators=count)
    if kind == "compare":
        values = [float(p) for r in results if isinstance(p := r.get("preference", 0), int)]
        m, s1, s2 = len(values), sum(values), sum(v * v for v in values)
        if m < 2:
            return TaskAgreement(annotators=count)
        observed = (2 * m * s2 - 2 * s1 * s1) / (m - 1)
        return TaskAgreement(count, 0, 0.0, 0, m, s1, s2, observed)
    total, pairs, skipped = 0.0, 0, 0
    for first, second in combinations(results, 2):
        if kind == "bbox":
            try:
                total += box_f1(
                    first.get("boxes", []), second.get("boxes", []), max_work=max_box_work
                )
            except TooManyBoxes:
                skipped += 1
                continue
        else:
            total += word_edit_distance(
                str(first.get("text_md", "")), str(second.get("text_md", ""))
            )
        pairs += 1
    return TaskAgreement(annotators=count, pairs=pairs, total=total, skipped=skipped)


def combine(kind: str, parts: TaskAgreement) -> dict[str, float | None]:
    """The project's figure from the sums of its tasks' parts (each field summed)."""
    if kind == "compare":
        n, s1 = parts.n_values, parts.value_sum
        expected = 2 * n * parts.value_sq_sum - 2 * s1 * s1
        if n <= 1 or expected <= 0:  # integer preferences: the sums are exact
            return {"preference_alpha": None}
        return {"preference_alpha": 1.0 - (n - 1) * parts.disagreement / expected}
    mean = parts.total / parts.pairs if parts.pairs else None
    if kind == "bbox":
        out: dict[str, float | None] = {"box_f1": mean}
        if parts.skipped:  # "too many boxes to compare": pairs left out of box_f1
            out["box_pairs_too_many_to_compare"] = float(parts.skipped)
        return out
    return {"edit_distance": mean}
