"""Judged pairs from compare results (Qt-free, pure Python; client and server alike).

A two-response result's ``preference`` (-3..3, negative: ``responses[0]`` better) is one pair, or
a tie at 0. A ranking (tie groups of ids, best first) yields every pair of responses of different
rank, better first, its ``strength`` the number of ranks between them; responses of one rank are
ties. The preference export, the bias audit and the split-task list all read judgments this way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

#: A result with this flag is no judgment: its pairs are skipped, not counted as ties.
NO_JUDGMENT_FLAGS = frozenset({"cannot_judge"})


@dataclass(frozen=True, slots=True)
class JudgedPair:
    """``chosen`` was judged better than ``rejected`` (response ids), by ``strength`` steps."""

    chosen: str
    rejected: str
    strength: int


@dataclass(frozen=True, slots=True)
class Judgment:
    """A result's pairs and ties; ``ok`` is False when the result says nothing readable."""

    pairs: tuple[JudgedPair, ...]
    ties: int
    ok: bool = True


SKIPPED = Judgment(pairs=(), ties=0, ok=False)


def response_ids(payload: Mapping[str, Any]) -> list[str]:
    """The ids of a compare payload's responses, in payload order (empty when malformed)."""
    responses = payload.get("responses")
    if not isinstance(responses, list):
        return []
    ids = [str(r.get("id")) for r in responses if isinstance(r, dict) and r.get("id") is not None]
    return ids if len(ids) == len(responses) and len(set(ids)) == len(ids) else []


def judge(ids: Sequence[str], result: Mapping[str, Any]) -> Judgment:
    """The pairs and ties of one compare ``result`` for responses ``ids`` (payload order)."""
    flags = result.get("flags")
    if isinstance(flags, list) and NO_JUDGMENT_FLAGS.intersection(map(str, flags)):
        return SKIPPED
    ranking = result.get("ranking")
    if ranking is not None:
        return _from_ranking(ids, ranking)
    preference = result.get("preference")
    if len(ids) != 2 or isinstance(preference, bool) or not isinstance(preference, int):
        return SKIPPED
    if not -3 <= preference <= 3:
        return SKIPPED
    if preference == 0:
        return Judgment(pairs=(), ties=1)
    better, worse = (ids[0], ids[1]) if preference < 0 else (ids[1], ids[0])
    return Judgment(pairs=(JudgedPair(better, worse, abs(preference)),), ties=0)


def _from_ranking(ids: Sequence[str], ranking: Any) -> Judgment:
    groups = ranking_groups(ids, ranking)
    if groups is None:
        return SKIPPED
    pairs = [
        JudgedPair(a, b, j - i)
        for i, better in enumerate(groups)
        for j in range(i + 1, len(groups))
        for a in better
        for b in groups[j]
    ]
    ties = sum(len(g) * (len(g) - 1) // 2 for g in groups)
    return Judgment(pairs=tuple(pairs), ties=ties)


def ranking_groups(ids: Sequence[str], ranking: Any) -> list[list[str]] | None:
    """``ranking`` as tie groups when it ranks every id of ``ids`` exactly once, else None."""
    if not isinstance(ranking, list) or not all(isinstance(g, list) and g for g in ranking):
        return None
    groups = [[str(x) for x in g] for g in ranking]
    flat = [x for g in groups for x in g]
    if len(flat) != len(ids) or set(flat) != set(ids):
        return None
    return groups


def pair_signs(ids: Sequence[str], judgment: Judgment) -> dict[tuple[str, str], int] | None:
    """Per unordered response pair ``(a, b)`` (payload order), +1 when ``a`` was judged better,
    -1 when ``b`` was, 0 for a tie; None for a skipped result."""
    if not judgment.ok:
        return None
    signs = {(a, b): 0 for i, a in enumerate(ids) for b in ids[i + 1 :]}
    position = {rid: i for i, rid in enumerate(ids)}
    for pair in judgment.pairs:
        if position[pair.chosen] < position[pair.rejected]:
            signs[(pair.chosen, pair.rejected)] = 1
        else:
            signs[(pair.rejected, pair.chosen)] = -1
    return signs
