"""Translated labels shared by the compare pane's widgets (scale points, flags)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator_desktop.ui.widgets.numbers import number

# Call as ``translate("ComparePane", "text")`` with literal strings, so lupdate finds them.
translate = QCoreApplication.translate


def scale_label(point: int) -> str:
    """The long label of a 1..7 scale point (A much better … tie … B much better)."""
    labels = {
        1: translate("ComparePane", "A is much better"),
        2: translate("ComparePane", "A is better"),
        3: translate("ComparePane", "A is slightly better"),
        4: translate("ComparePane", "Tie: about the same"),
        5: translate("ComparePane", "B is slightly better"),
        6: translate("ComparePane", "B is better"),
        7: translate("ComparePane", "B is much better"),
    }
    return labels[point]


def scale_short(point: int) -> str:
    """The short button text of a 1..7 scale point."""
    labels = {
        1: translate("ComparePane", "A ≫", "scale point 1: A much better"),
        2: translate("ComparePane", "A >", "scale point 2: A better"),
        3: translate("ComparePane", "A ≳", "scale point 3: A slightly better"),
        4: translate("ComparePane", "Tie", "scale point 4"),
        5: translate("ComparePane", "≲ B", "scale point 5: B slightly better"),
        6: translate("ComparePane", "< B", "scale point 6: B better"),
        7: translate("ComparePane", "≪ B", "scale point 7: B much better"),
    }
    return labels[point]


def flag_label(flag: str) -> str:
    labels = {
        "both_bad": translate("ComparePane", "Both responses are bad"),
        "needs_expert": translate("ComparePane", "Needs an expert"),
        "harmful": translate("ComparePane", "Harmful content"),
        "cannot_judge": translate("ComparePane", "I cannot judge this"),
    }
    return labels.get(flag, flag)


def fill(text: str, *args: object) -> str:
    """Replaces %1, %2, … in one pass, so an argument containing "%2" stays as it is."""
    import re

    return re.sub(r"%(\d)", lambda m: _arg(args, int(m.group(1)), m.group(0)), text)


def _arg(args: tuple[object, ...], index: int, original: str) -> str:
    """An argument as text; integers in the UI locale's digits (one rule for numbers)."""
    if not 1 <= index <= len(args):
        return original
    value = args[index - 1]
    return number(value) if isinstance(value, int) and not isinstance(value, bool) else str(value)
