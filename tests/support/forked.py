"""Real client processes forked from one warm parent, killed by SIGKILL at moments they report.

Both sides of the SIGKILL tests (``tests/sync/test_kill.py``, ``tests/labelstudio/
test_ls_push_kill.py``):

- the driver script (the parent) imports the app once, then :func:`serve` reads commands on
  stdin, ``ARGS... | STOP``, and forks one child per command, which runs the job. The parent
  prints ``pid N`` after the fork and ``exit N STATUS`` (the waitpid status) when the child ends;
- in the child, :func:`stopper` is the event callback: at the event STOP it prints ``at EVENT``
  and waits, inside that moment, for the test's SIGKILL (``~EVENT``: prints the same and carries
  on). ``-`` never stops: every event is printed as ``ev EVENT``. ``done N...`` reports counts;
- the test holds a :class:`ForkDriver`: ``run`` sends one command, SIGKILLs the child as soon as
  it says ``at``, and returns what happened as an :class:`Outcome`.

Kills are placed by events, never by time: ``KILL_WAIT`` and ``LINE_WAIT`` only bound a hung
process.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

KILL_WAIT = 120.0  # safety only: a child nobody killed gives up (exit 3) after this long
LINE_WAIT = 60.0  # safety only: bounds a hung driver, never decides an outcome


# --- in the driver and its children ---------------------------------------------------------


def say(*parts: object) -> None:
    print(*parts, flush=True)


def wait_for_kill() -> None:
    """Blocks until the SIGKILL comes; EOF on stdin (the test went away) ends the wait early."""
    select.select([sys.stdin.fileno()], [], [], KILL_WAIT)
    say("not killed")
    os._exit(3)


def stopper(stop: str, extra: Callable[[str], str] = lambda _e: "") -> Callable[[str], None]:
    """The ``on_event`` callback that stops at ``stop`` (or reports everything for ``-``);
    ``extra`` adds to an ``ev`` line (e.g. the cursor a committed pull stored)."""

    def on_event(name: str) -> None:
        if stop == "-":
            say("ev", name, extra(name))
        elif name == stop.removeprefix("~"):
            say("at", name)
            if not stop.startswith("~"):
                wait_for_kill()

    return on_event


def serve(job: Callable[[list[str], str], None]) -> None:
    """The parent's loop: one forked child per command line, running ``job(args, stop)``; the
    child exits 0 when the job returns, 1 when it raises (the traceback on stderr)."""
    for line in sys.stdin:
        command, _, stop = line.partition("|")
        args = command.split()
        if not args:
            continue
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                job(args, stop.strip() or "-")
                code = 0
            except BaseException:
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                os._exit(code)
        say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"exit {pid} {status}")


# --- in the test ----------------------------------------------------------------------------


@dataclass
class Outcome:
    at: str = ""  # the event the child stopped at ("" if it never got there)
    killed: bool = False  # it ended by our SIGKILL
    code: int | None = None  # its exit code, if it ended by itself
    events: list[str] = field(default_factory=list)  # every event, for a "-" run
    done: list[int] = field(default_factory=list)  # the counts of a ``done`` line


class ForkDriver:
    """The warm parent process (``script``); ``run`` forks a child and kills it."""

    def __init__(self, script: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0
        )
        self._buf = b""

    def _line(self) -> str:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while b"\n" not in self._buf:
            ready, _, _ = select.select([fd], [], [], LINE_WAIT)
            assert ready, "the driver said nothing for a minute"
            chunk = os.read(fd, 4096)
            assert chunk, "the driver died"
            self._buf += chunk
        line, _, self._buf = self._buf.partition(b"\n")
        return line.decode().strip()

    def run(self, args: list[str], stop: str) -> Outcome:
        """Runs one job in a new child; SIGKILLs it as soon as it reports being at ``stop``."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{' '.join(args)} | {stop}\n".encode())
        self.proc.stdin.flush()
        out, pid = Outcome(), 0
        while True:
            line = self._line()
            if line.startswith("pid "):
                pid = int(line.split()[1])
            elif line.startswith("at "):
                out.at = line[3:]
                os.kill(pid, signal.SIGKILL)  # a loose child may have ended: still unreaped
            elif line.startswith("ev "):
                out.events.append(line[3:])
            elif line.startswith("done "):
                out.done = [int(x) for x in line.split()[1:]]
            elif line.startswith("exit "):
                status = int(line.split()[2])
                out.killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
                out.code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
                return out

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        if self.proc.stdout is not None:
            self.proc.stdout.close()
