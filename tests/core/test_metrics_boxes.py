"""IoU and IoU-matched box F1 against hand-computed values."""

from __future__ import annotations

import random
import time

import pytest

from annotator_desktop.core.metrics import box_f1, iou, match_boxes, mean_pairwise_box_f1


def box(x: float, y: float, w: float, h: float, label: str = "car") -> dict[str, object]:
    return {"label": label, "x": x, "y": y, "w": w, "h": h}


def test_iou_hand_computed() -> None:
    assert iou(box(0, 0, 10, 10), box(0, 0, 10, 10)) == 1.0
    # Overlap 5x10 = 50; union 100 + 100 - 50 = 150.
    assert iou(box(0, 0, 10, 10), box(5, 0, 10, 10)) == pytest.approx(50 / 150)
    # Contained: 4 / 100.
    assert iou(box(0, 0, 10, 10), box(3, 3, 2, 2)) == pytest.approx(0.04)
    assert iou(box(0, 0, 10, 10), box(10, 0, 5, 5)) == 0.0  # touching edges
    assert iou(box(0, 0, 10, 10), box(50, 50, 5, 5)) == 0.0


def test_iou_negative_size_and_degenerate_boxes() -> None:
    assert iou(box(10, 10, -10, -10), box(0, 0, 10, 10)) == 1.0
    assert iou(box(5, 5, 0, 0), box(5, 5, 0, 0)) == 1.0
    assert iou(box(5, 5, 0, 0), box(0, 0, 10, 10)) == 0.0
    assert iou(box(0, 0, 10, 10), box(0, 0, 10, 10, "dog")) == 1.0  # labels ignored


def test_box_f1_hand_computed() -> None:
    a = [box(0, 0, 10, 10), box(20, 0, 10, 10), box(40, 0, 10, 10)]
    b = [box(1, 0, 10, 10), box(20, 0, 10, 10, "dog"), box(100, 100, 5, 5)]
    # Matches: a0-b0 (IoU 90/110 ≈ 0.82); a1-b1 differ in label. F1 = 2·1 / 6.
    assert box_f1(a, b) == pytest.approx(1 / 3)
    assert box_f1(a, b, match_labels=False) == pytest.approx(2 / 3)
    assert box_f1(b, a) == box_f1(a, b)
    # At a threshold above 0.82 the shifted box no longer counts.
    assert box_f1(a, b, iou_threshold=0.85) == 0.0


def test_box_f1_empty_lists() -> None:
    assert box_f1([], []) == 1.0
    assert box_f1([box(0, 0, 1, 1)], []) == 0.0
    assert box_f1([], [box(0, 0, 1, 1)]) == 0.0


def test_matching_is_maximum_not_greedy() -> None:
    # a0-b0 9/11, a0-b1 7/13, a1-b0 8/12, a1-b1 6/14 (< 0.5).
    # Greedy by IoU takes a0-b0 first and leaves a1 unmatched; the maximum matching takes both.
    a = [box(0, 0, 10, 10), box(-1, 0, 10, 10)]
    b = [box(1, 0, 10, 10), box(3, 0, 10, 10)]
    assert iou(a[0], b[0]) > iou(a[0], b[1]) >= 0.5
    assert iou(a[1], b[0]) >= 0.5 > iou(a[1], b[1])
    assert match_boxes(a, b) == [(0, 1), (1, 0)]
    assert box_f1(a, b) == 1.0


def test_each_box_matches_at_most_once() -> None:
    a = [box(0, 0, 10, 10)]
    b = [box(0, 0, 10, 10), box(0, 0, 10, 10)]
    assert box_f1(a, b) == pytest.approx(2 / 3)


def test_threshold_out_of_range_raises() -> None:
    with pytest.raises(ValueError, match="iou_threshold"):
        box_f1([box(0, 0, 1, 1)], [box(0, 0, 1, 1)], iou_threshold=0)


def test_mean_pairwise_over_tasks() -> None:
    same = [box(0, 0, 10, 10)]
    other = [box(50, 50, 10, 10)]
    per_task = {
        "t1": [same, same, other],  # pairs: 1, 0, 0
        "t2": [same, same],  # pair: 1
        "t3": [same],  # one annotator: ignored
    }
    assert mean_pairwise_box_f1(per_task) == pytest.approx(2 / 4)
    assert mean_pairwise_box_f1({"t3": [same]}) is None
    assert mean_pairwise_box_f1({}) is None


def test_many_boxes_stay_fast() -> None:
    a = [box(15 * i, 15 * j, 10, 10) for i in range(20) for j in range(20)]
    b = [box(15 * i + 1, 15 * j, 10, 10) for i in range(20) for j in range(20)]
    assert box_f1(a, b) == 1.0


def brute_force_matches(a: list[dict], b: list[dict], threshold: float) -> int:
    """The largest number of disjoint qualifying pairs, by trying every assignment."""
    best = 0

    def walk(i: int, used: frozenset[int], count: int) -> None:
        nonlocal best
        if i == len(a):
            best = max(best, count)
            return
        walk(i + 1, used, count)
        for j, other in enumerate(b):
            if j not in used and a[i]["label"] == other["label"] and iou(a[i], other) >= threshold:
                walk(i + 1, used | {j}, count + 1)

    walk(0, frozenset(), 0)
    return best


def test_matching_is_maximum_on_random_crowded_scenes() -> None:
    rng = random.Random(11)
    for _ in range(300):
        a = [random_box(rng) for _ in range(rng.randint(0, 6))]
        b = [random_box(rng) for _ in range(rng.randint(0, 6))]
        expected = brute_force_matches(a, b, 0.3)
        assert len(match_boxes(a, b, 0.3)) == expected
        assert box_f1(a, b, 0.3) == box_f1(b, a, 0.3)


def random_box(rng: random.Random) -> dict[str, object]:
    x, y = rng.uniform(0, 30), rng.uniform(0, 30)
    w, h = rng.uniform(-20, 20), rng.uniform(5, 20)
    return box(x, y, w, h, rng.choice(["car", "car", "dog"]))


def test_two_thousand_boxes_are_fast() -> None:
    rng = random.Random(5)
    a = [
        box(rng.uniform(0, 9000), rng.uniform(0, 9000), rng.uniform(10, 90), 40)
        for _ in range(2000)
    ]
    b = [{**item, "x": item["x"] + 2} for item in a]
    start = time.process_time()  # CPU time: what the code costs, not how busy the machine is
    assert box_f1(a, b) > 0.99
    assert time.process_time() - start < 5.0  # all-pairs IoU took 14 s of wall time, loaded
