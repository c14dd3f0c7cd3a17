"""Comparison logic, Qt-free: presentation order, the A/B scale, rankings, word counts, diffs.

The UI speaks of A (left) and B (right) on a 7-point scale: 1 = A much better, 4 = tie,
7 = B much better. The wire ``preference`` runs -3..3 where negative means ``responses[0]`` is
better, whatever order the two responses were presented in.
"""

from __future__ import annotations

import difflib
import hashlib
import random
import re
import secrets
from collections.abc import Mapping, Sequence
from pathlib import Path

SCALE_MIN = 1
SCALE_MAX = 7
SCALE_TIE = 4
SALT_FILE = "compare_order_salt"

_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W_][\w'’-]*")
_TOKEN = re.compile(r"\S+")
_HAS_ALNUM = re.compile(r"[A-Za-z0-9]")


# --- presentation order -----------------------------------------------------------------


def install_salt(folder: Path) -> str:
    """This installation's secret salt for presentation order, created once in ``folder``."""
    path = folder / SALT_FILE
    try:
        salt = path.read_text(encoding="utf-8").strip()
    except OSError:
        salt = ""
    if len(salt) >= 16:
        return salt
    salt = secrets.token_hex(16)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(salt, encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a read-only data folder still gets a per-run order; never fail the pane
    return salt


def presentation_order(task_id: str, response_ids: Sequence[str], salt: str) -> list[str]:
    """The response ids in the order shown: for two, a stable, seeded coin flip per (salt,
    task); for more, a shuffle seeded the same way (the same task always shows the same order)."""
    ids = list(response_ids)
    digest = hashlib.sha256(f"{salt}\x1f{task_id}".encode()).digest()
    if len(ids) > 2:
        random.Random(digest).shuffle(ids)
    elif digest[0] & 1:
        ids.reverse()
    return ids


def valid_order(order: object, response_ids: Sequence[str]) -> bool:
    """True when ``order`` lists exactly the task's response ids, each once."""
    return (
        isinstance(order, list)
        and len(order) == len(response_ids)
        and sorted(map(str, order)) == sorted(response_ids)
    )


# --- rankings (three to nine responses) ----------------------------------------------------


def ranking_from_ranks(ranks: Mapping[str, int]) -> list[list[str]]:
    """Tie groups best first from a rank per response id (1 = best; equal ranks tie); ranks
    need not be consecutive (1, 1, 3 and 1, 1, 2 give the same groups). Ids keep the order of
    ``ranks`` within a group."""
    groups: dict[int, list[str]] = {}
    for rid, rank in ranks.items():
        groups.setdefault(rank, []).append(rid)
    return [groups[r] for r in sorted(groups)]


def ranks_from_ranking(ranking: Sequence[Sequence[str]]) -> dict[str, int]:
    """Rank per response id (1 = best) from tie groups: the inverse of ranking_from_ranks."""
    return {rid: i for i, group in enumerate(ranking, start=1) for rid in group}


def ranking_problems(ranking: Sequence[Sequence[str]], response_ids: Sequence[str]) -> list[str]:
    """What keeps ``ranking`` from being complete: ids not ranked, unknown or ranked twice."""
    seen: list[str] = [rid for group in ranking for rid in group]
    problems = [f"not ranked: {rid}" for rid in response_ids if rid not in seen]
    problems += [
        f"unknown response: {rid}" for rid in dict.fromkeys(seen) if rid not in response_ids
    ]
    problems += [f"ranked twice: {rid}" for rid in dict.fromkeys(seen) if seen.count(rid) > 1]
    if any(not group for group in ranking):
        problems.append("an empty rank")
    return problems


# --- scale <-> wire preference ------------------------------------------------------------


def _a_is_first(presented_order: Sequence[str], response_ids: Sequence[str]) -> bool:
    return presented_order[0] == response_ids[0]


def scale_to_preference(
    scale: int, presented_order: Sequence[str], response_ids: Sequence[str]
) -> int:
    """The wire preference (-3..3, negative: responses[0] better) for a 1..7 A/B scale point."""
    if not SCALE_MIN <= scale <= SCALE_MAX:
        raise ValueError(f"scale point {scale} outside {SCALE_MIN}..{SCALE_MAX}")
    towards_b = scale - SCALE_TIE  # -3: A much better, +3: B much better
    return towards_b if _a_is_first(presented_order, response_ids) else -towards_b


def preference_to_scale(
    preference: int, presented_order: Sequence[str], response_ids: Sequence[str]
) -> int:
    """The 1..7 A/B scale point shown for a wire preference, in the given presented order."""
    if not -3 <= preference <= 3:
        raise ValueError(f"preference {preference} outside -3..3")
    towards_b = preference if _a_is_first(presented_order, response_ids) else -preference
    return towards_b + SCALE_TIE


# --- text measures ----------------------------------------------------------------------


def count_words(text: str) -> int:
    """Words as ``wc -w`` counts them, except that bare punctuation (Markdown's ``-``, ``|``,
    ``#``) is no word and each CJK character is one."""
    count = 0
    for token in text.split():
        if token.isascii():  # the fast, common case
            count += token.isalnum() or _HAS_ALNUM.search(token) is not None
        else:
            count += len(_WORD.findall(token))
    return count


Span = tuple[int, int]


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _merge(spans: list[Span], text: str) -> list[Span]:
    """Joins spans separated only by whitespace, so a changed phrase is one highlight."""
    merged: list[Span] = []
    for start, end in spans:
        if merged and not text[merged[-1][1] : start].strip():
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _word_diff(
    a: list[tuple[str, int, int]], b: list[tuple[str, int, int]]
) -> tuple[list[Span], list[Span]]:
    spans_a: list[Span] = []
    spans_b: list[Span] = []
    matcher = difflib.SequenceMatcher(None, [t[0] for t in a], [t[0] for t in b], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        spans_a.extend((t[1], t[2]) for t in a[i1:i2])
        spans_b.extend((t[1], t[2]) for t in b[j1:j2])
    return spans_a, spans_b


def _lines(text: str) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    pos = 0
    for line in text.split("\n"):
        out.append((line, pos))
        pos += len(line) + 1
    return out


def _shift(tokens_line: str, offset: int) -> list[tuple[str, int, int]]:
    return [(w, s + offset, e + offset) for w, s, e in _tokens(tokens_line)]


#: Above this many tokens on each side of a changed region, the region is marked whole.
WORD_DIFF_LIMIT = 3000


def diff_spans(a: str, b: str) -> tuple[list[Span], list[Span]]:
    """Character ranges of ``a`` and ``b`` whose words differ (line diff, then words within).

    Two passes keep it fast on long texts: lines are matched first, and words are compared only
    inside replaced runs of lines.
    """
    lines_a, lines_b = _lines(a), _lines(b)
    matcher = difflib.SequenceMatcher(
        None, [s.strip() for s, _ in lines_a], [s.strip() for s, _ in lines_b], autojunk=False
    )
    spans_a: list[Span] = []
    spans_b: list[Span] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        toks_a = [t for s, off in lines_a[i1:i2] for t in _shift(s, off)]
        toks_b = [t for s, off in lines_b[j1:j2] for t in _shift(s, off)]
        if tag == "replace" and max(len(toks_a), len(toks_b)) <= WORD_DIFF_LIMIT:
            part_a, part_b = _word_diff(toks_a, toks_b)
        else:
            part_a = [(t[1], t[2]) for t in toks_a]
            part_b = [(t[1], t[2]) for t in toks_b]
        spans_a.extend(part_a)
        spans_b.extend(part_b)
    return _merge(spans_a, a), _merge(spans_b, b)
