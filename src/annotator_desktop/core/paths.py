"""Where the client keeps its data: the platform's user data folder, or ANNOTATOR_DESKTOP_HOME."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from annotator_desktop import APP_NAME

HOME_ENV = "ANNOTATOR_DESKTOP_HOME"


def data_dir() -> Path:
    """The data folder (created if missing)."""
    override = os.environ.get(HOME_ENV)
    path = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path(base: Path | None = None) -> Path:
    return (base or data_dir()) / "cache.sqlite3"


def assets_dir(base: Path | None = None) -> Path:
    path = (base or data_dir()) / "assets"
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_path(base: Path | None = None) -> Path:
    return (base or data_dir()) / "settings.json"


def resources_dir() -> Path:
    """Icons and demo data: inside the installed package, or the source tree's resources/."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "resources"
    if packaged.is_dir():
        return packaged
    return here.parent.parent / "resources"


def translations_dir() -> Path:
    """Compiled .qm files shipped with the package."""
    return Path(__file__).resolve().parent.parent / "i18n"
