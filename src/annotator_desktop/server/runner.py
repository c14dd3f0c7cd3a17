"""Serve the app with uvicorn in a background thread (the desktop client's --demo mode)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from pathlib import Path

import uvicorn
from starlette.types import ASGIApp

from annotator_desktop.server.app import create_app
from annotator_desktop.server.settings import ServerSettings


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening-ready socket; port 0 picks a free one."""
    # proto=IPPROTO_TCP: asyncio sets TCP_NODELAY only then (no 40 ms Nagle/delayed-ACK stalls)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    return sock


def make_server(
    app: ASGIApp,
    on_ready: Callable[[], None],
    graceful: int = 10,
    forwarded_allow_ips: str = "127.0.0.1",
) -> uvicorn.Server:
    """A uvicorn server that calls ``on_ready`` once it accepts connections.

    X-Forwarded-For / -Proto are believed only from ``forwarded_allow_ips`` (a TLS proxy)."""
    config = uvicorn.Config(
        app, log_config=None, access_log=False, lifespan="off", timeout_graceful_shutdown=graceful,
        proxy_headers=True, forwarded_allow_ips=forwarded_allow_ips,
    )  # fmt: skip
    server = uvicorn.Server(config)
    original = server.startup

    async def startup(sockets: list[socket.socket] | None = None) -> None:
        await original(sockets=sockets)
        if server.started:
            on_ready()

    server.startup = startup  # type: ignore[method-assign]
    return server


class ServerThread:
    """``start()`` returns the base URL once the socket accepts; ``stop()`` shuts down and joins."""

    def __init__(
        self,
        db_url: str,
        assets_dir: Path,
        demo: bool = False,
        host: str = "127.0.0.1",
        port: int = 0,
        settings: ServerSettings | None = None,
    ) -> None:
        self.app = create_app(db_url, assets_dir, demo=demo, settings=settings)
        self.host, self.port = host, port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    def start(self) -> str:
        sock = bind_socket(self.host, self.port)
        self.port = sock.getsockname()[1]
        ready = threading.Event()
        server = self._server = make_server(self.app, on_ready=ready.set)

        def run() -> None:
            try:
                server.run(sockets=[sock])
            finally:
                ready.set()
                sock.close()

        self._thread = threading.Thread(
            target=run, name=f"annotator-server-{self.port}", daemon=True
        )
        self._thread.start()
        ready.wait(30)
        if not server.started:
            self.stop()
            raise RuntimeError("the task server did not start")
        self.url = f"http://{self.host}:{self.port}"
        return self.url

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=15)
            self._thread = None
        self.app.state.ctx.close()
