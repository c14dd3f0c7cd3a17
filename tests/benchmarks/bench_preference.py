"""Benchmark of the preference export (issue 21): 100,000 judged pairs, median of 5 runs.

40,000 two-response judgments (one pair each) and 10,000 four-response rankings without ties
(six pairs each), every task with a four-turn conversation and ~120-word replies; exported
from the desktop's cache (``export_project``) and from the server's database
(``annotator-server export --format preference``), each written atomically to a file.

Run: .venv/bin/python tests/benchmarks/bench_preference.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

RUNS = 5
TARGET = 10.0
PAIRS = 40_000
RANKINGS = 10_000  # x 6 pairs
RNG = random.Random(21)
VOCAB = [f"word{i}" for i in range(2000)] + ["**bold**", "- item\n", "## Head\n", "🎉"]
T0 = datetime(2026, 12, 1, tzinfo=UTC)


def text(words: int) -> str:
    return " ".join(RNG.choice(VOCAB) for _ in range(words))


def tasks_and_results() -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(task id, payload, result) for every judgment."""
    out = []
    for i in range(PAIRS + RANKINGS):
        n = 2 if i < PAIRS else 4
        ids = [f"t{i}-r{k}" for k in range(n)]
        messages = [
            {"role": "system", "content": "Be helpful."},
            {"role": "user", "content": text(30)},
            {"role": "assistant", "content": text(60)},
            {"role": "user", "content": text(20)},
        ]
        payload = {
            "messages": messages,
            "responses": [{"id": rid, "text_md": text(120)} for rid in ids],
        }
        order = RNG.sample(ids, n)
        judgment: dict[str, Any] = (
            {"preference": RNG.choice([-3, -2, -1, 1, 2, 3])}
            if n == 2
            else {"ranking": [[rid] for rid in order]}
        )
        result = {**judgment, "presented_order": order, "criteria": {"overall": 4},
                  "rationale": text(15), "flags": []}  # fmt: skip
        out.append((f"t{i}", payload, result))
    return out


def desktop_export(
    data: list[tuple[str, dict[str, Any], dict[str, Any]]], tmp: Path
) -> Callable[[], int]:
    from annotator_desktop.core.formats import ExportSummary, export_project
    from annotator_desktop.core.store import Project, Submission, Task
    from annotator_desktop.core.store.db import open_store

    store = open_store(tmp / "cache.sqlite3")
    with store.write() as s:
        s.add(Project(id="p", name="Pairs", kind="compare"))
        for i, (tid, payload, result) in enumerate(data):
            s.add(Task(id=tid, project_id="p", kind="compare", payload=payload, position=i))
            s.add(Submission(id=f"s{i}", task_id=tid, annotator_id="ana", result=result,
                             submitted_at=T0 + timedelta(seconds=i)))  # fmt: skip

    def run() -> int:
        summary = ExportSummary()
        export_project(store, "p", "preference", tmp / "desktop.jsonl", summary=summary)
        return summary.records

    return run


def server_export(
    data: list[tuple[str, dict[str, Any], dict[str, Any]]], tmp: Path
) -> Callable[[], int]:
    from annotator_desktop.core.metrics.training import ExportSummary
    from annotator_desktop.server import exports, services
    from annotator_desktop.server.db import Database
    from annotator_desktop.server.models import ProjectRow, SubmissionRow

    db = Database(f"sqlite:///{tmp / 'server.sqlite3'}")
    db.create_all()
    with db.write() as session:
        project = services.create_project(session, "Pairs", "compare", project_id="p")
        services.add_tasks(session, project, [{"id": t, "payload": p} for t, p, _ in data])
        session.add_all(
            SubmissionRow(id=f"s{i}", body_hash="x", assignment_id=f"a{i}", task_id=tid,
                          project_id="p", annotator_id="ana", lease_epoch=1, result=result,
                          submitted_at=T0, received_at=T0 + timedelta(seconds=i))
            for i, (tid, _, result) in enumerate(data)
        )  # fmt: skip

    def run() -> int:
        summary = ExportSummary()
        with db.read() as session:
            project = session.get(ProjectRow, "p")
            assert project is not None
            with exports.atomic_text(tmp / "server.jsonl") as out:
                out.writelines(exports.export_lines(session, project, "preference", summary))
        return summary.records

    return run


def measure(name: str, fn: Callable[[], int]) -> bool:
    times, cpu = [], []
    for _ in range(RUNS):
        start, start_cpu = time.perf_counter(), time.process_time()
        records = fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    assert records == PAIRS + 6 * RANKINGS, records
    median = statistics.median(times)
    ok = median <= TARGET
    runs = ", ".join(f"{t:.2f}" for t in times)
    print(f"{name:<44} {median:>7.2f}s {TARGET:>6.1f}s  {'PASS' if ok else 'FAIL'}  "
          f"(runs {runs}; median CPU {statistics.median(cpu):.2f}s)")  # fmt: skip
    return ok


def main() -> int:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"median of {RUNS} runs; {os.cpu_count()} CPUs, load average {load:.1f} at start")
    data = tasks_and_results()
    with tempfile.TemporaryDirectory() as tmp:
        ok = measure("desktop export, 100,000 preference pairs", desktop_export(data, Path(tmp)))
        ok &= measure("server export, 100,000 preference pairs", server_export(data, Path(tmp)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
