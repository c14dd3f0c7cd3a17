"""core.compare for three to nine responses: a seeded shuffle, ranks <-> tie groups."""

from __future__ import annotations

from annotator_desktop.core.compare import (
    presentation_order,
    ranking_from_ranks,
    ranking_problems,
    ranks_from_ranking,
    valid_order,
)
from annotator_desktop.protocol import ranking_errors


def test_presentation_order_of_many_is_a_stable_seeded_shuffle() -> None:
    ids = [f"r{i}" for i in range(1, 5)]
    orders = [presentation_order(f"task-{n}", ids, "salt-0123456789") for n in range(40)]
    assert all(sorted(o) == ids and valid_order(o, ids) for o in orders)
    assert len({tuple(o) for o in orders}) > 5  # really shuffled, not one fixed order
    assert sum(o[0] == "r1" for o in orders) < 40  # "responses[0]" is not always shown first
    again = [presentation_order(f"task-{n}", ids, "salt-0123456789") for n in range(40)]
    assert again == orders
    other_salt = [presentation_order(f"task-{n}", ids, "another-salt-999") for n in range(40)]
    assert other_salt != orders


def test_two_responses_keep_the_coin_flip() -> None:
    flips = {tuple(presentation_order(f"t{n}", ["a", "b"], "s" * 16)) for n in range(30)}
    assert flips == {("a", "b"), ("b", "a")}


def test_ranks_and_tie_groups_convert_both_ways() -> None:
    ranking = ranking_from_ranks({"a": 2, "b": 1, "c": 2, "d": 4})
    assert ranking == [["b"], ["a", "c"], ["d"]]
    assert ranks_from_ranking(ranking) == {"b": 1, "a": 2, "c": 2, "d": 3}
    assert ranking_problems(ranking, ["a", "b", "c", "d"]) == []
    assert ranking_errors(ranking, ["a", "b", "c", "d"]) == []
    problems = ranking_problems([["a", "a"], ["x"]], ["a", "b"])
    assert problems == ["not ranked: b", "unknown response: x", "ranked twice: a"]
