"""Protocol shapes of issue 21: messages as context, 2..9 responses, rankings, per-response
ratings, bias and split figures in the stats; round trips and validation on both sides."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from annotator_desktop.protocol import (
    BiasShare,
    BiasStats,
    ComparePayload,
    CompareResult,
    Message,
    MessageRole,
    ProjectConfig,
    ProjectStats,
    RewritePayload,
    SplitTask,
    validate_result,
)

MESSAGES = [
    {"role": "system", "content": "Be brief."},
    {"role": "user", "content": "How do I reverse a list?"},
    {"role": "assistant", "content": "Use slicing."},
    {"role": "user", "content": "Show code."},
]
PER = [
    {"key": "helpful", "label": "Helpful", "min": 1, "max": 5, "per_response": True},
    {"key": "overall", "label": "Overall", "min": 1, "max": 5},
]


def four(**extra: Any) -> dict[str, Any]:
    responses = [{"id": f"r{i}", "text_md": f"answer {i}"} for i in range(1, 5)]
    return {"messages": MESSAGES, "responses": responses, "criteria": PER, **extra}


def ranked_result(**extra: Any) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ranking": [["r3"], ["r1", "r2"], ["r4"]],
        "presented_order": ["r2", "r4", "r1", "r3"],
        "criteria": {"overall": 4},
        "ratings": {f"r{i}": {"helpful": i} for i in range(1, 5)},
        "rationale": "r3 is complete",
    }
    result.update(extra)
    return result


def codes(payload: dict[str, Any], result: dict[str, Any]) -> list[str]:
    return [e.code for e in validate_result("compare", payload, ProjectConfig(), result)]


def test_plain_prompt_payloads_stay_valid_and_round_trip() -> None:
    old = {"prompt": "p", "responses": [{"id": "a", "text_md": "x"}, {"id": "b", "text_md": "y"}]}
    parsed = ComparePayload.model_validate(old)
    assert parsed.messages == [] and not parsed.ranked
    again = ComparePayload.model_validate(parsed.model_dump(mode="json"))
    assert again == parsed
    assert [m.model_dump(mode="json") for m in parsed.context_messages()] == [
        {"role": "user", "content": "p"}
    ]
    assert RewritePayload.model_validate({"prompt": "p", "draft_md": "d"}).messages == []


def test_messages_payloads_round_trip_for_compare_and_rewrite() -> None:
    payload = ComparePayload.model_validate(four())
    assert payload.ranked and payload.prompt == ""
    assert payload.messages[0] == Message(role=MessageRole.SYSTEM, content="Be brief.")
    dumped = payload.model_dump(mode="json")
    assert dumped["messages"] == MESSAGES and dumped["criteria"][0]["per_response"] is True
    assert ComparePayload.model_validate(dumped) == payload
    rewrite = RewritePayload.model_validate({"messages": MESSAGES, "draft_md": "d"})
    assert RewritePayload.model_validate(rewrite.model_dump(mode="json")) == rewrite
    both = RewritePayload.model_validate({"messages": MESSAGES, "prompt": "and?", "draft_md": "d"})
    assert [m.content for m in both.context_messages()][-2:] == ["Show code.", "and?"]


@pytest.mark.parametrize(
    "bad",
    [
        {"responses": [{"id": "a", "text_md": "x"}, {"id": "b", "text_md": "y"}]},  # no context
        {"prompt": "p", "responses": [{"id": "a", "text_md": "x"}]},  # one response
        {"prompt": "p", "responses": [{"id": str(i), "text_md": "x"} for i in range(10)]},
        {"prompt": "p", "responses": [{"id": "a", "text_md": "x"}, {"id": "a", "text_md": "y"}]},
        {"messages": [{"role": "robot", "content": "x"}], "responses": []},
    ],
)
def test_bad_payloads_are_refused(bad: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        ComparePayload.model_validate(bad)


def test_nine_responses_are_accepted() -> None:
    payload = {"prompt": "p", "responses": [{"id": str(i), "text_md": "x"} for i in range(9)]}
    assert len(ComparePayload.model_validate(payload).responses) == 9


def test_ranking_result_with_ratings_round_trips_and_validates() -> None:
    result = CompareResult.model_validate(ranked_result())
    assert result.preference is None and result.ranking == [["r3"], ["r1", "r2"], ["r4"]]
    assert CompareResult.model_validate(result.model_dump(mode="json")) == result
    assert codes(four(), ranked_result()) == []


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"ranking": [["r3"], ["r1"], ["r4"]]}, "ranking_incomplete"),
        ({"ranking": [["r3", "r3"], ["r1", "r2"], ["r4"]]}, "ranking_duplicate"),
        ({"ranking": [["r3"], ["r1", "r2", "r9"], ["r4"]]}, "ranking_unknown"),
        ({"ranking": [["r3"], [], ["r1", "r2", "r4"]]}, "ranking_group_empty"),
        ({"ranking": None}, "ranking_missing"),
        ({"preference": -1}, "preference_unexpected"),
        ({"presented_order": ["r1", "r2", "r3"]}, "order_invalid"),
        ({"ratings": {f"r{i}": {"helpful": i} for i in range(1, 4)}}, "criterion_missing"),
        ({"ratings": {**{f"r{i}": {"helpful": 3} for i in range(1, 5)}, "r4": {"helpful": 9}}},
         "criterion_range"),
        ({"ratings": {**{f"r{i}": {"helpful": 3} for i in range(1, 5)}, "zz": {"helpful": 1}}},
         "rating_unknown_response"),
        ({"ratings": {f"r{i}": {"helpful": 3, "odd": 1} for i in range(1, 5)}}, "rating_unknown"),
        ({"criteria": {}}, "criterion_missing"),
    ],
)  # fmt: skip
def test_ranking_validation_names_each_problem(change: dict[str, Any], code: str) -> None:
    assert code in codes(four(), ranked_result(**change))


def test_two_responses_keep_the_preference_and_refuse_a_ranking() -> None:
    two = {"prompt": "p", "responses": [{"id": "a", "text_md": "x"}, {"id": "b", "text_md": "y"}]}
    base = {"presented_order": ["b", "a"], "rationale": ""}
    assert codes(two, {**base, "preference": 2}) == []
    assert codes(two, base) == ["preference_missing"]
    assert codes(two, {**base, "preference": 0, "ranking": [["a"], ["b"]]}) == [
        "ranking_unexpected"
    ]
    with_per = {**two, "criteria": PER}
    per_ok = {**base, "preference": 1, "criteria": {"overall": 3}}
    ratings = {"a": {"helpful": 2}, "b": {"helpful": 5}}
    assert codes(with_per, {**per_ok, "ratings": ratings}) == []
    assert codes(with_per, per_ok) == ["criterion_missing", "criterion_missing"]


def test_project_config_per_response_criteria_apply_too() -> None:
    payload = {k: v for k, v in four().items() if k != "criteria"}
    config = ProjectConfig.model_validate({"criteria": PER})
    errors = validate_result("compare", payload, config, ranked_result(ratings={}))
    assert {tuple(e.loc) for e in errors} == {("result", "ratings", f"r{i}", "helpful") for i in
                                              range(1, 5)}  # fmt: skip


def test_stats_shapes_round_trip_with_bias_and_split_tasks() -> None:
    share = BiasShare(n=10, k=8, share=0.8, low=0.49, high=0.94, flagged=False)
    stats = ProjectStats(
        project_id="p", counts={}, annotators=[], agreement={},
        bias=BiasStats(first_shown=share), split_tasks=[
            SplitTask(task_id="t", judgments=3, split=2 / 3, submission_ids=["a", "b", "c"])
        ],
    )  # fmt: skip
    again = ProjectStats.model_validate(stats.model_dump(mode="json"))
    assert again == stats and again.bias is not None
    assert again.bias.longer == BiasShare()  # n = 0: no share, not flagged
    old = ProjectStats.model_validate({"project_id": "p", "counts": {}, "annotators": [],
                                       "agreement": {}})  # fmt: skip
    assert old.bias is None and old.split_tasks == []
