"""Bias audit of preference judgments (Qt-free, pure Python; client and server alike).

For every judged pair (ties and skipped results excluded), three cues: was the chosen response
the one shown first, the longer one (words), the more heavily formatted one (headings, list
items, bold spans, emoji; code blocks not counted)? Each cue's share counts only the pairs where
the two responses differ in it, with a 95% Wilson score interval; a share is flagged when its
interval excludes 50%, the rate an unbiased judge would show on pairs that differ at random.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from annotator_desktop.core.metrics.pairs import judge, response_ids
from annotator_desktop.core.metrics.tokens import count_text_words

Z95 = 1.959963984540054  # two-sided 95% normal quantile
CUES = ("first_shown", "longer", "more_formatted")

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^ {0,3}\1[ \t]*$|\Z)", re.M | re.S)
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.M)
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S", re.M)
_BOLD = re.compile(r"\*\*(?=\S)[^\n]+?(?<=\S)\*\*|__(?=\S)[^\n]+?(?<=\S)__")
_EMOJI = regex.compile(r"\p{Extended_Pictographic}")


def formatting_score(text: str) -> int:
    """Headings + list items + bold spans + emoji in Markdown ``text``, outside code blocks."""
    prose = _FENCE.sub("", text)
    return (
        len(_HEADING.findall(prose))
        + len(_LIST_ITEM.findall(prose))
        + len(_BOLD.findall(prose))
        + len(_EMOJI.findall(prose))
    )


def wilson_interval(k: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    """The Wilson score interval of ``k`` successes in ``n`` trials; None when ``n`` is 0."""
    if n <= 0:
        return None
    p = k / n
    z2 = z * z
    denom = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True, slots=True)
class Share:
    """``k`` of ``n`` pairs chose the cue; ``low``..``high`` its 95% Wilson interval."""

    n: int = 0
    k: int = 0
    share: float | None = None
    low: float | None = None
    high: float | None = None
    flagged: bool = False

    @classmethod
    def of(cls, k: int, n: int) -> Share:
        interval = wilson_interval(k, n)
        if interval is None:
            return cls()
        low, high = interval
        return cls(n=n, k=k, share=k / n, low=low, high=high, flagged=low > 0.5 or high < 0.5)

    def as_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "k": self.k,
            "share": self.share,
            "low": self.low,
            "high": self.high,
            "flagged": self.flagged,
        }


@dataclass(frozen=True, slots=True)
class BiasFigures:
    first_shown: Share = Share()
    longer: Share = Share()
    more_formatted: Share = Share()

    def as_dict(self) -> dict[str, Any]:
        return {cue: getattr(self, cue).as_dict() for cue in CUES}


@dataclass
class _Tally:
    n: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CUES, 0))
    k: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CUES, 0))

    def add(self, cue: str, chosen: float, rejected: float) -> None:
        if chosen != rejected:
            self.n[cue] += 1
            self.k[cue] += chosen > rejected

    def figures(self) -> BiasFigures:
        return BiasFigures(*(Share.of(self.k[c], self.n[c]) for c in CUES))


@dataclass(frozen=True, slots=True)
class BiasItem:
    """One submitted compare result with its task (payload as on the wire) and annotator."""

    task_id: str
    annotator: str
    payload: Mapping[str, Any]
    result: Mapping[str, Any]


@dataclass
class BiasReport:
    project: BiasFigures
    annotators: dict[str, BiasFigures]


def _measures(payload: Mapping[str, Any]) -> dict[str, tuple[int, int]]:
    """Per response id: (words, formatting score)."""
    out: dict[str, tuple[int, int]] = {}
    for r in payload.get("responses") or []:
        if isinstance(r, dict):
            text = str(r.get("text_md", ""))
            out[str(r.get("id"))] = (count_text_words(text), formatting_score(text))
    return out


def _tally(
    tallies: Sequence[_Tally], ids: Sequence[str], item: BiasItem, measures: Mapping[str, Any]
) -> None:
    """Adds the item's judged pairs; "shown first" is "shown earlier" for pairs of a ranking."""
    judgment = judge(ids, item.result)
    order = item.result.get("presented_order")
    shown = (
        {str(rid): i for i, rid in enumerate(order)}
        if isinstance(order, list) and sorted(map(str, order)) == sorted(ids)
        else None
    )
    for pair in judgment.pairs:
        (words_c, fmt_c), (words_r, fmt_r) = measures[pair.chosen], measures[pair.rejected]
        for tally in tallies:
            if shown is not None:  # shown earlier = the larger cue value
                tally.add("first_shown", -shown[pair.chosen], -shown[pair.rejected])
            tally.add("longer", words_c, words_r)
            tally.add("more_formatted", fmt_c, fmt_r)


def bias_report(items: Iterable[BiasItem]) -> BiasReport:
    """The three cue shares over all ``items`` and per annotator (each task measured once)."""
    project = _Tally()
    per: dict[str, _Tally] = {}
    cache: dict[str, tuple[list[str], dict[str, tuple[int, int]]]] = {}
    for item in items:
        if item.task_id not in cache:
            cache[item.task_id] = (response_ids(item.payload), _measures(item.payload))
        ids, measures = cache[item.task_id]
        if not ids:
            continue
        _tally((project, per.setdefault(item.annotator, _Tally())), ids, item, measures)
    return BiasReport(
        project=project.figures(), annotators={a: t.figures() for a, t in sorted(per.items())}
    )
