"""One rule for numbers in the window: the UI locale's digits (``QLocale().toString``).

The status bar, dates and spin boxes already follow the default QLocale; panes format their own
counts, scale points and ranges through these two helpers so that an Arabic UI never mixes
Arabic-Indic and Western digits.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def number(value: int | float, decimals: int = 0) -> str:
    """``value`` in the UI locale's digits (and grouping / decimal signs)."""
    if isinstance(value, float) or decimals:
        return QLocale().toString(float(value), "f", decimals)
    return QLocale().toString(int(value))


def local_digits(text: str) -> str:
    """``text`` (one of our translated templates, never user data) with the locale's digits."""
    zero = QLocale().zeroDigit()
    if zero == "0":
        return text
    base = ord(zero)
    return "".join(chr(base + ord(c) - 48) if "0" <= c <= "9" else c for c in text)
