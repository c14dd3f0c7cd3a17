"""Typed, versioned settings: round trip, migration from v1, newer files refused untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator_desktop.core.settings import (
    SCHEMA_VERSION,
    Settings,
    SettingsError,
    SettingsTooNew,
    load,
    save,
)


def test_defaults_when_missing(tmp_path: Path) -> None:
    assert load(tmp_path / "settings.json") == Settings()


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original = Settings(
        server_url="https://tasks.example.org",
        language="ar",
        theme="dark",
        autosave_ms=500,
        ca_bundle="/etc/ssl/ca.pem",
        auto_topup=25,
        splitter_sizes=[300, 900],
    )
    save(original, path)
    assert load(path) == original
    assert json.loads(path.read_text())["schema_version"] == SCHEMA_VERSION
    assert not list(tmp_path.glob(".settings-*"))  # the temporary file was renamed


def test_migrates_v1(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 1, "autosave_seconds": 0.5, "dark": True}))
    loaded = load(path)
    assert loaded.autosave_ms == 500 and loaded.theme == "dark"


def test_newer_version_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    text = json.dumps({"schema_version": SCHEMA_VERSION + 1, "language": "de"})
    path.write_text(text)
    with pytest.raises(SettingsTooNew) as err:
        load(path)
    assert err.value.path == path
    assert path.read_text() == text


def test_bad_values_are_normalised_and_bad_json_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"theme": "neon", "autosave_ms": 99999, "language": 5}))
    loaded = load(path)
    assert loaded.theme == "system" and loaded.autosave_ms == 1000 and loaded.language == ""
    path.write_text("{not json")
    with pytest.raises(SettingsError):
        load(path)
