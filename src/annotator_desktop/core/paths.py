"""Where the client keeps its data: the platform's user data folder, or ANNOTATOR_DESKTOP_HOME."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from annotator_desktop import APP_NAME
from annotator_desktop.core.private import make_private_dir, secure_tree

HOME_ENV = "ANNOTATOR_DESKTOP_HOME"
_SECURED: set[Path] = set()


def data_dir() -> Path:
    """The data folder (created 0700 if missing; made private once per process, see private.py)."""
    override = os.environ.get(HOME_ENV)
    path = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    make_private_dir(path)
    if path not in _SECURED:
        _SECURED.add(path)
        secure_tree(path)
    return path


def database_path(base: Path | None = None) -> Path:
    return (base or data_dir()) / "cache.sqlite3"


def assets_dir(base: Path | None = None) -> Path:
    return make_private_dir((base or data_dir()) / "assets")


def logs_dir(base: Path | None = None) -> Path:
    return make_private_dir((base or data_dir()) / "logs")


def settings_path(base: Path | None = None) -> Path:
    return (base or data_dir()) / "settings.json"


DEMO_FOLDER = "demo"


def demo_data_dir() -> Path:
    """Where ``--demo`` keeps everything (cache, settings, the demo server's data): ``demo/``
    inside the data folder, so a demo never mixes its tasks or server into the user's cache.

    A new demo folder starts with the user's own language and theme, nothing else.
    """
    base = data_dir()
    path = base / DEMO_FOLDER
    if not path.is_dir():
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        _seed_demo_settings(settings_path(base), settings_path(path))
    return path


def _seed_demo_settings(own: Path, demo: Path) -> None:
    from annotator_desktop.core import settings as settings_mod

    if not own.is_file():
        return
    try:
        mine = settings_mod.load(own)
        settings_mod.save(settings_mod.Settings(language=mine.language, theme=mine.theme), demo)
    except (settings_mod.SettingsError, OSError):
        pass  # an unreadable own file: the demo starts from the defaults


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
