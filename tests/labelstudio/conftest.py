"""Fixtures for the Label Studio connector tests: a real Label Studio (or a clear skip)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from ls_admin import URL_ENV, LsAdmin, fast_config, sync

from annotator_desktop.core.labelstudio.client import LabelStudioClient
from annotator_desktop.core.store import Store
from annotator_desktop.core.sync.tokens import forget_memory


@pytest.fixture(scope="session")
def ls_admin() -> LsAdmin:
    if not os.environ.get(URL_ENV):
        pytest.skip(f"no Label Studio to test against: set {URL_ENV} (CI starts one)")
    return LsAdmin.from_env()


@pytest.fixture
def ls_user(ls_admin: LsAdmin) -> tuple[str, str]:
    """A new Label Studio user of the organisation: (email, personal access token)."""
    return ls_admin.new_user("annotator")


@pytest.fixture
def ls_client(
    ls_admin: LsAdmin, ls_user: tuple[str, str], store: Store
) -> Iterator[LabelStudioClient]:
    client = LabelStudioClient(ls_admin.base, ls_user[1], store, fast_config())
    yield client
    client.close()


@pytest.fixture
def assets_dir(data_home: Path) -> Path:
    return data_home / "assets"


@pytest.fixture(autouse=True)
def _forget_tokens() -> Iterator[None]:
    yield
    forget_memory()


@pytest.fixture(autouse=True)
def _drop_projects(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test's Label Studio projects are deleted after it: the shared server stays small."""
    yield
    if "ls_admin" in request.fixturenames:
        request.getfixturevalue("ls_admin").drop_created()


__all__ = ["fast_config", "sync"]  # kept importable from here for old callers
