"""Training-data records from submissions (Qt-free, pure Python; the client's and the server's
exports write the same lines).

``preference``: one record per judged pair, conversational: ``prompt`` is the context as a list
of messages (a plain prompt becomes one user message), ``chosen`` and ``rejected`` each a list
with one assistant message; ties yield no pair, a ranking yields every pair of different rank.
``sft``: one record per rewrite, ``messages`` = the context, then the rewritten reply as the
assistant turn.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from json.encoder import encode_basestring
from typing import Any

from annotator_desktop.core.metrics.pairs import judge, response_ids

TRAINING_FORMATS = ("preference", "sft")
ROLES = ("system", "user", "assistant")


@dataclass
class ExportSummary:
    """What an export wrote: records, and the judgments that gave none (ties, skipped)."""

    submissions: int = 0
    records: int = 0
    ties: int = 0
    skipped: int = 0

    def line(self, fmt: str) -> str:
        if fmt == "preference":
            return (
                f"preference: {self.records} pairs from {self.submissions} judgments, "
                f"{self.ties} ties (no pair), {self.skipped} skipped"
            )
        return (
            f"sft: {self.records} examples from {self.submissions} rewrites, {self.skipped} skipped"
        )


def context_messages(payload: Mapping[str, Any]) -> list[dict[str, str]]:
    """A task's context as messages: its ``messages``, then a non-empty ``prompt`` as a user turn
    (a payload with neither gives one empty user turn)."""
    turns = [
        {"role": str(m.get("role")), "content": str(m.get("content", ""))}
        for m in payload.get("messages") or []
        if isinstance(m, dict) and m.get("role") in ROLES
    ]
    prompt = payload.get("prompt")
    if (isinstance(prompt, str) and prompt) or not turns:
        turns.append({"role": "user", "content": prompt if isinstance(prompt, str) else ""})
    return turns


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _quote(text: str) -> str:
    """``text`` as a JSON string literal (non-ASCII kept)."""
    return encode_basestring(text)


def _assistant(text: str) -> str:
    """``[{"role": "assistant", "content": text}]`` as JSON."""
    return f'[{{"role":"assistant","content":{_dumps(text)}}}]'


def preference_lines(
    payload: Mapping[str, Any],
    result: Mapping[str, Any],
    base: Mapping[str, Any],
    summary: ExportSummary,
) -> list[str]:
    """The preference records of one compare submission as JSON lines (``\n`` ended).

    Each record: ``prompt`` (the context as messages), ``chosen`` and ``rejected`` (one assistant
    message each), then ``base`` (task_id, submission_id, annotator, …), ``chosen_id``,
    ``rejected_id``, ``strength`` (|preference|, or the ranks between the two), ``ranked``,
    ``rationale``, ``criteria``, ``flags`` and ``ratings`` (``{chosen: {…}, rejected: {…}}``).
    The shared parts are encoded once per submission, not once per pair (a ranking of nine
    gives up to 36 pairs). ``summary`` counts the judgment, its pairs and ties.
    """
    summary.submissions += 1
    ids = response_ids(payload)
    judgment = judge(ids, result) if ids else None
    if judgment is None or not judgment.ok:
        summary.skipped += 1
        return []
    summary.ties += judgment.ties
    texts = {str(r["id"]): _assistant(str(r.get("text_md", ""))) for r in payload["responses"]}
    raw_ratings = result.get("ratings")
    ratings: Mapping[str, Any] = raw_ratings if isinstance(raw_ratings, dict) else {}
    rated = {rid: _dumps(ratings.get(rid, {})) for rid in ids}
    quoted = {rid: _quote(rid) for rid in ids}
    head = f'{{"prompt":{_dumps(context_messages(payload))},'
    shared = _dumps(
        {
            **base,
            "ranked": result.get("ranking") is not None,
            "rationale": result.get("rationale", ""),
            "criteria": result.get("criteria", {}),
            "flags": result.get("flags", []),
        }
    )[1:-1]
    lines = [
        f'{head}"chosen":{texts[c]},"rejected":{texts[r]},{shared},"chosen_id":{quoted[c]},'
        f'"rejected_id":{quoted[r]},"strength":{strength},'
        f'"ratings":{{"chosen":{rated[c]},"rejected":{rated[r]}}}}}\n'
        for c, r, strength in ((p.chosen, p.rejected, p.strength) for p in judgment.pairs)
    ]
    summary.records += len(lines)
    return lines


def sft_line(
    payload: Mapping[str, Any],
    result: Mapping[str, Any],
    base: Mapping[str, Any],
    summary: ExportSummary,
) -> str | None:
    """The SFT record of one rewrite submission as a JSON line: ``messages`` = the context, then
    the rewrite as the assistant turn, with ``base`` and ``notes``; None (counted as skipped)
    when the rewrite is empty."""
    summary.submissions += 1
    text = result.get("text_md")
    if not isinstance(text, str) or not text.strip():
        summary.skipped += 1
        return None
    summary.records += 1
    messages = [*context_messages(payload), {"role": "assistant", "content": text}]
    return _dumps({"messages": messages, **base, "notes": result.get("notes", "")}) + "\n"
