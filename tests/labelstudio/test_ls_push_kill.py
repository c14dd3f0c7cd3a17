"""SIGKILL a real client process during a push to Label Studio, then push from a fresh process:
every submission ends as exactly one annotation (no duplicate, no loss).

Each kill is placed by an event the child reports (``ls_kill_driver.py``): the push's markers
(right before the POST, right after Label Studio answered and before anything is recorded, right
after the record) and the cache's write transactions of the push (``support/tx_events.py``). A
few kills are loose (the child reports the moment and goes on, so the kill lands mid-request or
later). The same driver as ``tests/sync/test_kill.py`` (``support/forked.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from ls_admin import REWRITE_CONFIG, LsAdmin, fast_config, sync
from sqlmodel import select

from annotator_desktop.core import operations
from annotator_desktop.core.labelstudio.models import LsAnnotation
from annotator_desktop.core.store import Outbox, Store, Submission, SubmissionState, open_store
from annotator_desktop.core.sync import leases
from support.forked import ForkDriver

DRIVER = str(Path(__file__).with_name("ls_kill_driver.py"))
RUNS = 20

# {s}: the submission pushed in the run; tx names come from the first, uninterrupted run.
STOPS = (
    "ls push posting {s}",  # the verdict recorded, nothing sent
    "ls push posted {s}",  # Label Studio stored it; nothing recorded here
    "ls push recorded {s}",  # recorded here; the outbox not told
    "{record} commit",  # the outbox's record written, not committed
    "{record} committed",
    "~ls push posting {s}",  # loose: the kill lands during the POST or after
    "{sending} committed",  # the row marked sending, nothing sent
    "{posting} commit",  # the verdict about to commit
    "~ls push posted {s}",
    "{stored} stmt 1",  # the annotation id written, not committed
)


@pytest.fixture
def driver() -> Iterator[ForkDriver]:
    d = ForkDriver(DRIVER)
    yield d
    d.close()


def _tx_names(events: list[str], sub: str) -> dict[str, str]:
    """The push's write transactions, by their place around the markers of an uninterrupted
    run: marking the row sending, recording the verdict, recording the annotation id, the
    outbox's record of the answer."""
    begins = [e.removesuffix(" begin") for e in events if e.endswith(" begin")]
    posting = events.index(f"ls push posting {sub}")
    posted = events.index(f"ls push posted {sub}")
    recorded = events.index(f"ls push recorded {sub}")
    before = [e.removesuffix(" begin") for e in events[:posting] if e.endswith(" begin")]
    between = [e.removesuffix(" begin") for e in events[posted:recorded] if e.endswith(" begin")]
    after = [e.removesuffix(" begin") for e in events[recorded:] if e.endswith(" begin")]
    assert len(before) == 2 and len(between) == 1 and len(after) == 1, events
    assert begins == [*before, *between, *after]
    return {"sending": before[0], "posting": before[1], "stored": between[0], "record": after[0]}


def _check(ls_admin: LsAdmin, db: Path, project: int, task: int, sub: str) -> None:
    """Exactly one annotation for the submission on Label Studio, and the cache agrees."""
    annotations = ls_admin.task(task)["annotations"]
    params = {"exportType": "JSON", "download_all_tasks": "true", "ids[]": task}
    (exported,) = ls_admin.api("GET", f"/api/projects/{project}/export", params=params)
    assert len(annotations) == 1, annotations
    assert [a["unique_id"] for a in exported["annotations"]] == [sub]
    store = open_store(db, recover=False)
    try:
        assert store.integrity_check() == ["ok"]
        with store.read() as s:
            row = s.get(Submission, sub)
            assert row is not None and row.state == SubmissionState.ACCEPTED
            assert s.exec(select(Outbox).where(Outbox.ref_id == sub)).one().state == "done"
            mapped = s.get(LsAnnotation, sub)
            assert mapped is not None and mapped.annotation_id == annotations[0]["id"]
    finally:
        store.close()


def test_sigkill_during_a_push_leaves_exactly_one_annotation(
    ls_admin: LsAdmin,
    ls_user: tuple[str, str],
    store: Store,
    data_home: Path,
    assets_dir: Path,
    driver: ForkDriver,
) -> None:
    from annotator_desktop.core.labelstudio.client import LabelStudioClient

    project = ls_admin.create_project("Push kill", REWRITE_CONFIG)
    tasks = ls_admin.import_tasks(
        project, [{"data": {"prompt": f"p{i}", "draft": f"d{i}"}} for i in range(RUNS + 1)]
    )
    client = LabelStudioClient(ls_admin.base, ls_user[1], store, fast_config())
    sync(client, store, assets_dir)
    leases.checkout(client, store, f"ls-{project}", RUNS + 1)
    client.close()
    store.close()
    db = data_home / "cache.sqlite3"
    args = ["push", str(db), ls_admin.base, ls_user[1]]

    def submit(i: int) -> str:
        mine = open_store(db)
        try:
            result = {"text_md": f"run {i}", "notes": ""}
            operations.submit(mine, f"ls-{project}-{tasks[i]}", result, float(i))
            with mine.read() as s:
                row = s.exec(select(Outbox).where(Outbox.state == "queued")).one()
            return row.ref_id
        finally:
            mine.close()

    first = submit(0)
    clean = driver.run(args, "-")
    assert clean.code == 0 and clean.done[:1] == [1], clean
    names = _tx_names(clean.events, first)
    _check(ls_admin, db, project, tasks[0], first)

    kinds: set[str] = set()
    for run in range(1, RUNS + 1):
        sub = submit(run)
        stop = STOPS[(run - 1) % len(STOPS)].format(s=sub, **names)
        out = driver.run(args, stop)
        assert out.at == stop.removeprefix("~"), (stop, out)
        assert out.killed or stop.startswith("~"), (stop, out)
        kinds.add(STOPS[(run - 1) % len(STOPS)])
        fresh = driver.run(args, "-")  # a new process pushes what is left
        assert fresh.code == 0 and fresh.done[2:] == [0, 0], (stop, fresh)
        _check(ls_admin, db, project, tasks[run], sub)
    assert kinds == set(STOPS)
