"""The pinned headless commands: login, sync, status --json (real processes, real server)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sync_helpers import fast_config

from annotator_desktop.core.sync.connectivity import Connectivity
from annotator_desktop.core.sync.outbox import backoff_delay
from annotator_desktop.core.sync.tokens import FILE_OPT_IN_ENV


def _cli(
    args: list[str], home: Path, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ, ANNOTATOR_DESKTOP_HOME=str(home), **env)
    return subprocess.run(
        [sys.executable, "-m", "annotator_desktop.cli", *args], input=stdin, text=True,
        capture_output=True, env=full_env, timeout=120,
    )  # fmt: skip


def test_login_sync_status(data_home: Path, live_server: object) -> None:
    url = live_server.url  # type: ignore[attr-defined]
    opt_in = {FILE_OPT_IN_ENV: "1"}
    bad = _cli(["login", "--server", url, "--user", "ana", "--password-stdin"], data_home, "nope\n")
    assert bad.returncode == 1 and "invalid_credentials" in bad.stderr
    ok = _cli(["login", "--server", url, "--user", "ana", "--password-stdin"], data_home,
              "ana-demo\n", **opt_in)  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert "signed in" in ok.stdout
    synced = _cli(["sync"], data_home, **opt_in)
    assert synced.returncode == 0, synced.stderr
    assert "pulled" in synced.stdout
    status = _cli(["status", "--json"], data_home, **opt_in)
    data = json.loads(status.stdout)
    assert data["signed_in"] and data["user"] == "ana" and data["server"] == url
    assert data["token_storage"] == "file"
    assert data["tasks"] and data["last_sync"] and data["cursor"]


def test_sync_without_sign_in_fails_clearly(data_home: Path) -> None:
    result = _cli(["sync"], data_home)
    assert result.returncode == 1
    assert "not signed in" in result.stderr


def test_unreachable_server_exit_code(data_home: Path) -> None:
    result = _cli(["login", "--server", "http://127.0.0.1:9", "--user", "ana", "--password-stdin"],
                  data_home, "x\n")  # fmt: skip
    assert result.returncode == 2


def test_backoff_grows_with_jitter_and_respects_caps() -> None:
    cfg = fast_config(backoff_base=1.0, backoff_cap=30.0, retry_after_cap=60.0)
    delays = [backoff_delay(n, cfg) for n in range(8)]
    assert all(0.5 * min(30, 2**n) <= d <= min(30, 2**n) for n, d in enumerate(delays))
    assert 60.0 <= backoff_delay(0, cfg, retry_after=3600) <= 60.1
    link = Connectivity(base=2.0, cap=8.0, online=True)
    assert link.failed() and not link.failed()
    assert all(link.next_probe_delay() <= 8.0 for _ in range(20))
    assert link.succeeded() and link.online
