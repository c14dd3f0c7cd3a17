"""Hatch build hook: compile translations/*.ts into .qm files inside the package."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def find_lrelease() -> list[str]:
    """pyside6-lrelease from the build environment, else Qt's own lrelease inside PySide6."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.exists():
        return [str(beside)]
    exe = shutil.which("pyside6-lrelease")
    if exe:
        return [exe]
    try:
        import PySide6
    except ImportError as exc:
        raise RuntimeError("PySide6 is needed to compile the translations (lrelease)") from exc
    pkg = Path(PySide6.__file__).parent
    for candidate in (pkg / "lrelease", pkg / "Qt" / "libexec" / "lrelease"):
        if candidate.exists():
            return [str(candidate)]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "lrelease"]


class QmBuildHook(BuildHookInterface):
    """Runs pyside6-lrelease so that wheels (and editable installs) carry compiled .qm files."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return  # the sdist carries the .ts sources; wheels (and editable installs) the .qm
        root = Path(self.root)
        sources = sorted((root / "translations").glob("*.ts"))
        if not sources:
            return
        editable = version == "editable"
        # An editable install imports the package from src/, so the .qm files go there
        # (git-ignored); a real wheel gets them force-included from a temporary folder.
        if editable:
            out = root / "src" / "annotator_desktop" / "i18n"
            out.mkdir(parents=True, exist_ok=True)
        else:
            out = Path(tempfile.mkdtemp(prefix="annotator-qm-"))
        for ts in sources:
            qm = out / (ts.stem + ".qm")
            subprocess.run([*find_lrelease(), str(ts), "-qm", str(qm)], check=True)
            if not editable:
                build_data["force_include"][str(qm)] = f"annotator_desktop/i18n/{qm.name}"
