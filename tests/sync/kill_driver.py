"""Real client processes for the SIGKILL tests, forked from one warm parent (fast start).

The parent imports the app once, then reads commands on stdin, ``JOB ARGS... | STOP``, and forks
one child per command:

- ``submit DB INTENTS RUN``: saves a draft then submits it, forever; save ``i`` is the write
  transaction ``draft i``, its submit ``submit i``; the submission id is appended to INTENTS
  *before* the submit;
- ``skip DB INTENTS``: skips the tasks in turn, forever (transaction ``skip i``); the skip id is
  appended to INTENTS *before* the skip;
- ``pull DB URL TOKEN``: pulls the feed from the start in pages of 2 (transactions ``tx T``).

STOP is a transaction event (see ``support/tx_events.py``, e.g. ``submit 2 stmt 1``): when the
child gets there it prints ``at EVENT`` and waits, inside that exact moment, for the test's
SIGKILL. ``~EVENT`` prints the same line but carries on (the kill lands a little later, wherever
it lands). ``-`` never stops: the child prints every event as ``ev EVENT`` (a committed pull
transaction adds the cursor it stored) and exits when done.
The parent prints ``pid N`` after the fork, the child ``ready``, and the parent ``exit N STATUS``
(the waitpid status) when the child ends.
"""

from __future__ import annotations

import os
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotator_desktop.core.store import Store, open_store, ops
from support.forked import say, serve, stopper
from support.tx_events import TxEvents


def submit_loop(db: Path, intents: Path, run: str, stop: str) -> None:
    store = open_store(db)
    tasks = [row.id for row in ops.task_rows(store)]
    events = TxEvents(store, stopper(stop))
    say("ready")
    with intents.open("a", encoding="utf-8") as log:
        i = 0
        while True:
            task_id = tasks[i % len(tasks)]
            result = {"text_md": f"{run} draft {i}", "notes": ""}
            with events.labelled(f"draft {i}"):
                ops.save_draft(store, task_id, result, float(i))
            sub_id = str(uuid.uuid4())
            log.write(f"{task_id} {sub_id}\n")
            log.flush()
            os.fsync(log.fileno())
            with events.labelled(f"submit {i}"):
                ops.submit(store, task_id, result, 1.0, submission_id=sub_id)
            i += 1


SKIP_WHY = (("broken", ""), ("unclear", ""), ("not_my_expertise", ""), ("other", "a duplicate"))


def skip_loop(db: Path, intents: Path, stop: str) -> None:
    """Skips the tasks in turn, forever; skip ``i`` is the write transaction ``skip i``, its id
    appended to INTENTS before it."""
    store = open_store(db)
    tasks = [row.id for row in ops.task_rows(store)]
    events = TxEvents(store, stopper(stop))
    say("ready")
    with intents.open("a", encoding="utf-8") as log:
        i = 0
        while True:
            task_id, (reason, text) = tasks[i % len(tasks)], SKIP_WHY[i % len(SKIP_WHY)]
            skip_id = str(uuid.uuid4())
            log.write(f"{task_id} {skip_id}\n")
            log.flush()
            os.fsync(log.fileno())
            with events.labelled(f"skip {i}"):
                ops.skip(store, task_id, reason, text, skip_id=skip_id)
            i += 1


def pull_once(db: Path, url: str, token: str, stop: str) -> None:
    from annotator_desktop.core.sync.config import SyncConfig
    from annotator_desktop.core.sync.http import ApiClient
    from annotator_desktop.core.sync.pull import pull, read_cursor
    from annotator_desktop.core.sync.tokens import Tokens

    store = open_store(db)
    client = ApiClient(url, SyncConfig(page_limit=2), tokens=Tokens(token, "", time.time() + 900))

    def cursor_of(name: str, store: Store = store) -> str:
        return read_cursor(store) if name.endswith(" committed") else ""

    TxEvents(store, stopper(stop, cursor_of))
    say("ready")
    pull(client, store, client.config)
    say("done")


def _job(args: list[str], stop: str) -> None:
    if args[0] == "submit":
        submit_loop(Path(args[1]), Path(args[2]), args[3], stop)
    elif args[0] == "skip":
        skip_loop(Path(args[1]), Path(args[2]), stop)
    else:
        pull_once(Path(args[1]), args[2], args[3], stop)


def main() -> None:
    import annotator_desktop.core.sync.pull  # noqa: F401  (warm the imports before forking)

    serve(_job)


if __name__ == "__main__":
    main()
