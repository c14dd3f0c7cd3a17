"""Box agreement: IoU and IoU-matched F1 between two annotators' box lists.

Boxes are mappings ``{label, x, y, w, h}`` in image pixels; a negative width or height is read
as a box drawn the other way (normalised before use).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from itertools import combinations
from typing import Any

Box = Mapping[str, Any]


class TooManyBoxes(ValueError):
    """Matching two box lists would take more than the work allowed (``max_work``)."""


class _Budget:
    """Counts units of work (one IoU, one step of an augmenting path) up to ``limit``."""

    def __init__(self, limit: int | None) -> None:
        self.limit, self.used = limit, 0

    def spend(self, units: int = 1) -> None:
        self.used += units
        if self.limit is not None and self.used > self.limit:
            raise TooManyBoxes(f"more than {self.limit} steps to match these boxes")


def _extent(box: Box) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) with x0 <= x1 and y0 <= y1."""
    x, y = float(box["x"]), float(box["y"])
    w, h = float(box["w"]), float(box["h"])
    return min(x, x + w), min(y, y + h), max(x, x + w), max(y, y + h)


def _iou_extents(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    iw = min(a[2], b[2]) - max(a[0], b[0])
    ih = min(a[3], b[3]) - max(a[1], b[1])
    inter = iw * ih if iw > 0 and ih > 0 else 0.0
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    if union <= 0:
        return 1.0 if a == b else 0.0  # two identical degenerate boxes coincide
    return inter / union


def iou(a: Box, b: Box) -> float:
    """Intersection over union of two boxes, 0..1 (labels are ignored).

    Two identical zero-area boxes have IoU 1.0; a zero-area box and any other box 0.0.
    """
    return _iou_extents(_extent(a), _extent(b))


def _candidates(
    a: Sequence[Box], b: Sequence[Box], iou_threshold: float, match_labels: bool, budget: _Budget
) -> list[list[tuple[float, int]]]:
    """For each box of ``a``, the boxes of ``b`` it may match, best IoU first.

    ``b`` is sorted by left edge so that each box of ``a`` only looks at the boxes whose left
    edge lies within (its left edge - the widest box of b, its right edge]: pairs that do not
    overlap horizontally cannot reach a positive IoU threshold.
    """
    ea = [_extent(box) for box in a]
    eb = [_extent(box) for box in b]
    order = sorted(range(len(eb)), key=lambda j: eb[j][0])
    lefts = [eb[j][0] for j in order]
    widest = max((e[2] - e[0] for e in eb), default=0.0)
    out: list[list[tuple[float, int]]] = []
    for i, ext_a in enumerate(ea):
        row: list[tuple[float, int]] = []
        lo = bisect_left(lefts, ext_a[0] - widest)
        hi = bisect_right(lefts, ext_a[2])
        budget.spend(hi - lo)  # before the work: a huge window is refused at once
        for j in order[lo:hi]:
            if match_labels and a[i].get("label") != b[j].get("label"):
                continue
            value = _iou_extents(ext_a, eb[j])
            if value >= iou_threshold:
                row.append((value, j))
        row.sort(key=lambda t: (-t[0], t[1]))
        out.append(row)
    return out


def _augment(
    start: int, cand: list[list[tuple[float, int]]], owner: dict[int, int], budget: _Budget
) -> bool:
    """Finds an augmenting path from ``start`` (iterative DFS) and flips it into ``owner``."""
    seen: set[int] = set()
    stack: list[tuple[int, int]] = [(start, 0)]  # (index in a, next candidate position)
    path: list[int] = []  # b-indices chosen along the stack
    while stack:
        budget.spend()
        i, pos = stack[-1]
        row = cand[i]
        while pos < len(row) and row[pos][1] in seen:
            pos += 1
            budget.spend()
        if pos == len(row):
            stack.pop()
            if path:
                path.pop()
            continue
        j = row[pos][1]
        stack[-1] = (i, pos + 1)
        seen.add(j)
        path.append(j)
        if j not in owner:
            for (ai, _), bj in zip(stack, path, strict=True):
                owner[bj] = ai
            return True
        stack.append((owner[j], 0))
    return False


def match_boxes(
    a: Sequence[Box],
    b: Sequence[Box],
    iou_threshold: float = 0.5,
    match_labels: bool = True,
    max_work: int | None = None,
) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of ``a`` to ``b`` among pairs with IoU >= threshold.

    Pairs qualify when their IoU is at least ``iou_threshold`` (and, with ``match_labels``, their
    labels are equal). Among qualifying pairs the matching has the largest possible number of
    pairs (augmenting paths, Kuhn's algorithm), trying higher-IoU partners first, so the result
    never depends on list order when one box overlaps several. Returns (index in a, index in b).
    Cost: IoU only for pairs that overlap horizontally (worst case O(|a|·|b|), typically about
    O((|a| + |b|)·log|b|) for boxes of similar size), plus O(|a|·E) for the matching (E pairs).
    With ``max_work``, :class:`TooManyBoxes` is raised as soon as the IoUs computed plus the
    steps of the matching exceed it (e.g. two lists of 1,500 boxes piled on one spot).
    """
    if not 0.0 < iou_threshold <= 1.0:
        raise ValueError(f"iou_threshold must be in (0, 1], got {iou_threshold!r}")
    budget = _Budget(max_work)
    cand = _candidates(a, b, iou_threshold, match_labels, budget)
    owner: dict[int, int] = {}  # index in b -> index in a
    # Boxes with fewer options first: cheaper, and the greedy start is then nearly optimal.
    for i in sorted(range(len(a)), key=lambda k: (len(cand[k]), k)):
        if cand[i]:
            _augment(i, cand, owner, budget)
    return sorted((i, j) for j, i in owner.items())


def box_f1(
    a: Sequence[Box],
    b: Sequence[Box],
    iou_threshold: float = 0.5,
    match_labels: bool = True,
    max_work: int | None = None,
) -> float:
    """F1 of two box lists: 2·matched / (|a| + |b|), matching as in :func:`match_boxes`.

    Symmetric in ``a`` and ``b``. Both empty (both say "nothing to label") is full agreement, 1.0;
    one empty and the other not is 0.0. ``max_work``: see :func:`match_boxes`.
    """
    if not a and not b:
        return 1.0
    matched = len(match_boxes(a, b, iou_threshold, match_labels, max_work))
    return 2.0 * matched / (len(a) + len(b))


def mean_pairwise_box_f1(
    per_task: Mapping[str, Sequence[Sequence[Box]]],
    iou_threshold: float = 0.5,
    match_labels: bool = True,
) -> float | None:
    """Mean :func:`box_f1` over every pair of annotators of every task with >= 2 annotators.

    All pairs of all tasks weigh the same. ``None`` when no task has two annotators.
    """
    total = 0.0
    pairs = 0
    for lists in per_task.values():
        for first, second in combinations(lists, 2):
            total += box_f1(first, second, iou_threshold, match_labels)
            pairs += 1
    return total / pairs if pairs else None
