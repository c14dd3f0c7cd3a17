"""Word-level diff of two texts (Qt-free): tokens keep their whitespace, changes carry offsets.

A text is split into words, single punctuation marks and whitespace runs, so joining the tokens
gives the text back exactly. The common prefix and suffix are stripped before
:class:`difflib.SequenceMatcher` runs on the middle, so a small edit in a long text costs about
as much as tokenising it. Changes separated only by spaces (no line break) are merged into one,
which reads better ("the quick" -> "a slow" is one change, not two).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import accumulate

try:  # the shared metric, so the pane shows what the QA statistics will compute
    from annotator_desktop.core.metrics import word_edit_distance
except ImportError:  # pragma: no cover - only while the metrics package is missing
    word_edit_distance = None

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
_WORD = re.compile(r"\w")
#: Above this many tokens in the changed middle, SequenceMatcher's junk heuristic stays on.
_EXACT_LIMIT = 20_000


def tokenize(text: str) -> list[str]:
    """Words, punctuation marks and whitespace runs; ``"".join(tokenize(t)) == t``."""
    return _TOKEN.findall(text)


_CUT = re.compile(r"\s(?=\S)")


def token_chunks(text: str, size: int = 8192) -> Iterator[list[str]]:
    """The tokens of ``text`` in pieces of about ``size`` characters, split where a word starts.

    Concatenated, the pieces equal :func:`tokenize` (a cut never falls inside a token), so a
    caller on a background thread can pause between pieces and let the UI thread run.
    """
    start = 0
    while start < len(text):
        end = start + size
        if end < len(text):
            match = _CUT.search(text, end)
            end = match.end() if match else len(text)
        yield _TOKEN.findall(text[start:end])
        start = end


def is_word(token: str) -> bool:
    return bool(_WORD.search(token))


def count_words(tokens: list[str]) -> int:
    return sum(1 for t in tokens if is_word(t))


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
    _changes: list[Change] | None = field(default=None, repr=False)

    @property
    def identical(self) -> bool:
        return all(op.tag == "equal" for op in self.opcodes)

    def changes(self) -> list[Change]:
        """The non-equal opcodes with character offsets (computed once)."""
        if self._changes is None:
            self._changes = _changes(self.a_tokens, self.b_tokens, self.opcodes)
        return self._changes


def diff_tokens(a: list[str], b: list[str]) -> list[Opcode]:
    """Opcodes turning token list ``a`` into ``b``."""
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
    return _merge_whitespace_gaps(ops, a)


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
    a: str, b: str, a_tokens: list[str] | None = None, b_tokens: list[str] | None = None
) -> TextDiff:
    """The word-level diff of ``a`` and ``b``; pass ready tokens to save tokenising again."""
    ta = a_tokens if a_tokens is not None else tokenize(a)
    tb = b_tokens if b_tokens is not None else tokenize(b)
    ops = diff_tokens(ta, tb)
    added = removed = 0
    for op in ops:
        if op.tag != "equal":
            removed += count_words(ta[op.a0 : op.a1])
            added += count_words(tb[op.b0 : op.b1])
    return TextDiff(ta, tb, ops, added, removed, _distance(a, b, ta, tb, ops))


def _distance(a: str, b: str, ta: list[str], tb: list[str], ops: list[Opcode]) -> float:
    """Normalised word edit distance (the same figure as the server's agreement statistics)."""
    if word_edit_distance is None:
        return opcode_distance(ta, tb, ops)
    return word_edit_distance(a, b)


def opcode_distance(ta: list[str], tb: list[str], ops: list[Opcode]) -> float:
    """Edit distance bounded by the opcodes, over words, normalised to 0..1."""
    longest = max(count_words(ta), count_words(tb))
    if not longest:
        return 0.0
    cost = 0
    for op in ops:
        if op.tag != "equal":
            cost += max(count_words(ta[op.a0 : op.a1]), count_words(tb[op.b0 : op.b1]))
    return min(1.0, cost / longest)
