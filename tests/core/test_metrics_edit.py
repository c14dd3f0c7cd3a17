"""Edit distances: hand-computed values, a plain dynamic-programming reference, and speed."""

from __future__ import annotations

import random
import time
from collections.abc import Hashable, Sequence

import pytest

from annotator_desktop.core.metrics import (
    levenshtein,
    mean_pairwise_edit_distance,
    normalized_edit_distance,
    word_edit_distance,
)


def reference(a: Sequence[Hashable], b: Sequence[Hashable]) -> int:
    """The textbook O(n·m) Wagner–Fischer table."""
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def test_hand_computed() -> None:
    assert levenshtein("kitten", "sitting") == 3
    assert levenshtein("flaw", "lawn") == 2
    assert levenshtein("", "abc") == 3
    assert levenshtein("abc", "") == 3
    assert levenshtein("same", "same") == 0
    assert normalized_edit_distance("kitten", "sitting") == pytest.approx(3 / 7)
    assert normalized_edit_distance("", "") == 0.0
    assert normalized_edit_distance("abc", "xyz") == 1.0


def test_token_lists_and_words() -> None:
    assert levenshtein(["the", "cat", "sat"], ["the", "dog", "sat", "down"]) == 2
    assert word_edit_distance("the cat sat", "the  dog sat\ndown") == pytest.approx(2 / 4)
    assert word_edit_distance("", "") == 0.0
    assert word_edit_distance("مرحبا بالعالم", "مرحبا بكم") == pytest.approx(0.5)


def test_matches_reference_on_random_inputs() -> None:
    rng = random.Random(7)
    for _ in range(800):
        a = "".join(rng.choice("abc") for _ in range(rng.randint(0, 14)))
        b = "".join(rng.choice("abcd") for _ in range(rng.randint(0, 14)))
        assert levenshtein(a, b) == reference(a, b), (a, b)
    for _ in range(20):  # longer than one machine word
        a = [rng.randint(0, 9) for _ in range(rng.randint(60, 140))]
        b = [rng.randint(0, 9) for _ in range(rng.randint(60, 140))]
        assert levenshtein(a, b) == reference(a, b)


def test_mean_pairwise_edit_distance() -> None:
    per_task = {
        "t1": ["a b c d", "a b c d", "a x c d"],  # 0, 1/4, 1/4
        "t2": ["one two", "three four"],  # 1
        "t3": ["alone"],
    }
    assert mean_pairwise_edit_distance(per_task) == pytest.approx((0 + 0.25 + 0.25 + 1) / 4)
    assert mean_pairwise_edit_distance({"t1": ["ab", "ac"]}, unit="char") == pytest.approx(0.5)
    assert mean_pairwise_edit_distance({"t3": ["alone"]}) is None
    with pytest.raises(ValueError, match="unit"):
        mean_pairwise_edit_distance({}, unit="line")


def test_twenty_thousand_words_is_fast() -> None:
    rng = random.Random(3)
    vocab = [f"w{i}" for i in range(3000)]
    a = " ".join(rng.choice(vocab) for _ in range(20_000))
    b = " ".join(rng.choice(vocab) for _ in range(20_000))
    start = time.process_time()  # CPU time: what the code costs, not how busy the machine is
    d = word_edit_distance(a, b)
    elapsed = time.process_time() - start
    assert 0.9 < d <= 1.0
    assert elapsed < 10.0, f"20k x 20k words took {elapsed:.2f} s"  # O(n·m) DP: minutes
    # A small edit in a long text costs about as much as the edit (common prefix/suffix).
    words = a.split()
    edited = " ".join([*words[:10_000], "inserted", *words[10_000:]])
    assert word_edit_distance(a, edited) == pytest.approx(1 / 20_001)


def test_word_edit_distance_is_small_for_a_small_edit_in_every_script() -> None:
    pairs = {
        "ja": ("会議は3時に始まり、5時に終わります。", "会議は4時に始まり、6時に終わります。"),
        "zh": ("我们明天上午九点在图书馆见面。", "我们明天下午九点在图书馆见面。"),
        "th": ("วันนี้อากาศดีมาก เราจะไปเที่ยวทะเล", "วันนี้อากาศร้อนมาก เราจะไปเที่ยวทะเล"),
        "ar": ("ذهب الولد إلى المدرسة في الصباح", "ذهب الولد إلى المدرسة في المساء"),
        "hi": ("मैं कल सुबह बाज़ार जाऊँगा", "मैं आज सुबह बाज़ार जाऊँगा"),
        "en": ("The meeting starts at three.", "The meeting starts at four."),
        "es": ("Las patatas fritas sirven para todo.", "Las patatas asadas sirven para todo."),
    }
    for lang, (a, b) in pairs.items():
        assert 0 < word_edit_distance(a, b) <= 0.25, lang
    ja = pairs["ja"]
    assert word_edit_distance(*ja) == pytest.approx(2 / 19)  # 19 characters and marks
    assert mean_pairwise_edit_distance({"t": list(ja)}) == pytest.approx(2 / 19)
