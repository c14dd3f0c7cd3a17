"""Issue 18: no server answer can fill the disk, hang the client, or stop sync for good.

Each test puts the hostile server (tests/support/hostile_server.py) in front of the real one and
has one route misbehave. The client must end with a clear error in bounded time and disk, keep
every queued submission, keep a sound cache, and sync fine once the route behaves again. Bounds
are generous (the client's deadline is 2 s, the tests allow 20 s).
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import col, select
from sync_helpers import PASSWORDS, engine, fast_config, sign_in, task_ids

from annotator_desktop.core.store import (
    Account,
    Outbox,
    Quarantine,
    Store,
    Submission,
    SyncState,
    Task,
    ops,
)
from annotator_desktop.core.sync.assets import AssetRef, AssetTooLarge, Downloader, evict
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.errors import (
    BadAnswer,
    DeadlineExceeded,
    Redirected,
    TooManyPages,
)
from annotator_desktop.core.sync.http import ApiClient
from annotator_desktop.core.sync.pull import CURSOR_KEY, read_cursor
from annotator_desktop.core.sync.tokens import FILE_OPT_IN_ENV, TOKEN_FILE
from support import hostile_server as bad
from support.hostile_server import HostileServer

BOUND = 20.0  # seconds: generous, the client's own deadline is 2 s
MB = 1024 * 1024
LIMITS = {
    "schema_version": 2,
    "call_deadline_seconds": 2,
    "max_answer_mb": 2,
    "max_asset_mb": 1,
    "max_pages_per_sync": 20,
}


def limits(**overrides: object) -> SyncConfig:
    cfg = fast_config(
        call_deadline=2.0, max_answer_bytes=2 * MB, max_asset_bytes=MB, max_pages_per_sync=20
    )
    for key, value in overrides.items():
        setattr(cfg, key, value)
    return cfg


@pytest.fixture
def hostile(live_server: object) -> Iterator[HostileServer]:
    server = HostileServer(live_server.url).start()  # type: ignore[attr-defined]
    yield server
    server.stop()


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _cli(args: list[str], home: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    (home / "settings.json").write_text(json.dumps(LIMITS))
    env = dict(os.environ, ANNOTATOR_DESKTOP_HOME=str(home), **{FILE_OPT_IN_ENV: "1"})
    return subprocess.run(
        [sys.executable, "-m", "annotator_desktop.cli", *args], input=stdin, text=True,
        capture_output=True, env=env, timeout=120,
    )  # fmt: skip


def _login_cli(home: Path, url: str) -> subprocess.CompletedProcess[str]:
    return _cli(["login", "--server", url, "--user", "ana", "--password-stdin"], home, "ana-demo\n")


def _one_sentence(stderr: str) -> None:
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert lines and all(line.startswith("annotator-desktop: ") for line in lines), stderr


def _queue(store: Store, n: int) -> list[str]:
    ids = task_ids(store, "rewrite")[:n]
    return [ops.submit(store, t, {"text_md": f"rewrite {t}", "notes": ""}, 3.0).id for t in ids]


def _states(store: Store, ids: list[str]) -> set[str]:
    with store.read() as s:
        return {str(x.state) for x in s.exec(select(Submission).where(col(Submission.id).in_(ids)))}


# --- limits -------------------------------------------------------------------------------


def test_endless_asset_without_size_is_capped_and_removed(
    store: Store, data_home: Path, hostile: HostileServer
) -> None:
    client = sign_in(store, hostile.url, config=limits())
    engine(client, store, data_home / "assets").sync(with_assets=False)
    hostile.set("GET", "/api/v1/assets/", bad.endless_chunked(content_type="image/png"))
    ref = AssetRef("ab" * 32, None, "image/png")
    started = time.monotonic()
    with pytest.raises(AssetTooLarge):
        Downloader(client, store, data_home / "assets").fetch(ref)
    assert time.monotonic() - started < BOUND
    assert not list((data_home / "assets").glob("*.part"))  # failed for good: removed
    assert folder_bytes(data_home) < 20 * MB
    assert store.integrity_check() == ["ok"]


def test_eviction_removes_partial_downloads(store: Store, data_home: Path) -> None:
    folder = data_home / "assets"
    folder.mkdir()
    (folder / ("cd" * 32 + ".part")).write_bytes(b"\0" * 4096)
    removed = evict(store, folder, limit_bytes=1024)
    assert removed == ["cd" * 32]
    assert not list(folder.iterdir())


def test_dripping_login_ends_at_the_deadline(data_home: Path, hostile: HostileServer) -> None:
    hostile.set("POST", "/api/v1/auth/login", bad.drip())
    started = time.monotonic()
    result = _login_cli(data_home, hostile.url)
    assert time.monotonic() - started < BOUND + 10  # a process start included
    assert result.returncode == 2
    _one_sentence(result.stderr)
    assert "too long" in result.stderr
    assert not (data_home / TOKEN_FILE).exists()
    hostile.clear()
    assert _login_cli(data_home, hostile.url).returncode == 0


def test_dripping_feed_and_put_end_at_the_deadline(
    store: Store, data_home: Path, hostile: HostileServer
) -> None:
    client = sign_in(store, hostile.url, config=limits())
    eng = engine(client, store, data_home / "assets")
    eng.sync(with_assets=False)
    queued = _queue(store, 2)
    hostile.set("PUT", "/api/v1/submissions/", bad.drip())
    started = time.monotonic()
    with pytest.raises(DeadlineExceeded):
        eng.sync(with_assets=False)
    assert time.monotonic() - started < BOUND
    assert _states(store, queued) == {"queued"}
    hostile.clear()
    hostile.set("GET", "/api/v1/sync/changes", bad.drip())
    with store.write() as s:  # let the retries be due now
        for row in s.exec(select(Outbox)).all():
            row.next_attempt_at = None
            s.add(row)
    started = time.monotonic()
    with pytest.raises(DeadlineExceeded):
        eng.sync(with_assets=False)
    assert time.monotonic() - started < BOUND
    hostile.clear()
    report = eng.sync(with_assets=False)
    assert report.outbox_left == 0 and _states(store, queued) == {"accepted"}
    assert store.integrity_check() == ["ok"]


def test_endless_feed_stops_at_the_page_cap_then_recovers(
    store: Store, data_home: Path, hostile: HostileServer
) -> None:
    client = sign_in(store, hostile.url, config=limits())
    eng = engine(client, store, data_home / "assets")
    hostile.set("GET", "/api/v1/sync/changes", bad.always_more())
    started = time.monotonic()
    with pytest.raises(TooManyPages, match="keeps sending pages"):
        eng.sync(with_assets=False)
    assert time.monotonic() - started < BOUND
    assert hostile.hits[("GET", "/api/v1/sync/changes")] == 20
    hostile.clear()
    # the stored cursor is the hostile one: the real server answers 400, the client re-pulls
    report = eng.sync(with_assets=False)
    assert report.pull.full_repull and task_ids(store, "rewrite")
    assert store.integrity_check() == ["ok"]


@pytest.mark.parametrize("route", ["login", "feed"])
def test_huge_json_answer_is_refused(
    route: str, store: Store, data_home: Path, hostile: HostileServer
) -> None:
    started = time.monotonic()
    if route == "login":
        hostile.set("POST", "/api/v1/auth/login", bad.huge_json())
        result = _login_cli(data_home, hostile.url)
        assert result.returncode == 1
        _one_sentence(result.stderr)
        assert "larger than" in result.stderr
        assert not (data_home / TOKEN_FILE).exists()
    else:
        client = sign_in(store, hostile.url, config=limits())
        hostile.set("GET", "/api/v1/sync/changes", bad.huge_json(field="changes"))
        with pytest.raises(BadAnswer, match="larger than"):
            engine(client, store, data_home / "assets").sync(with_assets=False)
        assert read_cursor(store) == ""
    assert time.monotonic() - started < BOUND + 10
    assert folder_bytes(data_home) < 20 * MB


# --- bad records, cursors ------------------------------------------------------------------


def _assignment_change(store: Store, seq: int, epoch: int) -> dict[str, object]:
    with store.read() as s:
        task = s.exec(select(Task).where(Task.kind == "rewrite")).first()
    assert task is not None
    data = {
        "assignment_id": f"hostile-{seq}", "lease_epoch": epoch,
        "expires_at": "2030-01-01T00:00:00Z", "state": "active",
        "task": {"id": task.id, "project_id": task.project_id, "kind": "rewrite",
                 "payload": task.payload, "title": "t"},
    }  # fmt: skip
    return {
        "seq": seq,
        "entity": "assignment",
        "op": "upsert",
        "id": f"hostile-{seq}",
        "data": data,
    }


def test_bad_change_is_quarantined_and_sync_goes_on(
    store: Store, data_home: Path, hostile: HostileServer
) -> None:
    client = sign_in(store, hostile.url, config=limits())
    eng = engine(client, store, data_home / "assets")
    eng.sync(with_assets=False)
    good = _assignment_change(store, 900001, 7)
    huge = _assignment_change(store, 900002, 10**30)
    hostile.set("GET", "/api/v1/sync/changes", bad.feed_page([huge, "not a change", good], "7777"))
    report = eng.sync(with_assets=False)
    assert report.pull.changed.quarantined == 2
    assert read_cursor(store) == "7777"  # moved past the bad ones
    with store.read() as s:
        rows = s.exec(select(Quarantine)).all()
        assert any(str(10**30) in r.raw and "lease_epoch" in r.error for r in rows)
        assert s.exec(select(Account)).first() is not None
    status = _cli(["status", "--json"], data_home)
    assert json.loads(status.stdout)["quarantined"] == 2
    text = _cli(["status"], data_home)
    assert "problems: 2" in text.stdout
    hostile.clear()
    eng.sync(with_assets=False)
    assert store.integrity_check() == ["ok"]


def test_non_string_cursor_is_refused(
    store: Store, data_home: Path, hostile: HostileServer
) -> None:
    client = sign_in(store, hostile.url, config=limits())
    eng = engine(client, store, data_home / "assets")
    eng.sync(with_assets=False)
    before = read_cursor(store)
    hostile.set("GET", "/api/v1/sync/changes", bad.feed_page([], {"a": 1}))
    with pytest.raises(BadAnswer, match="next_cursor"):
        eng.sync(with_assets=False)
    assert read_cursor(store) == before
    hostile.clear()
    eng.sync(with_assets=False)
    assert store.integrity_check() == ["ok"]


def test_a_400_on_the_cursor_re_pulls_everything(
    store: Store, data_home: Path, live_server: object
) -> None:
    client = sign_in(store, live_server.url, config=limits())  # type: ignore[attr-defined]
    eng = engine(client, store, data_home / "assets")
    eng.sync(with_assets=False)
    queued = _queue(store, 1)
    with store.write() as s:  # what an older client stored from a bad answer
        row = s.get(SyncState, CURSOR_KEY)
        assert row is not None
        row.value = "{'a': 1}"
        s.add(row)
    report = eng.sync(with_assets=False)
    assert report.pull.full_repull
    assert read_cursor(store).isdigit()
    assert _states(store, queued) == {"accepted"}


# --- redirects ------------------------------------------------------------------------------


def test_redirect_on_put_never_rejects(
    store: Store, data_home: Path, hostile: HostileServer
) -> None:
    client = sign_in(store, hostile.url, config=limits())
    eng = engine(client, store, data_home / "assets")
    eng.sync(with_assets=False)
    queued = _queue(store, 3)
    hostile.set("PUT", "/api/v1/submissions/", bad.redirect(302, "https://tasks.example.org/x"))
    with pytest.raises(Redirected, match=r"redirected to https://tasks\.example\.org/x"):
        eng.sync(with_assets=False)
    assert _states(store, queued) == {"queued"}
    hostile.set("PUT", "/api/v1/submissions/", bad.raw(b"<html>gone</html>", 404, "text/html"))
    with store.write() as s:
        for row in s.exec(select(Outbox)).all():
            row.next_attempt_at = None
            s.add(row)
    eng.sync(with_assets=False)
    assert _states(store, queued) == {"queued"}  # a 404 page is not the server's verdict
    hostile.clear()
    with store.write() as s:
        for row in s.exec(select(Outbox)).all():
            row.next_attempt_at = None
            s.add(row)
    eng.sync(with_assets=False)
    assert _states(store, queued) == {"accepted"}


def test_redirect_on_projects_fails_the_sync_clearly(
    data_home: Path, hostile: HostileServer
) -> None:
    assert _login_cli(data_home, hostile.url).returncode == 0
    hostile.set("GET", "/api/v1/projects", bad.redirect(302, "https://tasks.example.org/"))
    result = _cli(["sync"], data_home)
    assert result.returncode == 1
    _one_sentence(result.stderr)
    assert "redirected to https://tasks.example.org/" in result.stderr
    hostile.clear()
    assert _cli(["sync"], data_home).returncode == 0


# --- sign-in --------------------------------------------------------------------------------

BAD_LOGINS = {
    "not_json": bad.raw(b"<html>hello</html>", 200, "text/html"),
    "a_list": bad.as_json([1, 2, 3]),
    "wrong_types": bad.as_json(bad.login_answer(access_token=5, expires_in="soon")),
    "missing_user_id": bad.as_json(
        bad.login_answer(user={"username": "ana", "display_name": "A", "roles": []})
    ),
    "deep_nesting": bad.deep_nesting(),
    "expires_in_nan": bad.raw(json.dumps(bad.login_answer(expires_in=float("nan"))).encode()),
    "redirect_302": bad.redirect(302),
    "redirect_307": bad.redirect(307),
}


@pytest.mark.parametrize("case", sorted(BAD_LOGINS))
def test_malformed_login_answer_saves_nothing(
    case: str, data_home: Path, hostile: HostileServer
) -> None:
    hostile.set("POST", "/api/v1/auth/login", BAD_LOGINS[case])
    result = _login_cli(data_home, hostile.url)
    assert result.returncode == 1
    _one_sentence(result.stderr)
    assert "sign-in failed" in result.stderr
    assert not (data_home / TOKEN_FILE).exists()
    status = json.loads(_cli(["status", "--json"], data_home).stdout)
    assert not status["signed_in"] and status["user"] == ""


def test_sha_mismatch_is_reported(data_home: Path, hostile: HostileServer) -> None:
    assert _login_cli(data_home, hostile.url).returncode == 0
    hostile.set("GET", "/api/v1/assets/", bad.corrupted())
    result = _cli(["sync"], data_home)
    assert result.returncode == 1
    _one_sentence(result.stderr)
    assert "could not be downloaded" in result.stderr
    assert not list((data_home / "assets").glob("*.part"))
    hostile.clear()
    assert _cli(["sync"], data_home).returncode == 0


# --- transport, private files, logs -----------------------------------------------------------


def test_plain_http_to_another_host_is_refused(data_home: Path) -> None:
    started = time.monotonic()
    result = _cli(
        ["login", "--server", "http://192.0.2.10:8765", "--user", "ana", "--password-stdin"],
        data_home, "ana-demo\n",
    )  # fmt: skip
    assert time.monotonic() - started < BOUND
    assert result.returncode == 1
    _one_sentence(result.stderr)
    assert "https://" in result.stderr


def test_loopback_is_decided_by_resolving() -> None:
    from annotator_desktop.core.sync.http import is_loopback_host

    assert is_loopback_host("127.0.0.1") and is_loopback_host("127.1.2.3")
    assert is_loopback_host("::1")
    try:  # a minimal system without /etc/hosts resolves no "localhost" at all
        localhost = {info[4][0] for info in socket.getaddrinfo("localhost", None)}
    except OSError:
        localhost = set()
    assert is_loopback_host("localhost") == bool(localhost) and (
        not localhost or all(a.startswith(("127.", "::1")) for a in localhost)
    )
    assert is_loopback_host("2130706433")  # 127.0.0.1 spelt as a number
    assert not is_loopback_host("192.0.2.10") and not is_loopback_host("10.0.0.1")
    assert not is_loopback_host("no-such-host.invalid")


def test_insecure_http_can_be_allowed(store: Store) -> None:
    from annotator_desktop.core.sync.errors import InsecureTransport, NetworkError

    with pytest.raises(InsecureTransport):
        ApiClient("http://192.0.2.10:9", fast_config()).login("ana", "x")
    allowed = fast_config(allow_insecure_http=True, connect_timeout=0.5)
    with pytest.raises(NetworkError):  # it tried: the address is unroutable
        ApiClient("http://192.0.2.10:9", allowed).login("ana", "x")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_private_files(data_home: Path, hostile: HostileServer) -> None:
    os.chmod(data_home, 0o755)
    old = data_home / "old-notes.txt"
    old.write_text("x")
    os.chmod(old, 0o644)
    assert _login_cli(data_home, hostile.url).returncode == 0
    assert _cli(["sync"], data_home).returncode == 0
    assert _mode(data_home) == 0o700 and _mode(old) == 0o600
    for path in data_home.rglob("*"):
        assert _mode(path) == (0o700 if path.is_dir() else 0o600), path


def test_unexpected_failure_is_one_sentence_and_logged(
    data_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator_desktop.core.sync import commands

    def broken() -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(commands, "_sync", broken)
    assert commands.cmd_sync() == 1
    err = capsys.readouterr().err
    _one_sentence(err)
    log = data_home / "logs" / "annotator-desktop.log"
    assert "Traceback" in log.read_text() and "boom" in log.read_text()
    assert _mode(log) == 0o600


def test_a_real_sync_still_works_through_the_forwarder(
    store: Store, data_home: Path, hostile: HostileServer
) -> None:
    client = sign_in(store, hostile.url, config=limits())
    report = engine(client, store, data_home / "assets").sync()
    assert report.assets and not report.asset_errors
    ref_files = [p for p in (data_home / "assets").iterdir() if p.is_file()]
    assert ref_files
    sha = next(p.name for p in ref_files if len(p.name) == 64)
    assert hashlib.sha256((data_home / "assets" / sha).read_bytes()).hexdigest() == sha
    assert PASSWORDS["ana"] and store.integrity_check() == ["ok"]
