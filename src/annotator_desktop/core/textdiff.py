"""Word-level diff of two texts (Qt-free): tokens keep their whitespace, changes carry offsets.

A text is split by :mod:`annotator_desktop.core.metrics.tokens` into words (one grapheme each
in scripts written without spaces), single punctuation marks and whitespace runs, so joining
the tokens gives the text back exactly. The common prefix and suffix are stripped before
:class:`difflib.SequenceMatcher` runs on the middle, so a small edit in a long text costs about
as much as tokenising it. Changes separated only by spaces (no line break) are merged into one,
which reads better ("the quick" -> "a slow" is one change, not two).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import accumulate

# The shared tokenizer and metric, so the pane shows what the QA statistics will compute.
from annotator_desktop.core.metrics.edit import token_edit_distance
from annotator_desktop.core.metrics.tokens import (
    count_words,
    is_word,
    token_chunks,
    tokenize,
    units,
)

__all__ = [
    "Change",
    "FormatRun",
    "Opcode",
    "TextDiff",
    "count_words",
    "diff_texts",
    "diff_tokens",
    "is_word",
    "opcode_distance",
    "token_chunks",
    "token_keys",
    "tokenize",
]

#: ``(start, end, key)``: characters ``start:end`` of a text have the (hashable) format ``key``.
FormatRun = tuple[int, int, Hashable]
#: Above this many tokens in the changed middle, SequenceMatcher's junk heuristic stays on.
_EXACT_LIMIT = 20_000


@dataclass(frozen=True)
class Opcode:
    """One step turning ``a[a0:a1]`` into ``b[b0:b1]`` (token indices)."""

    tag: str  # "equal", "insert", "delete" or "replace"
    a0: int
    a1: int
    b0: int
    b1: int


@dataclass(frozen=True)
class Change:
    """A non-equal opcode in character offsets of both texts, with its texts."""

    index: int
    tag: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    old_text: str
    new_text: str


@dataclass
class TextDiff:
    """The word-level diff of ``a`` (the draft) and ``b`` (the rewrite)."""

    a_tokens: list[str]
    b_tokens: list[str]
    opcodes: list[Opcode]
    words_added: int = 0
    words_removed: int = 0
    distance: float = 0.0
    # What was compared per token when formatting counted (see :func:`token_keys`), else None.
    a_keys: list[Hashable] | None = field(default=None, repr=False)
    b_keys: list[Hashable] | None = field(default=None, repr=False)
    _changes: list[Change] | None = field(default=None, repr=False)

    @property
    def identical(self) -> bool:
        return all(op.tag == "equal" for op in self.opcodes)

    def changes(self) -> list[Change]:
        """The non-equal opcodes with character offsets (computed once)."""
        if self._changes is None:
            self._changes = _changes(self.a_tokens, self.b_tokens, self.opcodes)
        return self._changes


def token_keys(tokens: list[str], runs: Sequence[FormatRun] | None) -> list[Hashable]:
    """What the diff compares per token: the token, with the formats of the runs over it.

    ``runs`` are ``(start, end, format key)`` in character offsets, in order; tokens outside
    every run stay plain strings, so unformatted text costs nothing extra.
    """
    keys: list[Hashable] = list(tokens)
    if not runs:
        return keys
    offsets = [0, *accumulate(len(t) for t in tokens)]
    formats: dict[int, list[Hashable]] = {}
    for start, end, key in runs:
        first = bisect_right(offsets, start) - 1
        last = bisect_left(offsets, end)
        for index in range(max(first, 0), min(last, len(tokens))):
            formats.setdefault(index, []).append(key)
    for index, found in formats.items():
        keys[index] = (tokens[index], tuple(found))
    return keys


def diff_tokens(
    a: list[str],
    b: list[str],
    a_keys: Sequence[Hashable] | None = None,
    b_keys: Sequence[Hashable] | None = None,
) -> list[Opcode]:
    """Opcodes turning token list ``a`` into ``b``, comparing ``a_keys`` / ``b_keys`` (one
    per token, see :func:`token_keys`) when given, else the tokens themselves."""
    tokens_a = a
    if a_keys is not None and b_keys is not None:
        a, b = a_keys, b_keys  # type: ignore[assignment]
    limit = min(len(a), len(b))
    start = 0
    while start < limit and a[start] == b[start]:
        start += 1
    end = 0
    while end < limit - start and a[len(a) - 1 - end] == b[len(b) - 1 - end]:
        end += 1
    ops: list[Opcode] = []
    if start:
        ops.append(Opcode("equal", 0, start, 0, start))
    mid_a, mid_b = a[start : len(a) - end], b[start : len(b) - end]
    if mid_a or mid_b:
        autojunk = len(mid_a) + len(mid_b) > _EXACT_LIMIT
        matcher = SequenceMatcher(None, mid_a, mid_b, autojunk=autojunk)
        for tag, a0, a1, b0, b1 in matcher.get_opcodes():
            ops.append(Opcode(tag, a0 + start, a1 + start, b0 + start, b1 + start))
    if end:
        ops.append(Opcode("equal", len(a) - end, len(a), len(b) - end, len(b)))
    return _merge_whitespace_gaps(ops, tokens_a)


def _merge_whitespace_gaps(ops: list[Opcode], a: list[str]) -> list[Opcode]:
    """Joins two changes separated only by whitespace into one replace."""
    out: list[Opcode] = []
    i = 0
    while i < len(ops):
        op = ops[i]
        if (
            out
            and out[-1].tag != "equal"
            and op.tag == "equal"
            and i + 1 < len(ops)
            and ops[i + 1].tag != "equal"
            and all(not a[k].strip() and "\n" not in a[k] for k in range(op.a0, op.a1))
        ):
            nxt = ops[i + 1]
            prev = out.pop()
            out.append(Opcode("replace", prev.a0, nxt.a1, prev.b0, nxt.b1))
            i += 2
            continue
        if out and out[-1].tag != "equal" and op.tag != "equal":
            prev = out.pop()
            op = Opcode("replace", prev.a0, op.a1, prev.b0, op.b1)
        out.append(op)
        i += 1
    return [_retag(op) for op in out]


def _retag(op: Opcode) -> Opcode:
    if op.tag == "equal":
        return op
    if op.a0 == op.a1:
        return Opcode("insert", op.a0, op.a1, op.b0, op.b1)
    if op.b0 == op.b1:
        return Opcode("delete", op.a0, op.a1, op.b0, op.b1)
    return Opcode("replace", op.a0, op.a1, op.b0, op.b1)


def _changes(a: list[str], b: list[str], ops: list[Opcode]) -> list[Change]:
    a_off = [0, *accumulate(len(t) for t in a)]
    b_off = [0, *accumulate(len(t) for t in b)]
    out: list[Change] = []
    for op in ops:
        if op.tag == "equal":
            continue
        out.append(
            Change(
                index=len(out),
                tag=op.tag,
                a_start=a_off[op.a0],
                a_end=a_off[op.a1],
                b_start=b_off[op.b0],
                b_end=b_off[op.b1],
                old_text="".join(a[op.a0 : op.a1]),
                new_text="".join(b[op.b0 : op.b1]),
            )
        )
    return out


def diff_texts(
    a: str,
    b: str,
    a_tokens: list[str] | None = None,
    b_tokens: list[str] | None = None,
    a_runs: Sequence[FormatRun] | None = None,
    b_runs: Sequence[FormatRun] | None = None,
) -> TextDiff:
    """The word-level diff of ``a`` and ``b``; pass ready tokens to save tokenising again.

    With formatting runs (see :func:`token_keys`), a token whose format changed (made bold,
    put in a heading or a list) is a change too, even when its text stayed the same.
    """
    ta = a_tokens if a_tokens is not None else tokenize(a)
    tb = b_tokens if b_tokens is not None else tokenize(b)
    a_keys = b_keys = None
    if a_runs or b_runs:
        a_keys, b_keys = token_keys(ta, a_runs), token_keys(tb, b_runs)
    ops = diff_tokens(ta, tb, a_keys, b_keys)
    added = removed = 0
    for op in ops:
        if op.tag != "equal":
            removed += count_words(ta[op.a0 : op.a1])
            added += count_words(tb[op.b0 : op.b1])
    # normalised word edit distance: the same figure as the server's agreement statistics
    distance = token_edit_distance(ta, tb)
    return TextDiff(ta, tb, ops, added, removed, distance, a_keys, b_keys)


def opcode_distance(ta: list[str], tb: list[str], ops: list[Opcode]) -> float:
    """Edit distance bounded by the opcodes, over non-space tokens, normalised to 0..1."""
    longest = max(len(units(ta)), len(units(tb)))
    if not longest:
        return 0.0
    cost = 0
    for op in ops:
        if op.tag != "equal":
            cost += max(len(units(ta[op.a0 : op.a1])), len(units(tb[op.b0 : op.b1])))
    return min(1.0, cost / longest)
