"""How sync code runs its cache writes: directly, or handed to the app's serial DB executor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
Writer = Callable[[Callable[[], Any]], Any]


def direct(fn: Callable[[], T]) -> T:
    """Runs the write on the calling thread (CLI, tests, the kill driver)."""
    return fn()
