"""Splitter sizes the user chose inside panes, kept for the session and saved in the settings.

The main window loads :func:`load` from ``Settings.pane_splitters`` at start and writes
:func:`dump` back when it saves its state; panes call :func:`remember` and :func:`recall`.
"""

from __future__ import annotations

_SIZES: dict[str, list[int]] = {}


def load(saved: dict[str, list[int]]) -> None:
    _SIZES.clear()
    for key, sizes in saved.items():
        if isinstance(sizes, list) and sizes and all(isinstance(v, int) and v >= 0 for v in sizes):
            _SIZES[str(key)] = list(sizes)


def dump() -> dict[str, list[int]]:
    return {key: list(sizes) for key, sizes in _SIZES.items()}


def remember(key: str, sizes: list[int]) -> None:
    if sizes and any(sizes):
        _SIZES[key] = [int(v) for v in sizes]


def recall(key: str, count: int) -> list[int] | None:
    """The remembered sizes of ``key`` if there are ``count`` of them, else None."""
    sizes = _SIZES.get(key)
    return list(sizes) if sizes is not None and len(sizes) == count else None
