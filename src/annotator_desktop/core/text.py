"""Small text helpers shared by panes and formats (Qt-free)."""

from __future__ import annotations

import unicodedata

_RTL_CLASSES = {"R", "AL"}
_LTR_CLASSES = {"L"}


def is_rtl(text: str, sample: int = 2000) -> bool:
    """True when most strongly-directional characters of ``text`` are right-to-left."""
    rtl = ltr = 0
    for ch in text[:sample]:
        cls = unicodedata.bidirectional(ch)
        if cls in _RTL_CLASSES:
            rtl += 1
        elif cls in _LTR_CLASSES:
            ltr += 1
    return rtl > ltr


def word_count(text: str) -> int:
    return len(text.split())
