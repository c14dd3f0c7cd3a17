"""Krippendorff's alpha for any number of coders, missing values, four metric levels.

Follows Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011): build the coincidence
matrix ``o[c][k]`` from the pairable units, then ``alpha = 1 - (n - 1) · Σ o·δ² / Σ n_c·n_k·δ²``.
Cost: O(coders·units + V²) for V distinct values.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from itertools import accumulate

ALPHA_LEVELS = ("nominal", "ordinal", "interval", "ratio")

Value = float
Delta = Callable[[int, int], float]


def _units(reliability_data: Sequence[Sequence[Value | None]]) -> list[Counter[Value]]:
    """Per unit, the count of each value; only units with >= 2 values (pairable)."""
    if not reliability_data:
        return []
    n_units = len(reliability_data[0])
    if any(len(row) != n_units for row in reliability_data):
        raise ValueError("every coder's row must have one entry per unit")
    units: list[Counter[Value]] = []
    for u in range(n_units):
        values = [v for row in reliability_data if (v := row[u]) is not None]
        if len(values) >= 2:
            units.append(Counter(values))
    return units


def _coincidences(units: list[Counter[Value]], values: list[Value]) -> list[list[float]]:
    index = {v: i for i, v in enumerate(values)}
    o = [[0.0] * len(values) for _ in values]
    for counts in units:
        m_u = sum(counts.values())
        for c, n_c in counts.items():
            for k, n_k in counts.items():
                pairs = n_c * (n_c - 1) if c == k else n_c * n_k
                o[index[c]][index[k]] += pairs / (m_u - 1)
    return o


def _delta(level: str, values: list[Value], marginals: list[float]) -> Delta:
    """The squared difference function δ²(c, k) of ``level``, on value indices."""
    if level == "nominal":
        return lambda i, j: 0.0 if i == j else 1.0
    if level == "interval":
        return lambda i, j: (values[i] - values[j]) ** 2
    if level == "ratio":

        def ratio(i: int, j: int) -> float:
            s = values[i] + values[j]
            return 0.0 if s == 0 else ((values[i] - values[j]) / s) ** 2

        return ratio
    if level == "ordinal":
        cum = [0.0, *accumulate(marginals)]  # cum[i] = n_0 + … + n_(i-1)

        def ordinal(i: int, j: int) -> float:
            lo, hi = min(i, j), max(i, j)
            return (cum[hi + 1] - cum[lo] - (marginals[lo] + marginals[hi]) / 2) ** 2

        return ordinal
    raise ValueError(f"level must be one of {ALPHA_LEVELS}, got {level!r}")


def krippendorff_alpha(
    reliability_data: Sequence[Sequence[Value | None]], level: str = "interval"
) -> float | None:
    """Krippendorff's alpha of ``reliability_data`` (coders × units, ``None`` = missing).

    ``level`` is nominal, ordinal, interval or ratio (ordinal ranks the distinct values by their
    natural order). Units with fewer than two values are not pairable and are ignored. Returns
    ``None`` when alpha is undefined: fewer than two pairable values, or no expected disagreement
    (every pairable value the same, so there is no variation to agree on).
    """
    if level not in ALPHA_LEVELS:
        raise ValueError(f"level must be one of {ALPHA_LEVELS}, got {level!r}")
    units = _units(reliability_data)
    values = sorted({v for counts in units for v in counts})
    if not values:
        return None
    o = _coincidences(units, values)
    marginals = [sum(row) for row in o]
    n = sum(marginals)
    delta = _delta(level, values, marginals)
    size = range(len(values))
    observed = sum(o[i][j] * delta(i, j) for i in size for j in size if i != j)
    expected = sum(marginals[i] * marginals[j] * delta(i, j) for i in size for j in size if i != j)
    if n <= 1 or expected == 0:
        return None
    return 1.0 - (n - 1) * observed / expected


def preference_alpha(per_task: Mapping[str, Mapping[str, int]]) -> float | None:
    """Interval alpha of compare preferences (-3..3): task -> annotator -> preference.

    Annotators are the coders, tasks the units; tasks done by one annotator do not count.
    """
    annotators = sorted({a for prefs in per_task.values() for a in prefs})
    tasks = sorted(per_task)
    data: list[list[Value | None]] = [
        [_as_value(per_task[t].get(a)) for t in tasks] for a in annotators
    ]
    return krippendorff_alpha(data, "interval")


def _as_value(v: int | None) -> Value | None:
    return None if v is None else float(v)
