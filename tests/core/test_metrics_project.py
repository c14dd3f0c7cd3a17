"""The per-kind agreement figure shared by the server's and the client's statistics."""

from __future__ import annotations

from annotator_desktop.core.metrics import kind_agreement

BOX = {"label": "car", "x": 10, "y": 10, "w": 50, "h": 40}


def test_boxes_rewrites_and_preferences_pick_their_metric() -> None:
    boxes = {"t": {"ana": {"boxes": [BOX]}, "ben": {"boxes": [BOX]}}}
    assert kind_agreement("bbox", boxes) == {"box_f1": 1.0}
    texts = {"t": {"ana": {"text_md": "a b c d"}, "ben": {"text_md": "a b c e"}}}
    assert kind_agreement("rewrite", texts) == {"edit_distance": 0.25}
    prefs = {
        "t1": {"ana": {"preference": -3}, "ben": {"preference": -3}},
        "t2": {"ana": {"preference": 2}, "ben": {"preference": 2}},
    }
    assert kind_agreement("compare", prefs) == {"preference_alpha": 1.0}


def test_no_overlap_gives_no_figure() -> None:
    assert kind_agreement("rewrite", {}) == {"edit_distance": None}
