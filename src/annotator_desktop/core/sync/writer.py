"""How sync code runs its cache writes: directly, or handed to the app's serial DB executor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

T = TypeVar("T")


class Writer(Protocol):
    """Runs ``fn`` as a cache write and returns what it returned."""

    def __call__(self, fn: Callable[[], T], /) -> T: ...


def direct(fn: Callable[[], T]) -> T:
    """Runs the write on the calling thread (CLI, tests, the kill driver)."""
    return fn()
