"""Edit distances for rewrites: Levenshtein on characters or tokens, normalised to 0..1.

The distance itself is rapidfuzz's (C++, bit-parallel, works on any sequence of hashables);
words are the shared tokens of :mod:`annotator_desktop.core.metrics.tokens`, so a Japanese,
Thai or Chinese sentence is measured per character and a Hindi or Arabic one per word.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from itertools import combinations

from rapidfuzz.distance import Levenshtein

from annotator_desktop.core.metrics.tokens import tokenize, units


def levenshtein(a: Sequence[Hashable], b: Sequence[Hashable]) -> int:
    """Insertions, deletions and substitutions turning ``a`` into ``b`` (strings or token lists)."""
    return int(Levenshtein.distance(a, b))


def normalized_edit_distance(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Levenshtein distance / max(len(a), len(b)), in 0..1; two empty sequences give 0.0."""
    longest = max(len(a), len(b))
    return levenshtein(a, b) / longest if longest else 0.0


def word_edit_distance(a: str, b: str) -> float:
    """:func:`normalized_edit_distance` on the tokens of both texts, whitespace left out."""
    return token_edit_distance(tokenize(a), tokenize(b))


def token_edit_distance(a_tokens: list[str], b_tokens: list[str]) -> float:
    """:func:`word_edit_distance` for texts already tokenised with :func:`tokenize`."""
    return normalized_edit_distance(units(a_tokens), units(b_tokens))


def mean_pairwise_edit_distance(
    per_task: Mapping[str, Sequence[str]], unit: str = "word"
) -> float | None:
    """Mean normalised edit distance over every pair of texts of every task with >= 2 texts.

    ``unit`` is ``"word"`` (default; the tokens of :func:`tokenize`) or ``"char"``. All pairs
    weigh the same; ``None`` when no task has two texts. 0 means identical rewrites, 1 nothing
    in common.
    """
    if unit not in ("word", "char"):
        raise ValueError(f"unit must be 'word' or 'char', got {unit!r}")
    total = 0.0
    pairs = 0
    for texts in per_task.values():
        for first, second in combinations(texts, 2):
            if unit == "word":
                total += word_edit_distance(first, second)
            else:
                total += normalized_edit_distance(first, second)
            pairs += 1
    return total / pairs if pairs else None
