"""Labels given without a colour are drawn in distinct colours, by their place in the list."""

from __future__ import annotations

from annotator_desktop.protocol import LABEL_COLOURS, BBoxPayload, ProjectConfig


def test_labels_without_a_colour_get_distinct_colours_by_place() -> None:
    """Every label of a project made with ``{"labels": [{"name": ...}]}`` was the same red."""
    config = ProjectConfig.model_validate({"labels": [{"name": n} for n in "abcdefghijkl"]})
    colours = [label.color for label in config.labels]
    assert colours[:10] == list(LABEL_COLOURS)
    assert len(set(colours[:10])) == 10
    assert colours[10:] == list(LABEL_COLOURS[:2])  # then the palette starts again


def test_given_colours_are_kept_and_a_dump_validates_to_the_same() -> None:
    raw = {"labels": [{"name": "car", "color": "#000000"}, {"name": "bus"}]}
    config = ProjectConfig.model_validate(raw)
    assert [label.color for label in config.labels] == ["#000000", LABEL_COLOURS[1]]
    again = ProjectConfig.model_validate(config.model_dump(mode="json"))
    assert again == config


def test_task_labels_too() -> None:
    payload = BBoxPayload.model_validate({
        "image": {"sha256": "0" * 64, "width": 10, "height": 10},
        "labels": [{"name": "cat"}, {"name": "dog"}],
    })  # fmt: skip
    assert [label.color for label in payload.labels] == list(LABEL_COLOURS[:2])
