"""Compare pane benchmarks: render two 10,000-word responses; move to the next cached task;
the same for a 20-turn, 10,000-word conversation with 4 responses of 2,000 words and 30 code
blocks each (issue 21).

Run: .venv/bin/python tests/benchmarks/bench_compare.py
Each figure is the median of several runs of load() followed by a forced paint (widget.grab()).
"Prepared" is what the app does: while a task is shown, the session passes the next cached task
to ``pane.prepare`` in idle time, which builds and lays out each response in a hidden text view,
so moving on swaps in ready views; "unprepared" rows (information) load the next task cold. The
"(… repaint)" row paints into the window's backing store (``widget.repaint()``, what the app's
own paint does) instead of into a new pixmap (grab), for information.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ANNOTATOR_DESKTOP_HOME", tempfile.mkdtemp(prefix="bench-compare-"))

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from annotator_desktop.ui.panes.base import TaskContext
from annotator_desktop.ui.panes.compare import ComparePane

RUNS = 7
WORDS = ("model", "answer", "because", "the", "value", "returns", "quickly", "data", "under")
CRITERIA = [
    {"key": "helpfulness", "label": "Helpfulness", "min": 1, "max": 5},
    {"key": "correctness", "label": "Correctness", "min": 1, "max": 5},
    {"key": "safety", "label": "Safety", "min": 1, "max": 5},
]


def markdown(words: int, seed: int) -> str:
    """About ``words`` words of varied Markdown: headings, paragraphs, lists, code, tables."""
    parts: list[str] = []
    count = 0
    i = seed
    while count < words:
        section = i % 6
        if section == 0:
            parts.append(f"## Section {i}")
            count += 2
        elif section == 3:
            parts.append("\n".join(f"- item {i} {WORDS[k % 9]} {k}" for k in range(5)))
            count += 20
        elif section == 4:
            code = "\n".join(
                f"    value_{k} = compute({k}, '{WORDS[k % 9]}')  # {i}" for k in range(6)
            )
            parts.append(f"```python\n{code}\n```")
            count += 30
        elif section == 5:
            rows = "\n".join(f"| {k} | {WORDS[k % 9]} | {i} |" for k in range(4))
            parts.append(f"| n | word | seed |\n|---|---|---|\n{rows}")
            count += 15
        else:
            text = " ".join(WORDS[(i + k) % 9] for k in range(80))
            parts.append(f"{text} **{i}**.")
            count += 81
        i += 1
    return "\n\n".join(parts)


def task(task_id: str, words: int, seed: int) -> TaskContext:
    payload: dict[str, Any] = {
        "prompt": f"Question {seed}: explain the data model in detail.",
        "responses": [
            {"id": f"{task_id}-a", "text_md": markdown(words, seed)},
            {"id": f"{task_id}-b", "text_md": markdown(words, seed + 7)},
        ],
        "criteria": CRITERIA,
        "min_rationale_chars": 40,
    }
    return TaskContext(task_id, "bench", "compare", task_id, payload)


LANGS = ("python", "javascript", "rust", "", "sql", "bash")


def code_response(words: int, blocks: int, seed: int) -> str:
    """About ``words`` words of prose with ``blocks`` fenced code blocks spread through it."""
    per_gap = max(1, (words - blocks * 24) // (blocks + 1))
    parts = []
    for b in range(blocks + 1):
        parts.append(" ".join(WORDS[(seed + b + k) % 9] for k in range(per_gap)) + ".")
        if b < blocks:
            lang = LANGS[(seed + b) % len(LANGS)]
            lines = "\n".join(
                f"def step_{b}_{k}(x):\n    return x * {k} + {b}  # {WORDS[k % 9]}"
                for k in range(4)
            )
            parts.append(f"```{lang}\n{lines}\n```")
    return "\n\n".join(parts)


def conversation_task(task_id: str, seed: int) -> TaskContext:
    """20 turns, 10,000 words in all; 4 responses of 2,000 words with 30 code blocks each."""
    messages = [{"role": "system", "content": "You are a careful coding assistant."}]
    for turn in range(19):
        role = "user" if turn % 2 == 0 else "assistant"
        text = code_response(526, 2, seed + turn) if role == "assistant" else markdown(526, turn)
        messages.append({"role": role, "content": text})
    payload: dict[str, Any] = {
        "messages": messages,
        "responses": [
            {"id": f"{task_id}-{k}", "text_md": code_response(2000, 30, seed + k)} for k in range(4)
        ],
        "criteria": [
            *CRITERIA,
            {"key": "style", "label": "Style", "min": 1, "max": 5, "per_response": True},
        ],
        "min_rationale_chars": 40,
    }
    return TaskContext(task_id, "bench", "compare", task_id, payload)


CPU: list[float] = []


def timed(fn: Callable[[], None]) -> float:
    """Wall milliseconds of ``fn``; its CPU milliseconds go to CPU (shared machines are noisy)."""
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    CPU.append((time.process_time() - cpu) * 1000.0)
    return (time.perf_counter() - start) * 1000.0


def load_and_paint(pane: ComparePane, ctx: TaskContext) -> None:
    pane.load(ctx)
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # as the event loop would
    pane.grab()  # forces layout and paint of everything visible


def load_and_repaint(pane: ComparePane, ctx: TaskContext) -> None:
    pane.load(ctx)
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    pane.repaint()  # paints into the window's backing store now, as the next paint event would


def bench_render(words: int, make: Callable[[str, int], TaskContext] | None = None) -> list[float]:
    """A fresh pane (as on opening the task) loads two responses of ``words`` each, painted."""
    figures = []
    for run in range(RUNS):
        pane = ComparePane()
        pane.resize(1400, 1000)
        pane.show()
        QApplication.processEvents()
        name = f"render-{words}-{run}"
        ctx = make(name, run) if make is not None else task(name, words, run)
        figures.append(timed(lambda p=pane, c=ctx: load_and_paint(p, c)))
        pane.close()
        pane.deleteLater()
        QApplication.processEvents()
    return figures


def bench_next(
    words: int,
    prepared: bool = False,
    make: Callable[[str, int], TaskContext] | None = None,
    paint: Callable[[ComparePane, TaskContext], None] = load_and_paint,
) -> list[float]:
    """An open pane moves to the next task whose data is already cached (in memory).

    ``prepared``: as the app does it, the next task is first handed to ``pane.prepare`` (idle
    time, untimed) while the current one is shown.
    """
    pane = ComparePane()
    pane.resize(1400, 1000)
    pane.show()
    tasks = [
        make(f"next-{prepared}-{i}", i)
        if make is not None
        else task(f"next-{words}-{prepared}-{i}", words, i)
        for i in range(RUNS + 1)
    ]
    load_and_paint(pane, tasks[0])
    QApplication.processEvents()
    figures = []
    for ctx in tasks[1:]:
        if prepared:
            pane.prepare(ctx)
            QApplication.processEvents()
        figures.append(timed(lambda c=ctx: paint(pane, c)))
        QApplication.processEvents()
    pane.close()
    return figures


def bench_highlight(words: int) -> list[float]:
    """Turning "Highlight differences" on for two responses of ``words`` each (informational)."""
    pane = ComparePane()
    pane.resize(1400, 1000)
    pane.show()
    figures = []
    for run in range(RUNS):
        load_and_paint(pane, task(f"diff-{words}-{run}", words, run))
        box = pane.responses.diff_box
        figures.append(timed(lambda b=box: (b.setChecked(True), pane.grab())))
        box.setChecked(False)
        QApplication.processEvents()
    pane.close()
    return figures


CONV = conversation_task


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    warm = ComparePane()
    warm.show()
    load_and_paint(warm, task("warm", 200, 99))
    warm.close()
    cases = [
        ("render 2 x 10,000 words (fresh pane)", lambda: bench_render(10_000), 200.0),
        ("next task, 2 x 10,000 words, prepared", lambda: bench_next(10_000, prepared=True), 50.0),
        ("next task, 2 x 1,000 words, prepared", lambda: bench_next(1_000, prepared=True), 50.0),
        ("(next task, 2 x 10,000 words, unprepared)", lambda: bench_next(10_000), None),
        ("(next task, 2 x 1,000 words, unprepared)", lambda: bench_next(1_000), None),
        ("(next task, 2 x 300 words, unprepared)", lambda: bench_next(300), None),
        ("highlight differences, 2 x 10,000 words", lambda: bench_highlight(10_000), None),
        ("conversation 20 turns + 4 x 2,000 w, 30 code", lambda: bench_render(0, CONV), 200.0),
        ("next conversation task, prepared", lambda: bench_next(0, True, CONV), 50.0),
        ("(next conversation task, unprepared)", lambda: bench_next(0, False, CONV), None),
        (
            "(next conversation task, prepared, repaint)",
            lambda: bench_next(0, True, CONV, load_and_repaint),
            None,
        ),
    ]
    head = ("benchmark", "median ms", "min", "max", "cpu ms", "target")
    print(
        f"{head[0]:<46} {head[1]:>10} {head[2]:>7} {head[3]:>7} {head[4]:>7} {head[5]:>7}  result"
    )
    failed = False
    for name, run, target in cases:
        CPU.clear()
        figures = run()
        median = statistics.median(figures)
        ok = target is None or median <= target
        failed |= not ok
        verdict = "info" if target is None else "PASS" if ok else "FAIL"
        goal = "-" if target is None else f"{target:.0f}"
        print(
            f"{name:<46} {median:>10.1f} {min(figures):>7.1f} {max(figures):>7.1f} "
            f"{statistics.median(CPU):>7.1f} {goal:>7}  {verdict}"
        )
    print(f"({RUNS} runs each, wall-clock median; load() then widget.grab(); offscreen platform;")
    print(" 'cpu ms' is this process's CPU time, which other load on the machine does not inflate;")
    print(f" load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    del app
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
