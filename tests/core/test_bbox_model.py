"""The Qt-free box model and geometry."""

from __future__ import annotations

from annotator_desktop.core.bbox_model import (
    BoxData,
    BoxModel,
    LabelDef,
    clamp_rect,
    labels_from_payload,
    move_rect,
    resize_rect,
)


def test_clamp_and_move_keep_box_inside() -> None:
    assert clamp_rect((-5, 90, 20, 20), 100, 100) == (0, 80, 20, 20)
    assert clamp_rect((0, 0, 500, 5), 100, 100) == (0, 0, 100, 5)
    assert move_rect((10, 10, 20, 20), 200, -50, 100, 100) == (80, 0, 20, 20)


def test_resize_by_every_handle_normalises() -> None:
    rect = (10.0, 10.0, 20.0, 20.0)
    assert resize_rect(rect, "br", 50, 60, 100, 100) == (10, 10, 40, 50)
    assert resize_rect(rect, "tl", 0, 0, 100, 100) == (0, 0, 30, 30)
    assert resize_rect(rect, "t", 99, 40, 100, 100) == (10, 30, 20, 10)  # crossed the bottom
    assert resize_rect(rect, "r", 500, 0, 100, 100) == (10, 10, 90, 20)  # clamped


def test_listeners_and_counts() -> None:
    seen: list[tuple[str, int]] = []
    model = BoxModel(100, 100, [LabelDef("a"), LabelDef("b")])
    model.subscribe(lambda what, i: seen.append((what, i)))
    first = model.add(BoxData("a", 1, 1, 5, 5))
    model.add(BoxData("a", 2, 2, 5, 5))
    model.update(first, BoxData("b", 1, 1, 5, 5))
    model.remove(first)
    assert seen == [("added", 1), ("added", 2), ("changed", 1), ("removed", 1)]
    assert model.counts() == {"a": 1}
    assert model.add(BoxData("a", 0, 0, 1, 1), box_id=first) == first


def test_result_draft_round_trip_keeps_proposals() -> None:
    model = BoxModel(640, 480, [LabelDef("car")])
    model.load([{"label": "car", "x": 1, "y": 2, "w": 3, "h": 4}, "junk", {"x": "?"}], True)
    model.add(BoxData("car", 10.123, 20, 30, 40))
    draft = model.draft()
    assert draft["proposals"] == [0]
    assert draft["boxes"][1] == {"label": "car", "x": 10.12, "y": 20, "w": 30, "h": 40}
    again = BoxModel(640, 480)
    again.load_draft(draft)
    assert [b.proposal for _, b in again.items()] == [True, False]
    assert again.result()["image_width"] == 640


def test_problems() -> None:
    model = BoxModel(100, 100, [LabelDef("car")])
    assert [p.code for p in model.problems()] == ["boxes_empty"]
    model.set_nothing_to_label(True)
    assert model.problems() == []
    model.add(BoxData("car", 0, 0, 0.5, 10))
    model.add(BoxData("", 95, 0, 10, 10))
    model.add(BoxData("dog", 0, 0, 10, 10))
    codes = [(p.code, p.box) for p in model.problems()]
    assert codes == [
        ("box_empty", 1),
        ("box_outside", 2),
        ("label_missing", 2),
        ("label_unknown", 3),
        ("nothing_with_boxes", 0),  # boxes and "nothing to label" exclude each other
    ]


def test_labels_from_payload_skips_bad_entries() -> None:
    labels = labels_from_payload([{"name": "a", "color": "#fff", "hotkey": 1}, {"x": 1}, 3])
    assert labels == [LabelDef("a", "#fff", "1")]
