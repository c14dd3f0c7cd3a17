"""Krippendorff's alpha against the published worked example and small hand-computed cases."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import permutations

import pytest

from annotator_desktop.core.metrics import krippendorff_alpha, preference_alpha

_ = None
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 coders, 12 units.
EXAMPLE: list[list[float | None]] = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]
PUBLISHED = {"nominal": 0.743, "ordinal": 0.815, "interval": 0.849, "ratio": 0.797}


def pairwise_alpha(data: Sequence[Sequence[float | None]], level: str) -> float:
    """An independent reference: alpha = 1 - D_o / D_e from explicit pairs of raw values.

    D_o averages δ² over the ordered pairs of values inside each pairable unit (weight 1/(m_u-1));
    D_e averages δ² over all ordered pairs of pairable values. No coincidence matrix involved.
    """
    units = [[row[u] for row in data if row[u] is not None] for u in range(len(data[0]))]
    units = [u for u in units if len(u) >= 2]
    pool = [v for u in units for v in u]
    n = len(pool)

    def delta(c: float, k: float) -> float:
        if level == "nominal":
            return float(c != k)
        if level == "interval":
            return (c - k) ** 2
        if level == "ratio":
            return ((c - k) / (c + k)) ** 2
        lo, hi = min(c, k), max(c, k)  # ordinal: ranks by frequency of values between c and k
        between = sum(1 for v in pool if lo <= v <= hi)
        return (between - (pool.count(c) + pool.count(k)) / 2) ** 2

    d_o = sum(sum(delta(c, k) for c, k in permutations(u, 2)) / (len(u) - 1) for u in units) / n
    d_e = sum(delta(c, k) for c, k in permutations(pool, 2)) / (n * (n - 1))
    return 1 - d_o / d_e


@pytest.mark.parametrize("level", sorted(PUBLISHED))
def test_published_example_matches_paper_and_independent_computation(level: str) -> None:
    alpha = krippendorff_alpha(EXAMPLE, level)
    assert alpha is not None
    assert round(alpha, 3) == PUBLISHED[level]
    assert alpha == pytest.approx(pairwise_alpha(EXAMPLE, level), abs=1e-12)


def test_published_example_exact_interval_and_nominal_fractions() -> None:
    # By hand: 40 pairable values with n_1..n_5 = 9, 13, 10, 5, 3; the off-diagonal coincidences
    # sum to 8 (units 2, 6 and 8 give 6/3, 12/3 and 6/3), Σ n_c·n_k over c≠k is 1216, so
    # alpha = 1 - 39·8/1216 = 113/152.
    assert krippendorff_alpha(EXAMPLE, "nominal") == pytest.approx(113 / 152, abs=1e-15)


def test_hand_computed_two_coders() -> None:
    # Units (1,1) and (2,1): n=4, n1=3, n2=1, o12=o21=1 -> alpha = 1 - 3·2/(2·3·1) = 0.
    assert krippendorff_alpha([[1, 2], [1, 1]], "nominal") == pytest.approx(0.0)
    assert krippendorff_alpha([[1, 2], [1, 1]], "interval") == pytest.approx(0.0)
    # Systematic disagreement (1,2),(2,1): alpha = 1 - 3·4/(2·2·2·1) = -0.5.
    assert krippendorff_alpha([[1, 2], [2, 1]], "nominal") == pytest.approx(-0.5)
    # Perfect agreement with variation.
    assert krippendorff_alpha([[1, 2, 3], [1, 2, 3]], "ordinal") == pytest.approx(1.0)
    # Interval: units (0,2),(2,2): values 0,2,2,2 (n=4); o02=o20=1, o22=2.
    # observed = 2·4 = 8, expected = 2·(1·3·4) = 24 -> alpha = 1 - 3·8/24 = 0.
    assert krippendorff_alpha([[0, 2], [2, 2]], "interval") == pytest.approx(0.0)


def test_interval_uses_distance_while_nominal_does_not() -> None:
    near = [[1, 1, 5, 5], [1, 2, 5, 5]]
    far = [[1, 1, 5, 5], [1, 4, 5, 5]]
    assert krippendorff_alpha(near, "nominal") == pytest.approx(krippendorff_alpha(far, "nominal"))
    near_i = krippendorff_alpha(near, "interval")
    far_i = krippendorff_alpha(far, "interval")
    assert near_i is not None and far_i is not None and near_i > far_i


def test_undefined_cases_give_none() -> None:
    assert krippendorff_alpha([], "interval") is None
    assert krippendorff_alpha([[1, 2, 3]], "interval") is None  # one coder: nothing pairable
    assert krippendorff_alpha([[1, None], [None, 2]], "nominal") is None
    assert krippendorff_alpha([[3, 3], [3, 3]], "interval") is None  # no variation at all


def test_bad_arguments_raise() -> None:
    with pytest.raises(ValueError, match="level"):
        krippendorff_alpha(EXAMPLE, "cardinal")
    with pytest.raises(ValueError, match="row"):
        krippendorff_alpha([[1, 2], [1]], "nominal")


def test_preference_alpha_uses_interval_over_annotators() -> None:
    per_task = {
        "t1": {"ana": 3, "ben": 2},
        "t2": {"ana": -3, "ben": -2},
        "t3": {"ana": 0, "ben": 1, "cy": 0},
        "t4": {"ana": 1},  # one annotator: not pairable
    }
    expected = krippendorff_alpha(
        [[3, -3, 0, 1], [2, -2, 1, None], [None, None, 0, None]], "interval"
    )
    assert preference_alpha(per_task) == pytest.approx(expected)
    assert expected is not None and expected > 0.8
    assert preference_alpha({"t": {"ana": 1}}) is None
    assert preference_alpha({}) is None
