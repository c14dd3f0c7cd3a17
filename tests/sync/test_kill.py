"""SIGKILL a real client process at exact moments of its write transactions, during submit,
skip and pull-apply.

Each kill is placed by an event the child reports (``support/tx_events.py``): it stops right
after BEGIN IMMEDIATE, after the K-th write statement, right before COMMIT or right after it, and
waits there for the SIGKILL. So where every kill lands is known, whatever the machine's speed or
load. A few kills are loose (the child reports the moment before COMMIT and goes on), so some
also land inside SQLite's own COMMIT; the checks made after those hold wherever they land.

Afterwards the cache must pass integrity_check; every submission has its outbox row (and the
reverse); a transaction killed before its COMMIT left nothing and one killed after it is whole;
the stored feed cursor is exactly the one of the last committed page, and pulling again gives
the same cache as a pull never interrupted.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlmodel import select
from sync_helpers import engine, sign_in

from annotator_desktop.core.store import (
    Assignment,
    Draft,
    Outbox,
    Project,
    Skip,
    Store,
    Submission,
    Task,
    open_store,
    ops,
)
from annotator_desktop.core.sync.pull import read_cursor
from support.forked import ForkDriver, Outcome

DRIVER = str(Path(__file__).with_name("kill_driver.py"))


@pytest.fixture
def driver() -> Iterator[ForkDriver]:
    d = ForkDriver(DRIVER)
    yield d
    d.close()


def _stopped_exactly(out: Outcome, stop: str) -> None:
    """A blocking stop: the child got there, waited, and died of our SIGKILL there."""
    assert out.at == stop, (stop, out)
    assert out.killed, (stop, out)


# --- submit ------------------------------------------------------------------------------

_SUBMIT_STOPS = (
    "submit {i} stmt 1",  # one of the submission and outbox rows written, not the other
    "submit {i} commit",
    "submit {i} committed",
    "draft {i} stmt 1",
    "submit {i} begin",  # the intent is on disk, the submit has the write lock
    "~submit {i} commit",  # loose: lands in SQLite's COMMIT or a little after
    "submit {i} stmt 2",
    "draft {i} commit",
    "draft {i} committed",
    "~draft {i} commit",
)


def _submit_state(db: Path) -> tuple[dict[str, Submission], dict[str, str]]:
    store = open_store(db, recover=False)
    try:
        assert store.integrity_check() == ["ok"]
        with store.read() as s:
            subs = {x.id: x for x in s.exec(select(Submission)).all()}
            boxes = {x.ref_id for x in s.exec(select(Outbox)).all()}
            drafts = {x.task_id: str(x.result["text_md"]) for x in s.exec(select(Draft)).all()}
    finally:
        store.close()
    assert set(subs) == boxes  # submission and outbox row: both or neither
    return subs, drafts


def _check_submit_run(
    db: Path, tasks: list[str], lines: list[list[str]], stop: str, run: str
) -> None:
    """``lines``: the [task, submission] intents this run logged; ``stop``: where it was killed."""
    subs, drafts = _submit_state(db)
    loose = stop.startswith("~")
    name, i, where = stop.lstrip("~").split(" ", 2)
    n = int(i)
    task_id, text, committed = tasks[n % len(tasks)], f"{run} draft {n}", where == "committed"
    logged = n if name == "draft" else n + 1  # intents on disk when the child got to ``stop``
    assert len(lines) >= logged if loose else len(lines) == logged
    for _task, sub_id in lines[:-1] if loose else lines[:n]:
        assert sub_id in subs  # a submit that returned before the kill is stored
    if loose:
        return  # the kill landed later, anywhere: the whole-state checks above are what holds
    if name == "draft":
        assert (drafts.get(task_id) == text) == committed  # all of the save, or none of it
        return
    assert lines[n][0] == task_id
    assert drafts[task_id] == text  # the draft committed before the submit began
    sub_id = lines[n][1]
    assert (sub_id in subs) == committed  # all of the submit, or none of it
    if committed:
        assert subs[sub_id].result["text_md"] == text and subs[sub_id].task_id == task_id


@pytest.mark.slow
def test_sigkill_during_submit(
    store: Store, data_home: Path, live_server: object, driver: ForkDriver
) -> None:
    client = sign_in(store, live_server.url)  # type: ignore[attr-defined]
    engine(client, store, data_home / "assets").sync(with_assets=False)
    tasks = [row.id for row in ops.task_rows(store)]  # the order the driver submits in
    store.close()
    db, intents = data_home / "cache.sqlite3", data_home / "intents.txt"
    intents.touch()
    rng = random.Random(11)
    inside = 0
    for run in range(30):
        stop = _SUBMIT_STOPS[run % len(_SUBMIT_STOPS)].format(i=rng.randrange(4))
        seen = len(intents.read_text().splitlines())
        out = driver.run(["submit", str(db), str(intents), f"run{run}"], stop)
        if stop.startswith("~"):
            assert out.at == stop[1:] and out.killed, (stop, out)  # got there, killed later
        else:
            _stopped_exactly(out, stop)
            inside += not stop.endswith("committed")
        lines = [x.split(" ") for x in intents.read_text().splitlines()[seen:]]
        _check_submit_run(db, tasks, lines, stop, f"run{run}")
    assert inside >= 15  # kills inside a write transaction, by where they were placed
    subs, _ = _submit_state(db)
    logged = {x.split(" ")[1] for x in intents.read_text().splitlines()}
    assert subs and set(subs) <= logged  # no submission the client did not mean to make


# --- skip --------------------------------------------------------------------------------

_SKIP_STOPS = (
    "skip {i} stmt 1",  # one row written, not the rest
    "skip {i} commit",
    "skip {i} committed",
    "skip {i} begin",
    "skip {i} stmt 2",
    "~skip {i} commit",
)


def _skip_tasks(db: Path) -> list[str]:
    """Server tasks with active leases (and one of a folder project), as a sync leaves them."""
    store = open_store(db)
    try:
        with store.write() as s:
            s.add(Project(id="srv", name="S", kind="rewrite", source="server"))
            s.add(Project(id="loc", name="L", kind="rewrite", source="local", local_root="/x"))
            for n in range(3):
                s.add(Task(id=f"t{n}", project_id="srv", kind="rewrite", position=n))
                s.add(Assignment(id=f"a{n}", task_id=f"t{n}", project_id="srv", lease_epoch=1))
            s.add(Task(id="t3", project_id="loc", kind="rewrite", position=3))
        return [row.id for row in ops.task_rows(store)]
    finally:
        store.close()


def _skip_state(db: Path) -> tuple[dict[str, Skip], dict[str, str]]:
    store = open_store(db, recover=False)
    try:
        assert store.integrity_check() == ["ok"]
        with store.read() as s:
            skips = {x.id: x for x in s.exec(select(Skip)).all()}
            boxes = {x.ref_id for x in s.exec(select(Outbox)).all()}
            states = {t.id: t.state for t in s.exec(select(Task)).all()}
    finally:
        store.close()
    to_send = {k for k, x in skips.items() if x.state == "queued"}
    assert to_send == boxes  # a server task's skip and its outbox row: both or neither
    assert all(x.state == "local" for k, x in skips.items() if k not in boxes)
    skipped = {x.task_id for x in skips.values()}
    assert {t for t, state in states.items() if state == "skipped"} == skipped  # with its reason
    return skips, states


@pytest.mark.slow
def test_sigkill_during_skip(data_home: Path, driver: ForkDriver) -> None:
    db, intents = data_home / "cache.sqlite3", data_home / "intents.txt"
    tasks = _skip_tasks(db)
    on_server = [i for i, task_id in enumerate(tasks) if task_id != "t3"]
    intents.touch()
    rng = random.Random(17)
    inside = 0
    for run in range(18):
        pattern = _SKIP_STOPS[run % len(_SKIP_STOPS)]
        # A second statement always comes for the server's tasks (the skip and its outbox
        # row); a folder task skipped before writes only its skip row.
        stop = pattern.format(i=rng.choice(on_server if "stmt 2" in pattern else range(4)))
        seen = len(intents.read_text().splitlines())
        out = driver.run(["skip", str(db), str(intents)], stop)
        lines = [x.split(" ") for x in intents.read_text().splitlines()[seen:]]
        skips, _states = _skip_state(db)
        n = int(stop.lstrip("~").split(" ")[1])
        for _task, skip_id in lines[:n]:
            assert skip_id in skips  # a skip that returned before the kill is stored
        if stop.startswith("~"):
            assert out.at == stop[1:] and out.killed, (stop, out)
            continue
        _stopped_exactly(out, stop)
        inside += not stop.endswith("committed")
        assert len(lines) == n + 1 and lines[n][0] == tasks[n % len(tasks)]
        committed = stop.endswith("committed")
        assert (lines[n][1] in skips) == committed  # all of the skip, or none of it
    assert inside >= 10  # kills inside a write transaction, by where they were placed
    skips, _ = _skip_state(db)
    logged = {x.split(" ")[1] for x in intents.read_text().splitlines()}
    assert skips and set(skips) <= logged  # no skip the client did not mean to make


# --- pull --------------------------------------------------------------------------------


def _feed(api: str, token: str) -> list[dict[str, object]]:
    r = requests.get(f"{api}/sync/changes", params={"limit": 5000}, timeout=10,
                     headers={"Authorization": f"Bearer {token}"})  # fmt: skip
    r.raise_for_status()
    return list(r.json()["changes"])


_TABLES = {"project": Project, "task": Task, "assignment": Assignment}


def _check_pull_invariants(db: Path, feed: list[dict[str, object]]) -> str:
    """integrity_check, and every upsert up to the stored cursor is applied; the cursor."""
    store = open_store(db, recover=False)
    try:
        assert store.integrity_check() == ["ok"]
        cursor = read_cursor(store)
        with store.read() as s:
            for change in feed:
                model = _TABLES.get(str(change["entity"]))
                seq = int(change["seq"])  # type: ignore[call-overload]
                if model is None or change["op"] != "upsert" or seq > int(cursor or 0):
                    continue
                assert s.get(model, str(change["id"])) is not None, (cursor, change["seq"])
        return cursor
    finally:
        store.close()


def _contents(db: Path) -> dict[str, list[dict[str, object]]]:
    """Every server object the cache holds (but the local time it was applied at), and the
    cursor: for comparing two caches."""
    store = open_store(db, recover=False)
    try:
        with store.read() as s:
            out = {
                name: sorted(
                    (row.model_dump(exclude={"updated_at"}) for row in s.exec(select(model))),
                    key=str,
                )
                for name, model in _TABLES.items()
            }
        out["cursor"] = [{"value": read_cursor(store)}]
        return out
    finally:
        store.close()


def _parse(events: list[str]) -> list[tuple[str, str]]:
    """(event, cursor) from a whole pull's ``ev`` lines; a commit's line ends with its cursor."""
    out = []
    for line in events:
        parts = line.split()
        if parts[2] == "committed":
            out.append((" ".join(parts[:3]), " ".join(parts[3:])))
        else:
            out.append((line, ""))
    return out


def _pull_stops(events: list[tuple[str, str]], rng: random.Random) -> list[str]:
    """25 stops spread evenly over the pull's write transactions: after BEGIN, after a random
    statement, before COMMIT, after it, and loose before COMMIT."""
    txs = [name.removesuffix(" begin") for name, _ in events if name.endswith(" begin")]
    kinds = ("stmt", "commit", "committed", "begin", "stmt", "~commit")
    stops = []
    for run in range(25):
        tx, kind = txs[round(run * (len(txs) - 1) / 24)], kinds[run % len(kinds)]
        if kind == "stmt":
            stops.append(rng.choice([n for n, _ in events if n.startswith(f"{tx} stmt ")]))
        else:
            stops.append(f"~{tx} commit" if kind == "~commit" else f"{tx} {kind}")
    return stops


def _cursor_at(events: list[tuple[str, str]], stop: str) -> tuple[str, list[str]]:
    """The cursor stored by a pull killed at ``stop`` (the last one committed up to there), and
    those the commits after it store."""
    cursor = ""
    for k, (name, after) in enumerate(events):
        if name.endswith(" committed"):
            cursor = after
        if name == stop:
            return cursor, [c for n, c in events[k + 1 :] if n.endswith(" committed")]
    raise AssertionError(f"{stop} is not an event of the pull")


@pytest.mark.slow
def test_sigkill_during_pull_apply(
    data_home: Path, live_server: object, tmp_path: Path, driver: ForkDriver
) -> None:
    token = live_server.login("ana", "ana-demo")  # type: ignore[attr-defined]
    feed = _feed(live_server.api, token)  # type: ignore[attr-defined]
    base = tmp_path / "base.sqlite3"
    open_store(base).close()
    url = live_server.url  # type: ignore[attr-defined]
    whole = tmp_path / "whole.sqlite3"
    shutil.copyfile(base, whole)
    calibration = driver.run(["pull", str(whole), url, token], "-")  # every event, no kill
    assert calibration.code == 0 and calibration.events
    events = _parse(calibration.events)
    last = max(int(c["seq"]) for c in feed)  # type: ignore[call-overload]
    assert _check_pull_invariants(whole, feed) == str(last)
    expected = _contents(whole)
    cursors: set[str] = set()
    inside = 0
    for run, stop in enumerate(_pull_stops(events, random.Random(7))):
        db = tmp_path / f"run{run}.sqlite3"
        shutil.copyfile(base, db)
        out = driver.run(["pull", str(db), url, token], stop)
        cursor, later = _cursor_at(events, stop.lstrip("~"))
        got = _check_pull_invariants(db, feed)
        if stop.startswith("~"):  # loose: killed in that COMMIT or after it, maybe never
            assert out.at == stop[1:], (stop, out)
            assert got in [cursor, *later], (stop, got)
        else:
            _stopped_exactly(out, stop)
            assert got == cursor, (stop, got, cursor)  # exactly the pages committed, no more
            inside += not stop.endswith(" committed")
        cursors.add(got)
        resumed = driver.run(["pull", str(db), url, token], "-")  # the next start pulls on
        assert resumed.code == 0
        assert _contents(db) == expected  # nothing lost, nothing twice
    assert len(cursors) >= 5  # the kills landed at many different pages
    assert inside >= 10  # kills inside the apply transaction, by where they were placed
