"""Rewrite pane benchmarks: open a 20,000-word draft, and handle a keystroke with the live diff on.

Run: ``.venv/bin/python tests/benchmarks/bench_rewrite.py`` (offscreen). Prints the median of
``RUNS`` runs per figure, the target and PASS/FAIL.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from annotator_desktop.ui.panes.base import TaskContext
from annotator_desktop.ui.panes.rewrite import RewritePane

RUNS = 7
WORDS = 20_000
_VOCAB = [
    "the",
    "model",
    "answer",
    "should",
    "explain",
    "clearly",
    "why",
    "each",
    "step",
    "works",
    "and",
    "cite",
    "sources",
    "where",
    "possible",
    "while",
    "keeping",
    "the",
    "tone",
    "neutral",
    "friendly",
    "precise",
    "concise",
    "accurate",
    "helpful",
]


def make_draft(words: int = WORDS, seed: int = 7) -> str:
    """A README-like Markdown document of about ``words`` words."""
    rng = random.Random(seed)
    parts: list[str] = []
    count = 0
    section = 0
    while count < words:
        section += 1
        parts.append(f"## Section {section}\n")
        for _ in range(3):
            sentence = " ".join(rng.choice(_VOCAB) for _ in range(60))
            parts.append(f"{sentence.capitalize()} with **bold** and `code`.\n")
            count += 64
        parts.append("- first point here\n- second point here\n  - nested detail\n")
        parts.append("```python\nprint('hello')\n```\n")
        count += 12
    return "\n".join(parts)


def _context(draft: str) -> TaskContext:
    return TaskContext("t1", "p1", "rewrite", "bench", {"prompt": "Rewrite", "draft_md": draft})


def bench_open(draft: str) -> tuple[list[float], list[float]]:
    """Wall-clock and this process's CPU time from load() to the pane painted."""
    times, cpu = [], []
    for _ in range(RUNS):
        pane = RewritePane()
        pane.resize(1400, 900)
        pane.show()
        QCoreApplication.processEvents()
        start, start_cpu = time.perf_counter(), time.process_time()
        pane.load(_context(draft))
        pane.grab()  # load() to painted
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        pane.close()
        pane.runner.wait()
        pane.deleteLater()
        QCoreApplication.processEvents()
    return times, cpu


def bench_keystroke(draft: str) -> tuple[list[float], list[float], float]:
    pane = RewritePane()
    pane.resize(1400, 900)
    pane.show()
    pane.load(_context(draft))
    pane.grab()
    _wait_for_diff(pane)
    cursor = pane.editor.textCursor()
    cursor.setPosition(pane.editor.document().characterCount() // 2)
    pane.editor.setTextCursor(cursor)
    pane.editor.setFocus()
    times = []
    for i in range(RUNS * 3 + 1):
        elapsed = _keystroke(pane, i)
        if i:  # the first keystroke also finishes Qt's lazy layout of the document
            times.append(elapsed)
        _wait_for_diff(pane)  # the live diff runs between keystrokes, as when typing normally
    busy_times = []
    for i in range(RUNS):
        pane.runner.run_soon()
        while pane.runner._thread is None:  # the diff thread has started
            QCoreApplication.processEvents()
        busy_times.append(_keystroke(pane, i))
        _wait_for_diff(pane)
    start = time.perf_counter()
    runner = pane.runner
    outcome = runner._compute(runner.revision, pane.editor.toPlainText(), runner._current_runs())
    diff_ms = (time.perf_counter() - start) * 1000
    assert outcome.diff.words_added >= 1
    pane.close()
    pane.runner.wait()
    return times, busy_times, diff_ms


def _keystroke(pane: RewritePane, i: int) -> float:
    """UI-thread time of one key press and release, with the repaint it causes."""
    char = "abcdefghij"[i % 10]
    key, plain = Qt.Key(Qt.Key.Key_A.value + i % 10), Qt.KeyboardModifier.NoModifier
    start = time.perf_counter()
    QApplication.sendEvent(pane.editor, QKeyEvent(QEvent.Type.KeyPress, key, plain, char))
    QApplication.sendEvent(pane.editor, QKeyEvent(QEvent.Type.KeyRelease, key, plain, char))
    QCoreApplication.processEvents()
    return (time.perf_counter() - start) * 1000


def _wait_for_diff(pane: RewritePane, timeout: float = 10.0) -> None:
    end = time.perf_counter() + timeout
    while (pane.runner.busy() or not pane.runner.is_fresh()) and time.perf_counter() < end:
        QCoreApplication.processEvents()
        time.sleep(0.002)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    draft = make_draft()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine load average {load:.1f} on {os.cpu_count()} CPUs (wall-clock suffers above it)")
    print(f"draft: {len(draft.split())} words, {len(draft)} characters; median of {RUNS} runs")
    open_times, open_cpu = bench_open(draft)
    open_ms = statistics.median(open_times)
    key_times, busy_times, diff_ms = bench_keystroke(draft)
    key_ms = statistics.median(key_times)
    rows = [
        ("open 20k-word draft (load to painted)", open_ms, 200.0),
        ("  same, CPU time of this process", statistics.median(open_cpu), None),
        ("keystroke with live diff (UI thread)", key_ms, 16.0),
        ("keystroke, worst of runs", max(key_times), None),
        ("keystroke while the diff thread runs", statistics.median(busy_times), 16.0),
        ("one word diff of the whole text (off UI thread)", diff_ms, None),
    ]
    failed = False
    print(f"{'figure':<50} {'ms':>9} {'target':>8}  result")
    for name, value, target in rows:
        verdict = "" if target is None else ("PASS" if value <= target else "FAIL")
        failed |= verdict == "FAIL"
        shown = "-" if target is None else f"<= {target:.0f}"
        print(f"{name:<50} {value:9.1f} {shown:>8}  {verdict}")
    del app
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
