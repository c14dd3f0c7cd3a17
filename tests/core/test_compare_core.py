"""Qt-free comparison logic: seeded order, the A/B scale mapping, word counts, diff spans."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from annotator_desktop.core.compare import (
    count_words,
    diff_spans,
    install_salt,
    preference_to_scale,
    presentation_order,
    scale_to_preference,
    valid_order,
)

IDS = ["resp-x", "resp-y"]


def test_order_is_stable_and_seeded_by_salt_and_task() -> None:
    first = presentation_order("task-1", IDS, "salt")
    assert first == presentation_order("task-1", IDS, "salt")
    assert sorted(first) == sorted(IDS)
    orders = {tuple(presentation_order(f"task-{i}", IDS, "salt")) for i in range(40)}
    assert orders == {tuple(IDS), tuple(reversed(IDS))}, "both orders occur across tasks"
    flipped = sum(
        presentation_order(f"t{i}", IDS, "a") != presentation_order(f"t{i}", IDS, "b")
        for i in range(200)
    )
    assert 50 < flipped < 150, "another salt gives an independent order"


def test_install_salt_is_created_once(tmp_path: Path) -> None:
    salt = install_salt(tmp_path)
    assert len(salt) >= 16
    assert install_salt(tmp_path) == salt
    assert (tmp_path / "compare_order_salt").read_text().strip() == salt


def test_valid_order() -> None:
    assert valid_order(["resp-y", "resp-x"], IDS)
    assert not valid_order(["resp-y"], IDS)
    assert not valid_order(["resp-y", "other"], IDS)
    assert not valid_order("resp-x", IDS)
    assert not valid_order(None, IDS)


@pytest.mark.parametrize(
    ("scale", "same_order", "swapped_order"),
    [(1, -3, 3), (2, -2, 2), (3, -1, 1), (4, 0, 0), (5, 1, -1), (6, 2, -2), (7, 3, -3)],
)
def test_scale_maps_to_preference_for_both_orders(
    scale: int, same_order: int, swapped_order: int
) -> None:
    # A = responses[0]: "A better" (scale < 4) means responses[0] better: negative.
    assert scale_to_preference(scale, IDS, IDS) == same_order
    # A = responses[1]: "A better" means responses[1] better: positive.
    assert scale_to_preference(scale, list(reversed(IDS)), IDS) == swapped_order
    assert preference_to_scale(same_order, IDS, IDS) == scale
    assert preference_to_scale(swapped_order, list(reversed(IDS)), IDS) == scale


def test_scale_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError):
        scale_to_preference(0, IDS, IDS)
    with pytest.raises(ValueError):
        preference_to_scale(4, IDS, IDS)


def test_count_words_ignores_markdown_punctuation() -> None:
    assert count_words("# Title\n\n- one two\n- three | --- | ``` ") == 4
    assert count_words("don't stop-it now") == 3
    assert count_words("مرحبا بالعالم") == 2
    assert count_words("你好世界") == 4
    assert count_words("") == 0


def test_diff_spans_mark_changed_words_only() -> None:
    a = "The cat sat on the mat.\nSame line here.\nGone line."
    b = "The dog sat on the mat.\nSame line here."
    spans_a, spans_b = diff_spans(a, b)
    marked_a = [a[s:e] for s, e in spans_a]
    marked_b = [b[s:e] for s, e in spans_b]
    assert "cat" in marked_a and "dog" in marked_b
    assert "Gone line." in marked_a
    assert not any("Same" in m for m in marked_a + marked_b)
    assert diff_spans("same text", "same text") == ([], [])


def test_diff_of_two_long_different_texts_is_fast() -> None:
    a = "\n".join(f"alpha {i} " * 20 for i in range(500))
    b = "\n".join(f"beta {i} " * 20 for i in range(500))
    start = time.process_time()  # CPU time: what the code costs, not how busy the machine is
    spans_a, spans_b = diff_spans(a, b)
    assert time.process_time() - start < 5.0
    assert spans_a and spans_b
