"""A hostile (or merely broken) task server on 127.0.0.1 for the client's fault tests.

It forwards every request to an upstream server (the real reference server), except the routes
told to misbehave: each such route serves one chosen bad answer (an endless chunked body, a
1 byte/s drip, a feed that always has more, a huge JSON, wrong types, redirects, non-JSON ...).
``clear()`` makes it a plain forwarder again, so a test can show that a later sync against the
real server succeeds through the same address. Every thread it starts is joined by ``stop()``.
"""

from __future__ import annotations

import http.client
import json
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

Behaviour = Callable[["_Handler"], None]
HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "server", "date"}


class _Server(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True
    hostile: HostileServer


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 20  # a client that stops reading cannot hold a handler thread for ever
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _serve(self) -> None:
        hostile = self.server.hostile
        length = int(self.headers.get("Content-Length") or 0)
        self.body = self.rfile.read(length) if length else b""
        route = urlsplit(self.path).path
        hostile.hits[(self.command, route)] += 1
        behaviour = hostile.behaviour_for(self.command, route)
        try:
            if behaviour is None:
                self._forward()
            else:
                behaviour(self)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError):
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_HEAD = do_DELETE = _serve

    @property
    def stopping(self) -> threading.Event:
        return self.server.hostile.stopping

    def _forward(self, alter: Callable[[bytes], bytes] | None = None) -> None:
        host, port = self.server.hostile.upstream
        conn = http.client.HTTPConnection(host, port, timeout=30)
        try:
            keep = {k: v for k, v in self.headers.items() if k.lower() not in HOP | {"host"}}
            conn.request(self.command, self.path, body=self.body or None, headers=keep)
            resp = conn.getresponse()
            data = resp.read()
            if alter is not None and resp.status < 300:
                data = alter(data)
            headers = [(k, v) for k, v in resp.getheaders() if k.lower() not in HOP]
            self.send(resp.status, data, headers)
        finally:
            conn.close()

    # --- building blocks for behaviours ---------------------------------------------------

    def send(self, status: int, body: bytes, headers: list[tuple[str, str]] | None = None) -> None:
        self.send_response(status)
        for key, value in headers or [("Content-Type", "application/json")]:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def start_chunked(self, status: int = 200, content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

    def chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()


class HostileServer:
    """``HostileServer(upstream_url).start()``; ``.url``; ``.set(method, path, behaviour)``."""

    def __init__(self, upstream_url: str) -> None:
        parts = urlsplit(upstream_url)
        self.upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self.stopping = threading.Event()
        self.hits: Counter[tuple[str, str]] = Counter()
        self._routes: dict[tuple[str, str], Behaviour] = {}
        self._lock = threading.Lock()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    def start(self) -> HostileServer:
        httpd = _Server(("127.0.0.1", 0), _Handler)
        httpd.hostile = self
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="hostile-server"
        )
        self._thread.start()
        self.url = f"http://127.0.0.1:{httpd.server_address[1]}"
        return self

    def stop(self) -> None:
        self.stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()  # joins the handler threads (they watch ``stopping``)
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None

    def set(self, method: str, path: str, behaviour: Behaviour) -> None:
        """Routes ``method path`` (a path prefix under the server root) to ``behaviour``."""
        with self._lock:
            self._routes[(method, path)] = behaviour

    def clear(self) -> None:
        with self._lock:
            self._routes.clear()

    def behaviour_for(self, method: str, path: str) -> Behaviour | None:
        with self._lock:
            for (m, prefix), behaviour in self._routes.items():
                if m == method and path.startswith(prefix):
                    return behaviour
        return None


# --- the bad answers ------------------------------------------------------------------------


def raw(body: bytes, status: int = 200, content_type: str = "application/json") -> Behaviour:
    """Exactly these bytes."""

    def run(h: _Handler) -> None:
        h.send(status, body, [("Content-Type", content_type)])

    return run


def as_json(value: Any, status: int = 200) -> Behaviour:
    return raw(json.dumps(value).encode(), status)


def corrupted() -> Behaviour:
    """The real answer with its last byte changed (same length: only the hash can tell)."""

    def run(h: _Handler) -> None:
        h._forward(lambda data: data[:-1] + bytes([(data[-1] + 1) % 256]) if data else data)

    return run


def redirect(status: int = 302, location: str = "https://elsewhere.invalid/") -> Behaviour:
    def run(h: _Handler) -> None:
        h.send(status, b"", [("Location", location), ("Content-Type", "text/html")])

    return run


def endless_chunked(block: int = 64 * 1024, content_type: str = "application/json") -> Behaviour:
    """A chunked body with no length that never ends (until the client hangs up)."""

    def run(h: _Handler) -> None:
        h.start_chunked(200, content_type)
        data = (b"[" if content_type == "application/json" else b"\0") + b"1," * (block // 2)
        while not h.stopping.is_set():
            h.chunk(data)

    return run


def drip(interval: float = 1.0, declared: int = 1_000_000) -> Behaviour:
    """Headers at once, then a byte every ``interval`` seconds of a body claiming ``declared``."""

    def run(h: _Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(declared))
        h.end_headers()
        h.wfile.write(b"{")
        h.wfile.flush()
        for _ in range(declared - 1):
            if h.stopping.wait(interval):
                return
            h.wfile.write(b" ")
            h.wfile.flush()

    return run


def huge_json(total: int = 400 * 1024**2, field: str = "access_token") -> Behaviour:
    """A valid JSON object of about ``total`` bytes, streamed without a length."""

    def run(h: _Handler) -> None:
        h.start_chunked()
        h.chunk(f'{{"{field}": "'.encode())
        block = b"x" * (256 * 1024)
        for _ in range(total // len(block)):
            if h.stopping.is_set():
                return
            h.chunk(block)
        h.chunk(b'"}')
        h.chunk(b"")

    return run


def always_more() -> Behaviour:
    """A feed whose every page is empty, says ``has_more`` and hands out a new cursor."""
    pages = iter(range(1, 10**9))

    def run(h: _Handler) -> None:
        body = {"changes": [], "next_cursor": f"more-{next(pages)}", "has_more": True}
        h.send(200, json.dumps(body).encode())

    return run


def deep_nesting(depth: int = 100_000) -> Behaviour:
    return raw(b"[" * depth + b"]" * depth)


def feed_page(changes: list[Any], next_cursor: Any = "999999", has_more: bool = False) -> Behaviour:
    return as_json({"changes": changes, "next_cursor": next_cursor, "has_more": has_more})


def login_answer(**fields: Any) -> dict[str, Any]:
    """A well-formed login answer; ``fields`` replace (``None`` removes) top-level fields."""
    body: dict[str, Any] = {
        "access_token": "a" * 40,
        "refresh_token": "r" * 40,
        "expires_in": 900,
        "token_type": "bearer",
        "user": {"id": "u-1", "username": "ana", "display_name": "Ana", "roles": ["annotator"]},
    }
    for key, value in fields.items():
        if value is None:
            body.pop(key, None)
        else:
            body[key] = value
    return body


def chunks_of(data: bytes, size: int) -> Iterator[bytes]:
    for i in range(0, len(data), size):
        yield data[i : i + size]
