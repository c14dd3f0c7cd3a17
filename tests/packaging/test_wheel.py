"""The sdist and wheel build, and the wheel installs into a fresh venv and runs.

Proof that the compiled .qm files, the icons and the demo resources are packaged: the wheel is
built FROM the sdist (as ``python -m build`` does), installed into a new virtual environment, and
its ``annotator-desktop`` command is run from there. The third-party dependencies are borrowed
from the current environment through a .pth line (no network, no reinstall), but every file of
annotator_desktop itself comes from the built wheel.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import annotator_desktop

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SOURCE_TS = sorted(p.stem for p in (ROOT / "translations").glob("*.ts"))
SOURCE_RESOURCES = sorted(
    p.relative_to(ROOT / "resources").as_posix()
    for p in (ROOT / "resources").rglob("*")
    if p.is_file() and "__pycache__" not in p.parts
)


@dataclass
class Built:
    sdist: Path
    wheel: Path
    venv: Path
    site: Path

    @property
    def command(self) -> Path:
        return self.venv / "bin" / "annotator-desktop"

    @property
    def package(self) -> Path:
        return self.site / "annotator_desktop"


def _run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=150, **kwargs)  # type: ignore[call-overload]
    assert proc.returncode == 0, f"{cmd} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    """sdist + wheel (wheel built from the sdist) and a fresh venv with the wheel installed."""
    pytest.importorskip("build", reason="needs the 'build' package (test extras)")
    pytest.importorskip("hatchling", reason="needs 'hatchling' for --no-isolation (test extras)")
    if sys.platform == "win32":
        pytest.skip("the venv layout checked here is the POSIX one")
    base = tmp_path_factory.mktemp("wheel")
    dist = base / "dist"
    # --no-isolation: the build requirements (hatchling, PySide6 for lrelease) are already here.
    # The build hook looks for pyside6-lrelease on PATH: put this venv's scripts folder there.
    path = os.pathsep.join([sysconfig.get_path("scripts"), os.environ.get("PATH", "")])
    env = dict(os.environ, PATH=path)
    build = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(ROOT)]
    _run(build, env=env)
    sdist = next(dist.glob("*.tar.gz"))
    wheel = next(dist.glob("*.whl"))
    venv = base / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    site = Path(sysconfig.get_path("purelib", vars={"base": str(venv), "platbase": str(venv)}))
    _run(
        [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q",
         "--no-deps", "--no-index", str(wheel)]
    )  # fmt: skip
    # Dependencies only: the current venv's site-packages as a plain path (its .pth files, among
    # them the editable install of this project, are NOT processed from there).
    (site / "zz_borrowed_deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    yield Built(sdist, wheel, venv, site)


def _clean_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        ANNOTATOR_DESKTOP_HOME=str(home),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return env


def test_sdist_carries_the_sources_needed_to_build(built: Built) -> None:
    with tarfile.open(built.sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    assert "hatch_build.py" in names
    assert "pyproject.toml" in names
    assert {f"translations/{stem}.ts" for stem in SOURCE_TS} <= names
    assert {f"resources/{rel}" for rel in SOURCE_RESOURCES} <= names


def test_wheel_carries_qm_files_and_resources(built: Built) -> None:
    with zipfile.ZipFile(built.wheel) as whl:
        names = set(whl.namelist())
    assert {f"annotator_desktop/i18n/{stem}.qm" for stem in SOURCE_TS} <= names
    assert {f"annotator_desktop/resources/{rel}" for rel in SOURCE_RESOURCES} <= names
    assert not any(n.startswith(("tests/", "packaging/")) for n in names)


def test_installed_wheel_runs_version_from_its_own_files(built: Built, tmp_path: Path) -> None:
    proc = _run([str(built.command), "--version"], env=_clean_env(tmp_path), cwd=tmp_path)
    assert proc.stdout.strip() == f"annotator-desktop {annotator_desktop.__version__}"
    probe = _run(
        [str(built.venv / "bin" / "python"), "-c",
         "import annotator_desktop.core.paths as p; print(p.__file__); "
         "print(p.translations_dir()); print(p.resources_dir())"],
        env=_clean_env(tmp_path), cwd=tmp_path,
    )  # fmt: skip
    module_file, i18n, resources = (Path(line) for line in probe.stdout.splitlines())
    assert module_file.is_relative_to(built.site), "annotator_desktop must come from the wheel"
    assert i18n == built.package / "i18n"
    assert resources == built.package / "resources"
    assert sorted(p.stem for p in i18n.glob("*.qm")) == SOURCE_TS
    assert all((i18n / f"{stem}.qm").stat().st_size > 0 for stem in SOURCE_TS)
    installed = sorted(
        p.relative_to(resources).as_posix() for p in resources.rglob("*") if p.is_file()
    )
    assert installed == SOURCE_RESOURCES
    assert (resources / "icons" / "annotator-desktop.svg").is_file()


def test_installed_wheel_smoke_run_offscreen(built: Built, tmp_path: Path) -> None:
    app_module = built.package / "ui" / "app.py"
    if not app_module.is_file() or "def run_gui" not in app_module.read_text(encoding="utf-8"):
        pytest.skip("ui/app.py with run_gui() is not in the tree yet: no GUI to smoke-test")
    proc = _run([str(built.command), "--smoke"], env=_clean_env(tmp_path / "home"), cwd=tmp_path)
    assert proc.returncode == 0
