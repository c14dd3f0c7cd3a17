"""Translated messages for a compare result that cannot be submitted yet."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from annotator_desktop.protocol import Criterion, ProjectConfig, validate_result
from annotator_desktop.ui.panes.compare.ratings import ratable
from annotator_desktop.ui.panes.compare.texts import fill, translate

# Server/validator codes already explained by the messages below.
_EXPLAINED = {
    "criterion_missing",
    "criterion_range",
    "rationale_short",
    "ranking_missing",
    "ranking_incomplete",
}


def compare_problems(
    result: dict[str, Any],
    payload: dict[str, Any],
    config: ProjectConfig,
    criteria: Sequence[Criterion],
    min_chars: int,
    letters: dict[str, str] | None = None,
) -> list[str]:
    """Everything to fix before submit, in the order the form shows it; empty when valid.

    ``letters``: the shown letter of each response id (A, B, …), in presented order.
    """
    letters = letters or {}
    messages: list[str] = []
    ranked = "ranking" in result
    if ranked:
        messages.extend(_ranking_problems(result, letters))
    elif result.get("preference") is None:
        messages.append(
            translate("ComparePane", "Choose which response is better, or Tie (keys 1–7).")
        )
    values = result.get("criteria") or {}
    for crit in criteria:
        if not crit.per_response:
            messages.extend(_criterion_problem(crit, values.get(crit.key)))
    ratings = result.get("ratings") or {}
    for rid, letter in letters.items():
        found = ratings.get(rid)
        own: dict[str, Any] = found if isinstance(found, dict) else {}
        for crit in criteria:
            if crit.per_response:
                messages.extend(
                    fill(translate("ComparePane", "Response %1: %2"), letter, text)
                    for text in _criterion_problem(crit, own.get(crit.key))
                )
    length = len(str(result.get("rationale") or "").strip())
    if length < min_chars:
        messages.append(
            fill(
                translate(
                    "ComparePane", "The rationale is too short: %1 of at least %2 characters."
                ),
                length,
                min_chars,
            )
        )
    if result.get("preference") is not None or ranked:
        for error in validate_result("compare", payload, config, result):
            if error.code not in _EXPLAINED:
                messages.append(
                    fill(translate("ComparePane", "The result is not valid: %1"), error.msg)
                )
    return messages


def _criterion_problem(crit: Criterion, value: object) -> list[str]:
    if not ratable(crit):
        text = translate(
            "ComparePane", "“%1” cannot be rated: its range is invalid. Please report this task."
        )
        return [fill(text, crit.label)]
    if value is None:
        text = translate("ComparePane", "Rate “%1” (from %2 to %3).")
    elif not isinstance(value, int) or not crit.min <= value <= crit.max:
        text = translate("ComparePane", "“%1” must be rated from %2 to %3.")
    else:
        return []
    return [fill(text, crit.label, crit.min, crit.max)]


def _ranking_problems(result: dict[str, Any], letters: dict[str, str]) -> list[str]:
    ranking = result.get("ranking") or []
    ranked = {rid for group in ranking if isinstance(group, list) for rid in group}
    missing = [letter for rid, letter in letters.items() if rid not in ranked]
    if not missing:
        return []
    text = translate("ComparePane", "Rank every response (keys 1–9 or drag); not ranked yet: %1.")
    return [fill(text, ", ".join(missing))]
