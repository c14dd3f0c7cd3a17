"""Fixtures for the UI tests: a real Worker (shut down after), the sync helpers on the path."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))

from annotator_desktop.core.settings import Settings
from annotator_desktop.core.sync import tokens
from annotator_desktop.ui.worker import Worker


@pytest.fixture
def worker(qtbot: object) -> Iterator[Worker]:
    w = Worker()
    yield w
    w.shutdown(wait=True)


@pytest.fixture
def settings() -> Settings:
    return Settings(auto_topup=0)


@pytest.fixture(autouse=True)
def _no_tokens_left() -> Iterator[None]:
    tokens.forget_memory()
    yield
    tokens.forget_memory()
