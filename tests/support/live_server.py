"""The reference server as a real subprocess on 127.0.0.1 (tests can stop, kill, restart it)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import requests

API = "/api/v1"


class LiveServer:
    """``LiveServer.start(workdir)``; ``.url`` is the base URL without ``/api/v1``.

    ``demo=True`` seeds users and projects; ``demo=False`` only the demo users (ana, ben, qa,
    admin with passwords ``NAME-demo``). ``settings_args`` are extra ``serve`` options, e.g.
    ``["--set", "lease_seconds=5"]``, or ``["--workers", "2"]`` for several processes (the
    port file is written once a worker answers). An empty database gets the migrated schema
    (``serve`` runs the Alembic revisions' head); add ``"--migrate"`` for an older one.
    """

    def __init__(
        self, workdir: Path, demo: bool, db_url: str | None, settings_args: list[str]
    ) -> None:
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.demo = demo
        self.db_url = db_url or f"sqlite:///{self.workdir / 'server.sqlite3'}"
        self.assets_dir = self.workdir / "assets"
        self.settings_args = list(settings_args)
        self.port = 0
        self.url = ""
        self._proc: subprocess.Popen[bytes] | None = None
        self._log = self.workdir / "server.log"

    @classmethod
    def start(
        cls,
        workdir: Path,
        demo: bool = True,
        db_url: str | None = None,
        settings_args: list[str] | None = None,
    ) -> LiveServer:
        server = cls(workdir, demo, db_url, settings_args or [])
        server._launch()
        return server

    def _launch(self) -> None:
        port_file = self.workdir / "port"
        port_file.unlink(missing_ok=True)
        cmd = [
            sys.executable, "-m", "annotator_desktop.server.cli", "serve",
            "--db", self.db_url, "--assets", str(self.assets_dir),
            "--port", str(self.port), "--port-file", str(port_file), "--log-level", "warning",
            "--demo" if self.demo else "--demo-users", *self.settings_args,
        ]  # fmt: skip
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        with self._log.open("ab") as log:
            self._proc = subprocess.Popen(cmd, stdout=log, stderr=log, env=env, cwd=self.workdir)
        deadline = time.monotonic() + 60
        while not port_file.exists():
            if self._proc.poll() is not None:
                raise RuntimeError(
                    f"server exited early: {self._log.read_text(errors='replace')[-2000:]}"
                )
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("server did not start within 60 s")
            time.sleep(0.02)
        self.port = int(port_file.read_text())
        self.url = f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        """The server's process id (its worker processes are its children)."""
        assert self._proc is not None
        return self._proc.pid

    @property
    def api(self) -> str:
        return self.url + API

    def stop(self) -> None:
        """Graceful SIGTERM, then SIGKILL if it lingers; never leaves a process behind."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)

    def kill(self) -> None:
        """Hard stop (SIGKILL), like a crash."""
        if self._proc is not None:
            self._proc.kill()
            self._proc.wait(timeout=10)
            self._proc = None

    def restart(self) -> None:
        """Stop and start again on the same port with the same database."""
        self.stop()
        self._launch()

    def login(self, username: str, password: str) -> str:
        r = requests.post(
            f"{self.api}/auth/login", json={"username": username, "password": password}, timeout=10
        )
        r.raise_for_status()
        return str(r.json()["access_token"])
