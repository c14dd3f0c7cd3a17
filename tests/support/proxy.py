"""A TCP proxy on loopback that makes a link bad on purpose.

It adds one-way latency, throttles bandwidth (shared by all connections, per direction), cuts a
connection after N downstream bytes, stalls (accepts and never answers), drops the next response
after the server has sent it, answers 503 with Retry-After instead of forwarding, and can be
switched off (connection refused) and on again on the same port. Every thread it starts is joined
by :meth:`Proxy.stop`.
"""

from __future__ import annotations

import contextlib
import queue
import socket
import threading
import time
from dataclasses import dataclass


class _Throttle:
    """A shared pacing clock: ``rate`` bytes per second across every connection."""

    def __init__(self) -> None:
        self.rate: float | None = None
        self._next = 0.0
        self._lock = threading.Lock()

    def delay_for(self, n: int) -> float:
        if not self.rate:
            return 0.0
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + n / self.rate
            return self._next - now


@dataclass
class ProxyStats:
    bytes_down: int = 0  # server -> client, as delivered
    bytes_up: int = 0
    connections: int = 0
    cuts: int = 0


class _Link:
    """One client connection and its upstream, pumped by four threads."""

    def __init__(self, proxy: Proxy, client: socket.socket) -> None:
        self.proxy, self.client = proxy, client
        self.upstream: socket.socket | None = None
        self.closed = threading.Event()
        self.down_sent = 0

    def start(self) -> None:
        try:
            self.upstream = socket.create_connection(self.proxy.upstream, timeout=5)
            self.upstream.settimeout(None)
        except OSError:
            self.close()
            return
        for src, dst, down in (
            (self.client, self.upstream, False),
            (self.upstream, self.client, True),
        ):
            q: queue.Queue[tuple[float, bytes] | None] = queue.Queue()
            self.proxy._spawn(self._reader, src, q)
            self.proxy._spawn(self._writer, dst, q, down)

    def _reader(self, src: socket.socket, q: queue.Queue[tuple[float, bytes] | None]) -> None:
        while not self.closed.is_set():
            try:
                data = src.recv(16384)
            except OSError:
                data = b""
            if not data:
                q.put(None)
                return
            q.put((time.monotonic() + self.proxy.latency, data))

    def _writer(
        self, dst: socket.socket, q: queue.Queue[tuple[float, bytes] | None], down: bool
    ) -> None:
        throttle = self.proxy._down if down else self.proxy._up
        while not self.closed.is_set():
            try:
                item = q.get(timeout=0.1)
            except queue.Empty:
                continue
            if item is None:
                break
            due, data = item
            wait = due - time.monotonic()
            if wait > 0 and self.closed.wait(wait):
                break
            if down and self.proxy._take_drop():
                break
            if not self._send(dst, data, down, throttle):
                break
        self.close()

    def _send(self, dst: socket.socket, data: bytes, down: bool, throttle: _Throttle) -> bool:
        for start in range(0, len(data), 4096):
            piece = data[start : start + 4096]
            if down and self.proxy.cut_after is not None:
                room = self.proxy.cut_after - self.down_sent
                if room <= 0:
                    self.proxy.stats.cuts += 1
                    return False
                piece = piece[:room]
            pause = throttle.delay_for(len(piece))
            if pause > 0 and self.closed.wait(pause):
                return False
            try:
                dst.sendall(piece)
            except OSError:
                return False
            if down:
                self.down_sent += len(piece)
                self.proxy.stats.bytes_down += len(piece)
                if self.proxy.cut_after is not None and self.down_sent >= self.proxy.cut_after:
                    self.proxy.stats.cuts += 1
                    return False
            else:
                self.proxy.stats.bytes_up += len(piece)
        return True

    def close(self) -> None:
        if self.closed.is_set():
            return
        self.closed.set()
        for sock in (self.client, self.upstream):
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                with contextlib.suppress(OSError):
                    sock.close()


class Proxy:
    """``Proxy(port_of_server).start()``; ``url`` is ``http://127.0.0.1:<port>``."""

    def __init__(
        self,
        upstream_port: int,
        *,
        latency: float = 0.0,
        bandwidth: float | None = None,
        cut_after: int | None = None,
    ) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.latency = latency  # seconds, each direction
        self.cut_after = cut_after  # downstream bytes per connection
        self.stall = False
        self.stats = ProxyStats()
        self._down, self._up = _Throttle(), _Throttle()
        self.set_bandwidth(bandwidth)
        self._lock = threading.Lock()
        self._drop = 0
        self._fail_503 = 0
        self._retry_after = 1
        self._links: list[_Link] = []
        self._stalled: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._listener: socket.socket | None = None
        self._accepting: threading.Thread | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def set_bandwidth(self, bytes_per_second: float | None) -> None:
        self._down.rate = self._up.rate = bytes_per_second

    def start(self) -> Proxy:
        self._listen()
        return self

    def _listen(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        sock.listen(64)
        sock.settimeout(0.1)
        self.port = sock.getsockname()[1]
        self._listener = sock
        self._accepting = threading.Thread(
            target=self._accept_loop, args=(sock,), name="proxy-accept"
        )
        self._accepting.start()

    def _accept_loop(self, listener: socket.socket) -> None:
        while self._listener is listener:
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            self.stats.connections += 1
            if self.stall:
                self._stalled.append(client)
            elif self._take_503():
                self._spawn(self._answer_503, client)
            else:
                link = _Link(self, client)
                with self._lock:
                    self._links.append(link)
                link.start()

    def _spawn(self, fn: object, *args: object) -> None:
        t = threading.Thread(target=fn, args=args, name="proxy-pump", daemon=True)  # type: ignore[arg-type]
        with self._lock:
            self._threads = [x for x in self._threads if x.is_alive()]
            self._threads.append(t)
        t.start()

    # --- faults --------------------------------------------------------------------------

    def drop_next_responses(self, n: int = 1) -> None:
        """The next ``n`` responses reach the proxy (the server committed) and are thrown away."""
        with self._lock:
            self._drop += n

    def _take_drop(self) -> bool:
        with self._lock:
            if self._drop > 0:
                self._drop -= 1
                return True
            return False

    def fail_next_with_503(self, n: int, retry_after: int = 1) -> None:
        """The next ``n`` new connections get ``503`` with ``Retry-After`` (never forwarded)."""
        with self._lock:
            self._fail_503, self._retry_after = n, retry_after

    def _take_503(self) -> bool:
        with self._lock:
            if self._fail_503 > 0:
                self._fail_503 -= 1
                return True
            return False

    def _answer_503(self, client: socket.socket) -> None:
        client.settimeout(5)
        data = b""
        with contextlib.suppress(OSError):
            while b"\r\n\r\n" not in data:
                chunk = client.recv(16384)
                if not chunk:
                    break
                data += chunk
            head, _, body = data.partition(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1].strip() or 0)
            while len(body) < length:
                chunk = client.recv(16384)
                if not chunk:
                    break
                body += chunk
            payload = b'{"code":"unavailable","status":503,"title":"Service unavailable"}'
            client.sendall(
                b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/problem+json\r\n"
                + f"Retry-After: {self._retry_after}\r\nContent-Length: {len(payload)}\r\n".encode()
                + b"Connection: close\r\n\r\n"
                + payload
            )
        with contextlib.suppress(OSError):
            client.shutdown(socket.SHUT_WR)
        with contextlib.suppress(OSError):
            client.close()

    def cut_all(self) -> None:
        """Closes every open connection now (the client sees resets / short reads)."""
        with self._lock:
            links, self._links = self._links, []
        for link in links:
            link.close()
        self.stats.cuts += len(links)

    def stalled(self) -> int:
        """How many connections the stall holds right now (accepted, never answered)."""
        return len(self._stalled)

    def set_stall(self, on: bool) -> None:
        self.stall = on
        if not on:
            stalled, self._stalled = self._stalled, []
            for sock in stalled:
                with contextlib.suppress(OSError):
                    sock.close()

    def set_enabled(self, on: bool) -> None:
        """Off: the port refuses connections and live ones are cut. On: listening again."""
        if on and self._listener is None:
            self._listen()
        elif not on and self._listener is not None:
            self._close_listener()
            self.cut_all()

    def _close_listener(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.close()
        if self._accepting is not None:
            self._accepting.join(timeout=5)
            self._accepting = None

    def stop(self) -> None:
        self._close_listener()
        self.set_stall(False)
        self.cut_all()
        with self._lock:
            threads = list(self._threads)
        for t in threads:
            t.join(timeout=5)
