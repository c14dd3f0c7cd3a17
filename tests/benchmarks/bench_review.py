"""QA review benchmark: step through 500 cached submissions in rapid-reading mode (j/k).

Run: .venv/bin/python tests/benchmarks/bench_review.py
The sample lives in a real SQLite cache (rewrite, compare and bbox submissions with real PNG
images on disk, half of them with another annotator's result beside them), read once by the
review window. One step is the J key (the window's shortcut) followed by a forced paint
(window.grab()); the figure is the median step of each run, and the median of several runs.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ANNOTATOR_DESKTOP_HOME", tempfile.mkdtemp(prefix="bench-review-"))

from PIL import Image, ImageDraw
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator_desktop.core.paths import assets_dir, data_dir
from annotator_desktop.core.store import Project, Store, Submission, SyncState, Task, open_store
from annotator_desktop.core.sync.review import SAMPLE_KEY

ENTRIES = int(os.environ.get("BENCH_REVIEW_ENTRIES", "500"))
KINDS = tuple(os.environ.get("BENCH_REVIEW_KINDS", "rewrite,compare,bbox").split(","))
RUNS = int(os.environ.get("BENCH_REVIEW_RUNS", "3"))
TARGET_MS = 50.0
LABELS = [{"name": "car", "color": "#e6194b"}, {"name": "person", "color": "#3cb44b"}]
CRITERIA = [{"key": "helpfulness", "label": "Helpfulness", "min": 1, "max": 5}]
WORDS = ("model", "answer", "because", "the", "value", "returns", "quickly", "data", "under")


def text(n: int, words: int = 180) -> str:
    body = " ".join(WORDS[(n + k) % 9] for k in range(words))
    return f"## Answer {n}\n\n{body}.\n\n- point {n}\n- another point\n"


def image(n: int) -> dict[str, Any]:
    img = Image.new("RGB", (1280, 960), (120 + n % 100, 160, 200))
    ImageDraw.Draw(img).rectangle((100 + n, 100, 400 + n, 300), fill=(200, 40, 40))
    buf = io.BytesIO()
    img.save(buf, format="PNG", compress_level=1)
    data = buf.getvalue()
    sha = hashlib.sha256(data).hexdigest()
    (assets_dir() / sha).write_bytes(data)
    return {"sha256": sha, "width": 1280, "height": 960, "mime": "image/png", "size": len(data)}


def payload_and_results(kind: str, n: int, images: list[dict[str, Any]]) -> tuple[dict, dict, dict]:
    if kind == "rewrite":
        payload = {"prompt": f"Fix answer {n}", "draft_md": text(n)}
        return payload, {"text_md": text(n + 1), "notes": "ok"}, {"text_md": text(n + 2)}
    if kind == "compare":
        payload = {
            "prompt": f"Question {n}",
            "responses": [
                {"id": f"a{n}", "text_md": text(n)},
                {"id": f"b{n}", "text_md": text(n + 3)},
            ],
            "criteria": CRITERIA,
        }
        mine = {"preference": 1, "presented_order": [f"a{n}", f"b{n}"],
                "criteria": {"helpfulness": 4}, "rationale": f"Clearer, reason {n}."}  # fmt: skip
        other = {**mine, "preference": -2, "rationale": "The other one is shorter."}
        return payload, mine, other
    img = images[n % len(images)]
    payload = {"image": img, "labels": LABELS}
    boxes = [{"label": "car", "x": 100 + k * 50, "y": 120, "w": 40, "h": 30} for k in range(8)]
    mine = {"boxes": boxes, "image_width": 1280, "image_height": 960}
    other = {"boxes": [{**b, "x": b["x"] + 5} for b in boxes], "image_width": 1280,
             "image_height": 960}  # fmt: skip
    return payload, mine, other


def seed_cache(store: Store, kind: str, entries: int = ENTRIES) -> None:
    """A cached sample of ``entries`` submissions of one project, as review.checkout leaves it."""
    images = [image(i) for i in range(12)] if kind == "bbox" else []
    items = []
    with store.write() as s:
        s.add(Project(id=f"p-{kind}", name=kind, kind=kind, config={"labels": LABELS}))
        for n in range(entries):
            payload, mine, other = payload_and_results(kind, n, images)
            s.add(Task(id=f"{kind}{n}", project_id=f"p-{kind}", kind=kind, title=f"Task {n}",
                       payload=payload, position=n, state="submitted"))  # fmt: skip
            s.add(Submission(id=f"s{kind}{n}", task_id=f"{kind}{n}", annotator_id="u1",
                             result=mine, active_seconds=60 + n, origin="server",
                             state="accepted"))  # fmt: skip
            others = []
            if n % 2 == 0:
                s.add(Submission(id=f"o{kind}{n}", task_id=f"{kind}{n}", annotator_id="u2",
                                 result=other, origin="server", state="accepted"))  # fmt: skip
                others.append(f"o{kind}{n}")
            items.append({"submission_id": f"s{kind}{n}", "others": others})
        record = {"spec": {"project_id": f"p-{kind}", "seed": 1, "count": entries},
                  "items": items, "names": {"u1": "Ana Lima", "u2": "Ben Okafor"}}  # fmt: skip
        row = s.get(SyncState, SAMPLE_KEY) or SyncState(key=SAMPLE_KEY)
        row.value = json.dumps(record)
        s.add(row)


CPU: list[float] = []


def step(window: Any) -> float:
    start, cpu = time.perf_counter(), time.process_time()
    QTest.keyClick(window, Qt.Key.Key_J)
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    window.grab()
    CPU.append((time.process_time() - cpu) * 1000.0)
    return (time.perf_counter() - start) * 1000.0


def run_kind(app: QApplication, store: Store, worker: Any, kind: str) -> tuple[float, float]:
    """RUNS runs of stepping through the whole sample; (median of run medians, its CPU ms)."""
    from annotator_desktop.ui.review.window import ReviewWindow

    seed_cache(store, kind)
    medians, cpus = [], []
    for _run in range(RUNS):
        window = ReviewWindow(store, worker, None)
        window.resize(1400, 900)
        window.show()
        window.activateWindow()
        window.start()
        started = time.perf_counter()
        while len(window.sample.entries) < ENTRIES or window.sample.entries[0].kind != kind:
            app.processEvents()
        load_ms = (time.perf_counter() - started) * 1000.0
        CPU.clear()
        steps = []
        for _ in range(ENTRIES - 1):
            steps.append(step(window))
            app.processEvents()  # what the event loop does between two key presses
        assert window.index == ENTRIES - 1, window.index
        medians.append(statistics.median(steps))
        cpus.append(statistics.median(CPU))
        p95 = statistics.quantiles(steps, n=20)[18]
        print(f"  {kind:<8} run: load {load_ms:5.0f} ms, median step {medians[-1]:5.1f} ms "
              f"(cpu {cpus[-1]:4.1f}), p95 {p95:5.1f}, max {max(steps):5.1f}")  # fmt: skip
        window.close()
        window.deleteLater()
        app.processEvents()
    return statistics.median(medians), statistics.median(cpus)


def main() -> int:
    from annotator_desktop.ui.worker import Worker

    app = QApplication.instance() or QApplication(sys.argv)
    store = open_store(Path(data_dir()) / "cache.sqlite3")
    worker = Worker()
    failed = False
    results = []
    for kind in KINDS:
        median, cpu = run_kind(app, store, worker, kind)
        results.append((kind, median, cpu))
        failed |= median > TARGET_MS
    print(f"{'sample of ' + str(ENTRIES):<16} {'median ms/step':>15} {'cpu ms':>7} {'target':>7}")
    for kind, median, cpu in results:
        verdict = "PASS" if median <= TARGET_MS else "FAIL"
        print(f"{kind:<16} {median:>15.1f} {cpu:>7.1f} {TARGET_MS:>7.0f}  {verdict}")
    print(f"(J key + window.grab() per step, median of {RUNS} runs; offscreen platform; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")  # fmt: skip
    worker.shutdown(wait=True)
    store.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
