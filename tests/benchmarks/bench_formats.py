"""Benchmark of the formats and agreement metrics: median of 5 runs per row, target, PASS/FAIL.

Run: .venv/bin/python tests/benchmarks/bench_formats.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from annotator_desktop.core.formats import (
    Dataset,
    ImageAnnotations,
    read_coco,
    read_voc,
    write_coco,
    write_voc,
    write_yolo,
)
from annotator_desktop.core.metrics import box_f1, krippendorff_alpha, word_edit_distance

RUNS = 5
RNG = random.Random(2026)


def dataset(images: int, boxes: int) -> Dataset:
    labels = ["car", "person", "bicycle", "traffic light", "dog"]
    out = []
    for i in range(images):
        items = [
            {
                "label": RNG.choice(labels),
                "x": RNG.uniform(0, 1800),
                "y": RNG.uniform(0, 1000),
                "w": RNG.uniform(5, 120),
                "h": RNG.uniform(5, 80),
            }
            for _ in range(boxes)
        ]
        out.append(ImageAnnotations(f"img_{i:05d}.jpg", 1920, 1080, items))
    return Dataset(labels, out)


def median_seconds(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def in_tmp(fn: Callable[[Path], object]) -> Callable[[], object]:
    def run() -> object:
        with tempfile.TemporaryDirectory() as tmp:
            return fn(Path(tmp))

    return run


def rows(inputs: Path) -> list[tuple[str, Callable[[], object], float]]:
    """(name, function, target seconds); inputs for the import rows are written to ``inputs``."""
    vocab = [f"w{i}" for i in range(3000)]
    text_a = " ".join(RNG.choice(vocab) for _ in range(20_000))
    text_b = " ".join(RNG.choice(vocab) for _ in range(20_000))
    words = text_a.split()
    near = " ".join([*words[:7000], "changed", *words[7001:15000], "new", *words[15000:]])
    spots = [(RNG.uniform(0, 9000), RNG.uniform(0, 9000)) for _ in range(2000)]
    boxes_a = [{"label": "car", "x": x, "y": y, "w": 60, "h": 40} for x, y in spots]
    boxes_b = [{**b, "x": b["x"] + RNG.uniform(-4, 4)} for b in boxes_a]
    coders = [[RNG.choice([1, 2, 3, 4, 5, None]) for _ in range(10_000)] for _ in range(10)]
    big = dataset(10_000, 20)
    small = dataset(1_000, 20)
    coco_file = write_coco(big, inputs / "c.json")
    voc_folder = inputs / "voc"
    write_voc(small, voc_folder)
    return [
        (
            "edit distance, 20k vs 20k different words",
            lambda: word_edit_distance(text_a, text_b),
            1.0,
        ),
        (
            "edit distance, 20k words, 2 edits 8k apart",
            lambda: word_edit_distance(text_a, near),
            0.3,
        ),
        ("box F1, 2,000 vs 2,000 boxes", lambda: box_f1(boxes_a, boxes_b), 0.5),
        ("Krippendorff alpha, 10 coders x 10k units", lambda: alpha(coders), 1.0),
        (
            "COCO export, 10k images, 200k boxes",
            in_tmp(lambda d: write_coco(big, d / "c.json")),
            5.0,
        ),
        ("COCO import, 200k boxes", lambda: read_coco(coco_file), 5.0),
        ("YOLO export, 1k images (1k fsynced files)", in_tmp(lambda d: write_yolo(small, d)), 5.0),
        ("VOC export, 1k images (1k fsynced files)", in_tmp(lambda d: write_voc(small, d)), 5.0),
        ("VOC import, 1k files", lambda: read_voc(voc_folder), 5.0),
    ]


def alpha(coders: list[list[float | None]]) -> float | None:
    return krippendorff_alpha(coders, "ordinal")


def main() -> int:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"median of {RUNS} runs; {os.cpu_count()} CPUs, load average {load:.1f} at start")
    print(f"{'benchmark':<46} {'median':>9} {'target':>8}  result")
    with tempfile.TemporaryDirectory() as tmp:
        failed = sum(run_row(*row) for row in rows(Path(tmp)))
    return 1 if failed else 0


def run_row(name: str, fn: Callable[[], object], target: float) -> bool:
    """Prints one row; True when it failed."""
    seconds = median_seconds(fn)
    ok = seconds <= target
    print(f"{name:<46} {seconds:>8.3f}s {target:>7.1f}s  {'PASS' if ok else 'FAIL'}")
    return not ok


if __name__ == "__main__":
    sys.exit(main())
