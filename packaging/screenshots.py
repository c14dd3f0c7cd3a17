"""Takes the README's screenshots: the demo, one per pane, in the languages asked for.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python packaging/screenshots.py \
        --out docs/screenshots --lang en --lang ar --lang ja --lang hi

Each language runs in a fresh data folder against the in-process demo server, exactly as
``annotator-desktop --demo`` does; the main window is grabbed once a task of each kind is open.
Needs the fonts named in the README's Languages section for CJK, Devanagari and Arabic.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

KINDS = ("bbox", "rewrite", "compare")


def shoot(lang: str, out: Path, kinds: tuple[str, ...]) -> list[Path]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from annotator_desktop.cli import _DemoServer
    from annotator_desktop.ui.app_shell import Shell

    app = QApplication.instance() or QApplication(sys.argv[:1])
    server = _DemoServer()
    shell = Shell(app, lang=lang, open_dir=None, smoke=False, demo_server_url=server.url)  # type: ignore[arg-type]
    saved: list[Path] = []
    todo = list(kinds)
    state = {"ticks": 0, "opened": ""}

    def first_of(kind: str) -> str:
        model = shell.window.task_list.model
        for row in range(model.rowCount()):
            task = model.task_at(row)
            if task is not None and task.kind == kind:
                return task.id
        return ""

    def tick() -> None:
        state["ticks"] += 1
        if state["ticks"] > 600:  # 60 s
            print(f"{lang}: gave up waiting for {todo}", file=sys.stderr)
            app.exit(1)
            return
        if not todo:
            app.exit(0)
            return
        kind = todo[0]
        window = shell.window
        if state["opened"]:
            pane = window.host.pane
            if pane is not None and getattr(pane, "kind", "") == kind and state["ticks"] % 15 == 0:
                path = out / f"{lang}-{kind}.png"
                window.grab().save(str(path))
                saved.append(path)
                todo.pop(0)
                state["opened"] = ""
            return
        task_id = first_of(kind)
        if task_id:
            window.task_list.select_task(task_id)
            window.session.open_task(task_id)
            state["opened"] = task_id

    if shell.start():
        raise SystemExit(f"{lang}: the app did not start")
    shell.window.resize(1360, 860)
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(100)
    try:
        app.exec()
    finally:
        timer.stop()
        shell.close()
        server.stop()
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", action="append", default=[])
    parser.add_argument("--kind", action="append", default=[])
    args = parser.parse_args()
    lang = (args.lang or ["en"])[0]
    if len(args.lang) > 1:  # one process per language: each needs a fresh data folder and app
        import subprocess

        for code in args.lang:
            cmd = [sys.executable, __file__, "--out", str(args.out), "--lang", code]
            for kind in args.kind:
                cmd += ["--kind", kind]
            subprocess.run(cmd, check=True)
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="annotator-shots-") as home:
        os.environ["ANNOTATOR_DESKTOP_HOME"] = home
        kinds = tuple(args.kind) or KINDS
        for path in shoot(lang, args.out.resolve(), kinds):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
