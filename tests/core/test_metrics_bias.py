"""Bias audit, judged pairs and split tasks against hand-computed values (core.metrics)."""

from __future__ import annotations

from typing import Any

import pytest

from annotator_desktop.core.metrics import (
    BiasItem,
    JudgedPair,
    bias_report,
    formatting_score,
    judge,
    split_tasks,
    wilson_interval,
)

LONG_PLAIN = "one two three four five six"  # 6 words, formatting 0
SHORT_FORMATTED = (
    "# Title\n\n- alpha\n- **beta** 🎉"  # 3 words; heading 1 + items 2 + bold 1 + emoji 1
)


def pair_task(tid: str) -> dict[str, Any]:
    return {
        "prompt": tid,
        "responses": [{"id": "a", "text_md": LONG_PLAIN}, {"id": "b", "text_md": SHORT_FORMATTED}],
    }


def pair_item(tid: str, preference: int, shown: list[str], **extra: Any) -> BiasItem:
    result = {"preference": preference, "presented_order": shown, **extra}
    return BiasItem(tid, "ana", pair_task(tid), result)


RANK_TASK = {
    "prompt": "rank",
    "responses": [
        {"id": "w", "text_md": "w"},  # 1 word
        {"id": "x", "text_md": "x x"},  # 2
        {"id": "y", "text_md": "y y y"},  # 3
        {"id": "z", "text_md": "z z z z"},  # 4
    ],
}


def items() -> list[BiasItem]:
    # ana, ten two-response judgments (preference > 0: b better):
    #   t0..t5 chose b shown first; t6, t7 chose b shown second;
    #   t8 chose a shown first; t9 chose a shown second.
    out = [pair_item(f"t{i}", 2, ["b", "a"]) for i in range(6)]
    out += [pair_item(f"t{i}", 1, ["a", "b"]) for i in (6, 7)]
    out += [pair_item("t8", -3, ["a", "b"]), pair_item("t9", -1, ["b", "a"])]
    out += [pair_item("t10", 0, ["a", "b"])]  # a tie: no pair
    out += [pair_item("t11", 3, ["b", "a"], flags=["cannot_judge"])]  # no judgment
    # ben ranks four responses shown w, x, y, z: z best, then x and y tied, then w.
    ranking = {"ranking": [["z"], ["y", "x"], ["w"]], "presented_order": ["w", "x", "y", "z"]}
    out.append(BiasItem("r", "ben", RANK_TASK, ranking))
    return out


def test_formatting_score_counts_headings_lists_bold_emoji_outside_code() -> None:
    assert formatting_score(SHORT_FORMATTED) == 5
    assert formatting_score(LONG_PLAIN) == 0
    assert formatting_score("```python\n# comment\n- x\n**y**\n```\nplain") == 0
    assert formatting_score("1. first\n2) second\n__strong__ ✨") == 4


def test_wilson_interval_matches_the_formula() -> None:
    # k = 8, n = 10, z = 1.96: p = 0.8, z² = 3.8416, denom = 1 + 3.8416/10 = 1.38416,
    # centre = (0.8 + 3.8416/20) / 1.38416 = 0.99208 / 1.38416 = 0.71674,
    # half = 1.96 · sqrt(0.8·0.2/10 + 3.8416/400) / 1.38416 = 1.96 · 0.160012 / 1.38416 = 0.22658
    low, high = wilson_interval(8, 10)  # type: ignore[misc]
    assert low == pytest.approx(0.71674 - 0.22658, abs=2e-4)
    assert high == pytest.approx(0.71674 + 0.22658, abs=2e-4)
    assert wilson_interval(0, 0) is None


def test_bias_per_annotator_and_project_against_hand_computed_values() -> None:
    report = bias_report(items())
    ana, ben = report.annotators["ana"], report.annotators["ben"]
    # ana: 10 pairs (tie and cannot_judge excluded). First shown chosen: t0..t5 + t8 = 7 of 10;
    # 7/10: centre (0.7 + 0.19208)/1.38416 = 0.64449, half 1.96·sqrt(0.021 + 0.0096)/1.38416
    # = 0.24772 -> [0.3968, 0.8922]: contains 0.5, not flagged.
    assert (ana.first_shown.k, ana.first_shown.n) == (7, 10)
    assert ana.first_shown.low == pytest.approx(0.3968, abs=1e-4)
    assert ana.first_shown.high == pytest.approx(0.8922, abs=1e-4)
    assert not ana.first_shown.flagged
    # longer (a, 6 words vs 3) chosen in t8, t9: 2 of 10 -> [0.0567, 0.5098], not flagged
    assert (ana.longer.k, ana.longer.n, ana.longer.share) == (2, 10, 0.2)
    assert ana.longer.high == pytest.approx(0.5098, abs=1e-4) and not ana.longer.flagged
    # more formatted (b, 5 vs 0) chosen 8 of 10 -> [0.4902, 0.9433], not flagged
    assert (ana.more_formatted.k, ana.more_formatted.n) == (8, 10)
    assert ana.more_formatted.low == pytest.approx(0.4902, abs=1e-4)
    # ben: pairs z>y, z>x, z>w, y>w, x>w (y~x a tie). Shown earlier chosen: none (0 of 5):
    # centre (0 + 3.8416/10)/(1 + 3.8416/5) = 0.38416/1.76832 = 0.21725, half = 1.96 ·
    # sqrt(0 + 3.8416/100)/1.76832 = 0.21724 -> [0, 0.4345]: excludes 0.5, flagged.
    assert (ben.first_shown.k, ben.first_shown.n) == (0, 5) and ben.first_shown.flagged
    assert ben.first_shown.high == pytest.approx(0.4345, abs=1e-4)
    # longer chosen in all 5: [0.5655, 1.0], flagged; formatting all equal: n = 0
    assert (ben.longer.k, ben.longer.n) == (5, 5) and ben.longer.flagged
    assert ben.longer.low == pytest.approx(0.5655, abs=1e-4)
    assert ben.more_formatted.n == 0 and ben.more_formatted.share is None
    assert not ben.more_formatted.flagged
    # project: first shown 7 of 15, longer 7 of 15 -> [0.2481, 0.6988]; formatted 8 of 10
    project = report.project
    assert (project.first_shown.k, project.first_shown.n) == (7, 15)
    assert (project.longer.k, project.longer.n) == (7, 15)
    assert project.longer.low == pytest.approx(0.2481, abs=1e-4)
    assert (project.more_formatted.k, project.more_formatted.n) == (8, 10)
    assert project.as_dict()["longer"]["flagged"] is False


def test_judged_pairs_from_preference_and_ranking() -> None:
    assert judge(["a", "b"], {"preference": -2}).pairs == (JudgedPair("a", "b", 2),)
    assert judge(["a", "b"], {"preference": 3}).pairs == (JudgedPair("b", "a", 3),)
    tie = judge(["a", "b"], {"preference": 0})
    assert tie.pairs == () and tie.ties == 1 and tie.ok
    ranked = judge(["w", "x", "y", "z"], {"ranking": [["z"], ["y", "x"], ["w"]]})
    assert set(ranked.pairs) == {
        JudgedPair("z", "y", 1), JudgedPair("z", "x", 1), JudgedPair("z", "w", 2),
        JudgedPair("y", "w", 1), JudgedPair("x", "w", 1),
    }  # fmt: skip
    assert ranked.ties == 1
    assert not judge(["a", "b", "c"], {"ranking": [["a"], ["b"]]}).ok  # c not ranked
    assert not judge(["a", "b"], {"preference": 0, "flags": ["cannot_judge"]}).ok


def test_split_tasks_lists_the_most_split_first() -> None:
    two = {"prompt": "p", "responses": [{"id": "a", "text_md": "x"}, {"id": "b", "text_md": "y"}]}
    four = {"prompt": "p", "responses": [{"id": i, "text_md": i} for i in "abcd"]}
    three = {"prompt": "p", "responses": [{"id": i, "text_md": i} for i in "abc"]}
    tasks = {"t3": two, "t4": four, "t5": three, "t6": two}
    results = [
        # t3: preferences -2, +1, 0 -> signs +1, -1, 0; differences |1-(-1)|/2 = 1,
        # |1-0|/2 = 0.5, |-1-0|/2 = 0.5 -> split (1 + 0.5 + 0.5) / 3 = 2/3
        ("t3", "s1", {"preference": -2}), ("t3", "s2", {"preference": 1}),
        ("t3", "s3", {"preference": 0}),
        # t4: two opposite rankings: every one of the 6 response pairs opposite -> split 1
        ("t4", "s4", {"ranking": [["a"], ["b"], ["c"], ["d"]]}),
        ("t4", "s5", {"ranking": [["d"], ["c"], ["b"], ["a"]]}),
        # t5: (a,b) tie vs a better -> 0.5; (a,c), (b,c) agree -> 0; split 0.5 / 3 = 1/6
        ("t5", "s6", {"ranking": [["a", "b"], ["c"]]}),
        ("t5", "s7", {"ranking": [["a"], ["b"], ["c"]]}),
        # t6: agreement -> split 0, not listed; t7: unknown task, ignored
        ("t6", "s8", {"preference": 1}), ("t6", "s9", {"preference": 3}),
        ("t7", "s10", {"preference": 1}),
    ]  # fmt: skip
    entries = split_tasks(tasks, results)
    assert [(e.task_id, e.judgments) for e in entries] == [("t4", 2), ("t3", 3), ("t5", 2)]
    assert [e.split for e in entries] == pytest.approx([1.0, 2 / 3, 1 / 6])
    assert entries[1].submission_ids == ("s1", "s2", "s3")
    assert split_tasks(tasks, results, limit=1)[0].task_id == "t4"
