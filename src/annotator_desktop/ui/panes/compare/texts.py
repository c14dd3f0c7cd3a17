"""Translated labels shared by the compare pane's widgets (scale points, flags)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "ComparePane"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def scale_label(point: int) -> str:
    """The long label of a 1..7 scale point (A much better … tie … B much better)."""
    labels = {
        1: tr("A is much better"),
        2: tr("A is better"),
        3: tr("A is slightly better"),
        4: tr("Tie: about the same"),
        5: tr("B is slightly better"),
        6: tr("B is better"),
        7: tr("B is much better"),
    }
    return labels[point]


def scale_short(point: int) -> str:
    """The short button text of a 1..7 scale point."""
    labels = {
        1: tr("A ≫", "scale point 1: A much better"),
        2: tr("A >", "scale point 2: A better"),
        3: tr("A ≳", "scale point 3: A slightly better"),
        4: tr("Tie", "scale point 4"),
        5: tr("≲ B", "scale point 5: B slightly better"),
        6: tr("< B", "scale point 6: B better"),
        7: tr("≪ B", "scale point 7: B much better"),
    }
    return labels[point]


def flag_label(flag: str) -> str:
    labels = {
        "both_bad": tr("Both responses are bad"),
        "needs_expert": tr("Needs an expert"),
        "harmful": tr("Harmful content"),
        "cannot_judge": tr("I cannot judge this"),
    }
    return labels.get(flag, flag)


def fill(text: str, *args: object) -> str:
    """Replaces %1, %2, … in one pass, so an argument containing "%2" stays as it is."""
    import re

    return re.sub(r"%(\d)", lambda m: _arg(args, int(m.group(1)), m.group(0)), text)


def _arg(args: tuple[object, ...], number: int, original: str) -> str:
    return str(args[number - 1]) if 1 <= number <= len(args) else original
