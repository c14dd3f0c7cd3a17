"""The word-level diff used by the rewrite pane's tracked changes (Qt-free)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator_desktop.core.textdiff import (
    count_words,
    diff_texts,
    opcode_distance,
    token_chunks,
    tokenize,
)

_TEXT = st.text(alphabet=st.sampled_from(list("ab cd\n.,éعر  ")), max_size=300)


@given(_TEXT)
def test_tokens_give_the_text_back(text: str) -> None:
    assert "".join(tokenize(text)) == text


@given(_TEXT, st.integers(min_value=1, max_value=40))
def test_chunks_tokenise_exactly_like_the_whole(text: str, size: int) -> None:
    assert [t for piece in token_chunks(text, size) for t in piece] == tokenize(text)


@given(_TEXT, _TEXT)
def test_changes_rebuild_both_texts(a: str, b: str) -> None:
    diff = diff_texts(a, b)
    rebuilt_b = []
    position = 0
    for change in diff.changes():
        rebuilt_b.append(a[position : change.a_start])
        rebuilt_b.append(change.new_text)
        assert a[change.a_start : change.a_end] == change.old_text
        assert b[change.b_start : change.b_end] == change.new_text
        position = change.a_end
    rebuilt_b.append(a[position:])
    assert "".join(rebuilt_b) == b
    assert diff.identical == (a == b)
    assert 0.0 <= diff.distance <= 1.0


def test_counts_words_added_and_removed() -> None:
    diff = diff_texts("The quick brown fox jumps.", "The slow brown fox leaps high.")
    assert (diff.words_added, diff.words_removed) == (3, 2)
    assert [(c.old_text, c.new_text) for c in diff.changes()] == [
        ("quick", "slow"),
        ("jumps", "leaps high"),
    ]


def test_changes_separated_by_a_space_merge() -> None:
    diff = diff_texts("one two three four", "one 2 3 four")
    assert [(c.tag, c.old_text, c.new_text) for c in diff.changes()] == [
        ("replace", "two three", "2 3")
    ]


def test_changes_separated_by_a_line_break_stay_apart() -> None:
    diff = diff_texts("one two\nthree four", "one 2\n3 four")
    assert len(diff.changes()) == 2


def test_insert_and_delete_tags_and_offsets() -> None:
    diff = diff_texts("keep this", "keep all of this")
    (change,) = diff.changes()
    assert change.tag == "insert"
    assert (change.a_start, change.a_end) == (5, 5)
    assert "keep all of this"[change.b_start : change.b_end] == "all of "
    diff = diff_texts("drop these words now", "drop now")
    assert [c.tag for c in diff.changes()] == ["delete"]
    assert diff.words_removed == 2


def test_distance_matches_the_server_metric() -> None:
    from annotator_desktop.core.metrics import word_edit_distance

    a, b = "a b c d e f g h", "a b x d e f y h"
    assert diff_texts(a, b).distance == word_edit_distance(a, b) == 0.25
    diff = diff_texts(a, b)
    assert opcode_distance(diff.a_tokens, diff.b_tokens, diff.opcodes) == 0.25


def test_identical_and_empty_texts() -> None:
    assert diff_texts("", "").identical
    assert diff_texts("same text", "same text").changes() == []
    diff = diff_texts("", "new words")
    assert (diff.words_added, diff.distance) == (2, 1.0)


def test_large_text_with_a_small_edit_is_exact() -> None:
    words = [f"w{i}" for i in range(20_000)]
    a = " ".join(words)
    b = a.replace("w10000 ", "changed ", 1)
    diff = diff_texts(a, b)
    assert [(c.old_text, c.new_text) for c in diff.changes()] == [("w10000", "changed")]
    assert count_words(diff.b_tokens) == 20_000


# --- every script the UI ships ------------------------------------------------------------

#: (language, draft, rewrite with a small edit, the changes expected, largest distance allowed)
SMALL_EDITS = [
    ("ja", "会議は3時に始まり、5時に終わります。", "会議は4時に始まり、6時に終わります。",
     [("3", "4"), ("5", "6")], 0.15),
    ("zh", "我们明天上午九点在图书馆见面。", "我们明天下午九点在图书馆见面。", [("上", "下")], 0.1),
    ("th", "วันนี้อากาศดีมาก เราจะไปเที่ยวทะเล", "วันนี้อากาศร้อนมาก เราจะไปเที่ยวทะเล",
     None, 0.2),
    ("ar", "ذهب الولد إلى المدرسة في الصباح الباكر", "ذهب الولد إلى المدرسة في المساء الباكر",
     [("الصباح", "المساء")], 0.2),
    ("hi", "मैं कल सुबह बाज़ार जाऊँगा और फल खरीदूँगा", "मैं आज सुबह बाज़ार जाऊँगा और फल खरीदूँगा",
     [("कल", "आज")], 0.15),
    ("en", "The meeting starts at three and ends at five.",
     "The meeting starts at four and ends at five.", [("three", "four")], 0.15),
    ("es", "Las patatas fritas sirven para acompañar el pescado.",
     "Las patatas asadas sirven para acompañar el pescado.", [("fritas", "asadas")], 0.15),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "a", "b", "expected", "limit"), SMALL_EDITS)
def test_a_small_edit_is_small_in_every_language(
    lang: str, a: str, b: str, expected: list[tuple[str, str]] | None, limit: float
) -> None:
    diff = diff_texts(a, b)
    assert 0 < diff.distance <= limit, (lang, diff.distance)
    if expected is not None:
        assert [(c.old_text, c.new_text) for c in diff.changes()] == expected
    assert diff.words_added <= 3 and diff.words_removed <= 3, lang


def test_unspaced_scripts_split_per_character_spaced_ones_per_word() -> None:
    assert tokenize("会議は3時") == ["会", "議", "は", "3", "時"]
    assert tokenize("コーヒー") == ["コ", "ー", "ヒ", "ー"]
    assert count_words(tokenize("我们明天见面。")) == 6
    assert tokenize("hello, world") == ["hello", ",", " ", "world"]


def test_combining_marks_stay_with_their_base_character() -> None:
    assert tokenize("हिन्दी किताब") == ["हिन्दी", " ", "किताब"]  # virama, vowel signs
    assert tokenize("كَتَبَ الطالبُ") == ["كَتَبَ", " ", "الطالبُ"]  # Arabic harakat
    thai = tokenize("น้ำดี")  # a consonant with a tone mark and a vowel: one grapheme
    assert thai == ["น้ำ", "ดี"]
    assert tokenize("cafe\u0301!") == ["cafe\u0301", "!"]


_SCRIPTS = st.text(alphabet=st.sampled_from(list("ab 日本語カナ、ไทยน้ำ हिन्दी كَتَبَ\u0301\n.")))


@given(_SCRIPTS, st.integers(min_value=1, max_value=20))
def test_mixed_scripts_round_trip_and_chunk_alike(text: str, size: int) -> None:
    assert "".join(tokenize(text)) == text
    assert [t for piece in token_chunks(text, size) for t in piece] == tokenize(text)


@given(_SCRIPTS)
def test_counting_words_of_a_text_matches_its_tokens(text: str) -> None:
    from annotator_desktop.core.metrics.tokens import count_text_words

    assert count_text_words(text) == count_words(tokenize(text))
    ascii_text = text.encode("ascii", "ignore").decode()
    assert count_text_words(ascii_text) == count_words(tokenize(ascii_text))


def test_word_counts_keep_marks_with_their_letters() -> None:
    from annotator_desktop.core.metrics.tokens import count_text_words

    assert count_text_words("हिन्दी किताब") == 2
    assert count_text_words("كَتَبَ الطالبُ") == 2
    assert count_text_words("Hello, world - ok") == 3
