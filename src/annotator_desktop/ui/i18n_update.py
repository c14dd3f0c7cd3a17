"""Refreshes translations/*.ts from the UI sources, and regenerates the pseudo-locale.

Run ``python -m annotator_desktop.ui.i18n_update`` after adding or changing tr() strings.
``--check`` exits non-zero when the checked-in files are stale (used by the test suite).
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from annotator_desktop.ui.i18n import ENGLISH, LANGUAGES, PSEUDO, QM_PREFIX, pseudo_translate

REPO = Path(__file__).resolve().parents[3]
UI_DIR = REPO / "src" / "annotator_desktop" / "ui"
TS_DIR = REPO / "translations"
QM_DIR = REPO / "src" / "annotator_desktop" / "i18n"  # git-ignored; filled by the build hook


def find_lupdate() -> list[str]:
    exe = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    if Path(exe).exists():
        return [exe]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "lupdate"]


def sources(ui_dir: Path = UI_DIR) -> list[Path]:
    return sorted(p for p in ui_dir.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(ts_dir: Path, ui_dir: Path = UI_DIR) -> None:
    """Updates (or creates) one .ts per language from every UI source file."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    targets = [str(ts_dir / f"{QM_PREFIX}{code}.ts") for code in LANGUAGES]
    files = [str(p) for p in sources(ui_dir)]
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as lst:
        lst.write("\n".join(files))
    try:
        cmd = [
            *find_lupdate(),
            f"@{lst.name}",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-silent",
            "-ts",
            *targets,
        ]
        subprocess.run(cmd, check=True, cwd=ui_dir)
        # English needs only its plural forms ("%n task(s)" -> "1 task" / "2 tasks").
        english = [*cmd[: cmd.index("-ts")], "-pluralonly", "-target-language", "en"]
        subprocess.run(
            [*english, "-ts", str(ts_dir / f"{QM_PREFIX}{ENGLISH}.ts")], check=True, cwd=ui_dir
        )
    finally:
        Path(lst.name).unlink(missing_ok=True)


def write_pseudo(ts_dir: Path) -> Path:
    """The pseudo-locale: every source string accented, bracketed and ~30% longer."""
    tree = ET.parse(ts_dir / f"{QM_PREFIX}{LANGUAGES[0]}.ts")
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        old = message.find("translation")
        if old is not None:
            message.remove(old)
        translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo_translate(source)
        else:
            translation.text = pseudo_translate(source)
    ET.indent(tree, space="    ")
    out = ts_dir / f"{QM_PREFIX}{PSEUDO}.ts"
    with out.open("wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")
    return out


def update(ts_dir: Path = TS_DIR, ui_dir: Path = UI_DIR) -> None:
    run_lupdate(ts_dir, ui_dir)
    write_pseudo(ts_dir)


def find_lrelease() -> list[str]:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "lrelease"]


def compile_qm(ts_dir: Path = TS_DIR, out: Path = QM_DIR) -> int:
    """Builds .qm files for a source checkout (what the build hook does at install)."""
    out.mkdir(parents=True, exist_ok=True)
    sources = sorted(ts_dir.glob("*.ts"))
    for ts in sources:
        qm = out / f"{ts.stem}.qm"
        subprocess.run([*find_lrelease(), str(ts), "-qm", str(qm), "-silent"], check=True)
    return len(sources)


def stale_files(ts_dir: Path = TS_DIR, ui_dir: Path = UI_DIR) -> list[str]:
    """Names of .ts files that an update would change (checked in a temporary copy)."""
    with tempfile.TemporaryDirectory(prefix="annotator-ts-") as tmp:
        copy = Path(tmp)
        for ts in ts_dir.glob("*.ts"):
            shutil.copy2(ts, copy / ts.name)
        update(copy, ui_dir)
        names = sorted({p.name for p in copy.glob("*.ts")} | {p.name for p in ts_dir.glob("*.ts")})
        return [
            n
            for n in names
            if not (ts_dir / n).exists()
            or not (copy / n).exists()
            or not filecmp.cmp(ts_dir / n, copy / n, shallow=False)
        ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files()
        for name in stale:
            print(f"stale: translations/{name}")
        return 1 if stale else 0
    update()
    print(f"updated {len(LANGUAGES) + 1} files in {TS_DIR}")
    if QM_DIR.parent.is_dir():
        print(f"compiled {compile_qm()} .qm files into {QM_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
