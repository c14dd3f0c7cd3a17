"""Signing in on a machine without a keyring: the hint, then login + sync with the token file."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from annotator_desktop.core.sync.tokens import FILE_OPT_IN_ENV, TOKEN_FILE

NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def _cli(
    args: list[str], home: Path, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != FILE_OPT_IN_ENV}
    full_env.update(ANNOTATOR_DESKTOP_HOME=str(home), **NO_KEYRING, **env)
    return subprocess.run(
        [sys.executable, "-m", "annotator_desktop.cli", *args], input=stdin, text=True,
        capture_output=True, env=full_env, timeout=120,
    )  # fmt: skip


def test_without_a_keyring_login_and_sync_point_at_the_token_file(
    data_home: Path, live_server: object
) -> None:
    url = live_server.url  # type: ignore[attr-defined]
    login = ["login", "--server", url, "--user", "ana", "--password-stdin"]
    first = _cli(login, data_home, "ana-demo\n")
    assert first.returncode == 0, first.stderr
    assert f"{FILE_OPT_IN_ENV}=1" in first.stderr and "memory only" in first.stderr
    assert not (data_home / TOKEN_FILE).exists()
    # The tokens went with that process: sync says why, and what to do.
    lost = _cli(["sync"], data_home)
    assert lost.returncode == 1
    assert "not signed in" in lost.stderr and f"{FILE_OPT_IN_ENV}=1" in lost.stderr
    # With the opt-in, login keeps them in a file only the user can read, and sync works.
    second = _cli(login, data_home, "ana-demo\n", **{FILE_OPT_IN_ENV: "1"})
    assert second.returncode == 0 and FILE_OPT_IN_ENV not in second.stderr
    token_file = data_home / TOKEN_FILE
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    synced = _cli(["sync"], data_home, **{FILE_OPT_IN_ENV: "1"})
    assert synced.returncode == 0, synced.stderr
    assert "pulled" in synced.stdout
