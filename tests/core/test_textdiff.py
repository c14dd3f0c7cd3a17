"""The word-level diff used by the rewrite pane's tracked changes (Qt-free)."""

from __future__ import annotations

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
