"""Typed, versioned user settings kept as JSON in the data folder.

``schema_version`` marks the file's layout; older files are migrated forward on load, and a file
written by a newer version is refused with :class:`SettingsTooNew` and left untouched.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 2
THEMES = ("system", "light", "dark")
DEFAULT_SERVER_URL = ""


class SettingsError(Exception):
    """The settings file cannot be used; ``path`` names it."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class SettingsTooNew(SettingsError):
    """The file was written by a newer version of the app; it is kept as it is."""


@dataclass
class Settings:
    """Everything the user can set in the settings dialog, plus restored window state."""

    schema_version: int = SCHEMA_VERSION
    server_url: str = DEFAULT_SERVER_URL
    language: str = ""  # "" follows the system
    theme: str = "system"  # system | light | dark
    autosave_ms: int = 500  # a draft is written at most this long after a change (<= 1000)
    ca_bundle: str = ""  # a PEM file for servers with a private CA; "" uses the system's
    auto_topup: int = 10  # tasks to check out when fewer are left offline
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    splitter_sizes: list[int] = field(default_factory=list)
    # Splitters inside task panes (e.g. the compare pane's context height), by a pane's key
    pane_splitters: dict[str, list[int]] = field(default_factory=dict)
    guidelines_shown: list[str] = field(default_factory=list)  # projects shown their guidelines
    # Limits on what a server may send (see README "Limits"); defaults suit every real server.
    call_deadline_seconds: int = 60  # wall-clock limit of one API call, answer included
    max_answer_mb: int = 64  # largest JSON answer accepted
    max_asset_mb: int = 512  # largest image accepted when the server declares no size
    max_pages_per_sync: int = 2000  # change-feed pages in one sync
    allow_insecure_http: bool = False  # plain http to a host other than this computer (unsafe)

    def normalised(self) -> Settings:
        """A copy with every value inside its allowed range."""
        copy = Settings(**asdict(self))
        copy.theme = copy.theme if copy.theme in THEMES else "system"
        copy.autosave_ms = max(100, min(int(copy.autosave_ms), 1000))
        copy.auto_topup = max(0, min(int(copy.auto_topup), 500))
        copy.splitter_sizes = [int(v) for v in copy.splitter_sizes if isinstance(v, int | float)]
        panes = copy.pane_splitters if isinstance(copy.pane_splitters, dict) else {}
        copy.pane_splitters = {
            str(k): [int(x) for x in v if isinstance(x, int | float)]
            for k, v in panes.items()
            if isinstance(v, list)
        }
        copy.call_deadline_seconds = max(1, min(int(copy.call_deadline_seconds), 3600))
        copy.max_answer_mb = max(1, min(int(copy.max_answer_mb), 4096))
        copy.max_asset_mb = max(1, min(int(copy.max_asset_mb), 65536))
        copy.max_pages_per_sync = max(1, min(int(copy.max_pages_per_sync), 1_000_000))
        return copy


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """v1 kept the autosave delay in seconds (``autosave_seconds``) and the theme as ``dark``."""
    seconds = data.pop("autosave_seconds", None)
    if seconds is not None:
        data["autosave_ms"] = int(float(seconds) * 1000)
    dark = data.pop("dark", None)
    if dark is not None and "theme" not in data:
        data["theme"] = "dark" if dark else "light"
    return data


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}


def migrate(data: dict[str, Any], path: Path) -> dict[str, Any]:
    """Brings ``data`` up to :data:`SCHEMA_VERSION`; refuses data from a newer version."""
    version = int(data.get("schema_version", 1))
    if version > SCHEMA_VERSION:
        raise SettingsTooNew(
            f"{path} was written by a newer version of annotator-desktop "
            f"(settings version {version}, this version knows {SCHEMA_VERSION}).",
            path,
        )
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](dict(data))
        version += 1
    data["schema_version"] = SCHEMA_VERSION
    return data


def from_dict(data: dict[str, Any]) -> Settings:
    """Builds settings from known keys; unknown keys are dropped, wrong types use the default."""
    defaults = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name not in data:
            continue
        value = data[f.name]
        default = getattr(defaults, f.name)
        if isinstance(default, bool) != isinstance(value, bool):
            continue
        if isinstance(value, type(default)):
            values[f.name] = value
    return Settings(**values).normalised()


def load(path: Path) -> Settings:
    """Reads the settings file; a missing file gives defaults.

    Raises :class:`SettingsTooNew` for a newer file and :class:`SettingsError` for one that is not
    valid JSON; the file is never modified here.
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        raise SettingsError(f"Cannot read {path}: {exc.strerror}", path) from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise SettingsError(f"{path} is not valid JSON (line {exc.lineno}).", path) from exc
    if not isinstance(data, dict):
        raise SettingsError(f"{path} does not hold a settings object.", path)
    return from_dict(migrate(data, path))


def save(settings: Settings, path: Path) -> None:
    """Writes atomically: a temporary file in the same folder, fsynced, then renamed."""
    payload = json.dumps(asdict(settings.normalised()), indent=2, sort_keys=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
